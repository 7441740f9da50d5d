import Fluent
import Foundation

/// A logged-in browser. Stored in the database so that any app instance serves any user; the
/// cookie holds a random token whose SHA-256 is the lookup key, so a leaked table opens nothing.
final class WebSession: Model, @unchecked Sendable {
    static let schema = "web_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "user_id") var userID: UUID
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "address") var address: String?

    init() {}

    init(tokenHash: String, userID: UUID, csrfToken: String, now: Date, expiresAt: Date, address: String?) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.createdAt = now
        self.lastSeenAt = now
        self.expiresAt = expiresAt
        self.address = address
    }
}
