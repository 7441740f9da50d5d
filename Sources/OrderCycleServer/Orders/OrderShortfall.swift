import Fluent
import Foundation
import OrderCycleCore

/// A placed order that stock could not fully cover (DOMAIN §3.2; the stockout indicator P counts
/// it) either waits — and takes what has arrived since, on request — or is split: the covered
/// part goes on as it is, and what is missing becomes a new order that waits for stock on its own.
/// The original keeps its "not satisfied from stock" mark either way: the stockout happened.
struct OrderShortfall {
    let db: any Database
    let actor: Principal
    let now: Date

    static let roles: Set<Role> = [.manager, .operator, .logistician, .admin]

    /// Reserves as much of each line's missing quantity as stock now has; returns whether every
    /// line is covered in full. Lines of one product take one reservation between them, in line
    /// order, and the lines covered in full are marked together: a 1,000-line order costs a few
    /// statements, not thousands, however many products it names (`StockLedger.reserve(_:order:by:now:on:)`).
    static func reserveMissing(_ lines: [OrderLine], order: UUID, by actor: UUID?, now: Date, on db: any Database) async throws -> Bool {
        var byProduct: [UUID: [OrderLine]] = [:]
        var products: [UUID] = []
        for line in lines where line.reservedQuantity < line.quantity {
            if byProduct[line.productID] == nil { products.append(line.productID) }
            byProduct[line.productID, default: []].append(line)
        }
        // Placing judges each product against stock, so its stock is known from now on.
        try await StockLedger.stockKnown(products, on: db)
        var filled: [UUID] = []
        var missing: [UUID: Int] = [:]
        for (product, short) in byProduct { missing[product] = short.reduce(0) { $0 + $1.quantity - $1.reservedQuantity } }
        let reserved = try await StockLedger.reserve(missing, order: order, by: actor, now: now, on: db)
        for product in products {
            var got = reserved[product] ?? 0
            for line in byProduct[product] ?? [] where got > 0 {
                let take = min(got, line.quantity - line.reservedQuantity)
                got -= take
                line.reservedQuantity += take
                // Only the reservation is written: a line read by `OrderLine.all` is not tracked by Fluent.
                if line.reservedQuantity == line.quantity {
                    filled.append(try line.requireID())
                } else {
                    try await db.sql.raw("UPDATE order_lines SET reserved_quantity = \(bind: line.reservedQuantity) WHERE id = \(bind: line.requireID())").run()
                }
            }
        }
        for start in stride(from: 0, to: filled.count, by: 500) {
            let ids = Array(filled[start..<min(start + 500, filled.count)])
            try await db.sql.raw("UPDATE order_lines SET reserved_quantity = quantity WHERE id IN (\(binds: ids))").run()
        }
        return lines.allSatisfy { $0.reservedQuantity >= $0.quantity }
    }

    /// Tops up the reservation of a waiting order from the stock that has arrived since.
    func reserve(orderID: UUID, expectedVersion: Int?) async throws -> Order {
        let (order, lines) = try await shortOrder(orderID, expectedVersion: expectedVersion, waiting: [.placed, .invoiced])
        let before = lines.reduce(0) { $0 + $1.reservedQuantity }
        _ = try await Self.reserveMissing(lines, order: orderID, by: actor.userID, now: now, on: db)
        let after = lines.reduce(0) { $0 + $1.reservedQuantity }
        try await order.update(on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: Order.schema, id: orderID, action: .update,
                                    before: ["reserved": String(before)], after: ["reserved": String(after)], at: now)
        return order
    }

