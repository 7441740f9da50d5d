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

/// The two statements every request with a key runs, in SQL: a model read and create would
/// reflect over the record's fields on each request.
extension IdempotencyRecord {
    struct Stored: Decodable, Sendable {
        var id: UUID
        var fingerprint: String
        var state: State
        var status_code: Int?
        var response_body: String?
        var location: String?
        var etag: String?
        var created_at: Date
    }

    static func stored(scope: String, key: String, on db: any Database) async throws -> Stored? {
        try await db.sql.raw("""
            SELECT id, fingerprint, state, status_code, response_body, location, etag, created_at
            FROM idempotency_keys WHERE scope = \(bind: scope) AND key = \(bind: key)
            """).first(decoding: Stored.self)
    }

    /// Stores the key with the answer its request gave, in the request's own transaction.
    static func storeDone(scope: String, key: String, fingerprint: String, answer: CreatedResponse, now: Date, on db: any Database) async throws {
        try await db.sql.raw("""
            INSERT INTO idempotency_keys (id, scope, key, fingerprint, state, status_code, response_body, location, etag, created_at)
            VALUES (\(bind: UUID()), \(bind: scope), \(bind: key), \(bind: fingerprint), \(bind: State.done.rawValue), \(bind: Int(answer.status.code)),
                    \(bind: String(decoding: answer.body, as: UTF8.self)), \(bind: answer.location), \(bind: answer.etag), \(bind: now))
            """).run()
    }
}
