import Fluent
import Foundation
import OrderCycleCore

/// Staff work a claim: take it into work, resolve or reject it. Closing a claim needs a
/// resolution, which the buyer sees.
struct WorkClaim: Sendable {
    let claimID: UUID
    let status: ClaimStatus
    let resolution: String?
    let expectedVersion: Int?
    /// The language of the refusals: the claims page shows them to the person working the claim.
    let lang: Language

    init(claimID: UUID, status: String, resolution: String?, expectedVersion: Int?, lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        let chosen = ClaimStatus(rawValue: status)
        if chosen == nil { v.add("status", lang.t("must be one of: ", "допустимо: ") + ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")) }
        self.resolution = v.text("resolution", resolution, required: chosen == .resolved || chosen == .rejected, max: 4_000)
        self.status = try v.check(chosen)
        self.claimID = claimID
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ClaimDTO {
        guard let claim = try await OrderClaim.find(claimID, on: db) else { throw Problem(.notFound) }
        guard claim.status.allowedNext.contains(status) else {
            throw Problem(.illegalTransition, detail: lang.t("A claim that is \(claim.status.rawValue) cannot become \(status.rawValue)",
                                                             "Претензия в состоянии \(claim.status.rawValue) не может перейти в \(status.rawValue)"))
        }
        let before = try ClaimDTO(claim)
        claim.version = try await ETag.advance(OrderClaim.schema, id: claimID, expected: expectedVersion, on: db)
        claim.status = status
        claim.resolution = resolution ?? claim.resolution
        if !status.isOpen { claim.resolvedAt = now }
        try await claim.update(on: db)
        let after = try ClaimDTO(claim)
        try await AuditTrail.record(on: db, actor: actor, entity: OrderClaim.schema, id: claimID, action: .update, before: before, after: after, at: now)
        return after
    }
}
