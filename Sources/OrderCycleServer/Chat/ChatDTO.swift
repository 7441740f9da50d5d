import Foundation
import OrderCycleCore
import Vapor

/// Where a hotline chat stands: waiting in the operators' queue, taken by an operator, closed,
/// or turned into a ticket (nobody on duty, or an operator moved it there). The last two are final.
enum ChatStatus: String, CaseIterable, Sendable {
    case waiting, active, closed, ticket

    var isOpen: Bool { self == .waiting || self == .active }

    func name(_ lang: Language) -> String {
        switch self {
        case .waiting: lang.t("Waiting for an operator", "Ждёт оператора")
        case .active: lang.t("In conversation", "Идёт разговор")
        case .closed: lang.t("Closed", "Завершён")
        case .ticket: lang.t("Became a ticket", "Стал заявкой")
        }
    }
}

/// One hotline chat as its reader sees it.
struct ChatDTO: Content, Equatable {
    var id: UUID
    var version: Int
    var client_id: UUID
    var client_name: String
    var status: String
    var topic: String
    var language: String
    var operator_id: UUID?
    var operator_name: String?
    var ticket_id: UUID?
    /// The sequence number of the last message; read marks count up to it.
    var last_seq: Int
    var client_read_seq: Int
    var operator_read_seq: Int
    var created_at: Date
    var accepted_at: Date?
    var closed_at: Date?
    var updated_at: Date
}

/// One message of a chat. `id` is the one the sender's page made; `seq` orders the chat.
/// A system message is the company's word (the chat became a ticket); a client never
/// receives the internal ones.
struct ChatMessageDTO: Content, Equatable {
    var id: UUID
    var chat_id: UUID
    var seq: Int
    var author_id: UUID?
    var author_label: String
    var from_client: Bool
    var `internal`: Bool
    var system: Bool
    var text: String
    var at: Date
}

struct ChatMessagePage: Content, Equatable {
    var items: [ChatMessageDTO]
}

/// Whether the person is available for chats (one half of being on duty; the other is a live page open).
struct ChatAvailabilityDTO: Content, Equatable {
    var available: Bool
    var on_duty: Bool
}

enum ChatLimits {
    static let text = 4_000
    static let topic = 80
    /// The most messages one read returns; a chat longer than that is read from `after`.
    static let page = 500
}
