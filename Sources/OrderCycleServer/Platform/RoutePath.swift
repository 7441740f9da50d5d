import Foundation
import OrderCycleCore
import Vapor

/// One path of a route catalogue (`PageRoute`, `APIRoute`), written once as a pattern such as
/// "/orders/:id/plan". The same value gives the components Vapor registers and, called with
/// typed values in the order of its parameters, the link a page writes or the `Location` an
/// API response sends: `PageRoute.Orders.plan(id)` is "/orders/<id>/plan". A path with no
/// parameters is called with none: `PageRoute.Orders.list()` is "/orders".
///
/// `Parameters` says what a link must be given: `Void`, `UUID`, `(UUID, UUID)` or
/// `(UUID, Stage)`; a pattern whose parameters do not match stops the server at its first use.
struct RoutePath<Parameters>: CataloguePath {
    let pattern: String

    init(_ pattern: String) {
        self.pattern = pattern
        let declared = pattern.pathComponents.filter { if case .parameter = $0 { true } else { false } }.count
        precondition(declared == Self.arity, "\(pattern) declares \(declared) parameters, its type \(Parameters.self) \(Self.arity)")
    }

    private static var arity: Int {
        if Parameters.self == Void.self { return 0 }
        if Parameters.self == (UUID, UUID).self || Parameters.self == (UUID, Stage).self { return 2 }
        return 1
    }

    /// The link: the pattern with its parameters replaced, in order, by `values`.
    fileprivate func link(_ values: [String]) -> String {
        var values = values[...]
        let segments = components.map { component -> String in
            if case .parameter = component { return values.popFirst() ?? "" }
            return component.description
        }
        return "/" + segments.joined(separator: "/")
    }
}

extension RoutePath where Parameters == Void {
    func callAsFunction() -> String { link([]) }
}

extension RoutePath where Parameters == UUID {
    func callAsFunction(_ id: UUID) -> String { link([id.uuidString]) }
}

extension RoutePath where Parameters == String {
    /// A link with a token in it, already URL-safe (`Secrets.token`).
    func callAsFunction(_ token: String) -> String { link([token]) }
}

extension RoutePath where Parameters == (UUID, UUID) {
    func callAsFunction(_ first: UUID, _ second: UUID) -> String { link([first.uuidString, second.uuidString]) }
}

extension RoutePath where Parameters == (UUID, Stage) {
    func callAsFunction(_ id: UUID, _ stage: Stage) -> String { link([id.uuidString, stage.rawValue]) }
}

/// What the catalogue test and the registration need of a path, whatever its parameters.
protocol CataloguePath: Sendable {
    var pattern: String { get }
}

extension CataloguePath {
    /// The components Vapor matches; parameters keep the names handlers read (`req.parameters.get("id")`).
    var components: [PathComponent] { pattern.pathComponents }
}
