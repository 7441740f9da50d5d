import Fluent
import OrderCycleCore
import Vapor

/// Managers' absences with a deputy: a manager records their own, an administrator anyone's.
enum AbsencesAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Clients.absences, access: .only(.admin, .manager, .operator), use: list)
        routes.endpoint(.POST, APIRoute.Clients.absences, access: .only(.admin, .manager), use: create)
        routes.endpoint(.DELETE, APIRoute.Clients.absence, access: .only(.admin, .manager), use: end)
    }

    @Sendable static func list(req: Request) async throws -> Page<AbsenceStore.AbsenceDTO> {
        let page = try PageRequest(req, ordering: .moment)
        let rows = try await AbsenceStore.upcoming(now: req.clock.now(), after: page.after, limit: page.limit + 1, on: req.db)
        let items = Array(rows.prefix(page.limit))
        let next = rows.count > page.limit ? items.last.map { Cursor(moment: $0.starts_at, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.content.decode(AbsenceInput.self)
        let actor = try req.actor
        let operation = try await RecordAbsence.checked(body, by: actor, on: req.db)
        return try await Idempotency.create(req) { tx in
            let dto = try await operation.run(by: actor, now: req.clock.now(), on: tx)
            return try CreatedResponse(dto, location: APIRoute.Clients.absence(dto.id), version: dto.version)
        }
    }

    /// Ends an absence now (or cancels one that has not begun): the manager is back.
    @Sendable static func end(req: Request) async throws -> HTTPStatus {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let actor = try req.actor
        try await req.write { tx in try await EndAbsence(absenceID: id, expectedVersion: expected).run(by: actor, now: req.clock.now(), on: tx) }
        return .noContent
    }
}
