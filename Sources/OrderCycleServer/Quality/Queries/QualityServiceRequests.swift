import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// η and F of one group and period counted from the personal service department's requests.
struct ServiceRequestFigures: Sendable {
    var level: ServiceLevel
    var flexibility: IndicatorValue
}

/// The dashboard's η and F where clients' service requests exist (DOMAIN §4.2, §4.4 (6)): a
/// group with a service request filed, done or decided in a period has its η and F from the
/// requests, by the rule of `/api/v1/service-figures` (`ServiceFigures`); a group without one
/// keeps η from its orders and F from change requests and claims. Claims are requests too (they
/// count in F where a group's figures come from the requests), but a claim alone does not turn
/// a group's figures to the requests, nor make its client one whose η is measured.
///
/// The requests are read as they are, not from a roll-up: what is possible for a client is the
/// catalog open to its segment and its packages in force — today's catalog and the
/// subscriptions' history, which no monthly sum can keep — and the requests of a period are few
/// beside its orders (found through the indexes on `created_at`, `done_at` and `decided_at`).
enum QualityServiceRequests {
    /// What a request's client carries: its segment, its manager, itself. Internal/external,
    /// product categories and delivery methods belong to orders, and keep the orders' figures.
    static func serves(_ grouping: QualityGrouping) -> Bool { [.all, .segment, .manager, .client].contains(grouping) }

    private struct RequestRow {
        var group: String
        var client: UUID
        var segment: UUID
        var service: UUID?
        var asksForService: Bool
        var status: ServiceRequestStatus
        var satisfied: Bool?
        var created: Date
        var done: Date?
        var decided: Date?
    }

    private struct SubscriptionRow {
        var group: String
        var client: UUID
        var segment: UUID
        var startsOn: String
        var endsOn: String?
        var service: UUID?
    }

    /// A request's row with what its client carries, under the column names the quality SQL
    /// groups and restricts orders by (`o.client_id`, `o.segment_id`, `o.manager_id`).
    private static let requests: SQLQueryString = """
        (SELECT r.id AS id, r.client_id AS client_id, c.segment_id AS segment_id, c.manager_id AS manager_id, r.service_id AS service_id, r.kind AS kind,
                r.status AS status, r.satisfied AS satisfied, r.created_at AS created_at, r.done_at AS done_at, r.decided_at AS decided_at
         FROM service_requests r JOIN clients c ON c.id = r.client_id) o
        """

