import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Records that the department offered a client a package to cover a service it keeps buying
/// one-off (DOMAIN §2.4), with the saving the suggestion promised; the client's answer comes
/// later (`AnswerUpsellOffer`), so the suggestions' success rate can be measured.
struct RecordUpsellOffer: Sendable {
    let clientID: UUID
    let serviceID: UUID
    let packageID: UUID
    let calendar: CompanyCalendar
    let lang: Language

    init(clientID: UUID, _ input: UpsellOfferInput, calendar: CompanyCalendar, lang: Language = .en) throws {
        var v = FieldInput(lang)
        if input.service_id == nil { v.required("service_id") }
        if input.package_id == nil { v.required("package_id") }
        try v.check()
        guard let service = input.service_id, let package = input.package_id else { throw Problem(.malformed) }
        (self.clientID, self.serviceID, self.packageID, self.calendar, self.lang) = (clientID, service, package, calendar, lang)
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> UpsellOfferDTO {
        guard try await ServicesInput.exists("clients", clientID, on: db) else { throw Problem(.notFound) }
        let suggestion = try await UpsellQueries.suggestions(for: clientID, now: now, calendar: calendar, on: db)
            .first { $0.service_id == serviceID && $0.package_id == packageID }
        guard let suggestion else {
            throw Problem.field("package_id", lang.t("is not a package suggested to this client for this service",
                                                     "этот пакет не предлагается клиенту для этой услуги"))
        }
        let id = UUID()
        try await db.sql.raw("""
            INSERT INTO upsell_offers (id, client_id, service_id, package_id, saving_minor, outcome, offered_by, offered_at)
            VALUES (\(bind: id), \(bind: clientID), \(bind: serviceID), \(bind: packageID), \(bind: suggestion.saving_per_month_minor),
                    'offered', \(bind: actor.userID), \(bind: now))
            """).run()
        guard let dto = try await UpsellQueries.offer(id, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "upsell_offers", id: id, action: .create, before: UpsellOfferDTO?.none, after: dto, at: now)
        return dto
    }
}

/// The client's answer to an offer: accepted or declined, once.
struct AnswerUpsellOffer: Sendable {
    enum Outcome: String, CaseIterable { case accepted, declined }

    let clientID: UUID
    let offerID: UUID
    let outcome: Outcome
    let lang: Language

    init(clientID: UUID, offerID: UUID, outcome: String?, lang: Language = .en) throws {
        var v = FieldInput(lang)
        let chosen = v.choice("outcome", outcome, as: Outcome.self, required: true)
        try v.check()
        guard let chosen else { throw Problem(.malformed) }
        (self.clientID, self.offerID, self.outcome, self.lang) = (clientID, offerID, chosen, lang)
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> UpsellOfferDTO {
        guard let before = try await UpsellQueries.offer(offerID, on: db), before.client_id == clientID else { throw Problem(.notFound) }
        guard before.outcome == "offered" else {
            throw Problem(.conflict, detail: lang.t("The client has already answered this offer.", "Клиент уже ответил на это предложение."))
        }
        try await db.sql.raw("""
            UPDATE upsell_offers SET outcome = \(bind: outcome.rawValue), answered_at = \(bind: now) WHERE id = \(bind: offerID) AND outcome = 'offered'
            """).run()
        guard let after = try await UpsellQueries.offer(offerID, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "upsell_offers", id: offerID, action: .update, before: before, after: after, at: now)
        return after
    }
}
