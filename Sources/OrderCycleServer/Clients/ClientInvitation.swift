import Fluent
import Foundation

/// An invitation of a client's contact to the cabinet. The link's token is never stored, only
/// its SHA-256 (`Secrets.hash`), as with sessions and API tokens.
final class ClientInvitation: Model, @unchecked Sendable {
    static let schema = "client_invitations"

    @ID(key: .id) var id: UUID?
    @Field(key: "client_id") var clientID: UUID
    @OptionalField(key: "contact_id") var contactID: UUID?
    @Field(key: "email") var email: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "token_hash") var tokenHash: String
    @OptionalField(key: "invited_by") var invitedBy: UUID?
    @Field(key: "invited_at") var invitedAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @OptionalField(key: "user_id") var userID: UUID?

    init() {}
}
