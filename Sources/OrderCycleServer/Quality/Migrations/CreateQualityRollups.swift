import Fluent
import Foundation
import SQLKit

/// The monthly quality roll-ups (`QualityRollup`), filled from the orders already there, and
/// the triggers that keep them current from then on.
struct CreateQualityRollups: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let postgres = database.isPostgres
        let id = postgres ? "id BIGSERIAL PRIMARY KEY" : "id INTEGER PRIMARY KEY"
        let uuid = postgres ? "UUID" : "TEXT"
        let bool = postgres ? "BOOLEAN" : "INTEGER"
        let types: [String: String] = [
            "month": "TEXT NOT NULL", "client_id": "\(uuid) NOT NULL", "segment_id": "\(uuid) NOT NULL", "manager_id": uuid,
            "internal": "\(bool) NOT NULL", "delivery_method": "TEXT", "product_id": "\(uuid) NOT NULL", "stage": "TEXT NOT NULL",
            "kind": "TEXT NOT NULL",
        ]
        for table in QualityRollup.tables {
            let columns = [id] + table.keys.map { "\($0) \(types[$0]!)" } + table.measures.map { "\($0) BIGINT NOT NULL" }
            try await database.sqlRaw("CREATE TABLE \(table.name) (\(columns.joined(separator: ", ")))")
            try await database.sqlRaw("CREATE INDEX \(table.name)_month_idx ON \(table.name) (month)")
        }
        try await database.sqlRaw("CREATE TABLE quality_rollup_state (name TEXT PRIMARY KEY, through_id BIGINT NOT NULL, kept BIGINT NOT NULL)")
        try await QualityRollupRebuild.run(on: database)
        try await QualityRollupTriggers.install(on: database)
    }

    func revert(on database: any Database) async throws {
        try await QualityRollupTriggers.remove(on: database)
        try await database.sqlRaw("DROP TABLE quality_rollup_state")
        for table in QualityRollup.tables { try await database.sqlRaw("DROP TABLE \(table.name)") }
    }
}
