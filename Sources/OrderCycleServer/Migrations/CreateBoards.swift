import Fluent

/// Kanban boards, each belonging to one team (DOMAIN §2.2: a board tracks the tasks through
/// columns so they finish exactly on time).
struct CreateBoards: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("boards")
            .id()
            .field("version", .int, .required)
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX boards_team_idx ON boards (team_id, name)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("boards").delete()
    }
}
