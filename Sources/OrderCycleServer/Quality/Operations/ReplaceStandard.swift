import Fluent
import Foundation
import OrderCycleCore

/// Replaces a standard set's targets and weights at the version the editor read (the API's
/// If-Match, the form's hidden version), with the set before and after in the trail.
struct ReplaceStandard: Sendable {
    let standardID: UUID
    let expectedVersion: Int?
    let standards: [QualityIndicator: ServiceStandard]
    let weights: ReliabilityWeights

    init(standardID: UUID, _ body: StandardInput, expectedVersion: Int?, lang: Language = .en) throws {
        (standards, weights) = try body.validated(lang: lang)
        self.standardID = standardID
        self.expectedVersion = expectedVersion
    }

    func run(by actor: Principal, lang: Language, requestID: String?, now: Date, on db: any Database) async throws -> StandardSetDTO {
        let version = try await ETag.advance(StandardsStore.table, id: standardID, expected: expectedVersion, on: db)
        guard var set = try await StandardsStore.find(standardID, on: db) else { throw Problem(.notFound) }
        var before = try await StandardsQueries.dto(set, on: db, lang: lang)
        before.version = version - 1
        set.standards = standards
        set.weights = weights
        set.updatedAt = now
        try await StandardsStore.update(set, by: actor.userID, on: db)
        let after = try await StandardsQueries.dto(set, on: db, lang: lang)
        try await AuditTrail.record(on: db, actor: actor, entity: StandardsStore.table, id: standardID, action: .update,
                                    before: before, after: after, requestID: requestID, at: now)
        return after
    }
}
