import Fluent
import Foundation
import SQLKit

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

    /// Listed by hand: Fluent reads the list on every save and load, and finding it by
    /// reflection cost more than the statement (`ModelPropertiesTests` holds it to the fields).
    var properties: [any AnyProperty] { [$id, $orderID, $lineNo, $productID, $quantity, $unitPriceMinor, $reservedQuantity] }

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

    /// An order's lines in line order, made from their cells as read (`rowsByPosition`): Fluent's
    /// model decoding took a third of placing a 1,000-line order.
    static func all(of orderID: UUID, on db: any Database) async throws -> [OrderLine] {
        try await db.rowsByPosition("""
            SELECT id, line_no, product_id, quantity, unit_price_minor, reserved_quantity
            FROM order_lines WHERE order_id = \(bind: orderID) ORDER BY line_no
            """) { row in
            let line = OrderLine(orderID: orderID, lineNo: try row.int(1), productID: try row.uuid(2), quantity: try row.int(3),
                                 unitPriceMinor: Int64(try row.int(4)))
            line.id = try row.uuid(0)
            line.reservedQuantity = try row.int(5)
            line.$id.exists = true
            return line
        }
    }

    /// Writes new lines in statements of many rows each: an order of a thousand lines is two
    /// statements, where a model's create would reflect over each line's fields.
    static func insert(_ lines: [OrderLine], on db: any Database) async throws {
        for start in stride(from: 0, to: lines.count, by: 500) {
            let batch = lines[start..<min(start + 500, lines.count)]
            let insert = db.sql.insert(into: schema).columns("id", "order_id", "line_no", "product_id", "quantity", "unit_price_minor", "reserved_quantity")
            for line in batch {
                let id = line.id ?? UUID()
                line.id = id
                insert.values(SQLBind(id), SQLBind(line.orderID), SQLBind(line.lineNo), SQLBind(line.productID), SQLBind(line.quantity),
                              SQLBind(line.unitPriceMinor), SQLBind(line.reservedQuantity))
            }
            try await insert.run()
            for line in batch { line.$id.exists = true }
        }
    }
}
