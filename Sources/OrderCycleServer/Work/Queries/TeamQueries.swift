import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Teams read in SQL, each with its members and boards: three queries for any number of
/// teams, never one per team.
enum TeamQueries {
    private struct TeamRow: Decodable { var id: UUID; var version: Int; var name: String }
    private struct MemberRow: Decodable {
        var team_id: UUID; var user_id: UUID; var name: String; var role: String; var is_supervisor: Bool; var wip_limit: Int?
    }
    private struct BoardRow: Decodable { var team_id: UUID; var id: UUID; var name: String }

    /// The teams `actor` sees, by name: all for an administrator or analyst, else their own.
    static func teams(visibleTo actor: Principal, on db: any Database) async throws -> [TeamDTO] {
        var sql: SQLQueryString = "SELECT id, version, name FROM teams"
        if !WorkAccess.seesAllBoards(actor) {
            sql = sql + " WHERE id IN (SELECT team_id FROM team_members WHERE user_id = \(bind: actor.userID ?? UUID()))"
        }
        sql = sql + " ORDER BY name, id LIMIT 500"
        return try await assemble(try await db.sql.raw(sql).all(decoding: TeamRow.self), on: db)
    }

    static func team(_ id: UUID, on db: any Database) async throws -> TeamDTO? {
        let rows = try await db.sql.raw("SELECT id, version, name FROM teams WHERE id = \(bind: id)").all(decoding: TeamRow.self)
        return try await assemble(rows, on: db).first
    }

    private static func assemble(_ teams: [TeamRow], on db: any Database) async throws -> [TeamDTO] {
        guard !teams.isEmpty else { return [] }
        let ids = SQLList(teams.map { SQLBind($0.id) })
        let members = try await db.sql.raw("""
            SELECT m.team_id, m.user_id, u.display_name AS name, u.role, m.is_supervisor, m.wip_limit
            FROM team_members m JOIN users u ON u.id = m.user_id WHERE m.team_id IN (\(ids)) ORDER BY u.display_name, m.user_id
            """).all(decoding: MemberRow.self)
        let boards = try await db.sql.raw("SELECT team_id, id, name FROM boards WHERE team_id IN (\(ids)) ORDER BY name, id")
            .all(decoding: BoardRow.self)
        let membersByTeam = Dictionary(grouping: members, by: \.team_id)
        let boardsByTeam = Dictionary(grouping: boards, by: \.team_id)
        return teams.map { t in
            TeamDTO(id: t.id, version: t.version, name: t.name,
                    members: (membersByTeam[t.id] ?? []).map {
                        TeamMemberDTO(user_id: $0.user_id, name: $0.name, role: $0.role, supervisor: $0.is_supervisor, wip_limit: $0.wip_limit)
                    },
                    boards: (boardsByTeam[t.id] ?? []).map { TeamBoardDTO(id: $0.id, name: $0.name) })
        }
    }

    /// Whether a team of that name exists already (names are told apart without regard to case).
    static func nameTaken(_ name: String, on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT 1 AS x FROM teams WHERE LOWER(name) = LOWER(\(bind: name))").first() != nil
    }

    /// Staff a team can take in, by name: active staff users (a client's user works on no board).
    static func staff(on db: any Database) async throws -> [(id: UUID, name: String, role: String)] {
        struct Row: Decodable { var id: UUID; var name: String; var role: String }
        let staffRoles = SQLList(Role.allCases.filter(\.isStaff).map { SQLBind($0.rawValue) })
        return try await db.sql.raw("""
            SELECT id, display_name AS name, role FROM users WHERE active = \(bind: true) AND role IN (\(staffRoles)) ORDER BY display_name, id LIMIT 1000
            """).all(decoding: Row.self).map { ($0.id, $0.name, $0.role) }
    }
}
