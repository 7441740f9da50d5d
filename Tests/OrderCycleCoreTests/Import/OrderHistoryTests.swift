import Foundation
import OrderCycleCore
import Testing

@Suite("Order history through a mapping")
struct OrderHistoryTests {
    let mapping = try! OrderHistoryMapping.decode(Data("""
    {"name": "shop", "date_format": "dd.MM.yyyy", "currency": "UAH",
     "order": {"key": "No", "received": "Date", "dispatched": "Shipped"},
     "promised_lead_days": {"column": "Mode", "values": {"Express": 1, "Post": 4}},
     "client": {"code": "Buyer", "name": "Buyer name"},
     "line": {"sku": "Item", "quantity": "Qty", "amount": "Sum", "decimal_separator": ","}}
    """.utf8))

    @Test func linesWithTheSameKeyMakeOneOrderAndLeadDaysMakeThePromise() throws {
        let csv = try CSVReader(text: """
        No,Date,Shipped,Mode,Buyer,Buyer name,Item,Qty,Sum
        A-1,01.03.2026,03.03.2026,Express,B7,Bohdan,SKU-1,2,"1 234,50"
        A-1,01.03.2026,03.03.2026,Express,B7,Bohdan,SKU-2,1,"10,00"
        A-2,28.02.2026,,Post,B8,Olena,SKU-1,5,"5,5"
        """)
        let history = OrderHistory(csv: csv, mapping: mapping)
        #expect(history.errors.isEmpty)
        #expect(history.orders.count == 2)
        let first = try #require(history.orders.first)
        #expect(first.lines.map(\.amountMinor) == [123_450, 1_000])
        #expect(first.promised?.description == "2026-03-02")
        #expect(first.dispatched?.description == "2026-03-03")
        #expect(history.orders[1].promised?.description == "2026-03-04")
        #expect(history.orders[1].dispatched == nil)
    }

    @Test func everyBadRowIsReportedWithItsLineAndColumn() throws {
        let csv = try CSVReader(text: """
        No,Date,Shipped,Mode,Buyer,Buyer name,Item,Qty,Sum
        A-1,31.02.2026,,Express,B7,Bohdan,SKU-1,2,"1,00"
        A-2,01.03.2026,,Pigeon,B7,Bohdan,SKU-1,-1,abc
        A-3,01.03.2026,28.02.2026,Post,,Bohdan,,1,"1,00"
        """)
        let history = OrderHistory(csv: csv, mapping: mapping)
        let found = Set(history.errors.map { "\($0.line):\($0.column)" })
        #expect(found == ["2:Date", "3:Mode", "3:Qty", "3:Sum", "4:Shipped", "4:Buyer", "4:Item"])
        #expect(history.orders.isEmpty)
    }

    @Test func aMappingNamingMissingColumnsIsRefusedAtTheHeader() throws {
        let csv = try CSVReader(text: "No,Date\nA,01.01.2026\n")
        let history = OrderHistory(csv: csv, mapping: mapping)
        #expect(history.errors.allSatisfy { $0.line == 1 })
        #expect(history.errors.contains { $0.column == "Buyer" })
    }
}
