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

    /// Adds a person to a team or changes their membership: supervisor or not, with their own WIP
    /// limit or none. A member keeps the moment they joined (it decides their home board).
    static func setMember(_ userID: UUID, of teamID: UUID, supervisor: Bool = false, wipLimit: Int? = nil, now: Date, on db: any Database) async throws {
        if try await isMember(userID, of: teamID, on: db) {
            try await db.sql.raw("""
                UPDATE team_members SET is_supervisor = \(bind: supervisor), wip_limit = \(bind: wipLimit)
                WHERE team_id = \(bind: teamID) AND user_id = \(bind: userID)
                """).run()
            return
        }
        try await db.sql.raw("""
            INSERT INTO team_members (id, team_id, user_id, is_supervisor, wip_limit, created_at)
            VALUES (\(bind: UUID()), \(bind: teamID), \(bind: userID), \(bind: supervisor), \(bind: wipLimit), \(bind: now))
            """).run()
    }

    static func isMember(_ userID: UUID, of teamID: UUID, on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT 1 AS x FROM team_members WHERE team_id = \(bind: teamID) AND user_id = \(bind: userID)").first() != nil
    }

    static func removeMember(_ userID: UUID, of teamID: UUID, on db: any Database) async throws {
        try await db.sql.raw("DELETE FROM team_members WHERE team_id = \(bind: teamID) AND user_id = \(bind: userID)").run()
    }

    /// A board for the team with `columns` in order; returns the board's id and its columns' ids.
    @discardableResult
    static func createBoard(team teamID: UUID, name: String, columns: [ColumnSpec] = standardColumns, now: Date, on db: any Database) async throws -> (board: UUID, columns: [UUID]) {
        let id = UUID()
        try await db.sql.raw("INSERT INTO boards (id, version, team_id, name, created_at) VALUES (\(bind: id), 1, \(bind: teamID), \(bind: name), \(bind: now))").run()
        var ids: [UUID] = []
        for (position, column) in columns.enumerated() {
            ids.append(try await insertColumn(column, board: id, position: position, on: db))
        }
        return (id, ids)
    }

    static func insertColumn(_ column: ColumnSpec, board boardID: UUID, position: Int, on db: any Database) async throws -> UUID {
        let id = UUID()
        try await db.sql.raw("""
            INSERT INTO board_columns (id, board_id, position, name_en, name_ru, status, wip_limit, wip_strict)
            VALUES (\(bind: id), \(bind: boardID), \(bind: position), \(bind: column.nameEN), \(bind: column.nameRU), \(bind: column.status.rawValue),
                    \(bind: column.wipLimit), \(bind: column.wipStrict))
            """).run()
        return id
    }

    /// Writes a column's names and limit as given (its status never changes: its cards carry it).
    static func updateColumn(_ id: UUID, nameEN: String, nameRU: String, wipLimit: Int?, wipStrict: Bool, on db: any Database) async throws {
        try await db.sql.raw("""
            UPDATE board_columns SET name_en = \(bind: nameEN), name_ru = \(bind: nameRU), wip_limit = \(bind: wipLimit), wip_strict = \(bind: wipStrict)
            WHERE id = \(bind: id)
            """).run()
    }

    static func deleteColumn(_ id: UUID, on db: any Database) async throws {
        try await db.sql.raw("DELETE FROM board_columns WHERE id = \(bind: id)").run()
    }

    /// Numbers the board's columns 0, 1, 2… in the order given.
    static func order(_ columnIDs: [UUID], on db: any Database) async throws {
        for (position, id) in columnIDs.enumerated() {
            try await db.sql.raw("UPDATE board_columns SET position = \(bind: position) WHERE id = \(bind: id)").run()
        }
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
