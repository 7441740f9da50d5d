import Fluent
import Foundation
import OrderCycleCore

/// Records the actual start, finish or skip of one of an order's stages (DOMAIN §3.4) and
/// recomputes the order's cycle figures. The API and the order page's stage buttons both run
/// it inside their write transaction, so the stage, the figures and the audit entry commit
/// together or not at all.
struct RecordStage: Sendable {
    enum Action: String, Sendable {
        case start, finish, skip

        /// What the audit trail says was done to the stage.
        func name(_ lang: Language) -> String {
            switch self {
            case .start: lang.t("started", "начат")
            case .finish: lang.t("finished", "завершён")
            case .skip: lang.t("skipped", "пропущен")
            }
        }
    }

    let orderID: UUID
    let stage: Stage
    let action: Action
    let at: Date
    let reason: String?
    let expectedVersion: Int?
    /// The language of the refusals: the order page shows them beside its stage buttons.
    let lang: Language

    /// The input as a person or a client program sends it, checked by one set of rules: a skip
    /// needs a reason, and the time is neither in the future nor more than five years back.
    init(orderID: UUID, stage: Stage, action: String, at: Date?, reason: String?, expectedVersion: Int?, now: Date, lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        let chosen = Action(rawValue: action)
        if chosen == nil { v.add("action", lang.t("must be start, finish or skip", "допустимо: start, finish или skip")) }
        let reason = v.text("reason", reason, required: chosen == .skip, max: 500)
        let at = at ?? now
        // Five minutes' grace: the sender's clock may run a little ahead of ours.
        if at > now.addingTimeInterval(300) { v.add("at", lang.t("must not be in the future", "не может быть в будущем")) }
        if at < now.addingTimeInterval(-5 * 365 * 86_400) { v.add("at", lang.t("must be within the last five years", "должно быть не раньше чем пять лет назад")) }
        self.action = try v.check(chosen)
        self.orderID = orderID
        self.stage = stage
        self.at = at
        self.reason = reason
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> Order {
        let order = try await OrderReading.visibleOrder(orderID, to: actor, on: db)
        guard ![.draft, .sent, .cancelled].contains(order.status) else {
            throw Problem(.conflict, detail: lang.t("Stages are recorded once the order is received and until it is cancelled",
                                                   "Этапы отмечаются после приёма заказа и до его отмены"))
        }
        order.version = try await ETag.advance(Order.schema, id: orderID, expected: expectedVersion, on: db)
        let stages = Stages(db: db, orderID: orderID, lang: lang)
        switch action {
        case .start: try await stages.start(stage, at: at)
        case .finish: try await stages.finish(stage, at: at)
        case .skip: try await stages.skip(stage, reason: try FieldValidator().check(reason))
        }
        try await OrderWorkflow(db: db, actor: actor, calendar: calendar, now: now).refreshFigures(order, id: orderID)
        order.updatedAt = now
        try await order.update(on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: Order.schema, id: orderID, action: .update, before: [String: String]?.none,
                                    after: ["stage": stage.rawValue, "action": action.rawValue, "at": ISO8601DateFormatter().string(from: at), "reason": reason ?? ""], at: now)
        return order
    }
}