    /// Per period (its bucket: the label, or `custom`) and group, and for the group `all`: the
    /// figures of the groups that had a request in the period. Empty when the grouping or the
    /// restriction is not one a request carries.
    static func figures(
        on db: any Database, periods: [QualityPeriod], grouping: QualityGrouping, restriction: QualitySelection, calendar: CompanyCalendar
    ) async throws -> [BucketGroup: ServiceRequestFigures] {
        guard serves(restriction.narrowing), let first = periods.map(\.first).min(), let last = periods.map(\.last).max() else { return [:] }
        let grouping = serves(grouping) ? grouping : .all
        let start = calendar.start(of: first), end = calendar.start(of: last.adding(days: 1))
        let requestRows = try await db.sql.raw("""
            SELECT \(QualitySQL.groupKey(grouping)) AS group_key, o.client_id, o.segment_id, o.service_id, o.kind, o.status, o.satisfied, o.created_at, o.done_at, o.decided_at
            FROM \(requests)
            WHERE ((o.created_at >= \(bind: start) AND o.created_at < \(bind: end)) OR (o.done_at >= \(bind: start) AND o.done_at < \(bind: end))
                   OR (o.decided_at >= \(bind: start) AND o.decided_at < \(bind: end)))\(QualitySQL.restriction(restriction))
            """).all().map { row in
            RequestRow(group: try QualitySQL.decodeKey(row, grouping), client: try row.decode(column: "client_id", as: UUID.self),
                       segment: try row.decode(column: "segment_id", as: UUID.self), service: try row.decode(column: "service_id", as: UUID?.self),
                       asksForService: ServiceRequestKind(rawValue: try row.decode(column: "kind", as: String.self))?.asksForService ?? true,
                       status: ServiceRequestStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .new,
                       satisfied: try row.decode(column: "satisfied", as: Bool?.self), created: try row.decode(column: "created_at", as: Date.self),
                       done: try row.decode(column: "done_at", as: Date?.self), decided: try row.decode(column: "decided_at", as: Date?.self))
        }
        guard !requestRows.isEmpty else { return [:] }
        let subscriptionRows = try await db.sql.raw("""
            SELECT \(QualitySQL.groupKey(grouping)) AS group_key, o.client_id, o.segment_id, o.starts_on, o.ends_on, o.service_id
            FROM (SELECT s.client_id AS client_id, c.segment_id AS segment_id, c.manager_id AS manager_id, s.starts_on AS starts_on,
                         s.ends_on AS ends_on, i.service_id AS service_id
                  FROM subscriptions s JOIN clients c ON c.id = s.client_id LEFT JOIN service_package_items i ON i.package_id = s.package_id) o
            WHERE o.starts_on <= \(bind: last.description) AND (o.ends_on IS NULL OR o.ends_on >= \(bind: first.description))\(QualitySQL.restriction(restriction))
            """).all().map { row in
            SubscriptionRow(group: try QualitySQL.decodeKey(row, grouping), client: try row.decode(column: "client_id", as: UUID.self),
                            segment: try row.decode(column: "segment_id", as: UUID.self), startsOn: try row.decode(column: "starts_on", as: String.self),
                            endsOn: try row.decode(column: "ends_on", as: String?.self), service: try row.decode(column: "service_id", as: UUID?.self))
        }
        let catalog = try await CatalogQueries.services(on: db).map {
            ServiceOffer(serviceID: $0.id.uuidString, standardMinutes: $0.standard_minutes, active: $0.active, segments: Set($0.segment_ids.map(\.uuidString)))
        }

        var out: [BucketGroup: ServiceRequestFigures] = [:]
        for period in periods {
            let from = calendar.start(of: period.first), to = calendar.start(of: period.last.adding(days: 1))
            func within(_ moment: Date?) -> Bool { moment.map { $0 >= from && $0 < to } ?? false }
            let active = requestRows.filter { within($0.created) || within($0.done) || within($0.decided) }
            guard active.contains(where: \.asksForService) else { continue }
            let subscriptions = subscriptionRows.filter { $0.startsOn <= period.last.description && ($0.endsOn.map { $0 >= period.first.description } ?? true) }
            var groups = Set(active.filter(\.asksForService).map(\.group))
            if grouping != .all { groups.insert("all") }
            for group in groups {
                let mine = group == "all" ? active : active.filter { $0.group == group }
                let theirs = group == "all" ? subscriptions : subscriptions.filter { $0.group == group }
                // The clients counted: a request filed in the period or a package in force in it.
                var segments: [UUID: UUID] = [:]
                var packaged: [UUID: Set<String>] = [:]
                var provided: [UUID: Set<String>] = [:]
                for r in mine where within(r.created) && r.asksForService { segments[r.client] = r.segment }
                for s in theirs {
                    segments[s.client] = s.segment
                    if let service = s.service { packaged[s.client, default: []].insert(service.uuidString) }
                }
                for r in mine where within(r.done) { if let service = r.service { provided[r.client, default: []].insert(service.uuidString) } }
                let uses = segments.map { client, segment in
                    ServiceFigures.ClientUse(possibleNorms: ServiceOffer.possibleNorms(catalog, segment: segment.uuidString, packageServices: packaged[client] ?? []),
                                             provided: provided[client] ?? [])
                }
                let decided = mine.filter { within($0.decided) }.map { (status: $0.status, satisfied: $0.satisfied) }
                out[BucketGroup(bucket: period.bucketKey, group: group)] = ServiceRequestFigures(
                    level: try ServiceFigures.serviceLevel(uses), flexibility: try ServiceFigures.flexibility(decided: decided))
            }
        }
        return out
    }
}

