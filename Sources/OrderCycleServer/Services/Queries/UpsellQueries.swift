import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// What to suggest to a client (DOMAIN §2.4 Decision): the services it paid for outside its
/// package in the last months, weighed against the packages on offer by the core's `Upsell`.
enum UpsellQueries {
    /// The window looked back on: this month and the two before it.
    static let months = 3

    static func suggestions(for clientID: UUID, now: Date, calendar: CompanyCalendar, on db: any Database) async throws -> [UpsellItemDTO] {
        let today = calendar.day(of: now)
        var first = CalendarDay(year: today.year, month: today.month, day: 1) ?? today
        for _ in 1..<months { first = first.adding(days: -1); first = CalendarDay(year: first.year, month: first.month, day: 1) ?? first }
        let rows = try await db.sql.raw("""
            SELECT service_id, COUNT(*) AS n, CAST(SUM(price_minor) AS BIGINT) AS paid, MIN(currency) AS currency FROM service_requests
            WHERE client_id = \(bind: clientID) AND inside_package = \(bind: false) AND service_id IS NOT NULL AND status <> 'refused'
              AND created_at >= \(bind: calendar.start(of: first))
            GROUP BY service_id
            """).all()
        var currency = "UAH"
        let purchases = try rows.map { r -> Upsell.Purchase in
            currency = try r.decode(column: "currency", as: String.self)
            return Upsell.Purchase(serviceID: try r.decode(column: "service_id", as: UUID.self).uuidString,
                                   count: try r.decode(column: "n", as: Int.self), paidMinor: try r.decode(column: "paid", as: Int64.self))
        }
        guard !purchases.isEmpty else { return [] }
        let packages = try await CatalogQueries.packages(activeOnly: true, on: db)
        func offer(_ p: PackageDTO) -> Upsell.Offer {
            Upsell.Offer(packageID: p.id.uuidString, priceMinor: p.price_minor,
                         included: Dictionary(p.services.map { ($0.service_id.uuidString, $0.included_per_month) }, uniquingKeysWith: +))
        }
        var current: Upsell.Offer?
        if let subscription = try await SubscriptionQueries.inForce(clientID, on: today, on: db),
           let package = try await CatalogQueries.package(subscription.package_id, on: db) {
            current = offer(package)
        }
        let services = Dictionary(try await CatalogQueries.services(on: db).map { ($0.id.uuidString, $0.code) }, uniquingKeysWith: { a, _ in a })
        let codes = Dictionary(packages.map { ($0.id.uuidString, $0.code) }, uniquingKeysWith: { a, _ in a })
        return Upsell.suggestions(purchases: purchases, months: months, offers: packages.map(offer), currentPackage: current).compactMap { s in
            guard let serviceID = UUID(uuidString: s.serviceID), let packageID = UUID(uuidString: s.packageID) else { return nil }
            return UpsellItemDTO(service_id: serviceID, service_code: services[s.serviceID] ?? "", package_id: packageID, package_code: codes[s.packageID] ?? "",
                                 count: s.count, paid_minor: s.paidMinor, saving_per_month_minor: s.savingPerMonthMinor, currency: currency, months: months)
        }
    }
}

extension UpsellQueries {
    private static func offerDTO(_ r: any SQLRow) throws -> UpsellOfferDTO {
        UpsellOfferDTO(
            id: try r.decode(column: "id", as: UUID.self), client_id: try r.decode(column: "client_id", as: UUID.self),
            service_id: try r.decode(column: "service_id", as: UUID.self), package_id: try r.decode(column: "package_id", as: UUID.self),
            saving_minor: try r.decode(column: "saving_minor", as: Int64.self), outcome: try r.decode(column: "outcome", as: String.self),
            offered_at: try r.decode(column: "offered_at", as: Date.self), answered_at: try r.decode(column: "answered_at", as: Date?.self))
    }

    static func offer(_ id: UUID, on db: any Database) async throws -> UpsellOfferDTO? {
        try await db.sql.raw("SELECT * FROM upsell_offers WHERE id = \(bind: id)").first().map(offerDTO)
    }

    /// A client's offers, newest first.
    static func offers(of clientID: UUID, on db: any Database) async throws -> [UpsellOfferDTO] {
        try await db.sql.raw("SELECT * FROM upsell_offers WHERE client_id = \(bind: clientID) ORDER BY offered_at DESC, id").all().map(offerDTO)
    }

    /// Offers answered and accepted in a period (the suggestions' success rate).
    static func answered(from start: Date, to end: Date, on db: any Database) async throws -> (answered: Int, accepted: Int) {
        guard let r = try await db.sql.raw("""
            SELECT COUNT(*) AS answered, COALESCE(SUM(CASE WHEN outcome = 'accepted' THEN 1 ELSE 0 END), 0) AS accepted
            FROM upsell_offers WHERE answered_at >= \(bind: start) AND answered_at < \(bind: end)
            """).first() else { return (0, 0) }
        return (try r.decode(column: "answered", as: Int.self), try r.decode(column: "accepted", as: Int.self))
    }
}
