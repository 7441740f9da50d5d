import Fluent

struct CreateClientAddresses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("client_addresses")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id", onDelete: .cascade))
            .field("label", .string)
            .field("line", .string, .required)
            .field("city", .string)
            .field("region", .string)
            .field("postal_code", .string)
            .field("country", .string)
            .field("latitude", .double)
            .field("longitude", .double)
            .create()
        try await database.sqlRaw("CREATE INDEX client_addresses_client_idx ON client_addresses (client_id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("client_addresses").delete()
    }
}
