import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// How a call ended, as the exchange or the person who took it reports.
enum CallOutcome: String, Codable, CaseIterable, Sendable {
    case answered, missed, busy, voicemail, failed

    func name(_ lang: Language) -> String {
        switch self {
        case .answered: lang.t("answered", "принят")
        case .missed: lang.t("missed", "пропущен")
        case .busy: lang.t("busy", "занято")
        case .voicemail: lang.t("voicemail", "голосовая почта")
        case .failed: lang.t("failed", "сбой")
        }
    }
}

/// Reading the call log.
enum CallLog {
    struct CallDTO: Content, Equatable {
        var id: UUID
        var exchange_call_id: String
        var caller: String
        var caller_e164: String?
        var called: String?
        var client_id: UUID?
        var routed_kind: String
        var routed_to_id: UUID?
        var started_at: Date
        var answered_by_id: UUID?
        var answered_by_name: String?
        var duration_seconds: Int?
        var outcome: String?
        var note: String?
        var completed_at: Date?
        var version: Int
    }

    static let columns: SQLQueryString = """
        SELECT k.id, k.exchange_call_id, k.caller, k.caller_e164, k.called, k.client_id, k.routed_kind, k.routed_to_id, k.started_at,
               k.answered_by_id, u.display_name AS answered_by_name, k.duration_seconds, k.outcome, k.note, k.completed_at, k.version
        FROM calls k LEFT JOIN users u ON u.id = k.answered_by_id
        """

    static func recent(clientID: UUID, limit: Int, on db: any Database) async throws -> [CallDTO] {
        try await db.sql.raw(columns + " WHERE k.client_id = \(bind: clientID) ORDER BY k.started_at DESC, k.id DESC LIMIT \(literal: limit)")
            .all().map(dto)
    }

    static func find(_ id: UUID, on db: any Database) async throws -> CallDTO? {
        try await db.sql.raw(columns + " WHERE k.id = \(bind: id)").first().map(dto)
    }

    static func find(exchangeCallID: String, on db: any Database) async throws -> CallDTO? {
        try await db.sql.raw(columns + " WHERE k.exchange_call_id = \(bind: exchangeCallID)").first().map(dto)
    }

    static func dto(_ r: any SQLRow) throws -> CallDTO {
        CallDTO(id: try r.decode(column: "id", as: UUID.self), exchange_call_id: try r.decode(column: "exchange_call_id", as: String.self),
                caller: try r.decode(column: "caller", as: String.self), caller_e164: try r.decode(column: "caller_e164", as: String?.self),
                called: try r.decode(column: "called", as: String?.self), client_id: try r.decode(column: "client_id", as: UUID?.self),
                routed_kind: try r.decode(column: "routed_kind", as: String.self), routed_to_id: try r.decode(column: "routed_to_id", as: UUID?.self),
                started_at: try r.decode(column: "started_at", as: Date.self), answered_by_id: try r.decode(column: "answered_by_id", as: UUID?.self),
                answered_by_name: try r.decode(column: "answered_by_name", as: String?.self),
                duration_seconds: try r.decode(column: "duration_seconds", as: Int?.self), outcome: try r.decode(column: "outcome", as: String?.self),
                note: try r.decode(column: "note", as: String?.self), completed_at: try r.decode(column: "completed_at", as: Date?.self),
                version: try r.decode(column: "version", as: Int.self))
    }
}
