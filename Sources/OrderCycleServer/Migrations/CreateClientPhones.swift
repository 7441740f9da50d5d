import Fluent

/// Phones are stored in E.164 and looked up by that index, so any written form of a number finds its client.
struct CreateClientPhones: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("client_phones")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id", onDelete: .cascade))
            .field("contact_id", .uuid, .references("client_contacts", "id", onDelete: .cascade))
            .field("e164", .string, .required)
            .field("extension", .string)
            .field("as_written", .string, .required)
            .field("label", .string)
            .create()
        try await database.sqlRaw("CREATE INDEX client_phones_e164_idx ON client_phones (e164)")
        try await database.sqlRaw("CREATE INDEX client_phones_client_idx ON client_phones (client_id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("client_phones").delete()
    }
}
