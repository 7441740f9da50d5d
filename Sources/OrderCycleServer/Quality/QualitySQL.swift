import Fluent
import Foundation
import SQLKit

/// The SQL fragments the quality queries share: period buckets, group keys and restrictions.
/// Written once for SQLite and PostgreSQL; the few dialect differences are marked.
enum QualitySQL {
    /// The trend bucket of a `'YYYY-MM-DD'` column; `nil` kind puts every row in one bucket.
    static func bucket(_ kind: QualityPeriod.Kind?, _ column: String) -> SQLQueryString {
        switch kind {
        case .month: "substr(\(unsafeRaw: column), 1, 7)"
        case .year: "substr(\(unsafeRaw: column), 1, 4)"
        case .quarter:
            "substr(\(unsafeRaw: column), 1, 4) || '-Q' || CAST((CAST(substr(\(unsafeRaw: column), 6, 2) AS INTEGER) + 2) / 3 AS TEXT)"
        case .custom, nil: "'custom'"
        }
    }

    /// The group key of an order row `o` (for `.category`, of the joined `oc`).
    static func groupKey(_ grouping: QualityGrouping) -> SQLQueryString {
        switch grouping {
        case .all: "'all'"
        case .segment: "o.segment_id"
        case .manager: "o.manager_id"
        case .client: "o.client_id"
        case .origin: "CASE WHEN o.internal THEN 'internal' ELSE 'external' END"
        case .category: "oc.category"
        case .deliveryMethod: "COALESCE(o.delivery_method, '\(unsafeRaw: QualityGrouping.noDeliveryMethod)')"
        }
    }

    /// The join that gives every order its product categories, once each. `within` names a
    /// table whose `order_id`s are the only orders asked about (the requests), so that only
    /// their lines are read rather than every line.
    static func categoryJoin(_ grouping: QualityGrouping, within table: String? = nil) -> SQLQueryString {
        guard grouping == .category else { return "" }
        let only = table.map { " WHERE l.order_id IN (SELECT order_id FROM \($0))" } ?? ""
        return " JOIN (SELECT DISTINCT l.order_id AS order_id, p.category AS category FROM order_lines l JOIN products p ON p.id = l.product_id\(unsafeRaw: only)) oc ON oc.order_id = o.id"
    }

    /// `AND …` keeping only the orders `o` of one group.
    static func restriction(_ selection: QualitySelection) -> SQLQueryString {
        guard let key = selection.key else { return "" }
        switch selection.grouping {
        case .all: return ""
        // `QualitySelection` admits only ids here; anything else would select no order at all.
        case .segment: return UUID(uuidString: key).map { " AND o.segment_id = \(bind: $0)" } ?? " AND 1 = 0"
        case .client: return UUID(uuidString: key).map { " AND o.client_id = \(bind: $0)" } ?? " AND 1 = 0"
        case .manager:
            if let id = UUID(uuidString: key) { return " AND o.manager_id = \(bind: id)" }
            return " AND o.manager_id IS NULL"
        case .origin: return " AND o.internal = \(bind: key == "internal")"
        case .deliveryMethod:
            if key == QualityGrouping.noDeliveryMethod { return " AND o.delivery_method IS NULL" }
            return " AND o.delivery_method = \(bind: key)"
        case .category:
            return " AND EXISTS (SELECT 1 FROM order_lines l2 JOIN products p2 ON p2.id = l2.product_id WHERE l2.order_id = o.id AND p2.category = \(bind: key))"
        }
    }

    /// How many rows meet `condition`, as a whole number on both engines.
    static func countWhere(_ condition: String) -> SQLQueryString {
        "CAST(COALESCE(SUM(CASE WHEN \(unsafeRaw: condition) THEN 1 ELSE 0 END), 0) AS BIGINT)"
    }

    /// `SUM(expression) AS column`, 0 for no rows, as a whole number on both engines.
    static func total(_ expression: String, as column: String) -> String {
        "CAST(COALESCE(SUM(\(expression)), 0) AS BIGINT) AS \(column)"
    }

    static func sum(_ expression: SQLQueryString) -> SQLQueryString {
        "CAST(COALESCE(SUM(\(expression)), 0) AS BIGINT)"
    }

    /// Reads the group key in cell `index` as text, as `decodeKey(_:_:column:)` does.
    static func decodeKey(_ row: PositionalRow, _ index: Int, _ grouping: QualityGrouping) throws -> String {
        guard grouping.keyIsID else { return try row.string(index) }
        return try row.isNull(index) ? QualityGrouping.noManager : try row.uuid(index).uuidString
    }

    /// Reads a group key column as text: ids as UUID strings, no manager as `none`.
    static func decodeKey(_ row: any SQLRow, _ grouping: QualityGrouping, column: String = "group_key") throws -> String {
        if grouping.keyIsID {
            if try row.decodeNil(column: column) { return QualityGrouping.noManager }
            return try row.decode(column: column, as: UUID.self).uuidString
        }
        return try row.decode(column: column, as: String.self)
    }
}
