import Foundation
import OrderCycleCore
import Vapor

/// A message in an order's thread, as the API and the order page show it.
struct CommentDTO: Content { var id: UUID; var author: String; var from_client: Bool; var body: String; var at: Date }

/// A claim on an order, as the API shows it and the audit trail keeps it.
struct ClaimDTO: Content {
    var id: UUID
    var order_id: UUID
    var client_id: UUID
    var reason: ClaimReason
    var description: String
    var status: ClaimStatus
    var resolution: String?
    var created_at: Date
    var resolved_at: Date?
    var version: Int
}

extension ClaimDTO {
    init(_ c: OrderClaim) throws {
        self.init(id: try c.requireID(), order_id: c.orderID, client_id: c.clientID, reason: c.reason, description: c.description,
                  status: c.status, resolution: c.resolution, created_at: c.createdAt, resolved_at: c.resolvedAt, version: c.version)
    }
}
