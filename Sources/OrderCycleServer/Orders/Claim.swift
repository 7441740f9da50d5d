import Fluent
import Foundation
import OrderCycleCore

/// A claim on an order (DOMAIN §3.3 item 6).
final class OrderClaim: Model, @unchecked Sendable {
    static let schema = "claims"

    @ID(key: .id) var id: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "order_id") var orderID: UUID
    @Field(key: "client_id") var clientID: UUID
    @Enum(key: "reason") var reason: ClaimReason
    @Field(key: "description") var description: String
    @Enum(key: "status") var status: ClaimStatus
    @OptionalField(key: "resolution") var resolution: String?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date
    /// `createdAt`'s day in the company's calendar.
    @OptionalField(key: "created_day") var createdDay: String?
    @OptionalField(key: "resolved_at") var resolvedAt: Date?

    init() {}
}
