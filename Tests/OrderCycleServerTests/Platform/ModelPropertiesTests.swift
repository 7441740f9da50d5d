import FluentKit
@testable import OrderCycleServer
import Testing

/// The models whose fields are listed by hand (the hot ones of every order) list exactly the
/// fields they declare, in order: a field added to a model and not to its list would be neither
/// saved nor read.
@Suite("Models: the hand-listed fields are the declared ones")
struct ModelPropertiesTests {
    static func declared(_ model: some Fields) -> [String] {
        Mirror(reflecting: model).children.compactMap { $0.value as? any AnyProperty }.map(Self.describe)
    }

    static func listed(_ model: some Fields) -> [String] {
        model.properties.map(Self.describe)
    }

    /// A property by its kind and its database keys (a relation without a column has none).
    static func describe(_ property: any AnyProperty) -> String {
        let keys = (property as? any AnyDatabaseProperty)?.keys.map(\.description) ?? []
        return "\(type(of: property))(\(keys.joined(separator: ",")))"
    }

    @Test(arguments: [
        ("Order", declared(Order()), listed(Order())),
        ("OrderLine", declared(OrderLine()), listed(OrderLine())),
        ("OrderEvent", declared(OrderEvent()), listed(OrderEvent())),
        ("Client", declared(Client()), listed(Client())),
        ("Product", declared(Product()), listed(Product())),
        ("User", declared(User()), listed(User())),
        ("ApiToken", declared(ApiToken()), listed(ApiToken())),
    ])
    func theListIsTheDeclaration(model: String, declared: [String], listed: [String]) {
        #expect(!declared.isEmpty, "\(model) declares no fields")
        #expect(listed == declared, "\(model)")
    }
}
