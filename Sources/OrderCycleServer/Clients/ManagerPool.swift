import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The client managers as the assignment rule (`ManagerAssignment.choose`) sees them, read
/// with three aggregate queries.
enum ManagerPool {
    typealias Candidate = ManagerCandidate<String, String>

    private struct ManagerRow: Decodable { var id: UUID; var active: Bool }
    private struct SegmentRow: Decodable { var manager_id: UUID; var segment_id: UUID }
    private struct LoadRow: Decodable { var manager_id: UUID; var segment_id: UUID; var n: Int }

    static func candidates(on db: any Database) async throws -> [Candidate] {
        let sql = db.sql
        let managers = try await sql.raw("SELECT id, active FROM users WHERE role = \(bind: Role.manager.rawValue)").all(decoding: ManagerRow.self)
        var byID: [String: Candidate] = [:]
        for row in managers {
            let id = row.id.uuidString
            byID[id] = Candidate(id: id, isActive: row.active, segments: [])
        }
        for row in try await sql.raw("SELECT manager_id, segment_id FROM manager_segments").all(decoding: SegmentRow.self) {
            byID[row.manager_id.uuidString]?.segments.insert(row.segment_id.uuidString)
        }
        let loads = try await sql.raw("""
            SELECT manager_id, segment_id, COUNT(*) AS n FROM clients
            WHERE active = \(bind: true) AND manager_id IS NOT NULL GROUP BY manager_id, segment_id
            """).all(decoding: LoadRow.self)
        for row in loads {
            byID[row.manager_id.uuidString]?.activeClients[row.segment_id.uuidString] = row.n
        }
        return Array(byID.values)
    }

    /// The manager for a new client of `segmentID` (nil when no manager is active at all).
    static func choose(segmentID: UUID, among candidates: [Candidate]) -> UUID? {
        ManagerAssignment.choose(forSegment: segmentID.uuidString, among: candidates).flatMap { UUID(uuidString: $0.managerID) }
    }

    static func choose(segmentID: UUID, on db: any Database) async throws -> UUID? {
        choose(segmentID: segmentID, among: try await candidates(on: db))
    }
}

/// The kept history of who was responsible for a client.
enum AssignmentHistory {
    static let automatic = "automatic: new client"

    static func record(clientID: UUID, from: UUID?, to: UUID?, reason: String, by: UUID?, at: Date, on db: any Database) async throws {
        try await records([(clientID, from, to)], reason: reason, by: by, at: at, on: db)
    }

    static func records(_ moves: [(clientID: UUID, from: UUID?, to: UUID?)], reason: String, by: UUID?, at: Date, on db: any Database) async throws {
        let rows: [[any SQLExpression]] = moves.map {
            [SQLBind(UUID()), SQLBind($0.clientID), SQLBind($0.from), SQLBind($0.to), SQLBind(reason), SQLBind(by), SQLBind(at)]
        }
        try await insertRows(into: "manager_assignments", ["id", "client_id", "from_manager_id", "to_manager_id", "reason", "by_user_id", "at"], rows, on: db.sql)
    }

    struct Entry: Content, Equatable {
        var at: Date
        var from_manager_id: UUID?
        var from_manager_name: String?
        var to_manager_id: UUID?
        var to_manager_name: String?
        var reason: String
        var by_user_id: UUID?
        var by_name: String?
    }

    /// Newest first.
    static func entries(clientID: UUID, on db: any Database) async throws -> [Entry] {
        try await db.sql.raw("""
            SELECT a.at, a.from_manager_id, f.display_name AS from_manager_name, a.to_manager_id, t.display_name AS to_manager_name,
                   a.reason, a.by_user_id, b.display_name AS by_name
            FROM manager_assignments a
            LEFT JOIN users f ON f.id = a.from_manager_id LEFT JOIN users t ON t.id = a.to_manager_id LEFT JOIN users b ON b.id = a.by_user_id
            WHERE a.client_id = \(bind: clientID) ORDER BY a.at DESC, a.id DESC
            """).all(decoding: Entry.self)
    }
}
