import Fluent
import Foundation
import SQLKit

/// Makes the roll-ups again from the orders, lines and stage intervals: for a database whose
/// tables were changed around the triggers (a restore, a hand edit). The figures come out as the
/// triggers would have kept them.
enum QualityRollupRebuild {
    static func run(on db: any Database) async throws {
        for table in QualityRollup.tables { try await db.sqlRaw("DELETE FROM \(table.name)") }
        try await db.sqlRaw("DELETE FROM quality_rollup_state")
        for statement in QualityRollup.fillStatements(ordersWhere: "1 = 1", postgres: db.isPostgres) {
            try await db.sqlRaw(statement)
        }
    }
}
