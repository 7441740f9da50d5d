import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Adds a service to the catalog (DOMAIN §4.1): its code (unique), names in both languages, kind,
/// phase of the sale, standard time (the norm η by time counts), unit and price, and the segments
/// it is open to (none: every segment).
struct CreateService: Sendable {
    let code: String
    let nameEN: String
    let nameRU: String
    let kind: ServiceKind
    let phase: ServicePhase
    let standardMinutes: Int
    let unit: String
    let priceMinor: Int64
    let currency: String
    let segmentIDs: [UUID]
    let lang: Language

    init(_ input: ServiceInput, lang: Language = .en) throws {
        var v = FieldInput(lang)
        let code = v.code("code", input.code)
        let nameEN = v.text("name_en", input.name_en, max: 120)
        let nameRU = v.text("name_ru", input.name_ru, max: 120)
        let kind = v.choice("kind", input.kind, as: ServiceKind.self, required: true)
        let phase = v.choice("phase", input.phase, as: ServicePhase.self, required: true)
        let minutes = v.whole("standard_minutes", input.standard_minutes, in: 0...100_000)
        let unit = v.text("unit", input.unit, required: false, max: 40) ?? "each"
        let price = v.whole("price_minor", input.price_minor, in: 0...1_000_000_000_000)
        let currency = v.currency("currency", input.currency) ?? "UAH"
        if (input.segment_ids ?? []).count > 100 { v.add("segment_ids", en: "must list at most 100 segments", ru: "не больше 100 сегментов") }
        try v.check()
        guard let code, let nameEN, let nameRU, let kind, let phase, let minutes, let price else { throw Problem(.malformed) }
        (self.code, self.nameEN, self.nameRU, self.kind, self.phase, self.standardMinutes) = (code, nameEN, nameRU, kind, phase, minutes)
        (self.unit, self.priceMinor, self.currency, self.lang) = (unit, price, currency, lang)
        self.segmentIDs = Array(Set(input.segment_ids ?? [])).sorted { $0.uuidString < $1.uuidString }
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> ServiceDTO {
        var v = FieldInput(lang)
        for (i, id) in segmentIDs.enumerated() {
            if try await !ServicesInput.exists("segments", id, on: db) { v.add("segment_ids[\(i)]", en: "is not a segment", ru: "такого сегмента нет") }
        }
        try v.check()
        if try await db.sql.raw("SELECT id FROM services WHERE code = \(bind: code)").first() != nil {
            throw Problem.taken("code", lang.t("is already used by another service", "уже занят другой услугой"))
        }
        let id = UUID()
        try await db.sql.raw("""
            INSERT INTO services (id, version, code, name_en, name_ru, kind, phase, standard_minutes, unit, price_minor, currency, active, created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: code), \(bind: nameEN), \(bind: nameRU), \(bind: kind.rawValue), \(bind: phase.rawValue), \(bind: standardMinutes),
                    \(bind: unit), \(bind: priceMinor), \(bind: currency), \(bind: true), \(bind: now), \(bind: now))
            """).run()
        try await CatalogWrites.setSegments(of: id, segmentIDs, on: db)
        guard let dto = try await CatalogQueries.service(id, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "services", id: id, action: .create, before: ServiceDTO?.none, after: dto, at: now)
        return dto
    }
}

/// The writes the catalog operations share.
enum CatalogWrites {
    static func setSegments(of serviceID: UUID, _ segmentIDs: [UUID], on db: any Database) async throws {
        try await db.sql.raw("DELETE FROM service_segments WHERE service_id = \(bind: serviceID)").run()
        for segment in segmentIDs {
            try await db.sql.raw("INSERT INTO service_segments (id, service_id, segment_id) VALUES (\(bind: UUID()), \(bind: serviceID), \(bind: segment))").run()
        }
    }
}
