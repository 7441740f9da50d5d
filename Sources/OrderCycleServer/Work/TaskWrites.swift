import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The small writes the task operations share: the next version, a rank in a column, the
/// audit entry's snapshot.
enum TaskWrites {
    static let table = "tasks"

    /// Moves the task to its next version (checking `expected` when given) and stamps the change.
    @discardableResult
    static func touch(_ id: UUID, expected: Int?, now: Date, on db: any Database) async throws -> Int {
        let version = try await ETag.advance(table, id: id, expected: expected, on: db)
        try await db.sql.raw("UPDATE tasks SET updated_at = \(bind: now) WHERE id = \(bind: id)").run()
        return version
    }

    /// A rank after every card in the column.
    static func endRank(of columnID: UUID, on db: any Database) async throws -> Double {
        let top = try await db.sql.raw("SELECT MAX(rank) AS r FROM tasks WHERE column_id = \(bind: columnID)").first()?.decode(column: "r", as: Double?.self) ?? nil
        return (top ?? 0) + 1
    }

    /// A rank just before `beforeID` in the column (the end when it is not there). Ranks are
    /// halved between neighbours; when two come too close, the column is numbered afresh.
    static func rank(before beforeID: UUID?, in columnID: UUID, moving taskID: UUID, on db: any Database) async throws -> Double {
        guard let beforeID, beforeID != taskID,
              let next = try await db.sql.raw("SELECT rank FROM tasks WHERE id = \(bind: beforeID) AND column_id = \(bind: columnID)").first()?
                .decode(column: "rank", as: Double.self)
        else { return try await endRank(of: columnID, on: db) }
        let previous = try await db.sql.raw("""
            SELECT MAX(rank) AS r FROM tasks WHERE column_id = \(bind: columnID) AND rank < \(bind: next) AND id <> \(bind: taskID)
            """).first()?.decode(column: "r", as: Double?.self) ?? nil
        guard let previous else { return next - 1 }
        if next - previous > 1e-6 { return (previous + next) / 2 }
        try await renumber(columnID, on: db)
        return try await rank(before: beforeID, in: columnID, moving: taskID, on: db)
    }

    /// Ranks 1, 2, 3… in the column's present order.
    static func renumber(_ columnID: UUID, on db: any Database) async throws {
        let ids = try await db.sql.raw("SELECT id FROM tasks WHERE column_id = \(bind: columnID) ORDER BY rank, id").all()
            .map { try $0.decode(column: "id", as: UUID.self) }
        for (i, id) in ids.enumerated() {
            try await db.sql.raw("UPDATE tasks SET rank = \(bind: Double(i + 1)) WHERE id = \(bind: id)").run()
        }
    }

    /// What the audit trail keeps of a task: the fields a person decides on.
    struct Snapshot: Encodable, Sendable {
        var title: String
        var description: String?
        var status: String
        var column_id: UUID
        var responsible_id: UUID
        var deadline: Date
        var priority: String
        var client_id: UUID?
        var order_id: UUID?
        var claim_id: UUID?
        var visible_to_client: Bool
        var coworker_ids: [UUID]

        init(_ t: TaskDTO) {
            title = t.title; description = t.description; status = t.status; column_id = t.column_id; responsible_id = t.responsible_id
            deadline = t.deadline; priority = t.priority; client_id = t.client_id; order_id = t.order_id; claim_id = t.claim_id
            visible_to_client = t.visible_to_client; coworker_ids = t.coworker_ids
        }
    }

    /// Records the change of a task from `before` to `after` in the audit trail.
    static func audit(_ actor: Principal?, _ action: AuditTrail.Action, before: TaskDTO?, after: TaskDTO, now: Date, on db: any Database) async throws {
        try await AuditTrail.record(on: db, actor: actor, entity: table, id: after.id, action: action,
                                    before: before.map(Snapshot.init), after: Snapshot(after), at: now)
    }

    /// The task in full after a change, as `actor` reads it.
    static func reread(_ id: UUID, lang: Language, now: Date, on db: any Database) async throws -> TaskDTO {
        guard let dto = try await TaskQueries.detail(id, lang: lang, now: now, on: db) else { throw Problem(.notFound) }
        return dto
    }

    /// Refuses a step the core's status rules do not allow, in the user's language.
    static func checkTransition(from: TaskStatus, to: TaskStatus, lang: Language) throws {
        guard from != to else { return }
        guard from.canMove(to: to) else {
            let detail = from == .done
                ? lang.t("A done task stays done: follow-up work is a new task.", "Выполненная задача остаётся выполненной: продолжение — это новая задача.")
                : lang.t("A task cannot go from “\(from.name(.en))” to “\(to.name(.en))”.",
                         "Задачу нельзя перевести из «\(from.name(.ru))» в «\(to.name(.ru))».")
            throw Problem(.illegalTransition, detail: detail)
        }
    }
}
