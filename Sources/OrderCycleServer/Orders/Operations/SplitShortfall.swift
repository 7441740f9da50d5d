import Fluent
import Foundation
import OrderCycleCore

/// Splits what stock did not cover off a placed order into a new order that waits for stock on
/// its own (see `OrderShortfall`). Returns the new order.
struct SplitShortfall: Sendable {
    let orderID: UUID
    let expectedVersion: Int?

    func run(by actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> Order {
        try await OrderShortfall(db: db, actor: actor, now: now).split(orderID: orderID, expectedVersion: expectedVersion, calendar: calendar)
    }
}
