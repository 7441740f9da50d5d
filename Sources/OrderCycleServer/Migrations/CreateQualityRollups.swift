import Fluent
import Foundation
import SQLKit

/// The first monthly quality roll-ups (`QualityRollup`). They are filled, and their triggers
/// installed, by `AddQualityConsumerMonths`, which completes the set.
struct CreateQualityRollups: AsyncMigration {
    /// The tables this migration made; later ones add theirs.
    private static let tables = [QualityRollup.orders, QualityRollup.kinds, QualityRollup.stages, QualityRollup.requests]

    func prepare(on database: any Database) async throws {
        for table in Self.tables {
            try await Self.create(table, on: database)
        }
        try await database.sqlRaw("CREATE TABLE quality_rollup_state (name TEXT PRIMARY KEY, through_id BIGINT NOT NULL, kept BIGINT NOT NULL)")
    }

    func revert(on database: any Database) async throws {
        try await database.sqlRaw("DROP TABLE quality_rollup_state")
        for table in Self.tables { try await database.sqlRaw("DROP TABLE \(table.name)") }
    }

    /// A roll-up table with its month index.
    static func create(_ table: QualityRollup.Table, on database: any Database) async throws {
        let postgres = database.isPostgres
        let id = postgres ? "id BIGSERIAL PRIMARY KEY" : "id INTEGER PRIMARY KEY"
        let uuid = postgres ? "UUID" : "TEXT"
        let bool = postgres ? "BOOLEAN" : "INTEGER"
        let types: [String: String] = [
            "month": "TEXT NOT NULL", "client_id": "\(uuid) NOT NULL", "segment_id": "\(uuid) NOT NULL", "manager_id": uuid,
            "internal": "\(bool) NOT NULL", "delivery_method": "TEXT", "product_id": "\(uuid) NOT NULL", "stage": "TEXT NOT NULL",
            "kind": "TEXT NOT NULL",
        ]
        let columns = [id] + table.keys.map { "\($0) \(types[$0]!)" } + table.measures.map { "\($0) BIGINT NOT NULL" }
        try await database.sqlRaw("CREATE TABLE \(table.name) (\(columns.joined(separator: ", ")))")
        try await database.sqlRaw("CREATE INDEX \(table.name)_month_idx ON \(table.name) (month)")
    }
}
