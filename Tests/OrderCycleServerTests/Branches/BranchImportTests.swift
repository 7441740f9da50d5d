import Foundation
import OrderCycleCore
import SQLKit
@testable import OrderCycleServer
import Testing
import Vapor

/// Branches from a CSV file through a mapping (issue 14, item 1), on SQLite and PostgreSQL:
/// every row checked by the API's rules first, all written or none, a re-run refused.
@Suite("Branches: the CSV import by mapping")
struct BranchImportTests {
    static let mappingPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../import/mappings/branches.json").path

    static let good = """
        Code,Name (en),Name (ru),Address,Latitude,Longitude,Phones,Services,24x7,Mon-Fri,Sat,Sun
        KZN-1,Kazan Central,Казань Центр,"Kazan, Baumana 1",55.7887,49.1221,+7 843 200-10-20;+7 843 200-10-21,pickup;storage,no,09:00-18:00 13:00-14:00,10:00-15:00,closed
        KZN-1,Kazan Central,Казань Центр,"Kazan, Baumana 1",55.7887,49.1221,+7 843 200-10-20,pickup,no,09:00-18:00,,
        MSK-7,Moscow Hub,Москва Хаб,"Moscow, Tverskaya 7",55.7601,37.614,+7 495 100-10-10,pickup,yes,,,
        """

    func importer(_ text: String) throws -> BranchImport {
        BranchImport(mapping: try ImportMapping.load(path: Self.mappingPath), table: try CSVReader(text: text), region: "RU")
    }

    static let actor = Principal(userID: nil, role: .admin, clientID: nil, label: "import: test", email: nil, language: nil, credential: .bearer(tokenID: UUID()))

    @Test func aFileOfBranchesImportsThroughTheMappingAndIsFoundNearest() async throws {
        try await withApp { app in
            try await app.branchServices()
            let importer = try importer(Self.good)
            #expect(importer.mappingProblems().isEmpty)
            let plan = try await importer.plan(on: app.db)
            #expect(plan.problems.map(\.description) == [])
            #expect(plan.branches.count == 2 && plan.repeatedRows == 1)
            let written = try await app.db.write(app) { tx in try await BranchImport.write(plan, actor: Self.actor, now: app.clock.now(), on: tx) }
            #expect(written == 2)
            BranchCatalog.of(app).invalidate()
            let list = try await app.api(.GET, "/api/v1/branches")
            let items = try #require(list.json["items"] as? [[String: Any]])
            let kazan = try #require(items.first { $0["name_en"] as? String == "Kazan Central" })
            #expect(kazan["phones"] as? [String] == ["+78432001020", "+78432001021"])
            #expect(kazan["services"] as? [String] == ["pickup", "storage"])
            let week = try #require((kazan["hours"] as? [String: Any])?["week"] as? [String: Any])
            #expect(Set(week.keys) == ["mon", "tue", "wed", "thu", "fri", "sat"])
            let monday = try #require(week["mon"] as? [String: Any])
            #expect(monday["open"] as? String == "09:00" && monday["close"] as? String == "18:00")
            #expect((monday["breaks"] as? [[String: String]])?.first == ["from": "13:00", "to": "14:00"])
            let moscow = try #require(items.first { $0["name_en"] as? String == "Moscow Hub" })
            #expect((moscow["hours"] as? [String: Any])?["always_open"] as? Bool == true)
            let nearest = try await app.api(.GET, "/api/v1/branches/nearest?lat=55.79&lon=49.11&limit=1")
            #expect(nearest.text.contains("Kazan Central"))

            // The same file again: every row names the branch that exists; nothing is written.
            let again = try await importer.plan(on: app.db)
            #expect(again.branches.isEmpty && again.problems.count == 2)
            #expect(again.problems.allSatisfy { $0.description.contains("exists already") })
        }
    }

    @Test func aWrongRowIsNamedByLineAndFieldAndNothingIsWritten() async throws {
        try await withApp { app in
            try await app.branchServices()
            let text = """
                Code,Name (en),Name (ru),Address,Latitude,Longitude,Phones,Services,24x7,Mon-Fri,Sat,Sun
                A,Alpha,Альфа,"Kazan, 1",55.7,49.1,+7 843 200-10-20,pickup,no,9 to 6,,
                B,Beta,Бета,"Kazan, 2",95.0,49.1,not a phone,pickup,no,09:00-18:00,,
                C,Gamma,Гамма,"Kazan, 3",55.7,49.1,+7 843 200-10-22,pickup,maybe,,,
                """
            let plan = try await importer(text).plan(on: app.db)
            #expect(plan.branches.isEmpty)
            let byLine = Dictionary(uniqueKeysWithValues: plan.problems.map { ($0.line, $0.errors.map(\.field)) })
            #expect(byLine[2] == ["hours.weekdays"])
            #expect(byLine[3]?.contains("lat") == true)
            #expect(byLine[3]?.contains { $0.hasPrefix("phones") } == true)
            #expect(byLine[4] == ["hours.always_open"])
            let count = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM branches").first(decodingColumn: "n", as: Int.self)
            #expect(count == 0)
        }
    }

    @Test func aMappingNamingWhatABranchDoesNotHaveIsRefusedBeforeAnyRow() throws {
        var mapping = try ImportMapping.load(path: Self.mappingPath)
        mapping.fields["colour"] = .init(column: "Code")
        mapping.fields["lat"] = nil
        let problems = BranchImport(mapping: mapping, table: try CSVReader(text: "Code,Name (en)\nA,B\n"), region: "RU").mappingProblems()
        #expect(problems.contains { $0.contains("\"colour\" is not a field a branch has") })
        #expect(problems.contains { $0.contains("the mapping must give \"lat\"") })
        #expect(problems.contains { $0.contains("the column \"Address\" is not in the file") })
    }
}
