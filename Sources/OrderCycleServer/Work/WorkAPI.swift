import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The tasks and boards API (DOMAIN §2.2). Handlers translate HTTP in and out; every change is
/// one of `Work/Operations`, run through `WorkWrite` (a write transaction, the gate's refusals
/// recorded, the board event published after commit), the same way the pages run them.
enum WorkAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Work.tasks, access: WorkAccess.taskReaders, use: list)
        routes.endpoint(.POST, APIRoute.Work.tasks, access: WorkAccess.workers, use: create)
        routes.endpoint(.GET, APIRoute.Work.task, access: WorkAccess.taskReaders, use: show)
        routes.endpoint(.PATCH, APIRoute.Work.task, access: WorkAccess.workers, use: update)
        routes.endpoint(.POST, APIRoute.Work.pull, access: WorkAccess.workers, use: pull)
        routes.endpoint(.POST, APIRoute.Work.move, access: WorkAccess.workers, use: move)
        routes.endpoint(.POST, APIRoute.Work.complete, access: WorkAccess.workers, use: complete)
        routes.endpoint(.POST, APIRoute.Work.deadline, access: WorkAccess.workers, use: deadline)
        routes.endpoint(.POST, APIRoute.Work.comments, access: WorkAccess.workers, use: comment)
        routes.endpoint(.POST, APIRoute.Work.checklist, access: WorkAccess.workers, use: addChecklistItem)
        routes.endpoint(.PATCH, APIRoute.Work.checklistItem, access: WorkAccess.workers, use: toggleChecklistItem)
        routes.endpoint(.GET, APIRoute.Work.boards, access: WorkAccess.staffReaders, use: boards)
        routes.endpoint(.GET, APIRoute.Work.board, access: WorkAccess.staffReaders, use: board)
        routes.endpoint(.GET, APIRoute.Work.columnCards, access: WorkAccess.staffReaders, use: columnCards)
        routes.endpoint(.POST, APIRoute.Work.gateOverrides, access: WorkAccess.workers, use: overrideGate)
    }

    /// How many cards of each column the board answer carries (`cards_per_column`, 1…200, default 50).
    static let defaultCardsPerColumn = 50

    // MARK: tasks

    struct CreateBody: Content {
        var title: String?
        var description: String?
        var responsible_id: UUID?
        var deadline: String?
        var priority: String?
        var direction: String?
        var board_id: UUID?
        var client_id: UUID?
        var order_id: UUID?
        var claim_id: UUID?
        var visible_to_client: Bool?
        var coworker_ids: [UUID]?
        var checklist: [String]?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateBody.self)
        let actor = try req.actor
        let lang = req.language
        let now = req.clock.now()
        let operation = try CreateTask(
            title: body.title, description: body.description, responsibleID: body.responsible_id, deadline: body.deadline,
            priority: body.priority, direction: body.direction, source: actor.userID == nil ? .api : .manual, boardID: body.board_id,
            clientID: body.client_id, orderID: body.order_id, claimID: body.claim_id, visibleToClient: body.visible_to_client,
            coworkerIDs: body.coworker_ids, checklist: body.checklist, lang: lang, now: now)
        let response = try await WorkWrite.recordingRefusals(req) {
            try await Idempotency.create(req) { tx in
                let change = try await operation.run(by: actor, now: now, on: tx)
                return try CreatedResponse(change.task, location: APIRoute.Work.task(change.task.id), version: change.task.version)
            }
        }
        if response.status == .created, response.headers.first(name: "Idempotent-Replayed") == nil,
           let data = response.body.data, let task = try? APIJSON.decoder.decode(TaskDTO.self, from: data) {
            await WorkLive.publish(TaskChange(task: task, change: .created).event, app: req.application)
        }
        return response
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let actor = try req.actor
        let id = try idParameter(req)
        _ = try await WorkAccess.visibleTask(id, to: actor, on: req.db)
        guard let dto = try await TaskQueries.detail(id, lang: req.language, forClient: actor.role == .client, now: req.clock.now(), on: req.db) else {
            throw Problem(.notFound)
        }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    /// Newest first. Filters: `responsible_id` (`me` for oneself), `board_id`, `client_id`,
    /// `status`, `open=true`, `overdue=true`. A client sees its own tasks marked visible to it.
    @Sendable static func list(req: Request) async throws -> Page<TaskCardDTO> {
        let page = try PageRequest(req, ordering: .moment)
        let actor = try req.actor
        var query = ListFilters(req)
        var filter = TaskQueries.ListFilter()
        filter.responsibleID = query.id("responsible_id", me: actor.userID ?? UUID())
        filter.boardID = query.id("board_id")
        filter.clientID = query.id("client_id")
        filter.status = query.choice("status", TaskStatus.self)
        filter.openOnly = query.flag("open")
        filter.overdueOnly = query.flag("overdue")
        try query.check()
        return try await TaskQueries.list(visibleTo: actor, filter: filter, page: page, now: req.clock.now(), on: req.db)
    }

    struct UpdateBody: Content {
        var title: String?
        var description: String?
        var priority: String?
        var direction: String?
        var responsible_id: UUID?
        var coworker_ids: [UUID]?
        var client_id: UUID?
        var order_id: UUID?
        var visible_to_client: Bool?
    }

    /// Only the keys present change; a blank `description` clears it. JSON null never reaches here:
    /// the API's decoder refuses it for every field (`JSONNullFields`).
    @Sendable static func update(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(UpdateBody.self)
        let present = try presentKeys(req)
        let operation = try UpdateTask(
            taskID: id, title: body.title, description: present.contains("description") ? .some(body.description) : nil,
            priority: body.priority, direction: body.direction, responsibleID: body.responsible_id, coworkerIDs: body.coworker_ids,
            clientID: body.client_id.map { .some($0) }, orderID: body.order_id.map { .some($0) },
            visibleToClient: body.visible_to_client, expectedVersion: expected, lang: req.language)
        return try await respond(req) { actor, now, tx in try await operation.run(by: actor, now: now, on: tx) }
    }

    /// The top-level keys of the JSON body, to tell a blank description sent from one left out.
    private static func presentKeys(_ req: Request) throws -> Set<String> {
        guard let buffer = req.body.data,
              let object = try? JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any] else { return [] }
        return Set(object.keys)
    }

    @Sendable static func pull(req: Request) async throws -> Response {
        let operation = PullTask(taskID: try idParameter(req), lang: req.language)
        return try await respond(req) { actor, now, tx in try await operation.run(by: actor, now: now, on: tx) }
    }

    struct MoveBody: Content {
        var column_id: UUID?
        var before_task_id: UUID?
    }

    @Sendable static func move(req: Request) async throws -> Response {
        let body = try req.content.decode(MoveBody.self)
        let operation = try MoveTask(taskID: try idParameter(req), columnID: body.column_id, beforeTaskID: body.before_task_id,
                                     expectedVersion: try optionalVersion(req), lang: req.language)
        return try await respond(req) { actor, now, tx in try await operation.run(by: actor, now: now, on: tx) }
    }

    @Sendable static func complete(req: Request) async throws -> Response {
        let operation = CompleteTask(taskID: try idParameter(req), lang: req.language)
        return try await respond(req) { actor, now, tx in try await operation.run(by: actor, now: now, on: tx) }
    }

    struct DeadlineBody: Content {
        var deadline: String?
        var reason: String?
        var agreed_by: String?
    }

    @Sendable static func deadline(req: Request) async throws -> Response {
        let body = try req.content.decode(DeadlineBody.self)
        let operation = try RenegotiateDeadline(taskID: try idParameter(req), deadline: body.deadline, reason: body.reason, agreedBy: body.agreed_by,
                                                expectedVersion: try optionalVersion(req), lang: req.language)
        return try await respond(req) { actor, now, tx in try await operation.run(by: actor, now: now, on: tx) }
    }

    struct CommentBody: Content { var body: String? }

    @Sendable static func comment(req: Request) async throws -> Response {
        let body = try req.content.decode(CommentBody.self)
        let operation = try AddTaskComment(taskID: try idParameter(req), body: body.body, lang: req.language)
        return try await respond(req, status: .created) { actor, now, tx in try await operation.run(by: actor, now: now, on: tx) }
    }

    struct ChecklistBody: Content { var text: String? }

    @Sendable static func addChecklistItem(req: Request) async throws -> Response {
        let body = try req.content.decode(ChecklistBody.self)
        let operation = try AddChecklistItem(taskID: try idParameter(req), text: body.text, lang: req.language)
        return try await respond(req, status: .created) { actor, now, tx in try await operation.run(by: actor, now: now, on: tx) }
    }

    struct ToggleBody: Content { var done: Bool? }

    @Sendable static func toggleChecklistItem(req: Request) async throws -> Response {
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(ToggleBody.self)
        let operation = try ToggleChecklistItem(taskID: try idParameter(req), itemID: try idParameter(req, "item"), done: body.done,
                                                expectedVersion: expected, lang: req.language)
        return try await respond(req) { actor, now, tx in try await operation.run(by: actor, now: now, on: tx) }
    }

    /// `If-Match` when sent (a stale one is refused), else any version: board moves and pulls
    /// race by design, and the gate, not the version, decides them.
    private static func optionalVersion(_ req: Request) throws -> Int? {
        req.headers.first(name: .ifMatch) == nil ? nil : try ETag.expectedVersion(req)
    }

    /// Runs a task operation through `WorkWrite` and answers the task with its ETag.
    private static func respond(_ req: Request, status: HTTPResponseStatus = .ok,
                                _ run: @escaping @Sendable (Principal, Date, any Database) async throws -> TaskChange) async throws -> Response {
        let actor = try req.actor
        let now = req.clock.now()
        let change = try await WorkWrite.run(req) { tx in try await run(actor, now, tx) }
        return try await change.task.encodeResponse(status: status, for: req).withETag(change.task.version)
    }

    // MARK: boards

    @Sendable static func boards(req: Request) async throws -> Page<BoardSummaryDTO> {
        Page(items: try await BoardQueries.boards(visibleTo: try req.actor, on: req.db), next_cursor: nil)
    }

    @Sendable static func board(req: Request) async throws -> Response {
        let board = try await WorkAccess.visibleBoard(try idParameter(req), to: try req.actor, on: req.db)
        var perColumn = defaultCardsPerColumn
        if let raw = req.query[String.self, at: "cards_per_column"] {
            guard let value = Int(raw), (1...PageRequest.maxLimit).contains(value) else {
                throw Problem.field("cards_per_column", req.language.t("must be a whole number from 1 to \(PageRequest.maxLimit)",
                                                                       "целое число от 1 до \(PageRequest.maxLimit)"))
            }
            perColumn = value
        }
        let dto = try await BoardQueries.detail(board, lang: req.language, cardsPerColumn: perColumn, now: req.clock.now(), on: req.db)
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    @Sendable static func columnCards(req: Request) async throws -> Page<TaskCardDTO> {
        let board = try await WorkAccess.visibleBoard(try idParameter(req), to: try req.actor, on: req.db)
        guard let column = try await BoardQueries.column(try idParameter(req, "column"), on: req.db), column.boardID == board.id else {
            throw Problem(.notFound)
        }
        let page = try PageRequest(req, ordering: .number)
        return try await BoardQueries.cards(in: column.id, page: page, now: req.clock.now(), on: req.db)
    }

    // MARK: the supervisor's override

    struct OverrideBody: Content {
        var employee_id: UUID?
        var reason: String?
    }

    @Sendable static func overrideGate(req: Request) async throws -> Response {
        let body = try req.content.decode(OverrideBody.self)
        let operation = try OverrideGate(employeeID: body.employee_id, reason: body.reason, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            try CreatedResponse(try await operation.run(by: actor, now: now, on: tx))
        }
    }
}
