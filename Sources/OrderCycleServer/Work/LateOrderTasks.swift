import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// An order late for its promise becomes a task for a logistician (DOMAIN §2.2: every incoming
/// task in one system, so none is lost), once per order. "Late" is the portfolio's reading: an
/// order still in work (received … dispatched) whose promised day, in the company's calendar,
/// is before today. The reminder pass (`TaskReminders`) looks once a minute.
///
/// Only promises that fell due within `lookBack` days are taken up: a database that already
/// holds years of history (an import, an upgrade) must not wake up to thousands of tasks for
/// orders nobody is going to chase any more.
enum LateOrderTasks {
    /// How long a logistician has to act on a late order: within the working morning or afternoon.
    static let response: TimeInterval = 4 * 3600
    /// How far back a broken promise still makes a task.
    static let lookBack = 7
    /// The statuses of an order in work (the portfolio's `openOrders`): accepted, cancelled,
    /// delivered and not yet received orders are not chased.
    static let inWork = UpdateOrdersAddListIndexes.openOrders

    /// Registers a task for each order that became late and has none yet; returns the changes
    /// to publish once the caller's transaction has committed.
    static func register(today: CalendarDay, now: Date, limit: Int, on db: any Database) async throws -> [TaskChange] {
        let rows = try await db.sql.raw("""
            SELECT o.id, o.number, o.promised_day FROM orders o
            WHERE o.\(unsafeRaw: inWork) AND o.promised_day < \(bind: today.description)
              AND o.promised_day >= \(bind: today.adding(days: -lookBack).description)
              AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.order_id = o.id AND t.source = \(bind: TaskSource.lateOrder.rawValue))
            ORDER BY o.promised_day, o.id LIMIT \(literal: limit)
            """).all()
        var changes: [TaskChange] = []
        for row in rows {
            // Chosen afresh for every order, so a burst of late orders spreads over the logisticians.
            guard let logistician = try await leastLoadedLogistician(on: db) else { break }
            let number = try row.decode(column: "number", as: String.self)
            let promised = try row.decode(column: "promised_day", as: String.self)
            let task = try CreateTask(
                title: "Order \(number) is late for its promise of \(promised) / Заказ \(number) не успевает к обещанному \(promised)",
                responsibleID: logistician, deadline: ISO8601DateFormatter().string(from: now.addingTimeInterval(response)),
                priority: Priority.urgent.rawValue, direction: TaskDirection.incoming.rawValue, source: .lateOrder,
                orderID: try row.decode(column: "id", as: UUID.self), lang: .en, now: now)
            changes.append(try await task.run(by: system, now: now, on: db))
        }
        return changes
    }

    /// Which logistician gets a late order: the active logistician on a team board with the
    /// fewest open tasks (ties by id). An order carries no logistician of its own — its manager
    /// is the client's manager, who keeps the client informed — and the least loaded one is the
    /// likeliest to act within the response time and the least likely to be pushed into the
    /// overdue gate by work they cannot reach. Nobody gets it when no logistician has a board.
    static func leastLoadedLogistician(on db: any Database) async throws -> UUID? {
        try await db.sql.raw("""
            SELECT u.id FROM users u
            WHERE u.role = \(bind: Role.logistician.rawValue) AND u.active = \(bind: true)
              AND EXISTS (SELECT 1 FROM team_members m JOIN boards b ON b.team_id = m.team_id WHERE m.user_id = u.id)
            ORDER BY (SELECT COUNT(*) FROM tasks t WHERE t.responsible_id = u.id AND t.status <> 'done'), u.id
            LIMIT 1
            """).first()?.decode(column: "id", as: UUID.self)
    }

    /// The actor the audit trail names for tasks the system registers itself.
    static let system = Principal(userID: nil, role: .admin, clientID: nil, label: "system", email: nil, language: nil, credential: .bearer(tokenID: UUID()))
}
