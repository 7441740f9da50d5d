import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The branch catalog and the nearest-branch search through the API and the public pages, on
/// SQLite and PostgreSQL (DOMAIN §2.5).
@Suite("Branches: the public catalog and the nearest branch")
struct BranchesAPITests {
    /// Monday 2 March 2026, 09:00 UTC: 11:00 in the company's zone (Europe/Kyiv, UTC+2).
    static let start = Date(timeIntervalSince1970: 1_772_442_000)

    @Test func staffKeepTheCatalogAndThePublicSeesNothingPrivate() async throws {
        try await withApp(clock: ManualClock(Self.start).clock) { app in
            try await app.branchServices()
            let (_, staff) = try await makeUser(app, role: .logistician)
            let (_, client) = try await makeUser(app, role: .client)
            let id = try await app.branch(BranchPlaces.moscowCentre, token: staff)
            var closed = BranchPlaces.kazan
            closed.active = false
            closed.internal_notes = "Closed for renovation"
            let closedID = try await app.branch(closed, token: staff)

            // Staff read the notes; the public, with no login, reads the branch without them.
            let mine = try await app.api(.GET, "/api/v1/branches/\(id)", headers: .bearer(staff))
            #expect(mine.json["internal_notes"] as? String == "Key safe code 4711")
            #expect(mine.json["phones"] as? [String] == ["+74951234567"])
            let hours = try #require(mine.json["hours"] as? [String: Any])
            #expect(((hours["week"] as? [String: Any])?["mon"] as? [String: Any])?["close"] as? String == "18:00")
            let open = try await app.api(.GET, "/api/v1/branches/\(id)")
            #expect(open.status == .ok)
            #expect(open.json["internal_notes"] == nil)
            #expect(!open.text.contains("4711"))
            // An inactive branch does not exist for the public, nor in its list.
            #expect(try await app.api(.GET, "/api/v1/branches/\(closedID)").status == .notFound)
            let publicList = try await app.api(.GET, "/api/v1/branches")
            #expect((publicList.json["items"] as? [[String: Any]])?.map { $0["name_en"] as? String } == ["Moscow Centre"])
            let staffList = try await app.api(.GET, "/api/v1/branches", headers: .bearer(staff))
            #expect((staffList.json["items"] as? [[String: Any]])?.count == 2)
            // The public pages: no notes, no inactive branch.
            let page = try await app.testing().sendRequest(.GET, "/branches/\(id)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Тверская") && !page.text.contains("4711"))
            #expect(page.text.contains("yandex.ru/maps") && page.text.contains("google.com/maps") && page.text.contains("openstreetmap.org"))
            #expect(try await app.testing().sendRequest(.GET, "/branches/\(closedID)").status == .notFound)
            let list = try await app.testing().sendRequest(.GET, "/branches")
            #expect(list.text.contains("Moscow Centre") && !list.text.contains("ул. Баумана"))
            // Clients read, but do not keep, the catalog.
            #expect(try await app.api(.POST, "/api/v1/branches", headers: .bearer(client), json: BranchPlaces.kazan).status == .forbidden)
            #expect(try await app.api(.POST, "/api/v1/branches", json: BranchPlaces.kazan).status == .unauthorized)
        }
    }

    @Test func coordinatesOutOfRangeAndImpossibleHoursAreNamed() async throws {
        try await withApp { app in
            try await app.branchServices()
            let (_, staff) = try await makeUser(app, role: .admin)
            var wrong = BranchPlaces.kazan
            wrong.lat = 91
            wrong.lon = -181
            wrong.hours = ["week": .object(["mon": .object(["open": .string("18:00"), "close": .string("09:00")]),
                                           "funday": .object(["open": .string("09:00"), "close": .string("10:00")]),
                                           "tue": .object(["open": .string("9am"), "close": .string("18:00")])])]
            wrong.phones = ["not a phone"]
            wrong.services = ["Pick Up"]
            let refused = try await app.api(.POST, "/api/v1/branches", headers: .bearer(staff, [("Accept-Language", "ru")]), json: wrong)
            #expect(refused.status == .unprocessableEntity)
            let fields = Set(((refused.json["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String })
            #expect(fields == ["lat", "lon", "hours.week.mon.close", "hours.week.funday", "hours.week.tue.open", "phones[0]", "services[0]"], "\(refused.text)")
            #expect(refused.text.contains("широта от -90 до 90"))
        }
    }

    @Test func theNearestBranchesComeNearestFirstWithOpenNowAndTodaysHours() async throws {
        let clock = ManualClock(Self.start)
        try await withApp(clock: clock.clock) { app in
            try await app.branchServices()
            let (_, staff) = try await makeUser(app, role: .manager)
            let centre = try await app.branch(BranchPlaces.moscowCentre, token: staff)
            let south = try await app.branch(BranchPlaces.moscowSouth, token: staff)
            let spb = try await app.branch(BranchPlaces.petersburg, token: staff)
            _ = try await app.branch(BranchPlaces.kazan, token: staff)
            let almaty = try await app.branch(BranchPlaces.almaty, token: staff)

            // From the Kremlin: the centre (0.7 km), then the south branch, then Saint Petersburg.
            let near = try await app.api(.GET, "/api/v1/branches/nearest?lat=55.7520&lon=37.6175&limit=3")
            #expect(near.status == .ok, "\(near.text)")
            let items = try #require(near.json["items"] as? [[String: Any]])
            #expect(items.map { $0["id"] as? String } == [centre, south, spb].map(\.uuidString))
            let first = items[0]
            #expect(abs((first["distance_km"] as? Double ?? 0) - 0.94) < 0.05, "\(first["distance_km"] ?? "")")
            // Monday 11:00 company time: the office is open; its hours today have a lunch break.
            #expect(first["open_now"] as? Bool == true)
            let today = try #require(first["today"] as? [String: Any])
            #expect(today["open"] as? String == "09:00" && today["close"] as? String == "18:00" && today["date"] as? String == "2026-03-02")
            // At lunch the office is closed and the 24x7 branch open.
            clock.set(Self.start.addingTimeInterval(2 * 3600 + 30 * 60))
            let lunch = try await app.api(.GET, "/api/v1/branches/nearest?lat=55.7520&lon=37.6175&limit=2")
            #expect((lunch.json["items"] as? [[String: Any]])?.map { $0["open_now"] as? Bool } == [false, true])

            // A service narrows the search; a typed city or address is measured from.
            let storage = try await app.api(.GET, "/api/v1/branches/nearest?lat=55.7520&lon=37.6175&service=storage&limit=5")
            #expect((storage.json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [centre, spb].map(\.uuidString))
            let typed = try await app.api(.GET, "/api/v1/branches/nearest?q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B&limit=1")
            #expect((typed.json["items"] as? [[String: Any]])?.first?["id"] as? String == almaty.uuidString)
            #expect((typed.json["origin"] as? [String: Any])?["matched"] as? String != nil)
            let street = try await app.api(.GET, "/api/v1/branches/nearest?q=Varshavskoe&limit=1")
            #expect(street.status == .unprocessableEntity)
            let byAddress = try await app.api(.GET, "/api/v1/branches/nearest?q=%D0%92%D0%B0%D1%80%D1%88%D0%B0%D0%B2%D1%81%D0%BA%D0%BE%D0%B5&limit=1")
            #expect((byAddress.json["items"] as? [[String: Any]])?.first?["id"] as? String == south.uuidString)
            let nowhere = try await app.api(.GET, "/api/v1/branches/nearest?q=Atlantis")
            #expect(nowhere.status == .unprocessableEntity)
            #expect(((nowhere.json["errors"] as? [[String: Any]])?.first?["field"] as? String) == "q")
            for bad in ["lat=91&lon=0", "lat=10", "lat=abc&lon=1", "lat=1&lon=1&limit=0", "lat=1&lon=1&service=A%20B", ""] {
                let answer = try await app.api(.GET, "/api/v1/branches/nearest?\(bad)")
                #expect(answer.status == .unprocessableEntity, "\(bad): \(answer.text)")
            }

            // The grid follows every change at once: the centre branch moves to Kazan (back in the morning, while the token lasts).
            clock.set(Self.start)
            var moved = BranchPlaces.moscowCentre
            moved.lat = 55.79
            moved.lon = 49.12
            let changed = try await app.api(.PUT, "/api/v1/branches/\(centre)", headers: .bearer(staff, [("If-Match", "\"1\"")]), json: moved)
            #expect(changed.status == .ok, "\(changed.text)")
            let after = try await app.api(.GET, "/api/v1/branches/nearest?lat=55.7520&lon=37.6175&limit=1")
            #expect((after.json["items"] as? [[String: Any]])?.first?["id"] as? String == south.uuidString)
            // A change committed by another instance (here: straight into the database) shows too.
            try await app.db.sql.raw("UPDATE branches SET active = \(bind: false) WHERE id = \(bind: south)").run()
            try await BranchQueries.bumpCatalog(on: app.db)
            let elsewhere = try await app.api(.GET, "/api/v1/branches/nearest?lat=55.7520&lon=37.6175&limit=1")
            #expect((elsewhere.json["items"] as? [[String: Any]])?.first?["id"] as? String != south.uuidString)
            #expect(try await app.api(.PUT, "/api/v1/branches/\(centre)", headers: .bearer(staff, [("If-Match", "\"1\"")]), json: moved).status == .preconditionFailed)
        }
    }

    @Test func theSearchPageShowsTheNearestOnAMapWithRouteLinks() async throws {
        try await withApp(clock: ManualClock(Self.start).clock) { app in
            try await app.branchServices()
            let (_, staff) = try await makeUser(app, role: .admin)
            _ = try await app.branch(BranchPlaces.moscowCentre, token: staff)
            _ = try await app.branch(BranchPlaces.petersburg, token: staff)
            let page = try await app.testing().sendRequest(.GET, "/branches/search?q=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0&lat=&lon=", headers: ["Accept-Language": "ru"])
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg") && page.text.contains("Москва Центр"))
            #expect(page.text.contains("id=\"nearest-list\"") && page.text.contains("rtext="))
            #expect(!page.text.contains("4711"))
            let refused = try await app.testing().sendRequest(.GET, "/branches/search?q=Atlantis")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("q-error"))
            // With tiles configured the page loads Leaflet and lets the tile host's images in.
            let script = try await app.testing().sendRequest(.GET, "/assets/leaflet/leaflet.js")
            #expect(script.status == .ok && script.body.readableBytes > 100_000)
        }
        try await withApp({ $0.mapTileURL = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png" }) { app in
            let page = try await app.testing().sendRequest(.GET, "/branches/search?lat=55.75&lon=37.61")
            #expect(page.text.contains("/assets/leaflet/leaflet.js"))
            #expect(page.headers.first(name: "Content-Security-Policy")?.contains("img-src 'self' https://*.tile.openstreetmap.org") == true)
        }
    }
}
