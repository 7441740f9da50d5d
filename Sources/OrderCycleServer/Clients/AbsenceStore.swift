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

    /// Whether the manager in `manager` (an SQL expression) has an absence in force: when not,
    /// the manager takes their own calls and the other absences need not be read.
    static func absent(manager: SQLQueryString, now: Date) -> SQLQueryString {
        "EXISTS (SELECT 1 FROM manager_absences ma WHERE ma.manager_id = \(manager) AND ma.starts_at <= \(bind: now) AND ma.ends_at > \(bind: now))"
    }

    /// The next moment after `now` at which any absence begins or ends (NULL when none will):
    /// until then, who takes whose calls stays as it is.
    static func nextChange(after now: Date) -> SQLQueryString {
        """
        (SELECT MIN(b.at) FROM (SELECT MIN(starts_at) AS at FROM manager_absences WHERE starts_at > \(bind: now)
                                UNION ALL SELECT MIN(ends_at) AS at FROM manager_absences WHERE ends_at > \(bind: now)) b)
        """
    }

    /// Every absence in force now, as the routing rule (`ManagerAbsence.callRecipient`) reads them.
    private struct InForceRow: Decodable { var managerId: UUID; var startsAt: Date; var endsAt: Date; var deputyId: UUID? }

    static func inForce(now: Date, on db: any Database) async throws -> [ManagerAbsence<UUID>] {
        try await db.sql.raw("""
            SELECT manager_id, deputy_id, starts_at, ends_at FROM manager_absences
            WHERE starts_at <= \(bind: now) AND ends_at > \(bind: now)
            """).all(decoding: InForceRow.self, keyDecodingStrategy: .convertFromSnakeCase).map {
            ManagerAbsence(managerID: $0.managerId, from: $0.startsAt, to: $0.endsAt, deputyID: $0.deputyId)
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
