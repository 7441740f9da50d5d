import Fluent
import Foundation
import OrderCycleCore

/// The actual times of one stage of one order (DOMAIN §3.4).
final class StageRecord: Model, @unchecked Sendable {
    static let schema = "stage_intervals"

    @ID(key: .id) var id: UUID?
    @Field(key: "order_id") var orderID: UUID
    @Enum(key: "stage") var stage: Stage
    @OptionalField(key: "started_at") var startedAt: Date?
    @OptionalField(key: "finished_at") var finishedAt: Date?
    @Field(key: "skipped") var skipped: Bool
    @OptionalField(key: "skip_reason") var skipReason: String?
    @OptionalField(key: "duration_seconds") var durationSeconds: Int64?

    init() {}

    init(orderID: UUID, stage: Stage) {
        self.id = UUID()
        self.orderID = orderID
        self.stage = stage
        self.skipped = false
    }

    var interval: StageInterval? {
        guard !skipped, let startedAt else { return nil }
        return StageInterval(stage: stage, start: startedAt, end: finishedAt)
    }
}
