import Fluent

struct CreateClientContacts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("client_contacts")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("position", .string)
            .field("notes", .string)
            .field("sort_order", .int, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX client_contacts_client_idx ON client_contacts (client_id, sort_order)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("client_contacts").delete()
    }
}
