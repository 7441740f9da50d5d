import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The nearest-branch search (DOMAIN §2.5): from the user's coordinates (the browser's
/// geolocation, with permission) or from typed text — a branch's own address first, then a city
/// of the shipped list — the nearest active branches, with the distance in km, "open now" and
/// today's hours in the company's time zone, optionally only those offering a service.
enum BranchSearch {
    /// How many branches one answer holds at most, and by default.
    static let maxLimit = 50
    static let defaultLimit = 5

    /// The cities of Russia and Kazakhstan with their coordinates (`Resources/cities.csv`).
    static let cities: CityDirectory = {
        guard let url = Bundle.module.url(forResource: "cities", withExtension: "csv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8), let directory = try? CityDirectory(csv: text) else {
            return CityDirectory(cities: [])
        }
        return directory
    }()

    enum Origin: Sendable {
        case point(GeoPoint)
        case text(String)
    }

    /// Finds where typed text points: a branch whose address or name holds the whole text, else a city.
    static func locate(_ text: String, in snapshot: BranchCatalog.Snapshot, lang: Language) -> (GeoPoint, String)? {
        let folded = CityDirectory.fold(text)
        if folded.count >= 3, let i = snapshot.searchText.firstIndex(where: { $0.contains(folded) }) {
            let b = snapshot.branches[i]
            return (b.point, b.address)
        }
        if let city = cities.match(text) { return (city.point, lang == .ru ? city.nameRu : city.nameEn) }
        return nil
    }

    static func nearest(from origin: Origin, service: String?, limit: Int, catalog: BranchCatalog, timeZone: TimeZone, now: Date,
                        lang: Language, on db: any Database) async throws -> NearestAnswerDTO {
        let snapshot = try await catalog.current(on: db)
        let point: GeoPoint, matched: String?
        switch origin {
        case .point(let p): (point, matched) = (p, nil)
        case .text(let text):
            guard let found = locate(text, in: snapshot, lang: lang) else {
                throw Problem.field("q", lang.t("matches no branch address and no city we know; try a city's name",
                                                "не совпадает ни с адресом отделения, ни с известным городом; укажите город"))
            }
            (point, matched) = (found.0, found.1)
        }
        let (today, _) = BranchHours.local(now, in: timeZone)
        let hits = snapshot.grid.nearest(to: point, limit: limit, where: { service == nil || $0.services.contains(service!) })
        let items = hits.map { hit -> NearestBranchDTO in
            let b = hit.item
            let hours = b.hours.parsed
            return NearestBranchDTO(id: b.id, name_en: b.name_en, name_ru: b.name_ru, address: b.address, lat: b.lat, lon: b.lon, hours: b.hours,
                                    phones: b.phones, services: b.services, distance_km: (hit.distanceKm * 100).rounded() / 100,
                                    open_now: hours.isOpen(at: now, in: timeZone), today: TodayDTO(hours, day: today))
        }
        return NearestAnswerDTO(origin: .init(lat: point.lat, lon: point.lon, matched: matched), items: items)
    }
}
