import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The SLA policies: the targets a new ticket is promised, by its client's subscription package
/// or segment and its priority, and the list an administrator keeps.
enum SLAPolicyQueries {
    static let anySegment = "*"
    static let columns = """
        id, version, segment_id, package_id, priority, first_response_seconds / 60 AS first_response_minutes, resolution_seconds / 60 AS resolution_minutes,
        calendar, created_at, updated_at
        """

    /// The key of a policy's scope: the package's, the segment's, or every segment's.
    static func key(segment: UUID?, package: UUID?) -> String {
        if let package { return "package:\(package.uuidString)" }
        return segment?.uuidString ?? anySegment
    }

    /// What a ticket of `priority` for a client on `package` in `segment` is promised: the
    /// package's policy (a client's package takes precedence over its segment), else the segment's,
    /// else the one for every segment, else the standard (24x7, `SLAPolicy.standard`).
    static func promise(segment: UUID?, package: UUID? = nil, priority: Priority, on db: any Database) async throws -> (targets: SLATargets, calendar: String) {
        let keys = [package.map { key(segment: nil, package: $0) }, segment?.uuidString, anySegment].compactMap { $0 }
        let rows = try await db.sql.raw("""
            SELECT segment_key, first_response_seconds, resolution_seconds, calendar FROM sla_policies
            WHERE priority = \(bind: priority.rawValue) AND segment_key IN (\(binds: keys))
            """).all()
        let byKey = Dictionary(rows.compactMap { row in (try? row.decode(column: "segment_key", as: String.self)).map { ($0, row) } }, uniquingKeysWith: { a, _ in a })
        let chosen = keys.lazy.compactMap { byKey[$0] }.first
        guard let chosen else { return (SLAPolicy.standard[priority], SLAPolicy.standard.calendar.code) }
        return (SLATargets(firstResponse: TimeInterval(try chosen.decode(column: "first_response_seconds", as: Int.self)),
                           resolution: TimeInterval(try chosen.decode(column: "resolution_seconds", as: Int.self))),
                try chosen.decode(column: "calendar", as: String.self))
    }

    static func list(on db: any Database) async throws -> [SLAPolicyDTO] {
        try await db.sql.raw("SELECT \(unsafeRaw: columns) FROM sla_policies ORDER BY segment_key, priority, id").all(decoding: SLAPolicyDTO.self)
    }

    static func one(_ id: UUID, on db: any Database) async throws -> SLAPolicyDTO? {
        try await db.sql.raw("SELECT \(unsafeRaw: columns) FROM sla_policies WHERE id = \(bind: id)").first(decoding: SLAPolicyDTO.self)
    }
}
