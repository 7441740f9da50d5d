import Foundation
import OrderCycleCore

/// Derives the figures an order keeps for the quality indicators and the cycle statistics
/// (DOMAIN §3.5, §4.4 "Time semantics") from its milestones and stage times. One place for the
/// rules, used by the workflow, the import and the demo data alike.
enum OrderFigures {
    struct Result: Sendable, Equatable {
        var reachedDay: String?
        var onTime: Bool?
        var expectedDays: Int?
        var actualDays: Int?
        var cycleSeconds: Int64?
        var buyerCycleSeconds: Int64?
        var interruptionSeconds: Int64?
        var overlapSeconds: Int64?
        var stageSeconds: [Stage: Int] = [:]
    }

    static func compute(milestones: OrderMilestones, dispatchedAt: Date?, promisedDay: String?, milestone: PromisedMilestone,
                        stages: [StageInterval], calendar: CompanyCalendar, asOf: Date) -> Result {
        var result = Result()
        let reachedAt = milestone == .delivery ? milestones.deliveredAt : dispatchedAt
        if let reachedAt, let received = milestones.receivedAt {
            result.reachedDay = calendar.day(of: reachedAt).description
            result.actualDays = calendar.actualDays(receivedAt: received, reachedAt: reachedAt)
            if let promised = promisedDay.flatMap(CalendarDay.init(iso:)) {
                result.onTime = calendar.isOnTime(reachedAt: reachedAt, promised: promised)
                result.expectedDays = calendar.expectedDays(receivedAt: received, promised: promised)
            }
        }
        if let cycle = try? CycleDuration(milestones: milestones, stages: stages, asOf: asOf) {
            if let seller = cycle.seller, seller.isComplete {
                result.cycleSeconds = Int64(seller.cycle)
                result.interruptionSeconds = Int64(seller.interruptions)
                result.overlapSeconds = Int64(seller.overlap)
                for stage in seller.stages { result.stageSeconds[stage.stage] = stage.seconds }
            }
            if let buyer = cycle.buyer, buyer.isComplete { result.buyerCycleSeconds = Int64(buyer.cycle) }
        }
        return result
    }
}
