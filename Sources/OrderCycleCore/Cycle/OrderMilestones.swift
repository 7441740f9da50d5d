import Foundation

/// The four moments that bound an order's cycle from the two points of view (DOMAIN §3.1):
/// the buyer sends it and later accepts the goods; the seller receives it and later delivers
/// the goods for unloading. Any of them may not have happened yet.
public struct OrderMilestones: Hashable, Sendable, Codable {
    /// The buyer sent the order.
    public var sentAt: Date?
    /// The seller received the order; the seller's cycle starts here.
    public var receivedAt: Date?
    /// The goods arrived at the client for unloading; the seller's cycle ends here.
    public var deliveredAt: Date?
    /// The buyer confirmed receipt; the buyer's cycle ends here.
    public var acceptedAt: Date?

    public init(sentAt: Date? = nil, receivedAt: Date? = nil, deliveredAt: Date? = nil, acceptedAt: Date? = nil) {
        self.sentAt = sentAt
        self.receivedAt = receivedAt
        self.deliveredAt = deliveredAt
        self.acceptedAt = acceptedAt
    }
}
