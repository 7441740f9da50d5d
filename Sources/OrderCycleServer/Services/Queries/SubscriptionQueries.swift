import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Clients' subscriptions: the history, the package on a day and what it still covers in a month.
enum SubscriptionQueries {
    private static let columns = "s.id, s.version, s.client_id, s.package_id, p.code AS package_code, s.starts_on, s.ends_on"

    private static func dto(_ r: any SQLRow) throws -> SubscriptionDTO {
        SubscriptionDTO(
            id: try r.decode(column: "id", as: UUID.self), client_id: try r.decode(column: "client_id", as: UUID.self),
            package_id: try r.decode(column: "package_id", as: UUID.self), package_code: try r.decode(column: "package_code", as: String.self),
            starts_on: try r.decode(column: "starts_on", as: String.self), ends_on: try r.decode(column: "ends_on", as: String?.self),
            version: try r.decode(column: "version", as: Int.self))
    }

    static func subscription(_ id: UUID, on db: any Database) async throws -> SubscriptionDTO? {
        try await db.sql.raw("""
            SELECT \(unsafeRaw: columns) FROM subscriptions s JOIN service_packages p ON p.id = s.package_id WHERE s.id = \(bind: id)
            """).first().map(dto)
    }

    /// A client's subscriptions, newest start first.
    static func history(of clientID: UUID, on db: any Database) async throws -> [SubscriptionDTO] {
        try await db.sql.raw("""
            SELECT \(unsafeRaw: columns) FROM subscriptions s JOIN service_packages p ON p.id = s.package_id
            WHERE s.client_id = \(bind: clientID) ORDER BY s.starts_on DESC, s.id
            """).all().map(dto)
    }

    /// The subscription in force on `day` (days are ISO text, so they compare as text).
    static func inForce(_ clientID: UUID, on day: CalendarDay, on db: any Database) async throws -> SubscriptionDTO? {
        try await db.sql.raw("""
            SELECT \(unsafeRaw: columns) FROM subscriptions s JOIN service_packages p ON p.id = s.package_id
            WHERE s.client_id = \(bind: clientID) AND s.starts_on <= \(bind: day.description)
              AND (s.ends_on IS NULL OR s.ends_on >= \(bind: day.description))
            ORDER BY s.starts_on DESC LIMIT 1
            """).first().map(dto)
    }

    /// The units of each service used inside the package in `month` ("2026-03"): requests filed
    /// inside it and not refused.
    static func used(_ clientID: UUID, month: String, on db: any Database) async throws -> [UUID: Int] {
        var used: [UUID: Int] = [:]
        for r in try await db.sql.raw("""
            SELECT service_id, COUNT(*) AS n FROM service_requests
            WHERE client_id = \(bind: clientID) AND month = \(bind: month) AND inside_package = \(bind: true) AND status <> 'refused' AND service_id IS NOT NULL
            GROUP BY service_id
            """).all() {
            used[try r.decode(column: "service_id", as: UUID.self)] = try r.decode(column: "n", as: Int.self)
        }
        return used
    }

    /// The core's allowance for a package in a month.
    static func allowance(_ package: PackageDTO, clientID: UUID, month: String, on db: any Database) async throws -> PackageAllowance {
        let used = try await used(clientID, month: month, on: db)
        return PackageAllowance(
            included: Dictionary(package.services.map { ($0.service_id.uuidString, $0.included_per_month) }, uniquingKeysWith: +),
            used: Dictionary(used.map { ($0.key.uuidString, $0.value) }, uniquingKeysWith: +))
    }

    /// The client's package on the day of `now` and what is left of it this month; nil without one.
    static func current(_ clientID: UUID, now: Date, calendar: CompanyCalendar, on db: any Database) async throws -> CurrentPackageDTO? {
        let day = calendar.day(of: now)
        guard let subscription = try await inForce(clientID, on: day, on: db),
              let package = try await CatalogQueries.package(subscription.package_id, on: db) else { return nil }
        let month = ServicesInput.month(of: now, calendar)
        let allowance = try await allowance(package, clientID: clientID, month: month, on: db)
        let services = Dictionary(try await CatalogQueries.services(on: db).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = package.services.compactMap { item -> CurrentPackageDTO.Allowance? in
            guard let s = services[item.service_id] else { return nil }
            let left = allowance.left(item.service_id.uuidString)
            return .init(service_id: s.id, code: s.code, name_en: s.name_en, name_ru: s.name_ru, included_per_month: item.included_per_month,
                         used: item.included_per_month - left, left: left)
        }
        return CurrentPackageDTO(subscription: subscription, package: package, month: month, allowance: rows)
    }
}
