import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Registers a task (DOMAIN §2.2: every incoming and outgoing task in one system) on a board's
/// first "to do" column, for a responsible person, with a deadline. Giving new work to someone
/// else who has overdue work is refused like their own pull (`WorkGate.checkAssignment`);
/// registering work for oneself, and the tasks the system registers from events, are never
/// refused — the gate stops work being taken, not work being recorded.
struct CreateTask: Sendable {
    let title: String
    let description: String?
    let responsibleID: UUID
    let deadline: Date
    let priority: Priority
    let direction: TaskDirection
    let source: TaskSource
    let boardID: UUID?
    let clientID: UUID?
    let orderID: UUID?
    let claimID: UUID?
    let callID: UUID?
    let visibleToClient: Bool
    let coworkerIDs: [UUID]
    let checklist: [String]
    let lang: Language

    /// The input as a person or a program sends it. A deadline given by a person must lie
    /// ahead: a task born overdue would block its responsible person at once.
    init(title: String?, description: String? = nil, responsibleID: UUID?, deadline: String?, priority: String? = nil, direction: String? = nil,
         source: TaskSource = .manual, boardID: UUID? = nil, clientID: UUID? = nil, orderID: UUID? = nil, claimID: UUID? = nil, callID: UUID? = nil,
         visibleToClient: Bool? = nil, coworkerIDs: [UUID]? = nil, checklist: [String]? = nil, lang: Language, now: Date) throws {
        var v = FieldInput(lang)
        let title = v.text("title", title, max: 200)
        let description = v.text("description", description, required: false, max: 4_000)
        if responsibleID == nil { v.required("responsible_id") }
        let deadline = v.moment("deadline", deadline)
        if let deadline, !source.isAutomatic, deadline <= now {
            v.add("deadline", en: "must be later than now", ru: "должен быть позже текущего момента")
        }
        let priority = priority.map { v.choice("priority", $0, as: Priority.self) } ?? .normal
        let direction = direction.map { v.choice("direction", $0, as: TaskDirection.self) } ?? .incoming
        if visibleToClient == true, clientID == nil, orderID == nil {
            v.add("visible_to_client", en: "needs client_id: a task is shown to the client it is about", ru: "нужен client_id: задачу видит клиент, которого она касается")
        }
        let coworkers = Array(Set(coworkerIDs ?? [])).sorted { $0.uuidString < $1.uuidString }
        if (coworkerIDs ?? []).count > 20 { v.add("coworker_ids", en: "must list at most 20 people", ru: "не больше 20 человек") }
        var items: [String] = []
        for (i, item) in (checklist ?? []).enumerated() { if let text = v.text("checklist[\(i)]", item, max: 500) { items.append(text) } }
        if (checklist ?? []).count > 100 { v.add("checklist", en: "must have at most 100 items", ru: "не больше 100 пунктов") }
        (self.title, self.responsibleID, self.deadline, self.priority, self.direction) = try v.check(title, responsibleID, deadline, priority, direction)
        self.description = description
        self.source = source
        self.boardID = boardID
        self.clientID = clientID
        self.orderID = orderID
        self.claimID = claimID
        self.callID = callID
        self.visibleToClient = visibleToClient ?? false
        self.coworkerIDs = coworkers
        self.checklist = items
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TaskChange {
        var v = FieldInput(lang)
        let sql = db.sql
        if try await !FieldInput.isActiveStaff(responsibleID, on: db) {
            v.add("responsible_id", en: "is not an active staff member", ru: "не является действующим сотрудником")
        }
        var board = boardID
        if let boardID {
            if try await BoardQueries.board(boardID, on: db) == nil { v.add("board_id", en: "is not a board", ru: "такой доски нет") }
        } else {
            board = try await WorkSetup.homeBoard(of: responsibleID, on: db)
            if board == nil, let me = actor.userID { board = try await WorkSetup.homeBoard(of: me, on: db) }
            if board == nil { v.add("board_id", en: "is required: the responsible person is in no team with a board", ru: "обязательно: ответственный не состоит в команде с доской") }
        }
        var client = clientID
        if let clientID, try await sql.raw("SELECT id FROM clients WHERE id = \(bind: clientID)").first() == nil {
            v.add("client_id", en: "is not a client", ru: "такого клиента нет")
        }
        if let orderID {
            if let row = try await sql.raw("SELECT client_id FROM orders WHERE id = \(bind: orderID)").first() {
                let orderClient = try row.decode(column: "client_id", as: UUID.self)
                if let clientID, clientID != orderClient { v.add("order_id", en: "belongs to another client", ru: "относится к другому клиенту") }
                client = client ?? orderClient
            } else {
                v.add("order_id", en: "is not an order", ru: "такого заказа нет")
            }
        }
        if let claimID, try await sql.raw("SELECT id FROM claims WHERE id = \(bind: claimID)").first() == nil {
            v.add("claim_id", en: "is not a claim", ru: "такой претензии нет")
        }
        for (i, id) in coworkerIDs.enumerated() {
            if try await !FieldInput.isActiveStaff(id, on: db) {
                v.add("coworker_ids[\(i)]", en: "is not an active staff member", ru: "не является действующим сотрудником")
            }
        }
        try v.check()
        guard let board else { throw Problem(.notFound) }
        let columns = try await BoardQueries.columns(of: board, on: db)
        guard let column = columns.first(where: { $0.status == .todo }) ?? columns.first else {
            throw Problem(.conflict, detail: lang.t("The board has no columns.", "На доске нет колонок."))
        }
        if !source.isAutomatic, responsibleID != actor.userID {
            try await WorkGate.checkAssignment(nil, status: column.status, to: responsibleID, action: .assignment, actor: actor, lang: lang, now: now, on: db)
        }
        let id = UUID()
        let rank = try await TaskWrites.endRank(of: column.id, on: db)
        try await sql.raw("""
            INSERT INTO tasks (id, version, board_id, column_id, rank, title, description, direction, source, responsible_id, creator_id,
                               deadline_original, deadline, priority, status, client_id, order_id, claim_id, call_id, visible_to_client,
                               created_at, updated_at, done_at)
            VALUES (\(bind: id), 1, \(bind: board), \(bind: column.id), \(bind: rank), \(bind: title), \(bind: description), \(bind: direction.rawValue),
                    \(bind: source.rawValue), \(bind: responsibleID), \(bind: source.isAutomatic ? nil : actor.userID), \(bind: deadline), \(bind: deadline),
                    \(bind: priority.rawValue), \(bind: column.status.rawValue), \(bind: client), \(bind: orderID), \(bind: claimID), \(bind: callID),
                    \(bind: visibleToClient), \(bind: now), \(bind: now), \(bind: column.status == .done ? now : nil))
            """).run()
        for user in coworkerIDs {
            try await sql.raw("INSERT INTO task_coworkers (id, task_id, user_id) VALUES (\(bind: UUID()), \(bind: id), \(bind: user))").run()
        }
        for (position, text) in checklist.enumerated() {
            try await sql.raw("""
                INSERT INTO task_checklist_items (id, task_id, position, text, done, created_at)
                VALUES (\(bind: UUID()), \(bind: id), \(bind: position + 1), \(bind: text), \(bind: false), \(bind: now))
                """).run()
        }
        let task = try await TaskWrites.reread(id, lang: lang, now: now, on: db)
        try await TaskWrites.audit(actor, .create, before: nil, after: task, now: now, on: db)
        return TaskChange(task: task, change: .created)
    }
}
