import Fluent
import Foundation
import OrderCycleCore

/// Composes a new order from a draft (the API's body or the new-order form): the draft checks
/// the client, the lines and the dates and numbers the order (see `OrderDraft`).
struct CreateOrder: Sendable {
    let draft: OrderDraft

    func run(by actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> Order {
        try await compose(by: actor, calendar: calendar, now: now, on: db).order
    }

    /// `run`, keeping what it wrote, so the answer needs not read it back (`OrderReading.created`).
    func compose(by actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> OrderDraft.Created {
        let created = try await draft.compose(by: actor, calendar: calendar, now: now, on: db)
        let order = created.order
        try await AuditTrail.record(on: db, actor: actor, entity: Order.schema, id: order.requireID(), action: .create, before: [String: String]?.none,
                                    after: ["number": order.number, "client_id": order.clientID.uuidString, "lines": String(order.lineCount), "total_minor": String(order.totalMinor)], at: now)
        return created
    }
}
