import Fluent

/// Teams: the unit that owns Kanban boards and whose supervisors may lift a member's overdue
/// block once (DOMAIN §2.2).
struct CreateTeams: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("teams")
            .id()
            .field("version", .int, .required)
            .field("name", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("teams").delete()
    }
}
