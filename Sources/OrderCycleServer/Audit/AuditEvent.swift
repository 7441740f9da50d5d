import Fluent
import Foundation

/// One change to business data: who, when, what, before → after. The table is append-only
/// (a database trigger refuses UPDATE and DELETE), so the trail cannot be rewritten.
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_label") var actorLabel: String
    @Field(key: "entity") var entity: String
    @Field(key: "entity_id") var entityID: UUID
    @Field(key: "action") var action: String
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?
    @OptionalField(key: "request_id") var requestID: String?

    init() {}
}
