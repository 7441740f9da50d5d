import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Moves an order one step through the cycle (DOMAIN §3.2) with everything the step means:
/// placing reserves stock, invoicing numbers an invoice, dispatch ships the reserve,
/// delivery and acceptance close the seller's and the buyer's cycles. The status changes by a
/// conditional UPDATE on the old status, so of two concurrent steps exactly one wins.
struct OrderWorkflow {
    let db: any Database
    let actor: Principal
    let calendar: CompanyCalendar
    let now: Date
    /// The language of the refusals a person sees; imports and background work keep English.
    var lang: Language = .en

    func take(_ step: OrderStatus, on orderID: UUID, expectedVersion: Int?, reason: String?) async throws -> Order {
        guard let order = try await Order.find(orderID, on: db) else { throw Problem(.notFound) }
        if actor.role == .client, order.clientID != actor.clientID { throw Problem(.notFound) }
        let from = order.status
        do {
            _ = try from.transition(to: step, reason: reason)
        } catch OrderTransitionError.reasonRequired {
            throw Problem.field("reason", lang.t("is required to cancel an order", "обязательна для отмены заказа"))
        } catch {
            let next = from.allowedNext.map(\.rawValue).joined(separator: ", ")
            throw Problem(.illegalTransition, detail: lang.t("An order that is \(from.rawValue) cannot become \(step.rawValue); next: \(next)",
                                                             "Заказ в состоянии \(from.rawValue) не может перейти в \(step.rawValue); возможно: \(next)"))
        }
        guard OrderStepPolicy.may(actor.role, take: step, from: from) else { throw Problem(.forbidden) }
        if step == .picked {
            let held = try await OrderQueries.pickHolds(of: orderID, on: db)
            if !held.isEmpty { throw Self.problem(held, lang: lang) }
        }

        guard let version = try await OrderQueries.moveStatus(of: orderID, from: from, to: step, expectedVersion: expectedVersion, now: now, on: db) else {
            if let expectedVersion, expectedVersion != order.version { throw Problem(.versionMismatch) }
            throw Problem(.conflict, detail: lang.t("The order was moved by someone else meanwhile; reload it", "Заказ тем временем перевёл кто-то другой; обновите страницу"))
        }
        CardChange.announce(.clients([order.clientID]))
        let before = order.status
        order.version = version
        order.status = step
        order.updatedAt = now
        try await OrderEvent(orderID: orderID, from: before, to: step, at: now, by: actor, reason: reason).create(on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: Order.schema, id: orderID, action: .transition,
                                    before: ["status": before.rawValue], after: ["status": step.rawValue, "reason": reason ?? ""], at: now)
        // The step's own work comes last: the stock rows it locks, which every order naming
        // those products waits for, are held only from here to the commit.
        do {
            try await apply(step, to: order, reason: reason)
        } catch let short as StockLedger.Insufficient {
            throw try await Self.problem(short, on: db)
        }
        try await order.update(on: db)
        return order
    }

    private func apply(_ step: OrderStatus, to order: Order, reason: String?) async throws {
        let id = try order.requireID()
        switch step {
        case .draft: break
        case .sent:
            order.sentAt = now
        case .received:
            if order.sentAt == nil { order.sentAt = now }
            order.receivedAt = now
            order.receivedDay = calendar.day(of: now).description
        case .placed:
            order.placedAt = now
            try await place(order, id: id)
        case .invoiced:
            order.invoicedAt = now
            try await Invoicing.issue(for: order, at: now, on: db)
        case .picked:
            order.pickedAt = now
            try await Stages(db: db, orderID: id).startIfUnrecorded(.delivery, at: now)
        case .dispatched:
            order.dispatchedAt = now
            let lines = try await OrderLine.all(of: id, on: db)
            // In full: every stock line reserved in full (a made-to-order line is picked once made).
            let supply = try await OrderQueries.supply(of: id, on: db)
            order.inFull = !LineSupply.unsatisfiedFromStock(supply)
            if order.promisedMilestone == .dispatch { try await refreshFigures(order, id: id) }
            for line in StockLedger.inLockOrder(lines, product: \.productID) where line.reservedQuantity > 0 {
                try await StockLedger.ship(product: line.productID, quantity: line.reservedQuantity, order: id, by: actor.userID, now: now, on: db)
            }
        case .delivered:
            order.deliveredAt = now
            try await Stages(db: db, orderID: id).finishIfOpen(.delivery, at: now)
            try await refreshFigures(order, id: id)
        case .accepted:
            order.acceptedAt = now
            try await refreshFigures(order, id: id)
        case .cancelled:
            order.cancelledAt = now
            order.cancelReason = reason
            let lines = try await OrderLine.query(on: db).filter(\.$orderID == id).sort(\.$lineNo).all()
            for line in StockLedger.inLockOrder(lines, product: \.productID) where line.reservedQuantity > 0 {
                try await StockLedger.release(product: line.productID, quantity: line.reservedQuantity, order: id, by: actor.userID, now: now, on: db)
                line.reservedQuantity = 0
                try await line.update(on: db)
            }
        }
    }

