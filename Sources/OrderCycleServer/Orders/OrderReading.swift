import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Reads orders for the API and the pages, with a client seeing only its own.
enum OrderReading {
    /// The order if the principal may see it; a client asking for another client's order gets
    /// the same 404 as for an order that does not exist.
    static func visibleOrder(_ id: UUID, to principal: Principal, on db: any Database) async throws -> Order {
        guard let order = try await Order.find(id, on: db) else { throw Problem(.notFound) }
        if principal.role == .client, order.clientID != principal.clientID { throw Problem(.notFound) }
        return order
    }

    static func detail(_ order: Order, calendar: CompanyCalendar, on db: any Database, now: Date) async throws -> OrderDTO {
        let id = try order.requireID()
        let clientName = try await Client.find(order.clientID, on: db)?.name ?? ""
        let lines = try await OrderQueries.lines(of: id, on: db)
        let events = try await OrderEvent.query(on: db).filter(\.$orderID == id).sort(\.$at).all().map {
            OrderDTO.Event(from: $0.fromStatus, to: $0.toStatus, at: $0.at, by: $0.byLabel, reason: $0.reason)
        }
        let related = try await OrderQueries.splits(around: order, on: db)
        var splitFrom: OrderDTO.Related?
        var splitInto: [OrderDTO.Related] = []
        for other in related {
            if other.id == order.splitFromID { splitFrom = other } else if other.id != id { splitInto.append(other) }
        }
        let records = try await StageRecord.query(on: db).filter(\.$orderID == id).all()
        let byStage = Dictionary(records.map { ($0.stage, $0) }, uniquingKeysWith: { a, _ in a })
        let stages = Stage.allCases.compactMap { stage -> OrderDTO.StageTimes? in
            guard let r = byStage[stage] else { return nil }
            return OrderDTO.StageTimes(stage: stage, started_at: r.startedAt, finished_at: r.finishedAt, skipped: r.skipped,
                                       skip_reason: r.skipReason, duration_seconds: r.durationSeconds)
        }
        return OrderDTO(
            id: id, number: order.number, client_id: order.clientID, client_name: clientName, is_internal: order.isInternal,
            channel: order.channel, status: order.status, priority: order.priority, currency: order.currency, total_minor: order.totalMinor,
            notes: order.notes, requested_date: order.requestedDay, promised_date: order.promisedDay, promised_milestone: order.promisedMilestone, delivery_method: order.deliveryMethod,
            split_from: splitFrom, split_into: splitInto,
            created_at: order.createdAt, sent_at: order.sentAt, received_at: order.receivedAt, placed_at: order.placedAt,
            invoiced_at: order.invoicedAt, picked_at: order.pickedAt, dispatched_at: order.dispatchedAt, delivered_at: order.deliveredAt,
            accepted_at: order.acceptedAt, cancelled_at: order.cancelledAt, cancel_reason: order.cancelReason,
            unsatisfied_from_stock: order.unsatisfiedFromStock, on_time: order.onTime, claim_count: order.claimCount,
            rating: order.rating, rating_comment: order.ratingComment, allowed_next: order.status.allowedNext,
            lines: lines, history: events, stages: stages,
            cycle: cycle(order, records: records, now: now), version: order.version)
    }

    /// A new order's answer from what its creation wrote, read back from nothing: a new order
    /// has one event, no stage times and no split, so this equals `detail` of it.
    static func created(_ created: OrderDraft.Created, now: Date) throws -> OrderDTO {
        let order = created.order
        let event = created.event
        return OrderDTO(
            id: try order.requireID(), number: order.number, client_id: order.clientID, client_name: created.clientName, is_internal: order.isInternal,
            channel: order.channel, status: order.status, priority: order.priority, currency: order.currency, total_minor: order.totalMinor,
            notes: order.notes, requested_date: order.requestedDay, promised_date: order.promisedDay, promised_milestone: order.promisedMilestone, delivery_method: order.deliveryMethod,
            split_from: nil, split_into: [],
            created_at: order.createdAt, sent_at: order.sentAt, received_at: order.receivedAt, placed_at: order.placedAt,
            invoiced_at: order.invoicedAt, picked_at: order.pickedAt, dispatched_at: order.dispatchedAt, delivered_at: order.deliveredAt,
            accepted_at: order.acceptedAt, cancelled_at: order.cancelledAt, cancel_reason: order.cancelReason,
            unsatisfied_from_stock: order.unsatisfiedFromStock, on_time: order.onTime, claim_count: order.claimCount,
            rating: order.rating, rating_comment: order.ratingComment, allowed_next: order.status.allowedNext,
            lines: created.lines, history: [OrderDTO.Event(from: event.fromStatus, to: event.toStatus, at: event.at, by: event.byLabel, reason: event.reason)],
            stages: [], cycle: cycle(order, records: [], now: now), version: order.version)
    }

    /// The cycle as it stands: complete once delivered, otherwise measured up to now.
    static func cycle(_ order: Order, records: [StageRecord], now: Date) -> OrderDTO.Cycle? {
        guard let cycle = try? CycleDuration(milestones: order.milestones, stages: records.compactMap(\.interval), asOf: now) else { return nil }
        guard let seller = cycle.seller else {
            return cycle.buyer.map { OrderDTO.Cycle(seller_seconds: nil, buyer_seconds: $0.cycle, stages_sum_seconds: nil, overlap_seconds: nil, interruption_seconds: nil, complete: false) }
        }
        return OrderDTO.Cycle(seller_seconds: seller.cycle, buyer_seconds: cycle.buyer?.cycle, stages_sum_seconds: seller.stagesSum,
                              overlap_seconds: seller.overlap, interruption_seconds: seller.interruptions, complete: seller.isComplete)
    }
}
