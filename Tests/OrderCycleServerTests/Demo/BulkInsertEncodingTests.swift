import Foundation
@testable import OrderCycleServer
import SQLiteKit
import SQLiteNIO
import Testing

/// A bulk load converts its common values itself; each must be stored exactly as the encoder
/// every other write goes through stores it.
@Suite("A bulk load stores each value as every other write stores it")
struct BulkInsertEncodingTests {
    /// One key: JSON of two keys may come out in either order, from the encoder alone.
    struct Settings: Codable, Sendable { var hours: Int }

    @Test func everyKindOfValueIsConvertedAsTheEncoderConvertsIt() throws {
        let encoder = SQLiteDataEncoder()
        let values: [any Encodable & Sendable] = [
            "text", "", "Ünïcødé — тест", UUID(), UUID(uuidString: "00000000-0000-0000-0000-000000000000")!, 0, -7, Int.max, Int64(1) << 40,
            true, false, Date(timeIntervalSince1970: 1_700_000_000.25), Date(timeIntervalSince1970: 0), 2.5, -0.0,
            "maybe" as String?, nil as String?, UUID() as UUID?, nil as UUID?, 3 as Int?, nil as Int?, true as Bool?, nil as Bool?,
            Date() as Date?, nil as Date?, Int64(9) as Int64?, nil as Int64?, Settings(hours: 8), ["a": 1],
        ]
        for value in values {
            #expect(try BulkInsert.sqliteData(value, encoder) == encoder.encode(value), "\(value)")
        }
    }

    @Test func anIdIsWrittenAsItsUUIDString() {
        for _ in 0..<2_000 {
            let id = UUID()
            #expect(id.uppercasedText == id.uuidString)
        }
    }
}