    /// A balance that does not hold what the order's lines say is reserved (a recount took it, or
    /// data written past the ledger) is the stock's conflict to resolve, not a server failure.
    static func problem(_ short: StockLedger.Insufficient, on db: any Database) async throws -> Problem {
        let sku = try await Product.find(short.product, on: db)?.sku ?? short.product.uuidString
        return Problem(.insufficientStock, detail: "The stock of \(sku) does not hold what this order has reserved; recount \(sku) or receive it, then try again")
    }

    /// The refusal of a pick, naming each line that holds it and why (`LineSupply`).
    static func problem(_ held: [(position: Int, held: LineSupply.HeldLine)], lang: Language) -> Problem {
        var problem = Problem(.conflict, detail: held.map { $0.held.message(lang) }.joined(separator: " "),
                              errors: held.map { Problem.FieldError(field: "lines[\($0.position)]", message: $0.held.message(lang)) })
        problem.code = "lines_not_ready"
        return problem
    }

    /// Placing reserves what stock can cover; an order whose stock lines are not fully covered
    /// is "not satisfied from stock" (the stockout indicator P counts it; made-to-order lines
    /// are produced, not taken from stock) and may wait for stock or be split (see
    /// `OrderShortfall`). The receipt stage is the time from receiving to placing; stages the
    /// order does not need are skipped. The stock is reserved last (see `take`).
    private func place(_ order: Order, id: UUID) async throws {
        let lines = try await OrderLine.all(of: id, on: db)
        let stages = Stages(db: db, orderID: id)
        if let received = order.receivedAt { try await stages.recordIfUnrecorded(.receipt, from: received, to: now) }
        let productIDs = Set(lines.map(\.productID))
        let products = try await Product.query(on: db).filter(\.$id ~~ Array(productIDs)).all()
        if !products.contains(where: \.isNew) {
            try await stages.skipIfUnrecorded(.technicalPreparation, reason: "Repeat products: technical preparation was done before")
        }
        if !products.contains(where: \.madeToOrder) {
            try await stages.skipIfUnrecorded(.production, reason: "Shipped from stock: no production")
            try await stages.skipIfUnrecorded(.materials, reason: "Shipped from stock: no materials to supply")
            try await stages.skipIfUnrecorded(.launchPreparation, reason: "Shipped from stock: no production launch")
        }
        _ = try await OrderShortfall.reserveMissing(lines, order: id, by: actor.userID, now: now, on: db)
        let madeToOrder = Set(products.filter(\.madeToOrder).compactMap(\.id))
        order.unsatisfiedFromStock = LineSupply.unsatisfiedFromStock(lines.map {
            LineSupply.Line(lineNo: $0.lineNo, sku: "", quantity: $0.quantity, reserved: $0.reservedQuantity, madeToOrder: madeToOrder.contains($0.productID))
        })
    }

    /// Recomputes the on-time and cycle figures from the milestones and the recorded stages.
    func refreshFigures(_ order: Order, id: UUID) async throws {
        let records = try await StageRecord.query(on: db).filter(\.$orderID == id).all()
        let figures = OrderFigures.compute(milestones: order.milestones, dispatchedAt: order.dispatchedAt, promisedDay: order.promisedDay,
                                           milestone: order.promisedMilestone, stages: records.compactMap(\.interval),
                                           calendar: calendar, asOf: now)
        order.reachedDay = figures.reachedDay ?? order.reachedDay
        order.onTime = figures.onTime ?? order.onTime
        order.expectedDays = figures.expectedDays ?? order.expectedDays
        order.actualDays = figures.actualDays ?? order.actualDays
        order.cycleSeconds = figures.cycleSeconds ?? order.cycleSeconds
        order.buyerCycleSeconds = figures.buyerCycleSeconds ?? order.buyerCycleSeconds
        order.interruptionSeconds = figures.interruptionSeconds ?? order.interruptionSeconds
        order.overlapSeconds = figures.overlapSeconds ?? order.overlapSeconds
        if order.inFull == nil, order.reachedDay != nil {
            let supply = try await OrderQueries.supply(of: id, on: db)
            order.inFull = !LineSupply.unsatisfiedFromStock(supply)
        }
        for record in records {
            let seconds = figures.stageSeconds[record.stage].map(Int64.init)
            if record.durationSeconds != seconds {
                record.durationSeconds = seconds
                try await record.update(on: db)
            }
        }
    }
}
