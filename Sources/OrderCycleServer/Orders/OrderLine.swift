import Fluent
import Foundation

final class OrderLine: Model, @unchecked Sendable {
    static let schema = "order_lines"

    @ID(key: .id) var id: UUID?
    @Field(key: "order_id") var orderID: UUID
    @Field(key: "line_no") var lineNo: Int
    @Field(key: "product_id") var productID: UUID
    @Field(key: "quantity") var quantity: Int
    @Field(key: "unit_price_minor") var unitPriceMinor: Int64
    /// How much of the quantity stock could cover at placing.
    @Field(key: "reserved_quantity") var reservedQuantity: Int

    init() {}

    init(orderID: UUID, lineNo: Int, productID: UUID, quantity: Int, unitPriceMinor: Int64) {
        self.id = UUID()
        self.orderID = orderID
        self.lineNo = lineNo
        self.productID = productID
        self.quantity = quantity
        self.unitPriceMinor = unitPriceMinor
        self.reservedQuantity = 0
    }

    /// What the lines come to. Splitting only divides amounts an order already holds, so the
    /// sum cannot exceed the total its creation checked.
    static func total(_ lines: [OrderLine]) -> Int64 {
        lines.reduce(0) { $0 + $1.unitPriceMinor * Int64($1.quantity) }
    }
}
