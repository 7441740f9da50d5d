import Fluent
import Foundation
import OrderCycleCore

/// Completes a logged call with how it ended, who answered, how long it took and a note: the
/// exchange reports it through the API, the person who took the call sets it on the pop-up,
/// the call list or the client card. The fields not given stay as they are. An answered call of
/// a known client is its last contact; a call nobody answered becomes a call-back task for the
/// manager (DOMAIN §2.2).
struct CompleteCall: Sendable {
    let callID: UUID
    let answeredBy: UUID?
    let durationSeconds: Int?
    let outcome: CallOutcome?
    let note: String?
    let expectedVersion: Int?
    /// The language of the field messages (the forms show them beside the fields).
    let lang: Language

    init(callID: UUID, answeredBy: UUID?, durationSeconds: Int?, outcome: String?, note: String?, expectedVersion: Int?, lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        let chosen = outcome.map(CallOutcome.init(rawValue:))
        if case .some(.none) = chosen {
            v.add("outcome", lang.t("must be one of: ", "допустимо: ") + CallOutcome.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let d = durationSeconds, !(0...86_400).contains(d) { v.add("duration_seconds", lang.t("must be from 0 to 86400", "должна быть от 0 до 86400")) }
        let note = v.text("note", note, required: false, max: 2000)
        try v.check()
        self.callID = callID
        self.answeredBy = answeredBy
        self.durationSeconds = durationSeconds
        self.outcome = chosen ?? nil
        self.note = note
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> CallLog.CallDTO {
        if let who = answeredBy {
            let user = try await User.find(who, on: db)
            if user == nil || user?.role == .client { throw Problem.field("answered_by", lang.t("is not a staff member", "не сотрудник")) }
        }
        let version = try await ETag.advance("calls", id: callID, expected: expectedVersion, on: db)
        guard var before = try await CallQueries.find(callID, on: db) else { throw Problem(.notFound) }
        before.version = version - 1
        try await CallQueries.complete(callID, at: now, answeredBy: answeredBy, durationSeconds: durationSeconds, outcome: outcome, note: note, on: db)
        if outcome == .answered, let clientID = before.client_id {
            try await CallQueries.recordContact(client: clientID, at: before.started_at, on: db)
        }
        if let ended = outcome, ended != .answered, before.outcome == nil {
            try await AutomaticTasks.forUnansweredCall(callID, by: actor, now: now, on: db)
        }
        guard let after = try await CallQueries.find(callID, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "calls", id: callID, action: .update, before: before, after: after, at: now)
        return after
    }
}
