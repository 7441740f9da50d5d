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
            "order.recieved: is not a key of this mapping (known keys: delivered, delivery_method, dispatched, key, promised, received, status)",
        ])
        #expect(problems(replacing("\"kind\": \"customer\"", "\"kind\": \"buyer\"")) == [
            "client.kind: \"buyer\" is not one of \"customer\", \"supplier\", \"partner\", \"department\", \"employee\"",
        ])
        #expect(problems(replacing("\"party\": \"person\"", "\"party\": \"family\"")).first?.hasPrefix("client.party: \"family\" is not one of") == true)
        #expect(problems(replacing("\"reason\": \"returned\"", "\"reason\": \"refund\"")).first?.hasPrefix("claims.reason: \"refund\" is not one of") == true)
        #expect(problems(replacing("\"sku\": \"Item\"", "\"sku\": 5")) == ["line.sku: must be a string, not 5"])
        #expect(problems(replacing("\"date_format\": \"dd.MM.yyyy\"", "\"date_format\": \"HH:mm\"")).first?.hasPrefix("date_format:") == true)
        #expect(problems(replacing("\"reason\": \"returned\"", "\"reason\": \"returned\", \"filter_column\": \"Returned\"")).first?.hasPrefix("claims: filter_column and filter_value") == true)
        // Who ordered: columns, or anonymous, or one constant client — exactly one.
        #expect(problems(replacing("\"code\": \"Buyer\", \"name\": \"Buyer name\",", "\"anonymous\": true,")) == [])
        #expect(problems(replacing("\"code\": \"Buyer\", \"name\": \"Buyer name\",", "\"anonymous\": true, \"code\": \"Buyer\",")).first?.hasPrefix("client: give code and name") == true)
        #expect(problems(replacing("\"currency\": \"UAH\",", "\"currency\": \"UAH\", \"timezone\": \"Mars/Olympus\",")).first?.hasPrefix("timezone:") == true)
        #expect(problems(replacing("\"received\": \"Date\"", "\"received\": \"Date\", \"status\": {\"column\": \"S\", \"values\": {\"gone\": \"lost\"}}")) == [
            "order.status.values.gone: \"lost\" is not one of \"received\", \"dispatched\", \"delivered\", \"cancelled\"",
        ])
    }

    /// Timestamps are instants in the mapping's zone; a status column, a complaint-class column
    /// of the orders file and review scores are read per order.
    @Test func timestampsStatusesComplaintClassesAndReviews() throws {
        let mapping = try OrderHistoryMapping.decode(Data("""
        {"name": "shop", "date_format": "yyyy-MM-dd HH:mm:ss", "timezone": "America/Sao_Paulo", "currency": "BRL",
         "order": {"key": "No", "received": "Bought", "delivered": "Got", "status": {"column": "S", "values": {"ok": "delivered", "off": "cancelled"}}},
         "client": {"anonymous": true},
         "line": {"sku": "Item", "quantity": "Qty"},
         "claims": {"column": "Complaint", "reasons": {"late": "late", "broken": "damaged", "fine": null}},
         "rating": {"column": "Score"}}
        """.utf8))
        let csv = try CSVReader(text: """
        No,Bought,Got,S,Item,Qty,Complaint,Score
        A,2024-03-06 22:30:00,2024-03-08 10:00:00,ok,X,1,late,2
        B,2024-03-07 10:00:00,,off,X,1,fine,
        C,2024-03-07 10:00:00,,lost,X,1,angry,9
        """)
        let history = OrderHistory(csv: csv, mapping: mapping)
        #expect(Set(history.errors.map { "\($0.line):\($0.column)" }) == ["4:S", "4:Complaint", "4:Score"])
        #expect(history.orders.count == 2)
        let a = history.orders[0]
        #expect(a.receivedAt == Date(timeIntervalSince1970: 1_709_775_000)) // 2024-03-07 01:30 UTC
        #expect(a.received.description == "2024-03-06") // the day as the source writes it
        #expect(a.customer.code == "ANON-A")
        #expect((a.status, a.rating, a.claimReasons) == (.delivered, 2, ["late"]))
        #expect((history.orders[1].status, history.orders[1].claimReasons) == (.cancelled, []))
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

    /// Read in pieces, the reader forgets what it handed out: a later piece hands out an order
    /// again with its new lines, which join the first piece's order when they agree with it and
    /// are each an error, worded from the first line read again, when they do not.
    @Test func aLaterPieceJoinsItsLinesToTheOrderAnEarlierPieceRead() throws {
        let mapping = try OrderHistoryMapping.decode(Data("""
        {"name": "shop", "date_format": "yyyy-MM-dd", "currency": "UAH",
         "order": {"key": "No", "received": "Date", "dispatched": "Shipped"},
         "client": {"code": "Buyer", "name": "Buyer name"},
         "line": {"sku": "Item", "quantity": "Qty"}}
        """.utf8))
        var reader = OrderHistory.Reader(header: ["No", "Date", "Shipped", "Buyer", "Buyer name", "Item", "Qty"], mapping: mapping)
        reader.read(["A-1", "2026-03-01", "2026-03-03", "B7", "Bohdan", "SKU-1", "2"], line: 2)
        reader.read(["A-2", "2026-03-01", "2026-03-03", "B7", "Bohdan", "SKU-1", "1"], line: 3)
        let first = reader.take()
        #expect(first.orders.map(\.key) == ["A-1", "A-2"])
        #expect(first.firsts.map(\.line) == [2, 3])

        reader.read(["A-1", "2026-03-01", "2026-03-03", "B7", "Bohdan", "SKU-2", "4"], line: 4)
        reader.read(["A-2", "2026-03-01", "2026-03-05", "B7", "Bohdan", "SKU-2", "1"], line: 5)
        reader.read(["A-2", "2026-03-01", "2026-03-05", "B7", "Bohdan", "SKU-3", "1"], line: 6)
        let second = reader.take()
        #expect(second.orders.map(\.key) == ["A-1", "A-2"])
        #expect(second.orders.map { $0.lines.map(\.sku) } == [["SKU-2"], ["SKU-2", "SKU-3"]])
        let agreeing = reader.joins(second.firsts[0], of: "A-1", firstLine: first.firsts[0].line, digest: first.firsts[0].digest)
        let differing = reader.joins(second.firsts[1], of: "A-2", firstLine: first.firsts[1].line, digest: first.firsts[1].digest)
        #expect(agreeing && !differing)
        #expect(reader.firstLinesToExplain == [3])
        reader.explain(firstRows: [3: ["A-2", "2026-03-01", "2026-03-03", "B7", "Bohdan", "SKU-1", "1"]])
        #expect(reader.errors.map(\.description) == [
            "line 5, Shipped: \"2026-03-05\" differs from \"2026-03-03\" on line 3, another line of order A-2",
            "line 6, Shipped: \"2026-03-05\" differs from \"2026-03-03\" on line 3, another line of order A-2",
        ])
    }
}

extension Error {
    var problems: [String] { (self as? OrderHistoryMapping.Invalid)?.problems ?? ["\(self)"] }
}
