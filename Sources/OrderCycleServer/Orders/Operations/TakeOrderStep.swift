import Fluent
import Foundation
import OrderCycleCore

/// Moves an order one step through the cycle (DOMAIN §3.2): the API's transitions and the order
/// page's step buttons. What each step does (reserving, invoicing, shipping, the figures) is
/// `OrderWorkflow`'s, which the imports share.
struct TakeOrderStep: Sendable {
    let orderID: UUID
    let step: OrderStatus
    let reason: String?
    let expectedVersion: Int?

    init(orderID: UUID, to: String, reason: String?, expectedVersion: Int?) throws {
        guard let step = OrderStatus(rawValue: to) else {
            throw Problem.field("to", "must be one of: " + OrderStatus.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var v = FieldValidator()
        let reason = v.text("reason", reason, required: false, max: 1_000)
        try v.check()
        self.orderID = orderID
        self.step = step
        self.reason = reason
        self.expectedVersion = expectedVersion
    }

    func run(by actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> Order {
        try await OrderWorkflow(db: db, actor: actor, calendar: calendar, now: now).take(step, on: orderID, expectedVersion: expectedVersion, reason: reason)
    }
}
