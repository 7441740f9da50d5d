import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Clients through the API")
struct ClientsAPITests {
    @Test func aCreatedClientKeepsItsContactsPhonesInE164AndAddresses() async throws {
        try await withApp { app in
            let segment = try await ClientFixtures.segment(app, code: "retail")
            let (_, token) = try await makeUser(app, role: .operator)
            let body = ClientFixtures.NewClient(
                name: "Нова Логістика", segment_id: segment, tax_id: "12345678",
                contacts: [.init(name: "Olha", phones: [.init(number: "(044) 123-45-67"), .init(number: "+380 (44) 123 45 68 ext. 12")], emails: ["Olha@Example.com"]),
                           .init(name: "Petro", phones: [.init(number: "0 800 500 609")], emails: nil)],
                addresses: [.init(line: "Khreshchatyk 1", city: "Kyiv", latitude: 50.45, longitude: 30.52)])
            let response = try await app.api(.POST, "/api/v1/clients", headers: .bearer(token), json: body)
            #expect(response.status == .created)
            let client = try response.decoded(ClientDTO.self)
            #expect(client.contacts.count == 2)
            #expect(client.contacts[0].phones.map(\.e164) == ["+380441234567", "+380441234568"])
            #expect(client.contacts[0].phones[1].extension == "12")
            #expect(client.contacts[0].emails == ["olha@example.com"])
            #expect(client.contacts[1].phones.map(\.e164) == ["+380800500609"])
            #expect(client.addresses.first?.latitude == 50.45)
            #expect(response.headers.first(name: .eTag) == "\"1\"")
        }
    }

