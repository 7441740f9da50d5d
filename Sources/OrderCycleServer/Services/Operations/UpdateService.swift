import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Changes a catalog service: only the fields sent change; `active false` retires it (it stays on
/// the requests that name it, and on the packages that include it, but is no longer offered).
struct UpdateService: Sendable {
    let serviceID: UUID
    let code: String?
    let nameEN: String?
    let nameRU: String?
    let kind: ServiceKind?
    let phase: ServicePhase?
    let standardMinutes: Int?
    let unit: String?
    let priceMinor: Int64?
    let currency: String?
    let segmentIDs: [UUID]?
    let active: Bool?
    let expectedVersion: Int?
    let lang: Language

    init(serviceID: UUID, _ input: ServiceInput, expectedVersion: Int?, lang: Language = .en) throws {
        var v = FieldInput(lang)
        code = input.code == nil ? nil : v.code("code", input.code)
        nameEN = input.name_en == nil ? nil : v.text("name_en", input.name_en, max: 120)
        nameRU = input.name_ru == nil ? nil : v.text("name_ru", input.name_ru, max: 120)
        kind = v.choice("kind", input.kind, as: ServiceKind.self)
        phase = v.choice("phase", input.phase, as: ServicePhase.self)
        standardMinutes = v.whole("standard_minutes", input.standard_minutes, in: 0...100_000, required: false)
        unit = input.unit == nil ? nil : v.text("unit", input.unit, max: 40)
        priceMinor = v.whole("price_minor", input.price_minor, in: 0...1_000_000_000_000, required: false)
        currency = v.currency("currency", input.currency)
        if (input.segment_ids ?? []).count > 100 { v.add("segment_ids", en: "must list at most 100 segments", ru: "не больше 100 сегментов") }
        try v.check()
        segmentIDs = input.segment_ids.map { Array(Set($0)).sorted { $0.uuidString < $1.uuidString } }
        active = input.active
        self.serviceID = serviceID
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> ServiceDTO {
        guard let before = try await CatalogQueries.service(serviceID, on: db) else { throw Problem(.notFound) }
        var v = FieldInput(lang)
        for (i, id) in (segmentIDs ?? []).enumerated() {
            if try await !ServicesInput.exists("segments", id, on: db) { v.add("segment_ids[\(i)]", en: "is not a segment", ru: "такого сегмента нет") }
        }
        try v.check()
        if let code, code != before.code, try await db.sql.raw("SELECT id FROM services WHERE code = \(bind: code)").first() != nil {
            throw Problem.taken("code", lang.t("is already used by another service", "уже занят другой услугой"))
        }
        let version = try await ETag.advance("services", id: serviceID, expected: expectedVersion, on: db)
        var set: [SQLQueryString] = ["updated_at = \(bind: now)"]
        if let code { set.append("code = \(bind: code)") }
        if let nameEN { set.append("name_en = \(bind: nameEN)") }
        if let nameRU { set.append("name_ru = \(bind: nameRU)") }
        if let kind { set.append("kind = \(bind: kind.rawValue)") }
        if let phase { set.append("phase = \(bind: phase.rawValue)") }
        if let standardMinutes { set.append("standard_minutes = \(bind: standardMinutes)") }
        if let unit { set.append("unit = \(bind: unit)") }
        if let priceMinor { set.append("price_minor = \(bind: priceMinor)") }
        if let currency { set.append("currency = \(bind: currency)") }
        if let active { set.append("active = \(bind: active)") }
        try await db.sql.raw("UPDATE services SET " + set.joined(separator: ", ") + " WHERE id = \(bind: serviceID)").run()
        if let segmentIDs { try await CatalogWrites.setSegments(of: serviceID, segmentIDs, on: db) }
        guard let after = try await CatalogQueries.service(serviceID, on: db) else { throw Problem(.notFound) }
        var old = before
        old.version = version - 1
        try await AuditTrail.record(on: db, actor: actor, entity: "services", id: serviceID, action: .update, before: old, after: after, at: now)
        return after
    }
}
