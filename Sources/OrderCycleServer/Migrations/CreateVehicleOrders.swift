import Fluent

/// A client's order of a vehicle for a cargo (DOMAIN §2.5): where to pick it up and where to
/// take it (an address and/or coordinates each), the time window, the cargo, the kind of vehicle
/// asked for, its status, and once assigned the vehicle and the driver.
///
/// `vehicle_orders_vehicle_idx` and `vehicle_orders_driver_idx` serve the busy check of an
/// assignment (a vehicle's or a driver's orders holding it by window); `vehicle_orders_client_idx`
/// a client's own list; `vehicle_orders_status_idx` the dispatcher's board.
struct CreateVehicleOrders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("vehicle_orders")
            .id()
            .field("version", .int, .required)
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("status", .string, .required)
            .field("pickup_address", .string)
            .field("pickup_lat", .double)
            .field("pickup_lon", .double)
            .field("destination_address", .string)
            .field("destination_lat", .double)
            .field("destination_lon", .double)
            .field("window_from", .datetime, .required)
            .field("window_to", .datetime, .required)
            .field("weight_kg", .double, .required)
            .field("volume_m3", .double, .required)
            .field("pieces", .int, .required)
            .field("notes", .string)
            .field("vehicle_type", .string)
            .field("vehicle_id", .uuid, .references("vehicles", "id"))
            .field("driver_id", .uuid, .references("drivers", "id"))
            .field("cancel_reason", .string)
            .field("created_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX vehicle_orders_client_idx ON vehicle_orders (client_id, created_at, id)")
        try await database.sqlRaw("CREATE INDEX vehicle_orders_status_idx ON vehicle_orders (status, window_from, id)")
        try await database.sqlRaw("CREATE INDEX vehicle_orders_created_idx ON vehicle_orders (created_at, id)")
        try await database.sqlRaw("CREATE INDEX vehicle_orders_vehicle_idx ON vehicle_orders (vehicle_id, window_from) WHERE vehicle_id IS NOT NULL")
        try await database.sqlRaw("CREATE INDEX vehicle_orders_driver_idx ON vehicle_orders (driver_id, window_from) WHERE driver_id IS NOT NULL")
        try await database.schema("vehicle_order_events")
            .id()
            .field("vehicle_order_id", .uuid, .required, .references("vehicle_orders", "id", onDelete: .cascade))
            .field("from_status", .string)
            .field("to_status", .string, .required)
            .field("at", .datetime, .required)
            .field("actor_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("actor_label", .string, .required)
            .field("reason", .string)
            .field("vehicle_id", .uuid, .references("vehicles", "id"))
            .field("driver_id", .uuid, .references("drivers", "id"))
            .create()
        try await database.sqlRaw("CREATE INDEX vehicle_order_events_order_idx ON vehicle_order_events (vehicle_order_id, at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("vehicle_order_events").delete()
        try await database.schema("vehicle_orders").delete()
    }
}
