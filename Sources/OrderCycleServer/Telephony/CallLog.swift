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

/// A logged call as the API shows it; `CallQueries` reads and writes the log.
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
}
