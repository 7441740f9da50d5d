import Fluent

struct CreateClients: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("clients")
            .id()
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("code", .string, .required)
            .field("kind", .string, .required)
            .field("party", .string, .required)
            .field("name", .string, .required)
            .field("search_name", .string, .required)
            .field("tax_id", .string)
            .field("segment_id", .uuid, .required, .references("segments", "id"))
            .field("manager_id", .uuid, .references("users", "id"))
            .field("notes", .string)
            .field("active", .bool, .required)
            .field("last_contact_at", .datetime)
            .unique(on: "code")
            .create()
        try await database.sqlRaw("CREATE INDEX clients_search_name_idx ON clients (search_name, id)")
        try await database.sqlRaw("CREATE INDEX clients_tax_id_idx ON clients (tax_id)")
        try await database.sqlRaw("CREATE INDEX clients_manager_idx ON clients (manager_id, active, search_name, id)")
        try await database.sqlRaw("CREATE INDEX clients_segment_idx ON clients (segment_id, active, search_name, id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("clients").delete()
    }
}
