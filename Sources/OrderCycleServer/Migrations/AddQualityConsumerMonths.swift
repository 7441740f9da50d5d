import Fluent
import Foundation
import SQLKit

/// The consumer roll-up (`QualityRollup.consumers`), then every roll-up made again from the
/// orders and the triggers that keep them current from then on.
struct AddQualityConsumerMonths: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await CreateQualityRollups.create(QualityRollup.consumers, on: database)
        try await QualityRollupTriggers.remove(on: database)
        try await QualityRollupRebuild.run(on: database)
        try await QualityRollupTriggers.install(on: database)
    }

    func revert(on database: any Database) async throws {
        try await QualityRollupTriggers.remove(on: database)
        try await database.sqlRaw("DROP TABLE \(QualityRollup.consumers.name)")
    }
}
