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
    /// The language of the refusals: the order page shows them beside its step buttons.
    let lang: Language

    init(orderID: UUID, to: String, reason: String?, expectedVersion: Int?, lang: Language = .en) throws {
        guard let step = OrderStatus(rawValue: to) else {
            throw Problem.field("to", lang.t("must be one of: ", "допустимо: ") + OrderStatus.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var v = FieldValidator(lang: lang)
        let reason = v.text("reason", reason, required: false, max: 1_000)
        try v.check()
        self.orderID = orderID
        self.step = step
        self.reason = reason
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> Order {
        try await OrderWorkflow(db: db, actor: actor, calendar: calendar, now: now, lang: lang).take(step, on: orderID, expectedVersion: expectedVersion, reason: reason)
    }
}
