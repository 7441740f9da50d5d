import Foundation
import OrderCycleCore
import Vapor

/// A ticket's SLA as the API and the pages read it: the instants the promises fall due (null
/// while the clock stands still or once the promise is kept), whether the clocks are paused, and
/// whether either promise is broken.
struct TicketSLADTO: Content, Equatable {
    var first_response_due: Date?
    var resolution_due: Date?
    var paused: Bool
    var breached: Bool
    /// `running`, `paused`, `met` or `breached`, per promise.
    var first_response_state: String
    var resolution_state: String
    var first_response_target_seconds: Int
    var resolution_target_seconds: Int
    /// The calendar the targets count on: `24x7`, or office hours (`hours mon,… 09:00-18:00`).
    var calendar: String
}

/// One support ticket as the reader sees it.
struct TicketDTO: Content, Equatable {
    var id: UUID
    var version: Int
    var client_id: UUID
    var client_name: String
    var subject: String
    var description: String?
    var priority: String
    var category: String?
    var status: String
    var source: String
    var assignee_id: UUID?
    var assignee_name: String?
    var order_id: UUID?
    var claim_id: UUID?
    var created_at: Date
    var updated_at: Date
    var first_response_at: Date?
    var resolved_at: Date?
    var closed_at: Date?
    /// Public replies from the company so far.
    var public_replies: Int
    /// Resolved with exactly one public reply.
    var first_contact_resolution: Bool
    var rating: Int?
    var rating_comment: String?
    var rated_at: Date?
    /// The statuses the reader may move the ticket to now.
    var allowed_next: [String]
    var sla: TicketSLADTO
}

/// One message of a ticket's thread; a client never receives the internal ones.
struct TicketMessageDTO: Content, Equatable {
    var id: UUID
    var ticket_id: UUID
    var author_id: UUID?
    var author_label: String
    var from_client: Bool
    var `internal`: Bool
    var text: String
    var at: Date
}

/// SLA targets for a priority for the clients on a subscription package (`package_id`), in a
/// segment (`segment_id`), or in every segment without its own (both null).
struct SLAPolicyDTO: Content, Equatable {
    var id: UUID
    var version: Int
    var segment_id: UUID?
    var package_id: UUID?
    var priority: String
    var first_response_minutes: Int
    var resolution_minutes: Int
    var calendar: String
    var created_at: Date
    var updated_at: Date
}

/// Where a ticket comes from.
enum TicketSource: String, CaseIterable, Sendable {
    case cabinet, api, email, call, staff, chat

    func name(_ lang: Language) -> String {
        switch self {
        case .cabinet: lang.t("Cabinet", "Кабинет")
        case .api: "API"
        case .email: lang.t("E-mail", "Эл. почта")
        case .call: lang.t("Call", "Звонок")
        case .staff: lang.t("Staff", "Сотрудник")
        case .chat: lang.t("Hotline chat", "Чат горячей линии")
        }
    }
}

/// The longest texts a ticket takes.
enum TicketLimits {
    static let subject = 200
    static let text = 8_000
    static let category = 60
    static let comment = 2_000
    /// Images a ticket holds, its own and its messages' together.
    static let attachments = 20
    /// Images one form (a new ticket, a reply) sends at once.
    static let attachmentsPerForm = 5
}

/// An image attached to a ticket (`message_id` null) or to one of its messages; `internal` when
/// that message is an internal note (a client never receives such an attachment).
struct TicketAttachmentDTO: Content, Equatable {
    var id: UUID
    var ticket_id: UUID
    var message_id: UUID?
    var media_type: String
    var size: Int
    var `internal`: Bool
    var created_at: Date
}
