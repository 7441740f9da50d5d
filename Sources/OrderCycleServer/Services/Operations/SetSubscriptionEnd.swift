import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Ends a subscription on a day, or renews it: a later `ends_on`, or none (until ended). The end
/// may not fall before the start, nor run into the client's next subscription.
struct SetSubscriptionEnd: Sendable {
    let clientID: UUID
    let subscriptionID: UUID
    let endsOn: CalendarDay?
    let expectedVersion: Int?
    let lang: Language

    /// `endsOn` a day, or `openEnded` true for no end; one of the two.
    init(clientID: UUID, subscriptionID: UUID, endsOn: String?, openEnded: Bool?, expectedVersion: Int?, lang: Language = .en) throws {
        var v = FieldInput(lang)
        let day = v.day("ends_on", endsOn, required: openEnded != true)
        if openEnded == true, endsOn != nil { v.add("open_ended", en: "cannot go with ends_on", ru: "не сочетается с ends_on") }
        if openEnded == false { v.add("open_ended", en: "may only be true (or left out with ends_on)", ru: "может быть только true (или не указываться вместе с ends_on)") }
        try v.check()
        (self.clientID, self.subscriptionID, self.endsOn, self.expectedVersion, self.lang) = (clientID, subscriptionID, day, expectedVersion, lang)
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> SubscriptionDTO {
        guard let before = try await SubscriptionQueries.subscription(subscriptionID, on: db), before.client_id == clientID else { throw Problem(.notFound) }
        if let endsOn, endsOn.description < before.starts_on {
            throw Problem.field("ends_on", lang.t("must not be before the start, \(before.starts_on)", "не раньше начала, \(before.starts_on)"))
        }
        let next = try await SubscriptionQueries.history(of: clientID, on: db).filter { $0.starts_on > before.starts_on }.map(\.starts_on).min()
        if let next, endsOn == nil || endsOn!.description >= next {
            throw Problem.field("ends_on", lang.t("must be before the next subscription, which starts on \(next)", "раньше следующей подписки, которая начинается \(next)"))
        }
        let version = try await ETag.advance("subscriptions", id: subscriptionID, expected: expectedVersion, on: db)
        try await db.sql.raw("UPDATE subscriptions SET ends_on = \(bind: endsOn?.description), updated_at = \(bind: now) WHERE id = \(bind: subscriptionID)").run()
        guard let after = try await SubscriptionQueries.subscription(subscriptionID, on: db) else { throw Problem(.notFound) }
        var old = before
        old.version = version - 1
        try await AuditTrail.record(on: db, actor: actor, entity: "subscriptions", id: subscriptionID, action: .update, before: old, after: after, at: now)
        return after
    }
}
