import Fluent

/// The fleet's vehicles (DOMAIN §2.5, ordering a vehicle for a cargo): plate, kind and what it
/// carries (kg and m³), which the dispatcher's assignment checks against the cargo.
struct CreateVehicles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("vehicles")
            .id()
            .field("version", .int, .required)
            .field("plate", .string, .required)
            .field("vehicle_type", .string, .required)
            .field("capacity_kg", .double, .required)
            .field("capacity_m3", .double, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "plate")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("vehicles").delete()
    }
}
