import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("Photos on a claim")
struct ClaimPhotoTests {
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [UInt8](repeating: 0x42, count: 300) + [0xFF, 0xD9]
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 120)
    static let svg: [UInt8] = Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8)

    /// A dispatched order of the world's client with one open claim; returns the claim's id and
    /// a token of a user of that client.
    func claimedOrder(_ app: Application, _ world: OrderWorld) async throws -> (order: String, claim: String, client: String) {
        let (_, staff) = try await makeUser(app, role: .manager)
        var (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
        for step in ["placed", "invoiced", "picked", "dispatched"] {
            version = try await app.step(id, to: step, version: version, token: staff).json["version"] as! Int
        }
        let (_, client) = try await makeUser(app, role: .client, clientID: world.client)
        let claim = try await app.api(.POST, "/api/v1/orders/\(id)/claims", headers: .bearer(client),
                                      json: ["reason": "damaged", "description": "Crushed corner"])
        #expect(claim.status == .created, "\(claim.text)")
        return (id, try #require(claim.json["id"] as? String), client)
    }

    func upload(_ app: Application, _ claim: String, _ bytes: [UInt8], token: String, type: String = "image/jpeg") async throws -> TestingHTTPResponse {
        try await app.api(.POST, "/api/v1/claims/\(claim)/photos", headers: .bearer(token, [("Content-Type", type)]), bytes: bytes)
    }

    @Test func theBuyerAddsPhotosAndStaffSeeThemByTheirProvenType() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, claim, client) = try await claimedOrder(app, world)
            let first = try await upload(app, claim, Self.jpeg, token: client)
            #expect(first.status == .created, "\(first.text)")
            #expect(first.json["media_type"] as? String == "image/jpeg")
            // announced as JPEG, but its bytes say PNG: it is stored and served as PNG
            let second = try await upload(app, claim, Self.png, token: client)
            #expect(second.json["media_type"] as? String == "image/png")

            let (_, operatorToken) = try await makeUser(app, role: .operator)
            let list = try await app.api(.GET, "/api/v1/claims/\(claim)/photos", headers: .bearer(operatorToken))
            let items = try #require((try? JSONSerialization.jsonObject(with: Data(buffer: list.body))) as? [[String: Any]])
            #expect(items.count == 2)
            let photo = try #require(first.json["id"] as? String)
            let image = try await app.testing().sendRequest(.GET, "/api/v1/claims/\(claim)/photos/\(photo)", headers: .bearer(operatorToken))
            #expect(image.status == .ok)
            #expect(image.headers.first(name: .contentType) == "image/jpeg")
            #expect(image.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(Array(image.body.readableBytesView) == Self.jpeg)
        }
    }

    @Test func thirtyUploadsAtOnceStoreExactlyFive() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, claim, client) = try await claimedOrder(app, world)
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for _ in 0..<30 {
                    group.addTask { try await upload(app, claim, Self.jpeg, token: client).status.code }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 201 }.count == PhotoFormat.perClaim, "answers: \(statuses.sorted())")
            #expect(statuses.filter { $0 != 201 }.allSatisfy { $0 == 409 }, "a full claim refuses with 409: \(statuses.sorted())")
            let stored = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM claim_photos WHERE claim_id = \(bind: UUID(uuidString: claim)!)").first()
            #expect(try stored?.decode(column: "n", as: Int.self) == PhotoFormat.perClaim)
        }
    }

    @Test func whatIsNotAPhotoOrNotAllowedIsRefusedAndNothingIsStored() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, claim, client) = try await claimedOrder(app, world)
            let svg = try await upload(app, claim, Self.svg, token: client, type: "image/png")
            #expect(svg.status == .unprocessableEntity)
            #expect((svg.json["errors"] as? [[String: Any]])?.first?["field"] as? String == "body")
            #expect(try await upload(app, claim, [], token: client).status == .unprocessableEntity)
            // another client's user does not see the claim at all; a worker may not
            let (_, stranger) = try await makeUser(app, role: .client, clientID: world.otherClient)
            #expect(try await upload(app, claim, Self.jpeg, token: stranger).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/claims/\(claim)/photos", headers: .bearer(stranger)).status == .notFound)
            let (_, worker) = try await makeUser(app, role: .worker)
            #expect(try await upload(app, claim, Self.jpeg, token: worker).status == .forbidden)
            #expect(try await app.db.sql.raw("SELECT COUNT(*) AS n FROM claim_photos").first()?.decode(column: "n", as: Int.self) == 0)
            // at most five
            for _ in 0..<PhotoFormat.perClaim { #expect(try await upload(app, claim, Self.jpeg, token: client).status == .created) }
            #expect(try await upload(app, claim, Self.jpeg, token: client).status == .conflict)
            // a worked claim takes no more photos
            let (_, admin) = try await makeUser(app, role: .admin)
            let worked = try await app.api(.PATCH, "/api/v1/claims/\(claim)", headers: .bearer(admin, [("If-Match", "\"1\"")]),
                                           json: ["status": "resolved", "resolution": "Replaced"])
            #expect(worked.status == .ok, "\(worked.text)")
            #expect(try await upload(app, claim, Self.png, token: admin).status == .conflict)
            #expect(try await app.db.sql.raw("SELECT COUNT(*) AS n FROM claim_photos").first()?.decode(column: "n", as: Int.self) == PhotoFormat.perClaim)
        }
    }

    @Test func theClaimFormOnTheOrderPageTakesPhotos() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (order, _, _) = try await claimedOrder(app, world)
            try await makeUser(app, role: .client, email: "buyer@test.example", password: "correct horse", clientID: world.client)
            let browser = Browser(app)
            try await browser.logIn(email: "buyer@test.example", password: "correct horse")
            try await browser.get("/orders/\(order)")
            // a file that is not an image refuses the whole claim, with the reason on the page
            let refused = try await browser.postMultipart("/orders/\(order)/claim", form: ["reason": "shortage", "description": "Two boxes missing"],
                                                          files: [("photos[]", "boxes.svg", Self.svg)])
            #expect(refused.status == .unprocessableEntity)
            // what was typed and chosen stays, and the message stands beside the photos, not as a raw "photos: …"
            #expect(refused.text.contains("id=\"claim-photos-error\">must be JPEG, PNG or WebP images<"))
            #expect(refused.text.contains("value=\"Two boxes missing\""))
            #expect(refused.text.contains("<option value=\"shortage\" selected>"))
            #expect(!refused.text.contains("photos: must"))
            #expect(try await OrderClaim.query(on: app.db).count() == 1)
            browser.cookies["oc_lang"] = "ru"
            let russian = try await browser.postMultipart("/orders/\(order)/claim", form: ["reason": "shortage", "description": "Нет двух коробок"],
                                                          files: [("photos[]", "boxes.svg", Self.svg)])
            #expect(russian.text.contains("id=\"claim-photos-error\">должны быть изображениями JPEG, PNG или WebP<"))
            #expect(russian.text.contains("value=\"Нет двух коробок\""))
            browser.cookies["oc_lang"] = nil
            try await browser.get("/orders/\(order)")
            let filed = try await browser.postMultipart("/orders/\(order)/claim", form: ["reason": "shortage", "description": "Two boxes missing"],
                                                        files: [("photos[]", "boxes.jpg", Self.jpeg), ("photos[]", "label.png", Self.png)])
            #expect(filed.status == .seeOther, "\(filed.status) \(filed.text.prefix(300))")
            #expect(try await OrderClaim.query(on: app.db).count() == 2)
            let page = try await browser.get("/orders/\(order)")
            #expect(page.text.components(separatedBy: "class=\"claim-photo\"").count - 1 == 2)
            let src = try #require(page.text.range(of: "src=\"/claims/").map { page.text[$0.lowerBound...].dropFirst(5).prefix { $0 != "\"" } })
            let image = try await browser.get(String(src))
            #expect(image.status == .ok)
            #expect(image.headers.first(name: .contentType)?.hasPrefix("image/") == true)
        }
    }
}
