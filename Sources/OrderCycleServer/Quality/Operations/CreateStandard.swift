import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// A segment's own service standard, replacing the default for that segment from now on. The
/// targets, thresholds and reliability weights are checked by `StandardsAPI.validated`.
struct CreateStandard: Sendable {
    let segmentID: UUID
    let standards: [QualityIndicator: ServiceStandard]
    let weights: ReliabilityWeights

    init(segmentID: UUID, _ body: StandardsAPI.Body) throws {
        (standards, weights) = try StandardsAPI.validated(body)
        self.segmentID = segmentID
    }

    /// `lang` names the segment in the trail's copy of the standard; `requestID` ties the entry to the request's log.
    func run(by actor: Principal, lang: Language, requestID: String?, now: Date, on db: any Database) async throws -> StandardSetDTO {
        guard try await db.sql.raw("SELECT id FROM segments WHERE id = \(bind: segmentID)").first() != nil else {
            throw Problem.field("segment_id", "is not a segment")
        }
        guard try await db.sql.raw("SELECT id FROM service_standards WHERE segment_id = \(bind: segmentID)").first() == nil else {
            throw Problem(.conflict, detail: "This segment has its standard already; change it with PUT")
        }
        let set = StandardSet(id: UUID(), version: 1, segmentID: segmentID, standards: standards, weights: weights, updatedAt: now)
        try await StandardsStore.insert(set, by: actor.userID, on: db)
        let dto = try await StandardsAPI.dto(set, on: db, lang: lang)
        try await AuditTrail.record(on: db, actor: actor, entity: StandardsStore.table, id: set.id, action: .create,
                                    before: StandardSetDTO?.none, after: dto, requestID: requestID, at: now)
        return dto
    }
}
