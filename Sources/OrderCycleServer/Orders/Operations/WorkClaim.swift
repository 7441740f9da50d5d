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

    /// A claim is worked as its post-sale request: the claim's step becomes the request's steps
    /// (`ClaimSteps`), each taken by `MoveRequest` as the requests page would, and the claim's row
    /// follows them. The claim's version is checked first, so a stale form changes nothing.
    func run(by actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> ClaimDTO {
        guard let claim = try await OrderClaim.find(claimID, on: db) else { throw Problem(.notFound) }
        guard claim.status.allowedNext.contains(status) else {
            throw Problem(.illegalTransition, detail: lang.t("A claim that is \(claim.status.rawValue) cannot become \(status.rawValue)",
                                                             "Претензия в состоянии \(claim.status.rawValue) не может перейти в \(status.rawValue)"))
        }
        _ = try await ETag.advance(OrderClaim.schema, id: claimID, expected: expectedVersion, on: db)
        var request = try await ClaimRequest.request(for: claim, calendar: calendar, now: now, on: db)
        for step in ClaimSteps.steps(from: ServiceRequestStatus(rawValue: request.status) ?? .new, to: status) {
            let decides = step == .refused || step == .closed
            let input = TransitionInput(to: step.rawValue, satisfied: step == .closed ? ClaimSteps.satisfied(status) : nil,
                                        reason: decides ? resolution : nil)
            let move = try MoveRequest(requestID: claimID, input, expectedVersion: request.version, calendar: calendar, lang: lang, now: now)
            request = try await move.run(by: actor, now: now, on: db)
        }
        guard let after = try await OrderClaim.find(claimID, on: db) else { throw Problem(.notFound) }
        return try ClaimDTO(after)
    }
}
