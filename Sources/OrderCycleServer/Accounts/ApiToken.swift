import Fluent
import Foundation
import OrderCycleCore

/// A bearer token: either issued at API login for a user, or an integration token that an
/// administrator creates for a machine (a telephone exchange, a shop). Only its SHA-256 is kept.
final class ApiToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    enum Kind: String, Codable, Sendable { case login, integration }

    @ID(key: .id) var id: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "name") var name: String
    @Enum(key: "kind") var kind: Kind
    @Enum(key: "role") var role: Role
    @OptionalField(key: "user_id") var userID: UUID?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "expires_at") var expiresAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    /// Listed by hand: Fluent reads the list on every save and load, and finding it by
    /// reflection cost more than the statement (`ModelPropertiesTests` holds it to the fields).
    var properties: [any AnyProperty] {
        [$id, $version, $tokenHash, $name, $kind, $role, $userID, $createdBy, $createdAt, $expiresAt, $revokedAt]
    }

    init(tokenHash: String, name: String, kind: Kind, role: Role, userID: UUID?, createdBy: UUID?, now: Date, expiresAt: Date?) {
        self.version = 1
        self.tokenHash = tokenHash
        self.name = name
        self.kind = kind
        self.role = role
        self.userID = userID
        self.createdBy = createdBy
        self.createdAt = now
        self.expiresAt = expiresAt
    }
}
