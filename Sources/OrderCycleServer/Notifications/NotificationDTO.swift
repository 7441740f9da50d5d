import Foundation
import OrderCycleCore
import Vapor

/// One notification as its reader gets it: the sentence in their language and where it leads.
struct NotificationDTO: Content, Sendable {
    var id: UUID
    var kind: NotificationKind
    var action: String
    var entity: String
    var entity_id: UUID
    var subject: String
    var detail: String?
    var actor: String
    var text: String
    var link: String
    var at: Date
    var read: Bool
}

/// A page of a person's notifications, newest first, with how many are unread in all.
struct NotificationPage: Content, Sendable {
    var items: [NotificationDTO]
    var unread: Int
    var next_cursor: String?
}
