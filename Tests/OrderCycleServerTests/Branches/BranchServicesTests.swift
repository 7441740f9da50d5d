import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// A branch offers services of the service catalog: a code the catalog does not know is refused
/// on every way in — the API's create and change, the branch form, the CSV import — naming
/// `services`, and nothing is written; a known code is shown by the catalog's name.
@Suite("Branches: services checked against the service catalog")
struct BranchServicesTests {
    @Test func anUnknownServiceCodeIsRefusedThroughTheAPINamingServices() async throws {
        try await withApp { app in
            // setup
            try await app.branchServices()
            let (_, staff) = try await makeUser(app, role: .logistician)
            var unknown = BranchPlaces.moscowCentre
            unknown.services = ["pickup", "teleport", "storage", "time-travel"]
            func branches() async throws -> Int {
                try await app.db.sql.raw("SELECT COUNT(*) AS n FROM branches").first(decodingColumn: "n", as: Int.self) ?? -1
            }

            // MUT + validate: create
            let refused = try await app.api(.POST, "/api/v1/branches", headers: .bearer(staff, [("Accept-Language", "ru")]), json: unknown)
            #expect(refused.status == .unprocessableEntity, "\(refused.text)")
            let errors = try #require(refused.json["errors"] as? [[String: Any]])
            #expect(errors.map { $0["field"] as? String } == ["services"])
            let message = errors.first?["message"] as? String ?? ""
            #expect(message.contains("teleport, time-travel") && message.contains("каталоге услуг") && !message.contains("pickup"), "\(message)")
            #expect(try await branches() == 0)

            // change: refused, the branch as it was
            let id = try await app.branch(BranchPlaces.moscowCentre, token: staff)
            let changed = try await app.api(.PUT, "/api/v1/branches/\(id)", headers: .bearer(staff, [("If-Match", "\"1\"")]), json: unknown)
            #expect(changed.status == .unprocessableEntity && changed.text.contains("\"services\"") && changed.text.contains("teleport"), "\(changed.text)")
            let stored = try await app.api(.GET, "/api/v1/branches/\(id)", headers: .bearer(staff))
            #expect(stored.json["version"] as? Int == 1 && stored.json["services"] as? [String] == ["pickup", "storage"])
            #expect(try await branches() == 1)
        }
    }

    @Test func theBranchFormSaysBesideTheFieldWhichCodesTheCatalogDoesNotKnow() async throws {
        try await withApp { app in
            try await app.branchServices()
            let email = "branch-services@test.example"
            _ = try await makeUser(app, role: .manager, email: email)
            let browser = Browser(app)
            try await browser.logIn(email: email, password: "correct horse")
            browser.cookies[Request.languageCookie] = "ru"
            _ = try await browser.get("/branches/new")
            let form: [String: String] = [
                "name_en": "Kazan", "name_ru": "Казань", "address": "Казань, ул. Баумана, 44", "lat": "55.7896", "lon": "49.1131",
                "services": "pickup, teleport", "active": "on", "version": "",
            ]
            let refused = try await browser.post("/branches", form: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"services-error\"") && refused.text.contains("таких услуг нет в каталоге услуг: teleport"), "\(refused.text.suffix(2000))")
            // What was typed stays, and the catalog's codes are listed beside the field.
            #expect(refused.text.contains("value=\"pickup, teleport\"") && refused.text.contains("<code>storage</code>"))
            #expect(try await app.db.sql.raw("SELECT COUNT(*) AS n FROM branches").first(decodingColumn: "n", as: Int.self) == 0)

            // The edit form refuses the same, and the branch keeps its services.
            var known = form
            known["services"] = "storage"
            let created = try await browser.post("/branches", form: known)
            #expect(created.status == .seeOther, "\(created.text.prefix(400))")
            let id = try #require(created.headers.first(name: .location)?.split(separator: "/").last.map(String.init))
            _ = try await browser.get("/branches/\(id)/edit")
            var edited = known
            edited["services"] = "storage, warp-drive"
            edited["version"] = "1"
            let again = try await browser.post("/branches/\(id)/edit", form: edited)
            #expect(again.status == .unprocessableEntity && again.text.contains("id=\"services-error\"") && again.text.contains("warp-drive"))
            // The branch's page names its service by the catalog's name in the reader's language.
            let page = try await browser.get("/branches/\(id)")
            #expect(page.text.contains("data-service=\"storage\">Отделение: storage<"), "\(page.text.suffix(2000))")
        }
    }

    @Test func anImportedRowWithAnUnknownServiceIsNamedAndNothingIsWritten() async throws {
        try await withApp { app in
            try await app.branchServices()
            let text = """
                Code,Name (en),Name (ru),Address,Latitude,Longitude,Phones,Services,24x7,Mon-Fri,Sat,Sun
                A,Alpha,Альфа,"Kazan, 1",55.7,49.1,+7 843 200-10-20,pickup;storage,no,09:00-18:00,,
                B,Beta,Бета,"Kazan, 2",55.7,49.2,+7 843 200-10-21,pickup;crossdock,no,09:00-18:00,,
                """
            let importer = BranchImport(mapping: try ImportMapping.load(path: BranchImportTests.mappingPath), table: try CSVReader(text: text), region: "RU")
            let plan = try await importer.plan(on: app.db)
            #expect(plan.branches.map(\.line) == [2])
            let problem = try #require(plan.problems.first)
            #expect(plan.problems.count == 1 && problem.line == 3 && problem.errors.map(\.field) == ["services"])
            #expect(problem.errors.first?.message.contains("crossdock") == true)
            #expect(try await app.db.sql.raw("SELECT COUNT(*) AS n FROM branches").first(decodingColumn: "n", as: Int.self) == 0)
        }
    }
}
