import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The call log in SQL: a call as `CallLog.CallDTO` (with the name of whoever answered), a
/// client's calls newest first, and the two writes the exchange makes — a call logged, a call
/// completed.
enum CallQueries {
    static let columns: SQLQueryString = """
        SELECT k.id, k.exchange_call_id, k.caller, k.caller_e164, k.called, k.client_id, k.routed_kind, k.routed_to_id, k.started_at,
               k.answered_by_id, u.display_name AS answered_by_name, k.duration_seconds, k.outcome, k.note, k.completed_at, k.version
        FROM calls k LEFT JOIN users u ON u.id = k.answered_by_id
        """

    static func recent(clientID: UUID, limit: Int, on db: any Database) async throws -> [CallLog.CallDTO] {
        try await db.sql.raw(columns + " WHERE k.client_id = \(bind: clientID) ORDER BY k.started_at DESC, k.id DESC LIMIT \(literal: limit)")
            .all(decoding: CallLog.CallDTO.self)
    }

    /// One page of a client's calls, newest first, one row more than the page holds so the
    /// caller knows whether more follow.
    static func ofClient(_ clientID: UUID, page: PageRequest, on db: any Database) async throws -> [CallLog.CallDTO] {
        var query: SQLQueryString = columns + " WHERE k.client_id = \(bind: clientID)"
        if let after = page.after, let at = after.moment {
            query = query + " AND (k.started_at < \(bind: at) OR (k.started_at = \(bind: at) AND k.id < \(bind: after.id)))"
        }
        query = query + " ORDER BY k.started_at DESC, k.id DESC LIMIT \(literal: page.limit + 1)"
        return try await db.sql.raw(query).all(decoding: CallLog.CallDTO.self)
    }

    static func find(_ id: UUID, on db: any Database) async throws -> CallLog.CallDTO? {
        try await db.sql.raw(columns + " WHERE k.id = \(bind: id)").first(decoding: CallLog.CallDTO.self)
    }

    static func find(exchangeCallID: String, on db: any Database) async throws -> CallLog.CallDTO? {
        try await db.sql.raw(columns + " WHERE k.exchange_call_id = \(bind: exchangeCallID)").first(decoding: CallLog.CallDTO.self)
    }

    /// Logs a new call at version 1 with the card's client, manager and routing.
    static func insert(id: UUID, exchangeCallID: String, caller: String, called: String?, card: CallCardDTO, startedAt: Date, on db: any Database) async throws {
        try await db.sql.insert(into: "calls")
            .columns("id", "version", "exchange_call_id", "caller", "caller_e164", "called", "client_id", "manager_id",
                     "routed_to_id", "routed_kind", "started_at")
            .values(SQLBind(id), SQLBind(1), SQLBind(exchangeCallID), SQLBind(caller), SQLBind(card.caller_e164), SQLBind(called),
                    SQLBind(card.client?.id), SQLBind(card.manager?.id), SQLBind(card.routed_to.user_id), SQLBind(card.routed_to.kind),
                    SQLBind(startedAt))
            .run()
    }

    /// Completes a call at `now` with what is known of it; the fields not given stay as they are.
    static func complete(_ id: UUID, at now: Date, answeredBy: UUID?, durationSeconds: Int?, outcome: CallOutcome?, note: String?, on db: any Database) async throws {
        var update = db.sql.update("calls").set("completed_at", to: now)
        if let who = answeredBy { update = update.set("answered_by_id", to: who) }
        if let d = durationSeconds { update = update.set("duration_seconds", to: d) }
        if let o = outcome { update = update.set("outcome", to: o.rawValue) }
        if let note { update = update.set("note", to: note) }
        try await update.where("id", .equal, id).run()
    }

    /// A call of a known client becomes its last contact, unless a later one is recorded already.
    static func recordContact(client clientID: UUID, at moment: Date, on db: any Database) async throws {
        CardChange.announce(.clients([clientID]))
        try await db.sql.raw("""
            UPDATE clients SET last_contact_at = \(bind: moment)
            WHERE id = \(bind: clientID) AND (last_contact_at IS NULL OR last_contact_at < \(bind: moment))
            """).run()
    }

    /// One person's calls, newest first: routed to them, answered by them, or from the clients
    /// they manage; operators and administrators also see the calls that went to the operators on duty.
    static func ofUser(_ userID: UUID, role: Role, limit: Int, on db: any Database) async throws -> [UserCall] {
        var query: SQLQueryString = """
            SELECT k.id, k.caller, k.client_id, c.name AS client_name, k.started_at, u.display_name AS answered_by_name,
                   k.duration_seconds, k.outcome, k.note, k.version
            FROM calls k LEFT JOIN users u ON u.id = k.answered_by_id LEFT JOIN clients c ON c.id = k.client_id
            WHERE (k.routed_to_id = \(bind: userID) OR k.answered_by_id = \(bind: userID) OR k.manager_id = \(bind: userID)
            """
        if role == .operator || role == .admin { query = query + " OR k.routed_kind = 'operators'" }
        query = query + ") ORDER BY k.started_at DESC, k.id DESC LIMIT \(literal: limit)"
        return try await db.sql.raw(query).all(decoding: UserCall.self)
    }

    /// A call in a person's call list, with the caller's client by name.
    struct UserCall: Decodable, Sendable {
        var id: UUID
        var caller: String
        var client_id: UUID?
        var client_name: String?
        var started_at: Date
        var answered_by_name: String?
        var duration_seconds: Int?
        var outcome: String?
        var note: String?
        var version: Int
    }
}
