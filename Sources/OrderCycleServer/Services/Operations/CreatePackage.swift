import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Adds a subscription package (DOMAIN §2.4): a monthly price and the catalog services it
/// includes, each with a quantity per month.
struct CreatePackage: Sendable {
    let code: String
    let nameEN: String
    let nameRU: String
    let priceMinor: Int64
    let currency: String
    let items: [(serviceID: UUID, included: Int)]
    let lang: Language

    init(_ input: PackageInput, lang: Language = .en) throws {
        var v = FieldInput(lang)
        let code = v.code("code", input.code)
        let nameEN = v.text("name_en", input.name_en, max: 120)
        let nameRU = v.text("name_ru", input.name_ru, max: 120)
        let price = v.whole("price_minor", input.price_minor, in: 0...1_000_000_000_000)
        let currency = v.currency("currency", input.currency) ?? "UAH"
        var items: [(UUID, Int)] = []
        var seen: Set<UUID> = []
        let services = input.services ?? []
        if services.isEmpty { v.add("services", en: "must list at least one service", ru: "укажите хотя бы одну услугу") }
        if services.count > 200 { v.add("services", en: "must list at most 200 services", ru: "не больше 200 услуг") }
        for (i, item) in services.enumerated() {
            guard let id = item.service_id else { v.required("services[\(i)].service_id"); continue }
            if !seen.insert(id).inserted { v.add("services[\(i)].service_id", en: "is listed twice", ru: "указана дважды") }
            if let n = v.whole("services[\(i)].included_per_month", item.included_per_month, in: 1...10_000) { items.append((id, n)) }
        }
        try v.check()
        guard let code, let nameEN, let nameRU, let price else { throw Problem(.malformed) }
        (self.code, self.nameEN, self.nameRU, self.priceMinor, self.currency, self.lang) = (code, nameEN, nameRU, price, currency, lang)
        self.items = items.map { (serviceID: $0.0, included: $0.1) }
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> PackageDTO {
        var v = FieldInput(lang)
        for (i, item) in items.enumerated() {
            if try await !ServicesInput.exists("services", item.serviceID, on: db) { v.add("services[\(i)].service_id", en: "is not a catalog service", ru: "такой услуги нет в каталоге") }
        }
        try v.check()
        if try await db.sql.raw("SELECT id FROM service_packages WHERE code = \(bind: code)").first() != nil {
            throw Problem.taken("code", lang.t("is already used by another package", "уже занят другим пакетом"))
        }
        let id = UUID()
        try await db.sql.raw("""
            INSERT INTO service_packages (id, version, code, name_en, name_ru, price_minor, currency, active, created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: code), \(bind: nameEN), \(bind: nameRU), \(bind: priceMinor), \(bind: currency), \(bind: true), \(bind: now), \(bind: now))
            """).run()
        for item in items {
            try await db.sql.raw("""
                INSERT INTO service_package_items (id, package_id, service_id, included_per_month)
                VALUES (\(bind: UUID()), \(bind: id), \(bind: item.serviceID), \(bind: item.included))
                """).run()
        }
        guard let dto = try await CatalogQueries.package(id, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "service_packages", id: id, action: .create, before: PackageDTO?.none, after: dto, at: now)
        return dto
    }
}
