import Fluent

/// A board's columns in order: each stands for a task status and may carry a work-in-progress
/// limit, strict (refuses one more) or soft (warns).
struct CreateBoardColumns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("board_columns")
            .id()
            .field("board_id", .uuid, .required, .references("boards", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("name_en", .string, .required)
            .field("name_ru", .string, .required)
            .field("status", .string, .required)
            .field("wip_limit", .int)
            .field("wip_strict", .bool, .required)
            .create()
        try await database.sqlRaw("CREATE INDEX board_columns_board_idx ON board_columns (board_id, position)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("board_columns").delete()
    }
}
