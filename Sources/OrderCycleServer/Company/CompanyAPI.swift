import Fluent
import OrderCycleCore
import Vapor

/// The company's details through the API: anyone signed in reads them (they are printed on
/// every invoice); only an administrator changes them, sending back the ETag it read.
enum CompanyAPI {
    static let readers = Access.roles(Set(Role.allCases))
    static let editors: Access = .only(.admin)

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Company.company, access: readers, use: show)
        routes.endpoint(.PUT, APIRoute.Company.company, access: editors, use: update)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let details = try await CompanyQueries.current(on: req.db)
        return try await details.encodeResponse(for: req).withETag(details.version)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let expected = try ETag.expectedVersion(req)
        let operation = try UpdateCompanyDetails(try req.content.decode(CompanyInput.self), expectedVersion: expected)
        let actor = try req.actor
        let now = req.clock.now()
        let details = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return try await details.encodeResponse(for: req).withETag(details.version)
    }
}
