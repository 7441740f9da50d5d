import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// η and F from the department's own records (DOMAIN §4.2, §4.4 (6)), for a period of days and
/// for everyone, a segment or one client. The clients counted are those with a request filed in
/// the period or a subscription in force in it; what is possible for each is the catalog open to
/// its segment plus its packages' services; what was provided, the services of its requests done
/// in the period. F counts the requests refused or closed in the period, claims among them; a
/// claim alone does not make its client one whose η is measured (it asks for no service).
enum ServiceFiguresQueries {
    static func figures(from: CalendarDay, to: CalendarDay, segmentID: UUID?, clientID: UUID?, calendar: CompanyCalendar,
                        on db: any Database) async throws -> ServiceFiguresDTO {
        let start = calendar.start(of: from), end = calendar.start(of: to.adding(days: 1))
        var scope: SQLQueryString = ""
        if let segmentID { scope = scope + " AND c.segment_id = \(bind: segmentID)" }
        if let clientID { scope = scope + " AND c.id = \(bind: clientID)" }
        let clients = try await db.sql.raw(("""
            SELECT c.id, c.segment_id FROM clients c WHERE (
                EXISTS (SELECT 1 FROM service_requests r WHERE r.client_id = c.id AND r.created_at >= \(bind: start) AND r.created_at < \(bind: end)
                        AND r.kind <> \(bind: ServiceRequestKind.claim.rawValue))
                OR EXISTS (SELECT 1 FROM subscriptions s WHERE s.client_id = c.id AND s.starts_on <= \(bind: to.description)
                           AND (s.ends_on IS NULL OR s.ends_on >= \(bind: from.description))))
            """ as SQLQueryString) + scope).all().map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "segment_id", as: UUID.self)) }
        let catalog = try await CatalogQueries.services(on: db).map {
            ServiceOffer(serviceID: $0.id.uuidString, standardMinutes: $0.standard_minutes, active: $0.active, segments: Set($0.segment_ids.map(\.uuidString)))
        }
        var packaged: [UUID: Set<String>] = [:]
        for r in try await db.sql.raw("""
            SELECT s.client_id, i.service_id FROM subscriptions s JOIN service_package_items i ON i.package_id = s.package_id
            WHERE s.starts_on <= \(bind: to.description) AND (s.ends_on IS NULL OR s.ends_on >= \(bind: from.description))
            """).all() {
            packaged[try r.decode(column: "client_id", as: UUID.self), default: []].insert(try r.decode(column: "service_id", as: UUID.self).uuidString)
        }
        var provided: [UUID: Set<String>] = [:]
        for r in try await db.sql.raw("""
            SELECT DISTINCT client_id, service_id FROM service_requests
            WHERE service_id IS NOT NULL AND done_at >= \(bind: start) AND done_at < \(bind: end)
            """).all() {
            provided[try r.decode(column: "client_id", as: UUID.self), default: []].insert(try r.decode(column: "service_id", as: UUID.self).uuidString)
        }
        let uses = clients.map { client, segment in
            ServiceFigures.ClientUse(possibleNorms: ServiceOffer.possibleNorms(catalog, segment: segment.uuidString, packageServices: packaged[client] ?? []),
                                     provided: provided[client] ?? [])
        }
        let level = try ServiceFigures.serviceLevel(uses)
        let decided = try await db.sql.raw(("""
            SELECT r.status, r.satisfied FROM service_requests r JOIN clients c ON c.id = r.client_id
            WHERE r.decided_at >= \(bind: start) AND r.decided_at < \(bind: end)
            """ as SQLQueryString) + scope).all().map { (status: ServiceRequestStatus(rawValue: try $0.decode(column: "status", as: String.self)) ?? .new,
                              satisfied: try $0.decode(column: "satisfied", as: Bool?.self)) }
        let flexibility = try ServiceFigures.flexibility(decided: decided)
        let offers = try await UpsellQueries.answered(from: start, to: end, on: db)
        let providedCount = uses.reduce(0) { $0 + $1.provided.intersection($1.possibleNorms.keys).count }
        return ServiceFiguresDTO(
            from: from.description, to: to.description, segment_id: segmentID, client_id: clientID, clients: clients.count,
            provided: providedCount, possible: uses.reduce(0) { $0 + $1.possibleNorms.count },
            service_level_by_count: level.byCount.value, service_level_by_time: level.byTime.value,
            decided: decided.filter { $0.status.isDecided }.count, satisfied: decided.filter { $0.status == .closed && $0.satisfied == true }.count,
            flexibility: flexibility.value, upsell_answered: offers.answered, upsell_accepted: offers.accepted,
            upsell_success_rate: IndicatorValue.ratio(offers.accepted, of: offers.answered).value)
    }
}
