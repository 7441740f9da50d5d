import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Connects a client to a package from a day (DOMAIN §2.4). When the client is on a package that
/// day, that subscription ends the day before: this is how a package is changed from a date, and
/// the history keeps both. A subscription that starts on or after the day must be ended first.
struct ConnectPackage: Sendable {
    let clientID: UUID
    let packageID: UUID
    let startsOn: CalendarDay
    let endsOn: CalendarDay?
    let lang: Language

    init(clientID: UUID, _ input: SubscriptionInput, lang: Language = .en) throws {
        var v = FieldInput(lang)
        if input.package_id == nil { v.required("package_id") }
        let starts = v.day("starts_on", input.starts_on)
        let ends = v.day("ends_on", input.ends_on, required: false)
        if let starts, let ends, ends < starts { v.add("ends_on", en: "must not be before starts_on", ru: "не раньше даты начала") }
        try v.check()
        guard let packageID = input.package_id, let starts else { throw Problem(.malformed) }
        (self.clientID, self.packageID, self.startsOn, self.endsOn, self.lang) = (clientID, packageID, starts, ends, lang)
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> SubscriptionDTO {
        guard try await ServicesInput.exists("clients", clientID, on: db) else { throw Problem(.notFound) }
        guard let package = try await CatalogQueries.package(packageID, on: db), package.active, package.currency != "" else {
            throw Problem.field("package_id", lang.t("is not an active package", "такого действующего пакета нет"))
        }
        let history = try await SubscriptionQueries.history(of: clientID, on: db)
        if history.contains(where: { $0.starts_on >= startsOn.description }) {
            throw Problem(.conflict, detail: lang.t("The client has a subscription starting on or after \(startsOn): end it first.",
                                                    "У клиента есть подписка, начинающаяся \(startsOn) или позже: сначала завершите её."))
        }
        let dayBefore = startsOn.adding(days: -1).description
        for s in history where s.ends_on == nil || s.ends_on! >= startsOn.description {
            let before = s
            try await db.sql.raw("UPDATE subscriptions SET ends_on = \(bind: dayBefore), version = version + 1, updated_at = \(bind: now) WHERE id = \(bind: s.id)").run()
            var after = s
            after.ends_on = dayBefore
            after.version += 1
            try await AuditTrail.record(on: db, actor: actor, entity: "subscriptions", id: s.id, action: .update, before: before, after: after, at: now)
        }
        let id = UUID()
        try await db.sql.raw("""
            INSERT INTO subscriptions (id, version, client_id, package_id, starts_on, ends_on, created_by, created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: clientID), \(bind: packageID), \(bind: startsOn.description), \(bind: endsOn?.description),
                    \(bind: actor?.userID), \(bind: now), \(bind: now))
            """).run()
        guard let dto = try await SubscriptionQueries.subscription(id, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "subscriptions", id: id, action: .create, before: SubscriptionDTO?.none, after: dto, at: now)
        return dto
    }
}
