import Foundation
import OrderCycleCore
import Vapor

/// An invitation as staff see it. `url` is present only in the answer that made it: the link
/// cannot be read back later, the database keeps its hash only.
struct InvitationDTO: Content, Sendable {
    var id: UUID
    var client_id: UUID
    var contact_id: UUID?
    var email: String
    var display_name: String
    var state: InvitationState
    var invited_at: Date
    var expires_at: Date
    var used_at: Date?
    var url: String?

    init(_ i: ClientInvitation, now: Date, url: String? = nil) throws {
        id = try i.requireID()
        client_id = i.clientID
        contact_id = i.contactID
        email = i.email
        display_name = i.displayName
        state = InvitationTerm.state(expiresAt: i.expiresAt, usedAt: i.usedAt, now: now)
        invited_at = i.invitedAt
        expires_at = i.expiresAt
        used_at = i.usedAt
        self.url = url
    }
}
