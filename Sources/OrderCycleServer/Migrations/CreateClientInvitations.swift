import Fluent

/// Invitations of a client's contacts to the cabinet: a one-time link to set a password. Only the
/// SHA-256 of the link's token is kept, so the table cannot be read back into working links.
struct CreateClientInvitations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("client_invitations")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id", onDelete: .cascade))
            .field("contact_id", .uuid, .references("client_contacts", "id", onDelete: .setNull))
            .field("email", .string, .required)
            .field("display_name", .string, .required)
            .field("token_hash", .string, .required)
            .field("invited_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("invited_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("user_id", .uuid, .references("users", "id", onDelete: .setNull))
            .unique(on: "token_hash")
            .create()
        try await database.sqlRaw("CREATE INDEX client_invitations_client_idx ON client_invitations (client_id, invited_at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("client_invitations").delete()
    }
}
