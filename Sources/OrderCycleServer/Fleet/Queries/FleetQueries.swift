import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The fleet read in SQL: vehicles and drivers, one or all.
enum FleetQueries {
    static func vehicle(_ r: any SQLRow) throws -> VehicleDTO {
        VehicleDTO(id: try r.decode(column: "id", as: UUID.self), version: try r.decode(column: "version", as: Int.self),
                   plate: try r.decode(column: "plate", as: String.self), vehicle_type: try r.decode(column: "vehicle_type", as: String.self),
                   capacity_kg: try r.decode(column: "capacity_kg", as: Double.self), capacity_m3: try r.decode(column: "capacity_m3", as: Double.self),
                   active: try r.decode(column: "active", as: Bool.self))
    }

    static func driver(_ r: any SQLRow) throws -> DriverDTO {
        DriverDTO(id: try r.decode(column: "id", as: UUID.self), version: try r.decode(column: "version", as: Int.self),
                  name: try r.decode(column: "name", as: String.self), phone: try r.decode(column: "phone", as: String.self),
                  active: try r.decode(column: "active", as: Bool.self))
    }

    static func vehicle(_ id: UUID, on db: any Database) async throws -> VehicleDTO? {
        try await db.sql.raw("SELECT id, version, plate, vehicle_type, capacity_kg, capacity_m3, active FROM vehicles WHERE id = \(bind: id)").first().map(vehicle)
    }

    static func driver(_ id: UUID, on db: any Database) async throws -> DriverDTO? {
        try await db.sql.raw("SELECT id, version, name, phone, active FROM drivers WHERE id = \(bind: id)").first().map(driver)
    }

    /// Vehicles by plate, keyset-paged.
    static func vehicles(page: PageRequest, on db: any Database) async throws -> Page<VehicleDTO> {
        var sql: SQLQueryString = "SELECT id, version, plate, vehicle_type, capacity_kg, capacity_m3, active FROM vehicles WHERE 1 = 1"
        if let after = page.after { sql = sql + " AND (plate > \(bind: after.key) OR (plate = \(bind: after.key) AND id > \(bind: after.id)))" }
        let rows = try await db.sql.raw(sql + " ORDER BY plate, id LIMIT \(literal: page.limit + 1)").all()
        let items = try rows.prefix(page.limit).map(vehicle)
        return Page(items: items, next_cursor: rows.count > page.limit ? items.last.map { Cursor(key: $0.plate, id: $0.id).encoded } : nil)
    }

    /// Drivers by name, keyset-paged.
    static func drivers(page: PageRequest, on db: any Database) async throws -> Page<DriverDTO> {
        var sql: SQLQueryString = "SELECT id, version, name, phone, active FROM drivers WHERE 1 = 1"
        if let after = page.after { sql = sql + " AND (name > \(bind: after.key) OR (name = \(bind: after.key) AND id > \(bind: after.id)))" }
        let rows = try await db.sql.raw(sql + " ORDER BY name, id LIMIT \(literal: page.limit + 1)").all()
        let items = try rows.prefix(page.limit).map(driver)
        return Page(items: items, next_cursor: rows.count > page.limit ? items.last.map { Cursor(key: $0.name, id: $0.id).encoded } : nil)
    }
}
