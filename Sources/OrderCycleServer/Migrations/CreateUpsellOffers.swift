import Fluent

/// Upsell suggestions the department made to a client (DOMAIN §2.4: it "suggests which
/// additional services to add to the package") and how the client answered, so that the
/// suggestions' success rate can be measured.
struct CreateUpsellOffers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("upsell_offers")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id", onDelete: .cascade))
            .field("service_id", .uuid, .required, .references("services", "id"))
            .field("package_id", .uuid, .required, .references("service_packages", "id"))
            .field("saving_minor", .int64, .required)
            .field("outcome", .string, .required)
            .field("offered_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("offered_at", .datetime, .required)
            .field("answered_at", .datetime)
            .create()
        try await database.sqlRaw("CREATE INDEX upsell_offers_client_idx ON upsell_offers (client_id, offered_at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("upsell_offers").delete()
    }
}
