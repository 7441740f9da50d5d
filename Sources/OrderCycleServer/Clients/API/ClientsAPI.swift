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
            let dto = try await createClient(input, rules: rules, actor: actor, on: tx)
            return try CreatedResponse(dto, location: APIRoute.Clients.client(dto.id), version: dto.version)
        }
    }

    /// Validates, stores, assigns the responsible manager by the rule and records both the
    /// assignment and the audit entry, all in the caller's transaction.
    static func createClient(_ input: ClientInput, rules: ClientRules, actor: Principal?, on tx: any Database) async throws -> ClientDTO {
        let valid = try await rules.validateNew(input, on: tx)
        let managerID = try await ManagerPool.choose(segmentID: try FieldValidator().check(valid.segmentID), on: tx)
        let id = try await ClientStore.insert(valid, managerID: managerID, on: tx)
        if let managerID {
            try await AssignmentHistory.record(clientID: id, from: nil, to: managerID, reason: AssignmentHistory.automatic, by: actor?.userID, on: tx)
        }
        guard let dto = try await ClientStore.card(id, on: tx) else { throw Problem(.internalError) }
        try await AuditTrail.record(on: tx, actor: actor, entity: Client.schema, id: id, action: .create, before: ClientDTO?.none, after: dto)
        return dto
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
        let dto = try await changeClient(id, input, expected: expected, rules: rules, actor: try req.actor, on: req)
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    static func changeClient(_ id: UUID, _ input: ClientInput, expected: Int?, rules: ClientRules, actor: Principal?, on req: Request) async throws -> ClientDTO {
        try await req.write { tx in
            let version = try await ETag.advance(Client.schema, id: id, expected: expected, on: tx)
            guard var before = try await ClientStore.card(id, on: tx) else { throw Problem(.notFound) }
            before.version = version - 1
            let valid = try await rules.validateChange(input, currentName: before.name, clientID: id, on: tx)
            try await ClientStore.apply(valid, to: id, version: version, on: tx)
            guard let after = try await ClientStore.card(id, on: tx) else { throw Problem(.notFound) }
            try await AuditTrail.record(on: tx, actor: actor, entity: Client.schema, id: id, action: .update, before: before, after: after)
            return after
        }
    }

    struct AssignmentList: Content { var items: [AssignmentHistory.Entry] }

    @Sendable static func assignments(req: Request) async throws -> AssignmentList {
        let id = try idParameter(req)
        guard try await Client.find(id, on: req.db) != nil else { throw Problem(.notFound) }
        return AssignmentList(items: try await AssignmentHistory.entries(clientID: id, on: req.db))
    }
}
