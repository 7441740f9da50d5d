import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Importing clients from CSV through a mapping")
struct ClientImportTests {
    static let mapping = ImportMapping(key: "Customer ID", description: nil, fields: [
        "code": .init(column: "Customer ID"),
        "name": .init(column: "Customer Name"),
        "segment": .init(column: "Segment", map: ["Consumer": "retail", "Corporate": "wholesale"]),
        "party": .init(column: "Segment", map: ["Consumer": "person", "Corporate": "company"]),
        "contact.phones": .init(column: "Phone", split: ";"),
        "address.city": .init(column: "City"),
    ])

    static let csv = """
    Customer ID,Customer Name,Segment,Phone,City
    CG-1,Claire Gute,Consumer,+1 212 555 0101; (212) 555-0102,Henderson
    CG-1,Claire Gute,Consumer,,Louisville
    DV-2,"Darrin Van Huff, Inc",Corporate,,Los Angeles
    """

    @Test func aValidFileImportsOneClientPerKeyWithItsManagerAndPhones() async throws {
        try await withApp({ $0.phoneRegion = "US" }) { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            try await ClientFixtures.segment(app, code: "wholesale")
            let (manager, _) = try await ClientFixtures.manager(app, serving: [retail])
            let importer = ClientImport(mapping: Self.mapping, table: try CSVReader(text: Self.csv), rules: ClientRules(regionCode: "US"))
            let plan = try await importer.plan(on: app.db)
            #expect(plan.problems.isEmpty && plan.clients.count == 2 && plan.repeatedRows == 1)
            let written = try await app.db.write(app) { tx in try await ClientImport.write(plan, actor: nil, now: app.clock.now(), on: tx) }
            #expect(written == 2)
            let claire = try #require(try await Client.query(on: app.db).filter(\.$code == "CG-1").first())
            #expect(claire.managerID == manager.id && claire.party == .person)
            let card = try #require(try await ClientStore.card(claire.id!, on: app.db))
            #expect(card.contacts.first?.phones.map(\.e164) == ["+12125550101", "+12125550102"])
            #expect(card.addresses.first?.city == "Henderson")
        }
    }

    @Test func anyBadRowIsReportedWithItsLineAndNothingIsWritten() async throws {
        try await withApp { app in
            try await ClientFixtures.segment(app, code: "retail")
            let csv = Self.csv + "\nHO-3,Home Worker,Home Office,,Kyiv\nXX-4,,Consumer,not a phone,Kyiv"
            let importer = ClientImport(mapping: Self.mapping, table: try CSVReader(text: csv), rules: ClientRules(regionCode: "UA"))
            let plan = try await importer.plan(on: app.db)
            let byLine = Dictionary(uniqueKeysWithValues: plan.problems.map { ($0.line, Set($0.errors.map(\.field))) })
            #expect(byLine[4] == ["segment"])            // "wholesale" does not exist here
            #expect(byLine[5] == ["segment", "party"])    // "Home Office" is not in the maps
            #expect(byLine[6] == ["name", "contact.phones[0].number"])
            // The command writes only when the plan has no problems: all or nothing.
            #expect(try await Client.query(on: app.db).count() == 0)
        }
    }

    @Test func aSecondRunRefusesCodesThatExist() async throws {
        try await withApp({ $0.phoneRegion = "US" }) { app in
            try await ClientFixtures.segment(app, code: "retail")
            try await ClientFixtures.segment(app, code: "wholesale")
            let importer = ClientImport(mapping: Self.mapping, table: try CSVReader(text: Self.csv), rules: ClientRules(regionCode: "US"))
            let first = try await importer.plan(on: app.db)
            _ = try await app.db.write(app) { tx in try await ClientImport.write(first, actor: nil, now: app.clock.now(), on: tx) }
            let second = try await importer.plan(on: app.db)
            #expect(second.clients.isEmpty && second.problems.count == 2)
            #expect(second.problems.allSatisfy { $0.errors.map(\.field) == ["code"] })
        }
    }
}
