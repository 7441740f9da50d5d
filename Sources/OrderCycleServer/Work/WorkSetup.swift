import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Teams, their members and boards, as an administrator (or the demo data) sets them up.
enum WorkSetup {
    /// A column as a board is set up with.
    struct ColumnSpec: Sendable {
        var nameEN: String
        var nameRU: String
        var status: TaskStatus
        var wipLimit: Int?
        var wipStrict: Bool = true
    }

    /// The columns a new board gets unless told otherwise: to do, in progress (at most five,
    /// strictly), waiting on someone else, done.
    static let standardColumns: [ColumnSpec] = [
        ColumnSpec(nameEN: "To do", nameRU: "К выполнению", status: .todo, wipLimit: nil),
        ColumnSpec(nameEN: "In progress", nameRU: "В работе", status: .inProgress, wipLimit: 5),
        ColumnSpec(nameEN: "Waiting", nameRU: "Ожидание", status: .blocked, wipLimit: nil),
        ColumnSpec(nameEN: "Done", nameRU: "Выполнено", status: .done, wipLimit: nil),
    ]

    @discardableResult
    static func createTeam(name: String, now: Date, on db: any Database) async throws -> UUID {
        let id = UUID()
        try await db.sql.raw("INSERT INTO teams (id, version, name, created_at) VALUES (\(bind: id), 1, \(bind: name), \(bind: now))").run()
        return id
    }

    /// Adds a person to a team (or changes their membership): supervisor or not, with their own WIP limit or none.
    static func setMember(_ userID: UUID, of teamID: UUID, supervisor: Bool = false, wipLimit: Int? = nil, now: Date, on db: any Database) async throws {
        try await db.sql.raw("DELETE FROM team_members WHERE team_id = \(bind: teamID) AND user_id = \(bind: userID)").run()
        try await db.sql.raw("""
            INSERT INTO team_members (id, team_id, user_id, is_supervisor, wip_limit, created_at)
            VALUES (\(bind: UUID()), \(bind: teamID), \(bind: userID), \(bind: supervisor), \(bind: wipLimit), \(bind: now))
            """).run()
    }

    /// A board for the team with `columns` in order; returns the board's id and its columns' ids.
    @discardableResult
    static func createBoard(team teamID: UUID, name: String, columns: [ColumnSpec] = standardColumns, now: Date, on db: any Database) async throws -> (board: UUID, columns: [UUID]) {
        let id = UUID()
        try await db.sql.raw("INSERT INTO boards (id, version, team_id, name, created_at) VALUES (\(bind: id), 1, \(bind: teamID), \(bind: name), \(bind: now))").run()
        var ids: [UUID] = []
        for (position, column) in columns.enumerated() {
            let columnID = UUID()
            try await db.sql.raw("""
                INSERT INTO board_columns (id, board_id, position, name_en, name_ru, status, wip_limit, wip_strict)
                VALUES (\(bind: columnID), \(bind: id), \(bind: position), \(bind: column.nameEN), \(bind: column.nameRU), \(bind: column.status.rawValue),
                        \(bind: column.wipLimit), \(bind: column.wipStrict))
                """).run()
            ids.append(columnID)
        }
        return (id, ids)
    }

    /// The board a task for `userID` lands on when none is named: the first board of their
    /// first team (by when they joined), if they have one.
    static func homeBoard(of userID: UUID, on db: any Database) async throws -> UUID? {
        try await db.sql.raw("""
            SELECT b.id FROM team_members m JOIN boards b ON b.team_id = m.team_id
            WHERE m.user_id = \(bind: userID) ORDER BY m.created_at, b.created_at, b.id LIMIT 1
            """).first()?.decode(column: "id", as: UUID.self)
    }
}
