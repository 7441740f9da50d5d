import Fluent

/// An SLA policy may name a subscription package instead of a segment: a client on that package
/// is promised its targets whatever its segment. Its `segment_key` is `package:<id>`, so the one
/// unique (key, priority) still allows one policy per package and priority.
struct UpdateSLAPoliciesAddPackage: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sla_policies").field("package_id", .uuid, .references("service_packages", "id", onDelete: .cascade)).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sla_policies").deleteField("package_id").update()
    }
}
