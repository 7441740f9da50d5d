import Fluent
import Foundation
import OrderCycleCore

/// A vehicle order that carries an order of the cycle times that order's delivery stage
/// (DOMAIN §2.5, §3.4): the stage starts when the vehicle sets off (`en_route`) and finishes when
/// it delivers. Both are recorded by the order area's own `RecordStage`, in the vehicle order's
/// write transaction, so the stage, the order's figures and their audit entry commit with the
/// step or not at all.
///
/// A stage already started (picking starts it) keeps its start; one already finished keeps its
/// end; an order not yet received, or cancelled, records no stage.
enum LinkedDelivery {
    /// Refuses, naming `order_id`, an order that is not the client's or is already delivered or cancelled.
    static func checkLink(_ orderID: UUID, client: UUID, lang: Language, on db: any Database) async throws {
        guard let order = try await Order.find(orderID, on: db), order.clientID == client else {
            throw Problem.field("order_id", lang.t("is not an order of this client", "нет такого заказа у этого клиента"))
        }
        if [.delivered, .accepted, .cancelled].contains(order.status) {
            throw Problem.field("order_id", lang.t("is already delivered or cancelled", "уже доставлен или отменён"))
        }
    }

    /// Records the stage for the step the vehicle order just took, if that step times it.
    static func record(_ step: VehicleOrderStatus, vehicleOrder: UUID, order orderID: UUID, by actor: Principal,
                       calendar: CompanyCalendar, now: Date, lang: Language, on db: any Database) async throws {
        guard step == .en_route || step == .delivered else { return }
        guard let order = try await Order.find(orderID, on: db), ![.draft, .sent, .cancelled].contains(order.status) else { return }
        let stage = try await StageRecord.query(on: db).filter(\.$orderID == orderID).filter(\.$stage == .delivery).first()
        if stage?.skipped == true || stage?.finishedAt != nil { return }
        func run(_ action: String, at: Date) async throws {
            let operation = try RecordStage(orderID: orderID, stage: .delivery, action: action, at: at, reason: nil, expectedVersion: nil, now: now, lang: lang)
            _ = try await operation.run(by: actor, calendar: calendar, now: now, on: db)
        }
        if stage?.startedAt == nil {
            // Delivered without a recorded start (the order was received meanwhile): the vehicle's departure starts it.
            let departed = step == .en_route ? now : try await departure(of: vehicleOrder, on: db) ?? now
            try await run("start", at: departed)
        }
        if step == .delivered { try await run("finish", at: now) }
    }

    private static func departure(of vehicleOrder: UUID, on db: any Database) async throws -> Date? {
        try await VehicleOrderWrites.reread(vehicleOrder, on: db).history?.last { $0.to == VehicleOrderStatus.en_route.rawValue }?.at
    }
}
