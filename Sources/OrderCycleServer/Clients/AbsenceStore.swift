import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Managers' absences with their deputies, stored in `manager_absences`.
enum AbsenceStore {
    struct AbsenceDTO: Content, Equatable {
        var id: UUID
        var manager_id: UUID
        var manager_name: String
        var deputy_id: UUID?
        var deputy_name: String?
        var starts_at: Date
        var ends_at: Date
        var note: String?
        var version: Int
    }

    /// Current and coming absences (those not yet over), by start, keyset-paged.
    static func upcoming(now: Date, managerID: UUID? = nil, after: Cursor? = nil, limit: Int = 200, on db: any Database) async throws -> [AbsenceDTO] {
        var conditions: [SQLQueryString] = ["a.ends_at > \(bind: now)"]
        if let managerID { conditions.append("a.manager_id = \(bind: managerID)") }
        if let after, let at = after.moment {
            conditions.append("(a.starts_at > \(bind: at) OR (a.starts_at = \(bind: at) AND a.id > \(bind: after.id)))")
        }
        let query: SQLQueryString = """
            SELECT a.id, a.manager_id, m.display_name AS manager_name, a.deputy_id, d.display_name AS deputy_name,
                   a.starts_at, a.ends_at, a.note, a.version
            FROM manager_absences a JOIN users m ON m.id = a.manager_id LEFT JOIN users d ON d.id = a.deputy_id
            WHERE
            """ + " " + conditions.joined(separator: " AND ") + " ORDER BY a.starts_at, a.id LIMIT \(literal: limit)"
        return try await db.sql.raw(query).all(decoding: AbsenceDTO.self)
    }

    static func find(_ id: UUID, on db: any Database) async throws -> AbsenceDTO? {
        try await db.sql.raw("""
            SELECT a.id, a.manager_id, m.display_name AS manager_name, a.deputy_id, d.display_name AS deputy_name,
                   a.starts_at, a.ends_at, a.note, a.version
            FROM manager_absences a JOIN users m ON m.id = a.manager_id LEFT JOIN users d ON d.id = a.deputy_id
            WHERE a.id = \(bind: id)
            """).first(decoding: AbsenceDTO.self)
    }

    struct Current: Sendable, Decodable {
        var endsAt: Date; var deputyID: UUID?; var deputyName: String?
        enum CodingKeys: String, CodingKey { case endsAt = "ends_at", deputyID = "deputy_id", deputyName = "deputy_name" }
    }

    /// The absence that decides for this manager now (the one begun last), if any.
    static func current(managerID: UUID, now: Date, on db: any Database) async throws -> Current? {
        try await db.sql.raw("""
            SELECT a.ends_at, a.deputy_id, d.display_name AS deputy_name FROM manager_absences a LEFT JOIN users d ON d.id = a.deputy_id
            WHERE a.manager_id = \(bind: managerID) AND a.starts_at <= \(bind: now) AND a.ends_at > \(bind: now)
            ORDER BY a.starts_at DESC LIMIT 1
            """).first(decoding: Current.self)
    }

    /// Every absence not over at `now` (in force or still ahead), as the routing rule
    /// (`ManagerAbsence.callRecipient`) reads them. Until an absence is recorded or ended, this
    /// list answers for any later moment: who is away then, and when that next changes.
    private struct NotOverRow: Decodable { var manager_id: UUID; var starts_at: Date; var ends_at: Date; var deputy_id: UUID? }

    static func notOver(now: Date, on db: any Database) async throws -> [ManagerAbsence<UUID>] {
        try await db.sql.raw("""
            SELECT manager_id, deputy_id, starts_at, ends_at FROM manager_absences WHERE ends_at > \(bind: now)
            """).all(decoding: NotOverRow.self).map {
            ManagerAbsence(managerID: $0.manager_id, from: $0.starts_at, to: $0.ends_at, deputyID: $0.deputy_id)
        }
    }

    static func insert(managerID: UUID, deputyID: UUID?, startsAt: Date, endsAt: Date, note: String?, on db: any Database) async throws -> UUID {
        let id = UUID()
        CardChange.announce(.all)
        try await db.sql.insert(into: "manager_absences")
            .columns("id", "version", "manager_id", "deputy_id", "starts_at", "ends_at", "note")
            .values(SQLBind(id), SQLBind(1), SQLBind(managerID), SQLBind(deputyID), SQLBind(startsAt), SQLBind(endsAt), SQLBind(note))
            .run()
        return id
    }
}

/// What a caller sends to record a manager's absence (the API's body, the absences form).
struct AbsenceInput: Content, Sendable {
    var manager_id: UUID?
    var deputy_id: UUID?
    var starts_at: Date?
    var ends_at: Date?
    var note: String?
}
