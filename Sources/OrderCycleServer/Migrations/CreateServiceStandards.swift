import Fluent
import Foundation
import SQLKit

/// Service standards (DOMAIN §4.1: standards are set per segment): per indicator a target and
/// an alert threshold, and the weights of reliability R. The row without a segment is the
/// company's default, which segments without their own standard follow. It starts with the
/// norms the source text gives (F 0.95/0.90, Y 0.05/0.10) and equal weights, written out as
/// they shipped, and is stamped with the database's clock at the moment the migration runs.
struct CreateServiceStandards: AsyncMigration {
    static let initialIndicators = #"[{"alert_threshold":0.9,"indicator":"flexibility","target":0.95},{"alert_threshold":0.1,"indicator":"service_deficiency","target":0.05}]"#
    static let equalWeights = #"{"demand_saturation":1,"flexibility":1,"order_coverage":1,"service_deficiency":1,"stockout_probability":1,"time_expectations":1,"uninterrupted_execution":1}"#

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
        // A moment is TIMESTAMPTZ on PostgreSQL and Unix seconds on SQLite, as Fluent writes them.
        let now = database.isPostgres ? "CURRENT_TIMESTAMP" : "(julianday('now') - 2440587.5) * 86400.0"
        try await database.sql.insert(into: "service_standards")
            .columns("id", "version", "segment_id", "indicators", "weights", "updated_at")
            .values(SQLBind(UUID()), SQLBind(1), SQLLiteral.null, SQLBind(Self.initialIndicators),
                    SQLBind(Self.equalWeights), SQLRaw(now))
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("service_standards").delete()
    }
}
