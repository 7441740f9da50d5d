import Fluent
import OrderCycleCore
import Vapor

/// Who works with clients: every manager opens every card (DOMAIN §2.1); operators create and
/// edit clients from the hotline; planners and analysts read.
enum ClientsAccess {
    static let read = Access.only(.admin, .manager, .operator, .logistician, .analyst)
    static let write = Access.only(.admin, .manager, .operator)
}

/// Clients through the API.
enum ClientsAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Clients.clients, access: ClientsAccess.read, use: list)
        routes.endpoint(.POST, APIRoute.Clients.clients, access: ClientsAccess.write, use: create)
        routes.endpoint(.GET, APIRoute.Clients.client, access: ClientsAccess.read, use: show)
        routes.endpoint(.PATCH, APIRoute.Clients.client, access: ClientsAccess.write, use: update)
        routes.endpoint(.GET, APIRoute.Clients.assignments, access: ClientsAccess.read, use: assignments)
    }

    @Sendable static func list(req: Request) async throws -> Page<ClientSummaryDTO> {
        let search = try ClientSearch(req)
        return try await search.page(try PageRequest(req, ordering: .text), regionCode: req.application.appConfig.phoneRegion, on: req.db)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let input = try req.content.decode(ClientInput.self)
        let actor = try req.actor
        let rules = ClientRules(regionCode: req.application.appConfig.phoneRegion)
        return try await Idempotency.create(req) { tx in
            let dto = try await CreateClient(input: input, rules: rules).run(by: actor, now: req.clock.now(), on: tx)
            return try CreatedResponse(dto, location: APIRoute.Clients.client(dto.id), version: dto.version)
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard let dto = try await ClientStore.card(try idParameter(req), on: req.db) else { throw Problem(.notFound) }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let input = try req.content.decode(ClientInput.self)
        let rules = ClientRules(regionCode: req.application.appConfig.phoneRegion)
        let actor = try req.actor
        let operation = UpdateClient(clientID: id, input: input, expectedVersion: expected, rules: rules)
        let dto = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    struct AssignmentList: Content { var items: [AssignmentHistory.Entry] }

    @Sendable static func assignments(req: Request) async throws -> AssignmentList {
        let id = try idParameter(req)
        guard try await Client.find(id, on: req.db) != nil else { throw Problem(.notFound) }
        return AssignmentList(items: try await AssignmentHistory.entries(clientID: id, on: req.db))
    }
}
