import Fluent
import Foundation
import OrderCycleCore

/// A person who logs in: staff in one of the staff roles, or a client's user bound to one client.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // data fields
    @Field(key: "email") var email: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "display_name") var displayName: String
    @Enum(key: "role") var role: Role
    @OptionalField(key: "client_id") var clientID: UUID?
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "language") var language: String?
    @Field(key: "active") var active: Bool

    init() {}

    /// Listed by hand: Fluent reads the list on every save and load, and finding it by
    /// reflection cost more than the statement (`ModelPropertiesTests` holds it to the fields).
    var properties: [any AnyProperty] {
        [$id, $version, $createdAt, $updatedAt, $email, $passwordHash, $displayName, $role, $clientID, $phone, $language, $active]
    }

    init(id: UUID? = nil, email: String, passwordHash: String, displayName: String, role: Role,
         clientID: UUID? = nil, phone: String? = nil, active: Bool = true) {
        self.id = id
        self.version = 1
        self.email = email
        self.passwordHash = passwordHash
        self.displayName = displayName
        self.role = role
        self.clientID = clientID
        self.phone = phone
        self.active = active
    }
}

