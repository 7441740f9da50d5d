import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Adds a vehicle to the fleet: its plate (stored in capitals without spaces, unique), its kind
/// and what it carries — no more than the largest of its kind.
struct AddVehicle: Sendable {
    let plate: String
    let type: VehicleType
    let capacityKg: Double
    let capacityM3: Double
    let lang: Language

    init(plate: String?, vehicleType: String?, capacityKg: Double?, capacityM3: Double?, lang: Language) throws {
        var v = FieldInput(lang)
        let text = v.text("plate", plate, max: 20)
        let plate = text.map { $0.uppercased().filter { !$0.isWhitespace } }
        if let plate, plate.isEmpty || !plate.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) {
            v.add("plate", en: "must be letters, digits and dashes", ru: "только буквы, цифры и дефисы")
        }
        if vehicleType == nil { v.required("vehicle_type") }
        let type = v.choice("vehicle_type", vehicleType, as: VehicleType.self)
        func capacity(_ field: String, _ value: Double?, max: Double?, unit: String) -> Double? {
            guard let value else { v.required(field); return nil }
            guard value.isFinite, value > 0 else { v.add(field, en: "must be more than 0", ru: "должно быть больше 0"); return nil }
            if let max, value > max { v.add(field, en: "must be at most \(FleetRules.format(max)) \(unit) for this kind", ru: "не больше \(FleetRules.format(max)) \(unit) для этого типа"); return nil }
            return value
        }
        let kg = capacity("capacity_kg", capacityKg, max: type?.maxWeightKg, unit: "kg")
        let m3 = capacity("capacity_m3", capacityM3, max: type?.maxVolumeM3, unit: "m³")
        (self.plate, self.type, self.capacityKg, self.capacityM3) = try v.check(plate, type, kg, m3)
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> VehicleDTO {
        if try await db.sql.raw("SELECT id FROM vehicles WHERE plate = \(bind: plate)").first() != nil {
            throw Problem.taken("plate", lang.t("is already in the fleet", "такой номер уже есть в парке"))
        }
        let id = UUID()
        try await db.sql.raw("""
            INSERT INTO vehicles (id, version, plate, vehicle_type, capacity_kg, capacity_m3, active, created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: plate), \(bind: type.rawValue), \(bind: capacityKg), \(bind: capacityM3), \(bind: true), \(bind: now), \(bind: now))
            """).run()
        guard let vehicle = try await FleetQueries.vehicle(id, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "vehicle", id: id, action: .create, before: nil as VehicleDTO?, after: vehicle, at: now)
        return vehicle
    }
}
