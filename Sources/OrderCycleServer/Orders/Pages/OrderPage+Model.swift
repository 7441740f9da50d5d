import Fluent
import Foundation
import OrderCycleCore

extension OrderPage {
    /// What the order page shows: the order as the API reads it, the planned and actual stage
    /// bars, the comment thread, the claims with their photos, and the trail (staff only).
    struct Model {
        struct Claim {
            var reason: ClaimReason
            var description: String
            var status: ClaimStatus
            var resolution: String?
            var photos: [ClaimPhotos.PhotoDTO]
        }

        var order: OrderDTO
        var gantt: [Gantt.Row]
        /// The lines that hold the pick while the order waits for it (invoiced), with why.
        var pickHolds: [LineSupply.HeldLine]
        var comments: [CommentDTO]
        var claims: [Claim]
        /// The order's change requests: requests of kind `change` in the personal service department.
        var changes: [ServiceRequestDTO]
        /// The returns, exchanges and warranty cases filed on the order.
        var goodsRequests: [ServiceRequestDTO]
        /// `nil` for a client's user, who does not see the trail.
        var trail: [AuditTrail.Entry]?
        /// The moment open stages are drawn up to.
        var now: Date

        static func load(_ orderID: UUID, for actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> Model {
            let order = try await OrderReading.visibleOrder(orderID, to: actor, on: db)
            let dto = try await OrderReading.detail(order, calendar: calendar, on: db, now: now)
            let claims = try await OrderClaim.query(on: db).filter(\.$orderID == orderID).sort(\.$createdAt).all()
            let photos = try await ClaimPhotos.list(of: claims.compactMap(\.id), on: db)
            return Model(
                order: dto,
                gantt: try await gantt(of: orderID, now: now, on: db),
                pickHolds: dto.status == .invoiced ? try await OrderQueries.pickHolds(of: orderID, on: db).map(\.held) : [],
                comments: try await FeedbackQueries.thread(of: orderID, on: db),
                claims: claims.map { Claim(reason: $0.reason, description: $0.description, status: $0.status, resolution: $0.resolution,
                                           photos: $0.id.flatMap { photos[$0] } ?? []) },
                changes: try await RequestQueries.list(visibleTo: actor, filter: .init(kind: .change, orderID: orderID), page: PageRequest(limit: 50), on: db).items,
                goodsRequests: try await RequestQueries.list(visibleTo: actor, filter: .init(kinds: [.return, .exchange, .warranty], orderID: orderID),
                                                             page: PageRequest(limit: 50), on: db).items,
                trail: actor.role == .client ? nil : try await AuditTrail.entries(on: db, entity: Order.schema, id: orderID),
                now: now)
        }

        /// Each stage's planned window (from the current plan) beside its actual one; an open stage runs to `now`.
        static func gantt(of orderID: UUID, now: Date, on db: any Database) async throws -> [Gantt.Row] {
            let records = try await StageRecord.query(on: db).filter(\.$orderID == orderID).all()
            let plan = try await ExecutionPlanning.currentStages(of: orderID, on: db)
            return Stage.allCases.map { stage -> Gantt.Row in
                let r = records.first { $0.stage == stage }
                let actual = r.flatMap { rec in rec.startedAt.map { Gantt.Bar(start: $0, end: rec.finishedAt ?? now) } }
                let planned = plan[stage].flatMap { p in p.start.flatMap { s in p.end.map { Gantt.Bar(start: s, end: $0) } } }
                return Gantt.Row(stage: stage, planned: planned, actual: actual, open: r?.startedAt != nil && r?.finishedAt == nil, skipped: r?.skipped ?? false)
            }
        }
    }
}
