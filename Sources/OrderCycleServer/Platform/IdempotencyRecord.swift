import Fluent
import Foundation

/// A creating POST remembered under its `Idempotency-Key`, so that a retry after a lost
/// response returns the first answer instead of creating the thing twice.
final class IdempotencyRecord: Model, @unchecked Sendable {
    static let schema = "idempotency_keys"

    enum State: String, Codable, Sendable { case running, done }

    @ID(key: .id) var id: UUID?
    @Field(key: "scope") var scope: String
    @Field(key: "key") var key: String
    @Field(key: "fingerprint") var fingerprint: String
    @Enum(key: "state") var state: State
    @OptionalField(key: "status_code") var statusCode: Int?
    @OptionalField(key: "response_body") var responseBody: String?
    @OptionalField(key: "location") var location: String?
    @OptionalField(key: "etag") var etag: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(scope: String, key: String, fingerprint: String, now: Date) {
        self.scope = scope
        self.key = key
        self.fingerprint = fingerprint
        self.state = .running
        self.createdAt = now
    }
}
