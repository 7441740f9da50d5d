import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Execution plans and operational control")
struct PlanAndControlTests {
    @Test func aPlanIsProposedFromNormsThenAgreedApprovedAndRevisedWithAReason() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, staff) = try await makeUser(app, role: .logistician)
            let (id, _) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.madeToOrder, quantity: 1)]), token: staff)
            let plan = try await app.api(.GET, "/api/v1/orders/\(id)/plan", headers: .bearer(staff))
            #expect(plan.json["state"] as? String == "draft")
            let stages = plan.json["stages"] as? [[String: Any]] ?? []
            #expect(stages.count == 6)
            // A new, made-to-order product needs every stage.
            #expect(stages.allSatisfy { $0["skipped"] as? Bool == false })
            var version = plan.json["version"] as! Int
            let agreed = try await app.api(.POST, "/api/v1/orders/\(id)/plan/advance", headers: .bearer(staff, [("If-Match", "\"\(version)\"")]))
            #expect(agreed.json["state"] as? String == "agreed")
            version = agreed.json["version"] as! Int
            let approved = try await app.api(.POST, "/api/v1/orders/\(id)/plan/advance", headers: .bearer(staff, [("If-Match", "\"\(version)\"")]))
            #expect(approved.json["state"] as? String == "approved")
            version = approved.json["version"] as! Int
            let edit = try await app.api(.PUT, "/api/v1/orders/\(id)/plan", headers: .bearer(staff, [("If-Match", "\"\(version)\"")]),
                                         raw: #"{"stages": []}"#)
            #expect(edit.status == .conflict)
            let noReason = try await app.api(.POST, "/api/v1/orders/\(id)/plan/revisions", headers: .bearer(staff, [("If-Match", "\"\(version)\"")]), json: ["reason": ""])
            #expect(noReason.status == .unprocessableEntity)
            // The body is judged before the path: a bad reason is a 422 whatever the path names,
            // and only a valid request learns that the order is missing.
            let ifMatch = HTTPHeaders.bearer(staff, [("If-Match", "\"\(version)\"")])
            #expect(try await app.api(.POST, "/api/v1/orders/not-an-id/plan/revisions", headers: ifMatch, json: ["reason": ""]).status == .unprocessableEntity)
            #expect(try await app.api(.POST, "/api/v1/orders/\(UUID())/plan/revisions", headers: ifMatch, json: ["reason": ""]).status == .unprocessableEntity)
            #expect(try await app.api(.POST, "/api/v1/orders/not-an-id/plan/revisions", headers: ifMatch, json: ["reason": "Materials late"]).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/orders/\(UUID())/plan/revisions", headers: ifMatch, json: ["reason": "Materials late"]).status == .notFound)
            let revised = try await app.api(.POST, "/api/v1/orders/\(id)/plan/revisions", headers: .bearer(staff, [("If-Match", "\"\(version)\"")]), json: ["reason": "Materials late"])
            #expect(revised.json["revision"] as? Int == 2)
            #expect(revised.json["state"] as? String == "draft")
            #expect(try await ExecutionPlan.query(on: app.db).count() == 2)
        }
    }

    @Test func controlListsStagesBehindTheirPlan() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .logistician, email: "lg@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .logistician)
            let (id, _) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.madeToOrder, quantity: 1)]), token: staff)
            let plan = try await app.api(.GET, "/api/v1/orders/\(id)/plan", headers: .bearer(staff))
            let past = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-7_200))
            let earlier = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-10_000))
            let body = #"{"stages": [{"stage": "materials", "planned_start": "\#(earlier)", "planned_end": "\#(past)", "skipped": false}]}"#
            let edited = try await app.api(.PUT, "/api/v1/orders/\(id)/plan", headers: .bearer(staff, [("If-Match", "\"\(plan.json["version"] as! Int)\"")]), raw: body)
            #expect(edited.status == .ok)
            let browser = Browser(app)
            try await browser.logIn(email: "lg@test.example", password: "correct horse")
            let page = try await browser.get("/control")
            #expect(page.status == .ok)
            #expect(page.text.contains("Materials supply"))
            #expect(!page.text.contains("id=\"drift-count\">0<"))
        }
    }

    @Test func staffResolveAClaimFromTheClaimsPage() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            try await makeUser(app, role: .operator, email: "op@test.example", password: "correct horse")
            let (_, staff) = try await makeUser(app, role: .manager)
            var (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: staff)
            for step in ["placed", "invoiced", "picked", "dispatched"] {
                version = try await app.step(id, to: step, version: version, token: staff).json["version"] as! Int
            }
            let claim = try await app.api(.POST, "/api/v1/orders/\(id)/claims", headers: .bearer(staff), json: ["reason": "shortage", "description": "One box missing"])
            let claimID = try #require(claim.json["id"] as? String)
            let browser = Browser(app)
            try await browser.logIn(email: "op@test.example", password: "correct horse")
            let page = try await browser.get("/claims")
            #expect(page.text.contains("One box missing"))
            let noResolution = try await browser.post("/claims/\(claimID)", form: ["status": "resolved", "version": "1"])
            #expect(noResolution.status == .unprocessableEntity)
            let done = try await browser.post("/claims/\(claimID)", form: ["status": "resolved", "resolution": "Sent the missing box", "version": "1"])
            #expect(done.status == .seeOther)
            #expect(try await OrderClaim.find(UUID(uuidString: claimID), on: app.db)?.status == .resolved)
        }
    }
}
