import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Boards read in SQL: the boards a person sees, one board with its columns, counts and first
/// cards per column, and a column's further cards. Each column's cards are a range of
/// `tasks_column_rank_idx` (keyset by rank), so a board opens in the same time with 50 tasks
/// or 50,000 — a done column of years' work is counted, never read whole.
enum BoardQueries {
    struct ColumnRow: Sendable {
        var id: UUID
        var boardID: UUID
        var position: Int
        var nameEN: String
        var nameRU: String
        var status: TaskStatus
        var wipLimit: Int?
        var wipStrict: Bool

        func name(_ lang: Language) -> String { lang == .ru ? nameRU : nameEN }
    }

    struct BoardRow: Sendable {
        var id: UUID
        var version: Int
        var name: String
        var teamID: UUID
        var teamName: String
    }

    static func board(_ id: UUID, on db: any Database) async throws -> BoardRow? {
        try await db.sql.raw("""
            SELECT b.id, b.version, b.name, b.team_id, tm.name AS team_name FROM boards b JOIN teams tm ON tm.id = b.team_id WHERE b.id = \(bind: id)
            """).first().map(boardRow)
    }

    private static func boardRow(_ r: any SQLRow) throws -> BoardRow {
        BoardRow(id: try r.decode(column: "id", as: UUID.self), version: try r.decode(column: "version", as: Int.self),
                 name: try r.decode(column: "name", as: String.self), teamID: try r.decode(column: "team_id", as: UUID.self),
                 teamName: try r.decode(column: "team_name", as: String.self))
    }

    /// The boards `actor` sees, by team and name: all for an administrator or analyst, else their teams' boards.
    static func boards(visibleTo actor: Principal, on db: any Database) async throws -> [BoardSummaryDTO] {
        var sql: SQLQueryString = "SELECT b.id, b.version, b.name, b.team_id, tm.name AS team_name FROM boards b JOIN teams tm ON tm.id = b.team_id"
        if !WorkAccess.seesAllBoards(actor) {
            sql = sql + " WHERE b.team_id IN (SELECT m.team_id FROM team_members m WHERE m.user_id = \(bind: actor.userID ?? UUID()))"
        }
        sql = sql + " ORDER BY tm.name, b.name, b.id LIMIT 500"
        return try await db.sql.raw(sql).all().map(boardRow).map {
            BoardSummaryDTO(id: $0.id, version: $0.version, name: $0.name, team_id: $0.teamID, team_name: $0.teamName)
        }
    }

    static func columns(of boardID: UUID, on db: any Database) async throws -> [ColumnRow] {
        try await db.sql.raw("""
            SELECT id, board_id, position, name_en, name_ru, status, wip_limit, wip_strict FROM board_columns
            WHERE board_id = \(bind: boardID) ORDER BY position, id
            """).all().map(columnRow)
    }

    static func column(_ id: UUID, on db: any Database) async throws -> ColumnRow? {
        try await db.sql.raw("""
            SELECT id, board_id, position, name_en, name_ru, status, wip_limit, wip_strict FROM board_columns WHERE id = \(bind: id)
            """).first().map(columnRow)
    }

    private static func columnRow(_ r: any SQLRow) throws -> ColumnRow {
        ColumnRow(id: try r.decode(column: "id", as: UUID.self), boardID: try r.decode(column: "board_id", as: UUID.self),
                  position: try r.decode(column: "position", as: Int.self), nameEN: try r.decode(column: "name_en", as: String.self),
                  nameRU: try r.decode(column: "name_ru", as: String.self),
                  status: TaskStatus(rawValue: try r.decode(column: "status", as: String.self)) ?? .todo,
                  wipLimit: try r.decode(column: "wip_limit", as: Int?.self), wipStrict: try r.decode(column: "wip_strict", as: Bool.self))
    }

    /// The first column standing for `status` (the board's first "in progress" column is where a pull lands).
    static func firstColumn(of boardID: UUID, status: TaskStatus, on db: any Database) async throws -> ColumnRow? {
        try await db.sql.raw("""
            SELECT id, board_id, position, name_en, name_ru, status, wip_limit, wip_strict FROM board_columns
            WHERE board_id = \(bind: boardID) AND status = \(bind: status.rawValue) ORDER BY position, id LIMIT 1
            """).first().map(columnRow)
    }

    /// Tasks in a column now, other than `besides`.
    static func count(in columnID: UUID, besides taskID: UUID? = nil, on db: any Database) async throws -> Int {
        var sql: SQLQueryString = "SELECT COUNT(*) AS n FROM tasks WHERE column_id = \(bind: columnID)"
        if let taskID { sql = sql + " AND id <> \(bind: taskID)" }
        return try await db.sql.raw(sql).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The tasks filling a column, first by rank (at most `limit`): what a "column full" refusal names.
    static func occupants(of columnID: UUID, limit: Int, on db: any Database) async throws -> [Problem.BlockingItem] {
        try await db.sql.raw("""
            SELECT id, title, deadline FROM tasks WHERE column_id = \(bind: columnID) ORDER BY rank, id LIMIT \(literal: max(1, min(limit, 100)))
            """).all().map {
            Problem.BlockingItem(id: try $0.decode(column: "id", as: UUID.self), title: try $0.decode(column: "title", as: String.self),
                                 deadline: try $0.decode(column: "deadline", as: Date.self))
        }
    }

    /// A column's cards in rank order after the cursor.
    static func cards(in columnID: UUID, page: PageRequest, now: Date, on db: any Database) async throws -> Page<TaskCardDTO> {
        var sql: SQLQueryString = "SELECT \(unsafeRaw: TaskQueries.cardColumns) FROM tasks t JOIN users u ON u.id = t.responsible_id WHERE t.column_id = \(bind: columnID)"
        if let after = page.after, let rank = Double(after.key) {
            sql = sql + " AND (t.rank > \(bind: rank) OR (t.rank = \(bind: rank) AND t.id > \(bind: after.id)))"
        }
        sql = sql + " ORDER BY t.rank, t.id LIMIT \(literal: page.limit + 1)"
        let rows = try await db.sql.raw(sql).all()
        let items = try rows.prefix(page.limit).map { try TaskQueries.card($0, now: now) }
        let next = rows.count > page.limit ? items.last.map { Cursor(key: String($0.rank), id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    /// The board with every column: its limit, its count and its first `cardsPerColumn` cards.
    static func detail(_ board: BoardRow, lang: Language, cardsPerColumn: Int, now: Date, on db: any Database) async throws -> BoardDTO {
        var columns: [BoardColumnDTO] = []
        for column in try await Self.columns(of: board.id, on: db) {
            let count = try await Self.count(in: column.id, on: db)
            let page = try await Self.cards(in: column.id, page: PageRequest(limit: cardsPerColumn), now: now, on: db)
            columns.append(BoardColumnDTO(
                id: column.id, position: column.position, name: column.name(lang), name_en: column.nameEN, name_ru: column.nameRU,
                status: column.status.rawValue, wip_limit: column.wipLimit, wip_strict: column.wipStrict, task_count: count,
                over_limit: column.wipLimit.map { count > $0 } ?? false, cards: page.items, next_cursor: page.next_cursor))
        }
        return BoardDTO(id: board.id, version: board.version, name: board.name, team_id: board.teamID, team_name: board.teamName, columns: columns)
    }
}
