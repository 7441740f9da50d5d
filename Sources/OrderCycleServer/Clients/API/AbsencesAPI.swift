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

    struct Body: Content {
        var manager_id: UUID?
        var deputy_id: UUID?
        var starts_at: Date?
        var ends_at: Date?
        var note: String?
    }

    /// Checks an absence: the manager (themself unless an administrator names another), a deputy
    /// who is another active manager, and a period that ends after it starts.
    static func validate(_ body: Body, actor: Principal, on db: any Database, lang: Language = .en) async throws -> (UUID, UUID?, Date, Date, String?) {
        var v = FieldValidator()
        var managerID = body.manager_id ?? actor.userID
        if actor.role != .admin, let own = actor.userID, managerID != own {
            v.add("manager_id", lang.t("a manager records only their own absence", "менеджер отмечает только своё отсутствие"))
            managerID = nil
        }
        if let id = managerID {
            let user = try await User.find(id, on: db)
            if user?.role != .manager { v.add("manager_id", lang.t("is not a client manager", "не клиент-менеджер")) }
        } else if v.errors.isEmpty {
            v.add("manager_id", lang.t("is required", "обязательно"))
        }
        if let deputy = body.deputy_id {
            let user = try await User.find(deputy, on: db)
            if deputy == managerID { v.add("deputy_id", lang.t("must be someone else", "должен быть другой человек")) }
            else if user?.role != .manager || user?.active != true { v.add("deputy_id", lang.t("is not an active client manager", "не действующий клиент-менеджер")) }
        }
        if body.starts_at == nil { v.add("starts_at", lang.t("is required", "обязательно")) }
        if body.ends_at == nil { v.add("ends_at", lang.t("is required", "обязательно")) }
        if let s = body.starts_at, let e = body.ends_at, e <= s { v.add("ends_at", lang.t("must be after the start", "должно быть позже начала")) }
        let note = v.text("note", body.note, required: false, max: 500)
        let (manager, starts, ends) = try v.check(managerID, body.starts_at, body.ends_at)
        return (manager, body.deputy_id, starts, ends, note)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.content.decode(Body.self)
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
