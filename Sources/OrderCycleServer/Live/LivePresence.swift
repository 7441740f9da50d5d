import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Who has a live page open, on any instance (the `live_connections` table): a call is pushed
/// to a person only when they can see it, else to the operators on duty.
enum LivePresence {
    /// A connection whose instance has not confirmed it for this long no longer counts.
    static let staleAfter: TimeInterval = 90

    static func open(_ id: UUID, userID: UUID, role: Role, instanceID: String, now: Date, on db: any Database) async throws {
        try await db.sql.insert(into: "live_connections").columns("id", "user_id", "role", "instance_id", "opened_at", "seen_at")
            .values(SQLBind(id), SQLBind(userID), SQLBind(role.rawValue), SQLBind(instanceID), SQLBind(now), SQLBind(now)).run()
        // A call to this person may now reach them.
        CardChange.announce(.users([userID]))
    }

    static func close(_ id: UUID, on db: any Database) async throws {
        let users = try await db.sql.delete(from: "live_connections").where("id", .equal, id).returning("user_id").all(decodingColumn: "user_id", as: UUID.self)
        CardChange.announce(.users(users))
    }

    /// Confirms this instance's open connections and forgets long-dead ones of any instance.
    static func touch(_ ids: [UUID], now: Date, on db: any Database) async throws {
        if !ids.isEmpty {
            // A page whose confirmation had run out (its instance was stalled) counts again: a
            // kept card that sent its calls elsewhere no longer holds. Others stay live as they were.
            let revived = try await db.sql.select().distinct().column("user_id").from("live_connections")
                .where("id", .in, ids).where("seen_at", .lessThanOrEqual, now.addingTimeInterval(-staleAfter))
                .all(decodingColumn: "user_id", as: UUID.self)
            CardChange.announce(.users(revived))
            try await db.sql.update("live_connections").set("seen_at", to: now).where("id", .in, ids).run()
        }
        try await db.sql.delete(from: "live_connections").where("seen_at", .lessThan, now.addingTimeInterval(-10 * staleAfter)).run()
    }

    static func isLive(_ userID: UUID, now: Date, on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT \(live(user: "\(bind: userID)", now: now)) AS live").first()?.decode(column: "live", as: Bool.self) ?? false
    }

    /// When the user's freshest page was last confirmed, if they have one.
    static func lastSeen(_ userID: UUID, on db: any Database) async throws -> Date? {
        try await db.sql.raw("SELECT \(lastSeen(user: "\(bind: userID)")) AS seen_at").first()?.decode(column: "seen_at", as: Date?.self)
    }

    /// When the freshest page of the user in `user` (an SQL expression) was last confirmed.
    static func lastSeen(user: SQLQueryString) -> SQLQueryString {
        "(SELECT MAX(lc.seen_at) FROM live_connections lc WHERE lc.user_id = \(user))"
    }

    /// Until when a page last confirmed at `seenAt` counts as live, or nil when it no longer does at `now`.
    static func liveUntil(seenAt: Date, now: Date) -> Date? {
        let until = seenAt.addingTimeInterval(staleAfter)
        return until > now ? until : nil
    }

    /// Whether the user in `user` (an SQL expression) has a live page open: the condition
    /// `isLive` asks, for queries that ask it beside other things.
    static func live(user: SQLQueryString, now: Date) -> SQLQueryString {
        "EXISTS (SELECT 1 FROM live_connections lc WHERE lc.user_id = \(user) AND lc.seen_at > \(bind: now.addingTimeInterval(-staleAfter)))"
    }
}
