import Fluent

struct CreateClientEmails: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("client_emails")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id", onDelete: .cascade))
            .field("contact_id", .uuid, .references("client_contacts", "id", onDelete: .cascade))
            .field("email", .string, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX client_emails_email_idx ON client_emails (email)")
        try await database.sqlRaw("CREATE INDEX client_emails_client_idx ON client_emails (client_id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("client_emails").delete()
    }
}
