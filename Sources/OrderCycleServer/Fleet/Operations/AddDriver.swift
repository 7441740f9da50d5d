import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Adds a driver to the fleet, with the phone (stored in E.164) a client calls once the vehicle
/// is on its way.
struct AddDriver: Sendable {
    let name: String
    let phone: String

    init(name: String?, phone: String?, region: String, lang: Language) throws {
        var v = FieldInput(lang)
        let name = v.text("name", name, max: 200)
        var e164: String?
        if let text = v.text("phone", phone, max: 40) {
            do { e164 = try PhoneNumber(parsing: text, defaultRegion: (try? PhoneRegion(isoCode: region)) ?? .ukraine).description } catch {
                v.add("phone", en: error.message(.en), ru: error.message(.ru))
            }
        }
        (self.name, self.phone) = try v.check(name, e164)
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> DriverDTO {
        let id = UUID()
        try await db.sql.raw("""
            INSERT INTO drivers (id, version, name, phone, active, created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: name), \(bind: phone), \(bind: true), \(bind: now), \(bind: now))
            """).run()
        guard let driver = try await FleetQueries.driver(id, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "driver", id: id, action: .create, before: nil as DriverDTO?, after: driver, at: now)
        return driver
    }
}