    @Test func invalidFieldsAreAllNamedAtOnce() async throws {
        try await withApp { app in
            let (_, token) = try await makeUser(app, role: .manager)
            let raw = """
            {"kind":"robot","party":"company","name":"","contacts":[{"name":"A","phones":[{"number":"call me maybe"}],"emails":["nope"]}],
             "addresses":[{"line":"x","latitude":95}]}
            """
            let response = try await app.api(.POST, "/api/v1/clients", headers: .bearer(token), raw: raw)
            #expect(response.status == .unprocessableEntity)
            let fields = Set(try response.decoded(Problem.self).errors?.map(\.field) ?? [])
            #expect(fields.isSuperset(of: ["kind", "name", "segment_id", "contacts[0].phones[0].number", "contacts[0].emails[0]",
                                           "addresses[0].latitude"]))
        }
    }

    @Test func searchFindsAPhoneWrittenInAnotherForm() async throws {
        try await withApp { app in
            let segment = try await ClientFixtures.segment(app, code: "retail")
            let (_, token) = try await makeUser(app, role: .manager)
            let saved = try await ClientFixtures.client(app, token: token, name: "Caller Ltd", segment: segment, phones: ["+380 44 123 45 67"])
            _ = try await ClientFixtures.client(app, token: token, name: "Other Ltd", segment: segment, phones: ["+380 44 765 43 21"])
            for written in ["(044) 123-45-67", "0441234567", "00380441234567", "380.44.123.45.67"] {
                let q = written.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                let page = try await app.api(.GET, "/api/v1/clients?q=\(q)", headers: .bearer(token)).decoded(OrderCycleServer.Page<ClientSummaryDTO>.self)
                #expect(page.items.map(\.id) == [saved.id], "searching \(written)")
            }
        }
    }

    @Test func searchFindsANamePrefixIgnoringCaseATaxIdAndAnEmail() async throws {
        try await withApp { app in
            let segment = try await ClientFixtures.segment(app, code: "retail")
            let (_, token) = try await makeUser(app, role: .manager)
            let a = try await ClientFixtures.client(app, token: token, name: "Ölga Freight", segment: segment, taxID: "UA-998877")
            let b = try await ClientFixtures.client(app, token: token, name: "Baltic Cargo", segment: segment, emails: ["desk@baltic.example"])
            func search(_ q: String) async throws -> [UUID] {
                let encoded = q.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                return try await app.api(.GET, "/api/v1/clients?q=\(encoded)", headers: .bearer(token)).decoded(OrderCycleServer.Page<ClientSummaryDTO>.self).items.map(\.id)
            }
            #expect(try await search("olga") == [a.id])
            #expect(try await search("UA-998877") == [a.id])
            #expect(try await search("DESK@baltic.example") == [b.id])
            #expect(try await search("cargo").isEmpty) // a prefix, not a substring
        }
    }

    @Test func listFiltersByKindSegmentManagerAndActiveAndPagesByKeyset() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let wholesale = try await ClientFixtures.segment(app, code: "wholesale")
            let (m1, t1) = try await ClientFixtures.manager(app, serving: [retail])
            _ = try await ClientFixtures.manager(app, serving: [wholesale])
            for i in 0..<5 { _ = try await ClientFixtures.client(app, token: t1, name: "Retail \(i)", segment: retail) }
            let w = try await ClientFixtures.client(app, token: t1, name: "Wholesale 1", segment: wholesale)
            let bySegment = try await app.api(.GET, "/api/v1/clients?segment_id=\(wholesale)", headers: .bearer(t1)).decoded(OrderCycleServer.Page<ClientSummaryDTO>.self)
            #expect(bySegment.items.map(\.id) == [w.id])
            let byManager = try await app.api(.GET, "/api/v1/clients?manager_id=\(m1.id!)", headers: .bearer(t1)).decoded(OrderCycleServer.Page<ClientSummaryDTO>.self)
            #expect(byManager.items.count == 5)
            var names: [String] = []
            var cursor: String?
            repeat {
                let path = "/api/v1/clients?kind=customer&active=true&limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await app.api(.GET, path, headers: .bearer(t1)).decoded(OrderCycleServer.Page<ClientSummaryDTO>.self)
                names += page.items.map(\.name)
                cursor = page.next_cursor
            } while cursor != nil
            #expect(names == ["Retail 0", "Retail 1", "Retail 2", "Retail 3", "Retail 4", "Wholesale 1"])
            let bad = try await app.api(.GET, "/api/v1/clients?kind=robot", headers: .bearer(t1))
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test func aChangeNeedsTheCurrentVersionAndIsAudited() async throws {
        try await withApp { app in
            let segment = try await ClientFixtures.segment(app, code: "retail")
            let (_, token) = try await makeUser(app, role: .manager)
            let client = try await ClientFixtures.client(app, token: token, name: "Old Name", segment: segment)
            let missing = try await app.api(.PATCH, "/api/v1/clients/\(client.id)", headers: .bearer(token), json: ["name": "New Name"])
            #expect(missing.status == .preconditionRequired)
            let changed = try await app.api(.PATCH, "/api/v1/clients/\(client.id)", headers: .bearer(token, [("If-Match", "\"1\"")]),
                                            json: ["name": "New Name"])
            #expect(changed.status == .ok)
            #expect(try changed.decoded(ClientDTO.self).name == "New Name")
            let stale = try await app.api(.PATCH, "/api/v1/clients/\(client.id)", headers: .bearer(token, [("If-Match", "\"1\"")]),
                                          json: ["active": false])
            #expect(stale.status == .preconditionFailed)
            let trail = try await AuditTrail.entries(on: app.db, entity: "clients", id: client.id)
            #expect(trail.map(\.action) == ["update", "create"])
        }
    }

    @Test func archivingHidesAClientFromTheActiveList() async throws {
        try await withApp { app in
            let segment = try await ClientFixtures.segment(app, code: "retail")
            let (_, token) = try await makeUser(app, role: .manager)
            let client = try await ClientFixtures.client(app, token: token, name: "Gone Ltd", segment: segment)
            let archived = try await app.api(.PATCH, "/api/v1/clients/\(client.id)", headers: .bearer(token, [("If-Match", "\"1\"")]), json: ["active": false])
            #expect(try archived.decoded(ClientDTO.self).active == false)
            let active = try await app.api(.GET, "/api/v1/clients?active=true", headers: .bearer(token)).decoded(OrderCycleServer.Page<ClientSummaryDTO>.self)
            #expect(active.items.isEmpty)
            let all = try await app.api(.GET, "/api/v1/clients", headers: .bearer(token)).decoded(OrderCycleServer.Page<ClientSummaryDTO>.self)
            #expect(all.items.map(\.id) == [client.id])
        }
    }

    @Test func aClientUserCannotUseTheStaffClientsAPI() async throws {
        try await withApp { app in
            let segment = try await ClientFixtures.segment(app, code: "retail")
            let (_, staff) = try await makeUser(app, role: .manager)
            let client = try await ClientFixtures.client(app, token: staff, name: "Own Ltd", segment: segment)
            let (_, token) = try await makeUser(app, role: .client, clientID: client.id)
            #expect(try await app.api(.GET, "/api/v1/clients/\(client.id)", headers: .bearer(token)).status == .forbidden)
            #expect(try await app.api(.GET, "/api/v1/clients", headers: .bearer(token)).status == .forbidden)
        }
    }

    @Test func segmentsAreManagedByAdministratorsOnly() async throws {
        try await withApp { app in
            let (_, admin) = try await makeUser(app, role: .admin)
            let (_, manager) = try await makeUser(app, role: .manager)
            let body = ["code": "key", "name_en": "Key accounts", "name_ru": "Ключевые клиенты"]
            #expect(try await app.api(.POST, "/api/v1/segments", headers: .bearer(manager), json: body).status == .forbidden)
            let created = try await app.api(.POST, "/api/v1/segments", headers: .bearer(admin), json: body)
            #expect(created.status == .created)
            let again = try await app.api(.POST, "/api/v1/segments", headers: .bearer(admin), json: body)
            #expect(again.status == .conflict, "a code held by another segment is a conflict with the data, not a bad field")
            let list = try await app.api(.GET, "/api/v1/segments", headers: .bearer(manager)).decoded(OrderCycleServer.Page<SegmentDTO>.self)
            #expect(list.items.map(\.code) == ["key"])
        }
    }
}