extension QualityServiceRequests {
    /// Whether a service request was filed, given or decided in the period: then the period has
    /// figures to show (η and F), even with no order received in it.
    static func anyActive(in period: QualityPeriod, calendar: CompanyCalendar, on db: any Database) async throws -> Bool {
        let start = calendar.start(of: period.first), end = calendar.start(of: period.last.adding(days: 1))
        return try await db.sql.raw("""
            SELECT 1 AS found FROM service_requests
            WHERE (created_at >= \(bind: start) AND created_at < \(bind: end)) OR (done_at >= \(bind: start) AND done_at < \(bind: end))
               OR (decided_at >= \(bind: start) AND decided_at < \(bind: end))
            LIMIT 1
            """).first() != nil
    }

    /// The indicators a group's service requests give.
    static let indicators: Set<QualityIndicator> = [.serviceLevelByCount, .serviceLevelByTime, .flexibility]

    /// A service request behind η (given in the period) or F (decided in it).
    struct RecordRow: Content {
        var id: UUID
        var client_id: UUID
        var client_name: String
        var kind: String
        var service_id: UUID?
        var service_code: String?
        var status: String
        var satisfied: Bool?
        /// When it was done (η) or refused or closed (F).
        var at: Date
    }

    private struct StoredRecord: Decodable {
        var id: UUID; var client_id: UUID; var client_name: String; var kind: String; var service_id: UUID?; var service_code: String?
        var status: String; var satisfied: Bool?; var at: Date
    }

    /// The requests behind η (those done in the period with a catalog service) or F (those
    /// refused or closed in it), for the report's group, oldest first.
    static func records(on db: any Database, parameters: QualityParameters, indicator: QualityIndicator, page: PageRequest) async throws -> Page<RecordRow> {
        guard serves(parameters.selection.narrowing) else { return Page(items: [], next_cursor: nil) }
        let moment = indicator == .flexibility ? "o.decided_at" : "o.done_at"
        let start = parameters.calendar.start(of: parameters.period.first), end = parameters.calendar.start(of: parameters.period.last.adding(days: 1))
        var after: SQLQueryString = ""
        if let cursor = page.after, let at = cursor.moment {
            after = " AND (\(unsafeRaw: moment) > \(bind: at) OR (\(unsafeRaw: moment) = \(bind: at) AND o.id > \(bind: cursor.id)))"
        }
        let given: SQLQueryString = indicator == .flexibility ? "" : " AND o.service_id IS NOT NULL"
        let rows = try await db.sql.raw("""
            SELECT o.id, o.client_id, c.name AS client_name, o.kind, o.service_id, s.code AS service_code, o.status, o.satisfied, \(unsafeRaw: moment) AS at
            FROM (SELECT r.id AS id, r.client_id AS client_id, c.segment_id AS segment_id, c.manager_id AS manager_id, r.kind AS kind,
                         r.service_id AS service_id, r.status AS status, r.satisfied AS satisfied, r.done_at AS done_at, r.decided_at AS decided_at
                  FROM service_requests r JOIN clients c ON c.id = r.client_id) o
            JOIN clients c ON c.id = o.client_id LEFT JOIN services s ON s.id = o.service_id
            WHERE \(unsafeRaw: moment) >= \(bind: start) AND \(unsafeRaw: moment) < \(bind: end)\(given)\(QualitySQL.restriction(parameters.selection))\(after)
            ORDER BY \(unsafeRaw: moment), o.id
            LIMIT \(literal: page.limit + 1)
            """).all(decoding: StoredRecord.self)
        let items = rows.prefix(page.limit).map {
            RecordRow(id: $0.id, client_id: $0.client_id, client_name: $0.client_name, kind: $0.kind, service_id: $0.service_id,
                      service_code: $0.service_code, status: $0.status, satisfied: $0.satisfied, at: $0.at)
        }
        let next = rows.count > page.limit ? items.last.map { Cursor(moment: $0.at, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }
}
