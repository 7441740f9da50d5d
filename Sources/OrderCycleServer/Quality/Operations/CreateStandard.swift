import Fluent
import Foundation
import OrderCycleCore

/// A segment's own service standard, replacing the default for that segment from now on. The
/// targets, thresholds and reliability weights are checked by `StandardInput.validated`.
struct CreateStandard: Sendable {
    let segmentID: UUID
    let standards: [QualityIndicator: ServiceStandard]
    let weights: ReliabilityWeights

    init(segmentID: UUID, _ body: StandardInput, lang: Language = .en) throws {
        (standards, weights) = try body.validated(lang: lang)
        self.segmentID = segmentID
    }

    /// `lang` names the segment in the trail's copy of the standard and words the refusals;
    /// `requestID` ties the entry to the request's log.
    func run(by actor: Principal, lang: Language, requestID: String?, now: Date, on db: any Database) async throws -> StandardSetDTO {
        guard try await StandardsQueries.segmentExists(segmentID, on: db) else {
            throw Problem.field("segment_id", lang.t("is not a segment", "не сегмент"))
        }
        guard try await !StandardsQueries.hasOwnStandard(segmentID, on: db) else {
            throw Problem(.conflict, detail: lang.t("This segment has its standard already; change it with PUT",
                                                    "У этого сегмента уже есть свой стандарт; измените его (PUT)"))
        }
        let set = StandardSet(id: UUID(), version: 1, segmentID: segmentID, standards: standards, weights: weights, updatedAt: now)
        try await StandardsStore.insert(set, by: actor.userID, on: db)
        let dto = try await StandardsQueries.dto(set, on: db, lang: lang)
        try await AuditTrail.record(on: db, actor: actor, entity: StandardsStore.table, id: set.id, action: .create,
                                    before: StandardSetDTO?.none, after: dto, requestID: requestID, at: now)
        return dto
    }
}
