import Fluent
import Foundation
import SQLKit

/// Multi-row INSERTs for volume data: one statement per batch of rows. The batch size keeps
/// each statement under PostgreSQL's 65,535 bind parameters.
struct BulkInsert {
    let table: String
    let columns: [String]
    private(set) var rows: [[any Encodable & Sendable]] = []

    init(_ table: String, _ columns: [String]) {
        self.table = table
        self.columns = columns
    }

    var batchSize: Int { max(1, 60_000 / columns.count) }

    mutating func add(_ values: [any Encodable & Sendable]) { rows.append(values) }

    func flush(on db: any Database) async throws {
        guard !rows.isEmpty else { return }
        for start in stride(from: 0, to: rows.count, by: batchSize) {
            var insert = db.sql.insert(into: table).columns(columns)
            for row in rows[start..<min(start + batchSize, rows.count)] {
                insert = insert.values(row.map { SQLBind($0) })
            }
            try await insert.run()
        }
    }
}