    /// Moves every quantity stock could not cover into a new order, received when the original
    /// was, so its cycle still runs from the buyer's request. Returns the new order.
    func split(orderID: UUID, expectedVersion: Int?, calendar: CompanyCalendar) async throws -> Order {
        let (order, lines) = try await shortOrder(orderID, expectedVersion: expectedVersion, waiting: [.placed])
        guard lines.contains(where: { $0.reservedQuantity > 0 }) else {
            throw Problem(.conflict, detail: "Nothing of this order is reserved yet: it can only wait for stock")
        }
        // The same buyer, terms and promise; received when the original was.
        let remainder = try await Order.numbered(at: now, by: actor.userID, calendar: calendar, on: db)
        remainder.clientID = order.clientID
        remainder.segmentID = order.segmentID
        remainder.managerID = order.managerID
        remainder.isInternal = order.isInternal
        remainder.channel = order.channel
        remainder.priority = order.priority
        remainder.priorityRank = order.priorityRank
        remainder.currency = order.currency
        remainder.notes = order.notes
        remainder.requestedDay = order.requestedDay
        remainder.promisedDay = order.promisedDay
        remainder.promisedMilestone = order.promisedMilestone
        remainder.deliveryMethod = order.deliveryMethod
        remainder.status = .received
        remainder.sentAt = order.sentAt
        remainder.receivedAt = order.receivedAt
        remainder.receivedDay = order.receivedDay
        remainder.splitFromID = orderID

        var moved: [OrderLine] = []
        for line in lines where line.reservedQuantity < line.quantity {
            moved.append(OrderLine(orderID: try remainder.requireID(), lineNo: moved.count + 1, productID: line.productID,
                                   quantity: line.quantity - line.reservedQuantity, unitPriceMinor: line.unitPriceMinor))
            if line.reservedQuantity == 0 {
                try await line.delete(on: db)
            } else {
                line.quantity = line.reservedQuantity
                try await line.update(on: db)
            }
        }
        let kept = lines.filter { $0.reservedQuantity > 0 }
        remainder.lineCount = moved.count
        remainder.totalMinor = OrderLine.total(moved)
        let previousTotal = order.totalMinor
        order.lineCount = kept.count
        order.totalMinor = OrderLine.total(kept)
        try await remainder.create(on: db)
        CardChange.announce(.clients([order.clientID]))
        try await OrderLine.insert(moved, on: db)
        try await order.update(on: db)
        let reason = "Split from \(order.number): the part stock could not cover"
        try await OrderEvent(orderID: try remainder.requireID(), from: nil, to: .received, at: now, by: actor, reason: reason).create(on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: Order.schema, id: orderID, action: .update,
                                    before: ["total_minor": String(previousTotal)],
                                    after: ["total_minor": String(order.totalMinor), "split_into": remainder.number], at: now)
        try await AuditTrail.record(on: db, actor: actor, entity: Order.schema, id: try remainder.requireID(), action: .create, before: [String: String]?.none,
                                    after: ["number": remainder.number, "split_from": order.number, "lines": String(moved.count)], at: now)
        return remainder
    }

    /// The order if it is in one of the `waiting` statuses, visible to the actor, still short, and
    /// at the expected version (which moves on); its lines in order. An invoiced order may still
    /// take stock that arrived (picking waits for it) but is no longer split: its invoice stands.
    private func shortOrder(_ orderID: UUID, expectedVersion: Int?, waiting: Set<OrderStatus>) async throws -> (Order, [OrderLine]) {
        guard Self.roles.contains(actor.role) else { throw Problem(.forbidden) }
        guard let order = try await Order.find(orderID, on: db) else { throw Problem(.notFound) }
        order.version = try await ETag.advance(Order.schema, id: orderID, expected: expectedVersion, on: db)
        order.updatedAt = now
        guard waiting.contains(order.status) else {
            let statuses = OrderStatus.allCases.filter(waiting.contains).map(\.rawValue).joined(separator: " or ")
            throw Problem(.conflict, detail: "Only a \(statuses) order can do this; this one is \(order.status.rawValue)")
        }
        let lines = try await OrderLine.query(on: db).filter(\.$orderID == orderID).sort(\.$lineNo).all()
        guard lines.contains(where: { $0.reservedQuantity < $0.quantity }) else {
            throw Problem(.conflict, detail: "Every line of this order is reserved in full")
        }
        return (order, lines)
    }
}
