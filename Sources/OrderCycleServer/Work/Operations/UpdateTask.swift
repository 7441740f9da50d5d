import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Changes what a task says and who works on it: title, description, priority, direction,
/// the responsible person (checked by the overdue gate, as an assignment), co-workers, links to
/// a client and an order, and whether the client sees it. Only the fields given change. The
/// deadline is not among them: it moves only by renegotiation, with a reason.
struct UpdateTask: Sendable {
    let taskID: UUID
    let title: String?
    let description: String??
    let priority: Priority?
    let direction: TaskDirection?
    let responsibleID: UUID?
    let coworkerIDs: [UUID]?
    let clientID: UUID??
    let orderID: UUID??
    let visibleToClient: Bool?
    let expectedVersion: Int?
    let lang: Language

    /// `description`, `clientID`, `orderID`: `nil` leaves them, `.some(nil)` clears them (blank text clears the description).
    init(taskID: UUID, title: String? = nil, description: String?? = nil, priority: String? = nil, direction: String? = nil,
         responsibleID: UUID? = nil, coworkerIDs: [UUID]? = nil, clientID: UUID?? = nil, orderID: UUID?? = nil, visibleToClient: Bool? = nil,
         expectedVersion: Int?, lang: Language) throws {
        var v = FieldInput(lang)
        self.title = title == nil ? nil : v.text("title", title, max: 200)
        if case .some(let text) = description { self.description = .some(v.text("description", text, required: false, max: 4_000)) } else { self.description = nil }
        self.priority = v.choice("priority", priority, as: Priority.self)
        self.direction = v.choice("direction", direction, as: TaskDirection.self)
        if let coworkerIDs, coworkerIDs.count > 20 { v.add("coworker_ids", en: "must list at most 20 people", ru: "не больше 20 человек") }
        try v.check()
        self.coworkerIDs = coworkerIDs.map { Array(Set($0)).sorted { $0.uuidString < $1.uuidString } }
        self.taskID = taskID
        self.responsibleID = responsibleID
        self.clientID = clientID
        self.orderID = orderID
        self.visibleToClient = visibleToClient
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TaskChange {
        let task = try await WorkAccess.workableTask(taskID, by: actor, on: db)
        let before = try await TaskWrites.reread(taskID, lang: lang, now: now, on: db)
        let sql = db.sql
        var v = FieldInput(lang)
        if let responsibleID, try await !FieldInput.isActiveStaff(responsibleID, on: db) {
            v.add("responsible_id", en: "is not an active staff member", ru: "не является действующим сотрудником")
        }
        for (i, id) in (coworkerIDs ?? []).enumerated() {
            if try await FieldInput.isActiveStaff(id, on: db) { continue }
            v.add("coworker_ids[\(i)]", en: "is not an active staff member", ru: "не является действующим сотрудником")
        }
        var client = clientID ?? before.client_id
        if case .some(.some(let id)) = clientID, try await sql.raw("SELECT id FROM clients WHERE id = \(bind: id)").first() == nil {
            v.add("client_id", en: "is not a client", ru: "такого клиента нет")
        }
        let order = orderID ?? before.order_id
        if case .some(.some(let id)) = orderID {
            if let row = try await sql.raw("SELECT client_id FROM orders WHERE id = \(bind: id)").first() {
                let orderClient = try row.decode(column: "client_id", as: UUID.self)
                if clientID == nil || client == nil { client = orderClient }
                if client != orderClient { v.add("order_id", en: "belongs to another client", ru: "относится к другому клиенту") }
            } else {
                v.add("order_id", en: "is not an order", ru: "такого заказа нет")
            }
        }
        if (visibleToClient ?? before.visible_to_client), client == nil {
            v.add("visible_to_client", en: "needs client_id: a task is shown to the client it is about", ru: "нужен client_id: задачу видит клиент, которого она касается")
        }
        try v.check()
        if let responsibleID, responsibleID != task.responsibleID {
            guard task.isOpen else {
                throw Problem(.conflict, detail: lang.t("A done task keeps the person who did it.", "У выполненной задачи остаётся тот, кто её выполнил."))
            }
            try await WorkGate.checkAssignment(taskID, status: task.status, to: responsibleID, action: .assignment, actor: actor, lang: lang, now: now, on: db)
        }
        var set: [SQLQueryString] = []
        if let title { set.append("title = \(bind: title)") }
        if case .some(let text) = description { set.append("description = \(bind: text)") }
        if let priority { set.append("priority = \(bind: priority.rawValue)") }
        if let direction { set.append("direction = \(bind: direction.rawValue)") }
        if let responsibleID { set.append("responsible_id = \(bind: responsibleID)") }
        if clientID != nil || orderID != nil { set.append("client_id = \(bind: client)") }
        if orderID != nil { set.append("order_id = \(bind: order)") }
        if let visibleToClient { set.append("visible_to_client = \(bind: visibleToClient)") }
        if !set.isEmpty {
            try await sql.raw("UPDATE tasks SET " + set.joined(separator: ", ") + " WHERE id = \(bind: taskID)").run()
        }
        if let coworkerIDs {
            try await sql.raw("DELETE FROM task_coworkers WHERE task_id = \(bind: taskID)").run()
            for user in coworkerIDs {
                try await sql.raw("INSERT INTO task_coworkers (id, task_id, user_id) VALUES (\(bind: UUID()), \(bind: taskID), \(bind: user))").run()
            }
        }
        try await TaskWrites.touch(taskID, expected: expectedVersion, now: now, on: db)
        let after = try await TaskWrites.reread(taskID, lang: lang, now: now, on: db)
        try await TaskWrites.audit(actor, .update, before: before, after: after, now: now, on: db)
        return TaskChange(task: after, change: .updated)
    }
}
