import Fluent

/// Who works in which team: a supervisor flag (may override the overdue block for the team's
/// members) and an optional limit on the member's own tasks in progress.
struct CreateTeamMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("team_members")
            .id()
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("is_supervisor", .bool, .required)
            .field("wip_limit", .int)
            .field("created_at", .datetime, .required)
            .unique(on: "team_id", "user_id")
            .create()
        try await database.sqlRaw("CREATE INDEX team_members_user_idx ON team_members (user_id, team_id)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("team_members").delete()
    }
}
