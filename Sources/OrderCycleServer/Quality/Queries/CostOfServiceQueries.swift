import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// What the cost-of-service page reads from the orders to estimate the losses from poor service.
enum CostOfServiceQueries {
    /// One period's orders: the value lost (orders with a claim or cancelled, minor units) and
    /// the promises that fell due and were kept, for the service level η by count.
    struct LossBucket: Decodable { var bucket: String; var lost_minor: Int; var possible: Int; var provided: Int }

    /// The orders received from `first` through `last`, grouped into periods of `kind`; a
    /// promise counts as due when its day is not after `today`.
    static func losses(kind: QualityPeriod.Kind, from first: CalendarDay, through last: CalendarDay, today: CalendarDay,
                       selection: QualitySelection, on db: any Database) async throws -> [LossBucket] {
        let due = "o.status <> 'cancelled' AND o.promised_day IS NOT NULL AND o.promised_day <= '\(today)'"
        let query: SQLQueryString = """
        SELECT \(QualitySQL.bucket(kind, "o.received_day")) AS bucket,
          \(QualitySQL.sum("CASE WHEN o.claim_count > 0 OR o.status = 'cancelled' THEN o.total_minor ELSE 0 END")) AS lost_minor,
          \(QualitySQL.countWhere(due)) AS possible,
          \(QualitySQL.countWhere(due + " AND o.reached_day IS NOT NULL")) AS provided
        FROM orders o
        WHERE o.received_day >= \(bind: first.description) AND o.received_day <= \(bind: last.description)\(QualitySQL.restriction(selection))
        GROUP BY bucket
        """
        return try await db.sql.raw(query).all(decoding: LossBucket.self)
    }
}
