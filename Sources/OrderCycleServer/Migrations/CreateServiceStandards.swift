import Fluent
import Foundation
import SQLKit

/// Service standards (DOMAIN §4.1: standards are set per segment): per indicator a target and
/// an alert threshold, and the weights of reliability R. The row without a segment is the
/// company's default, which segments without their own standard follow. It starts with the
/// norms the source text gives (F 0.95/0.90, Y 0.05/0.10) and equal weights.
struct CreateServiceStandards: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("service_standards")
            .id()
            .field("version", .int, .required)
            .field("segment_id", .uuid, .references("segments", "id", onDelete: .cascade))
            .field("indicators", .string, .required)
            .field("weights", .string, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .uuid)
            .unique(on: "segment_id")
            .create()
        try await database.sql.insert(into: "service_standards")
            .columns("id", "version", "segment_id", "indicators", "weights", "updated_at")
            .values(SQLBind(UUID()), SQLBind(1), SQLLiteral.null, SQLBind(StandardSet.initialIndicatorsJSON),
                    SQLBind(StandardSet.equalWeightsJSON), SQLBind(Date()))
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("service_standards").delete()
    }
}
