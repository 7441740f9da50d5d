import Fluent
import Foundation

/// The stock balance of one product, changed only together with a ledger movement.
final class StockItem: Model, @unchecked Sendable {
    static let schema = "stock_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "version") var version: Int
    @Field(key: "product_id") var productID: UUID
    @Field(key: "on_hand") var onHand: Int
    @Field(key: "reserved") var reserved: Int
    /// The required stock S_need of demand saturation (DOMAIN §4.4, 2).
    @Field(key: "required_norm") var requiredNorm: Int

    init() {}

    init(productID: UUID, onHand: Int, requiredNorm: Int) {
        self.version = 1
        self.productID = productID
        self.onHand = onHand
        self.reserved = 0
        self.requiredNorm = requiredNorm
    }
}
