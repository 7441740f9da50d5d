import Foundation
import OrderCycleCore
import Testing

@Suite("A mapping file is checked against its schema")
struct OrderHistoryMappingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let valid = """
    {"name": "shop", "date_format": "dd.MM.yyyy", "currency": "UAH",
     "order": {"key": "No", "received": "Date"},
     "client": {"code": "Buyer", "name": "Buyer name", "kind": "customer", "party": "person"},
     "line": {"sku": "Item", "quantity": "Qty"},
     "claims": {"file": "returns.csv", "order_key": "No", "reason": "returned"}}
    """

    func problems(_ text: String) -> [String] {
        do { _ = try OrderHistoryMapping.decode(Data(text.utf8)); return [] } catch { return error.problems }
    }

    func replacing(_ old: String, _ new: String) -> String {
        precondition(Self.valid.contains(old))
        return Self.valid.replacingOccurrences(of: old, with: new)
    }

    /// The importer checks against its own copy of the schema; it is the file that ships.
    @Test func theShippedSchemaIsTheOneTheImporterChecksAgainst() throws {
        let shipped = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.root.appendingPathComponent("import/mapping.schema.json"))) as? NSDictionary
        let embedded = try JSONSerialization.jsonObject(with: Data(OrderHistoryMapping.schema.utf8)) as? NSDictionary
        #expect(shipped != nil && shipped == embedded)
        // Every shipped order mapping is valid.
        let mappings = Self.root.appendingPathComponent("import/mappings")
        for name in try FileManager.default.contentsOfDirectory(atPath: mappings.path) where name.hasSuffix("-orders.json") {
            #expect(problems(try String(contentsOf: mappings.appendingPathComponent(name), encoding: .utf8)) == [], "\(name)")
        }
    }

    @Test func everyProblemIsNamedByItsKey() {
        #expect(problems(Self.valid) == [])
        #expect(problems("{\"name\": ") .first?.hasPrefix("is not JSON") == true)
        #expect(problems(replacing("\"currency\": \"UAH\",", "")) == ["currency: is required"])
        #expect(problems(replacing("\"received\": \"Date\"", "\"recieved\": \"Date\"")) == [
            "order.received: is required",
            "order.recieved: is not a key of this mapping (known keys: delivered, delivery_method, dispatched, key, promised, received)",
        ])
        #expect(problems(replacing("\"kind\": \"customer\"", "\"kind\": \"buyer\"")) == [
            "client.kind: \"buyer\" is not one of \"customer\", \"supplier\", \"partner\", \"department\", \"employee\"",
        ])
        #expect(problems(replacing("\"party\": \"person\"", "\"party\": \"family\"")).first?.hasPrefix("client.party: \"family\" is not one of") == true)
        #expect(problems(replacing("\"reason\": \"returned\"", "\"reason\": \"refund\"")).first?.hasPrefix("claims.reason: \"refund\" is not one of") == true)
        #expect(problems(replacing("\"sku\": \"Item\"", "\"sku\": 5")) == ["line.sku: must be a string, not 5"])
        #expect(problems(replacing("\"date_format\": \"dd.MM.yyyy\"", "\"date_format\": \"HH:mm\"")).first?.hasPrefix("date_format:") == true)
        #expect(problems(replacing("\"reason\": \"returned\"", "\"reason\": \"returned\", \"filter_column\": \"Returned\"")).first?.hasPrefix("claims: filter_column and filter_value") == true)
    }

    /// Two rows of one order that say different things about it are an error naming both lines.
    @Test func rowsOfOneOrderThatDisagreeAreAnErrorWithBothLines() throws {
        let mapping = try OrderHistoryMapping.decode(Data("""
        {"name": "shop", "date_format": "yyyy-MM-dd", "currency": "UAH",
         "order": {"key": "No", "received": "Date", "dispatched": "Shipped", "delivery_method": "Mode"},
         "client": {"code": "Buyer", "name": "Buyer name"},
         "line": {"sku": "Item", "quantity": "Qty"}}
        """.utf8))
        let csv = try CSVReader(text: """
        No,Date,Shipped,Mode,Buyer,Buyer name,Item,Qty
        A-1,2026-03-01,2026-03-03,Express,B7,Bohdan,SKU-1,2
        A-2,2026-03-01,2026-03-03,Express,B7,Bohdan,SKU-1,2
        A-1,2026-03-01,2026-03-04,Post,B7,Bohdan,SKU-2,1
        A-2,2026-03-01,2026-03-03,Express,B8,Olena,SKU-2,1
        """)
        let history = OrderHistory(csv: csv, mapping: mapping)
        #expect(Set(history.errors.map { "\($0.line):\($0.column)" }) == ["4:Shipped", "4:Mode", "5:Buyer", "5:Buyer name"])
        let shipped = try #require(history.errors.first { $0.column == "Shipped" })
        #expect(shipped.message == "\"2026-03-04\" differs from \"2026-03-03\" on line 2, another line of order A-1")
    }
}

extension Error {
    var problems: [String] { (self as? OrderHistoryMapping.Invalid)?.problems ?? ["\(self)"] }
}
