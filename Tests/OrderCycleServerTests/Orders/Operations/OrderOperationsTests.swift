import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Each order operation run once through the API and once through the order pages' forms
/// leaves the same rows and the same audit trail.
@Suite("Order operations, API and form alike")
struct OrderOperationsTests {
    @Test func takeOrderStep() async throws {
        try await TwoWays.run(as: .admin, prepare: { try await $0.order(through: []) }, api: { ways, id in
            let response = try await ways.app.step(id.uuidString, to: "placed", version: try await ways.version(of: id), token: ways.token)
            #expect(response.status == .ok)
        }, form: { ways, id in
            try await ways.post("/orders/\(id)/step", ["to": "placed", "version": String(try await ways.version(of: id))])
        })
    }

    @Test func recordStage() async throws {
        try await TwoWays.run(as: .admin, prepare: { try await $0.order(through: ["placed"]) }, api: { ways, id in
            let response = try await ways.app.api(.POST, "/api/v1/orders/\(id)/stages/materials", headers: try await ways.ifMatch(id), json: ["action": "skip", "reason": "From stock"])
            #expect(response.status == .ok, "\(response.text)")
        }, form: { ways, id in
            try await ways.post("/orders/\(id)/stage", ["stage": "materials", "action": "skip", "reason": "From stock", "version": String(try await ways.version(of: id))])
        })
    }

    @Test func recordStageStartSetsTheOrdersUpdateTime() async throws {
        try await TwoWays.run(as: .admin, prepare: { try await $0.order(through: ["placed"]) }, api: { ways, id in
            let response = try await ways.app.api(.POST, "/api/v1/orders/\(id)/stages/delivery", headers: try await ways.ifMatch(id), json: ["action": "start"])
            #expect(response.status == .ok, "\(response.text)")
        }, form: { ways, id in
            try await ways.post("/orders/\(id)/stage", ["stage": "delivery", "action": "start", "version": String(try await ways.version(of: id))])
        })
    }

    @Test func rateOrder() async throws {
        try await TwoWays.run(as: .client, prepare: { try await $0.order(through: ["placed", "invoiced", "picked", "dispatched", "delivered"]) }, api: { ways, id in
            let response = try await ways.app.api(.POST, "/api/v1/orders/\(id)/rating", headers: try await ways.ifMatch(id), json: RatingJSON(rating: 4, comment: " Late but complete "))
            #expect(response.status == .ok, "\(response.text)")
        }, form: { ways, id in
            try await ways.post("/orders/\(id)/rating", ["rating": "4", "comment": " Late but complete ", "version": String(try await ways.version(of: id))])
        })
    }

    /// The thread is the record of a comment: it has no audit entry.
    @Test func addComment() async throws {
        try await TwoWays.run(as: .admin, audited: false, prepare: { try await $0.order(through: []) }, api: { ways, id in
            let response = try await ways.app.api(.POST, "/api/v1/orders/\(id)/comments", headers: .bearer(ways.token), json: ["body": "Can you ship on Friday?"])
            #expect(response.status == .created, "\(response.text)")
        }, form: { ways, id in
            try await ways.post("/orders/\(id)/comment", ["body": "Can you ship on Friday?"])
        })
    }

    @Test func fileClaim() async throws {
        try await TwoWays.run(as: .admin, prepare: { try await $0.order(through: ["placed", "invoiced", "picked", "dispatched"]) }, api: { ways, id in
            let response = try await ways.app.api(.POST, "/api/v1/orders/\(id)/claims", headers: .bearer(ways.token), json: ["reason": "damaged", "description": "Two boxes crushed"])
            #expect(response.status == .created, "\(response.text)")
        }, form: { ways, id in
            try await ways.post("/orders/\(id)/claim", ["reason": "damaged", "description": "Two boxes crushed"])
        })
    }

    @Test func workClaim() async throws {
        try await TwoWays.run(as: .admin, prepare: { ways in
            let id = try await ways.order(through: ["placed", "invoiced", "picked", "dispatched"])
            let filed = try await ways.app.api(.POST, "/api/v1/orders/\(id)/claims", headers: .bearer(ways.token), json: ["reason": "damaged", "description": "Two boxes crushed"])
            #expect(filed.status == .created)
            return id
        }, api: { ways, id in
            let claim = try #require(try await OrderClaim.query(on: ways.app.db).filter(\.$orderID == id).first())
            let response = try await ways.app.api(.PATCH, "/api/v1/claims/\(try claim.requireID())", headers: .bearer(ways.token, [("If-Match", "\"\(claim.version)\"")]),
                                                  json: ["status": "resolved", "resolution": "Replaced"])
            #expect(response.status == .ok, "\(response.text)")
        }, form: { ways, id in
            let claim = try #require(try await OrderClaim.query(on: ways.app.db).filter(\.$orderID == id).first())
            try await ways.browser.get("/claims")
            try await ways.post("/claims/\(try claim.requireID())", ["status": "resolved", "resolution": "Replaced", "version": String(claim.version)])
        })
    }

    @Test func reserveShortfall() async throws {
        try await TwoWays.run(as: .admin, prepare: { ways in
            try await ways.stock(ways.world.scarce, onHand: 0)
            return try await ways.order(lines: [.init(product_id: ways.world.stocked, quantity: 1), .init(product_id: ways.world.scarce, quantity: 1)], through: ["placed"])
        }, api: { ways, id in
            try await ways.stock(ways.world.scarce, onHand: 2)
            let response = try await ways.app.api(.POST, "/api/v1/orders/\(id)/reserve", headers: try await ways.ifMatch(id))
            #expect(response.status == .ok, "\(response.text)")
        }, form: { ways, id in
            try await ways.post("/orders/\(id)/reserve", ["version": String(try await ways.version(of: id))])
        })
    }

    @Test func splitShortfall() async throws {
        try await TwoWays.run(as: .admin, prepare: { ways in
            try await ways.stock(ways.world.scarce, onHand: 0)
            return try await ways.order(lines: [.init(product_id: ways.world.stocked, quantity: 1), .init(product_id: ways.world.scarce, quantity: 1)], through: ["placed"])
        }, api: { ways, id in
            let response = try await ways.app.api(.POST, "/api/v1/orders/\(id)/split", headers: try await ways.ifMatch(id))
            #expect(response.status == .created, "\(response.text)")
        }, form: { ways, id in
            try await ways.post("/orders/\(id)/split", ["version": String(try await ways.version(of: id))])
        })
    }

    @Test func createOrder() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, token) = try await makeUser(app, role: .admin, email: "creator@test.example", password: "correct horse")
            let browser = Browser(app)
            try await browser.logIn(email: "creator@test.example", password: "correct horse")
            let apiMark = Date()
            let (apiID, _) = try await app.order(NewOrder(client_id: world.client, status: "received", promised_date: "2030-01-10", lines: [.init(product_id: world.stocked, quantity: 3)]), token: token)
            let throughAPI = try await StoredOrder.snapshot(try #require(UUID(uuidString: apiID)), since: apiMark, on: app.db)
            try await browser.get("/orders/new")
            let formMark = Date()
            let response = try await browser.post("/orders", form: ["client_id": world.client.uuidString, "status": "received", "channel": "phone", "priority": "normal",
                                                                    "promised_date": "2030-01-10", "sku0": "BOX-1", "qty0": "3"])
            #expect(response.status == .seeOther || response.status == .found, "\(response.text.prefix(300))")
            let formID = try #require(try await Order.query(on: app.db).filter(\.$id != UUID(uuidString: apiID)!).first()?.requireID())
            let throughForm = try await StoredOrder.snapshot(formID, since: formMark, on: app.db)
            #expect(throughAPI.rows == throughForm.rows)
            #expect(throughAPI.audit == throughForm.audit)
        }
    }

    /// The operations word their refusals in the language they are given: the pages pass the
    /// user's, the API keeps English.
    @Test func fieldMessagesInTheUsersLanguage() throws {
        func messages(_ make: () throws -> Void) -> [String] {
            do { try make(); return [] } catch let problem as Problem { return (problem.errors ?? []).map(\.message) } catch { return ["\(error)"] }
        }
        let id = UUID(), now = Date()
        #expect(messages { _ = try RateOrder(orderID: id, rating: 9, comment: nil, expectedVersion: nil, lang: .ru) } == ["должна быть от 1 до 5"])
        #expect(messages { _ = try RateOrder(orderID: id, rating: 9, comment: nil, expectedVersion: nil) } == ["must be from 1 to 5"])
        #expect(messages { _ = try RecordStage(orderID: id, stage: .materials, action: "jump", at: now.addingTimeInterval(3_600), reason: nil,
                                                expectedVersion: nil, now: now, lang: .ru) }
                == ["допустимо: start, finish или skip", "не может быть в будущем"])
        #expect(messages { _ = try FileClaim(orderID: id, reason: "bored", description: "Late", lang: .ru) }.first?.hasPrefix("допустимо: damaged") == true)
        #expect(messages { _ = try TakeOrderStep(orderID: id, to: "flying", reason: nil, expectedVersion: nil, lang: .ru) }.first?.hasPrefix("допустимо: draft") == true)
        #expect(messages { _ = try WorkClaim(claimID: id, status: "lost", resolution: "x", expectedVersion: nil, lang: .ru) }.first?.hasPrefix("допустимо: open") == true)
        #expect(messages { _ = try RevisePlan(orderID: id, reason: "  ", expectedVersion: nil, lang: .ru) } == ["обязательна"])
        // The generic checks of a field (required, length, control characters) speak the same language.
        #expect(messages { _ = try FileClaim(orderID: id, reason: "damaged", description: "  ", lang: .ru) } == ["обязательное поле"])
        #expect(messages { _ = try RateOrder(orderID: id, rating: 4, comment: String(repeating: "x", count: 2_001), expectedVersion: nil, lang: .ru) }
                == ["не длиннее 2000 символов"])
        #expect(messages { _ = try TakeOrderStep(orderID: id, to: "placed", reason: "a\u{7}b", expectedVersion: nil, lang: .ru) }
                == ["не должно содержать управляющих символов"])
        #expect(messages { _ = try FileClaim(orderID: id, reason: "damaged", description: "  ") } == ["is required"])
    }
}

/// The same plan operations through `/api/v1/orders/:id/plan…` and the plan page's form.
@Suite("Plan operations, API and form alike")
struct PlanOperationsTests {
    static func opened(_ ways: TwoWays) async throws -> UUID {
        let id = try await ways.order(through: ["placed"])
        let response = try await ways.app.api(.GET, "/api/v1/orders/\(id)/plan", headers: .bearer(ways.token))
        #expect(response.status == .ok)
        return id
    }

    func planVersion(_ ways: TwoWays, _ id: UUID) async throws -> Int {
        try #require(try await ExecutionPlanning.current(of: id, on: ways.app.db)).version
    }

    @Test func editPlan() async throws {
        try await TwoWays.run(as: .admin, prepare: Self.opened, api: { ways, id in
            let f = PlanPage.inputFormat(ways.app.appConfig.timeZone)
            let stages = Stage.allCases.enumerated().map { i, stage in
                PlanDTO.StageDTO(stage: stage, planned_start: f.date(from: "2030-01-0\(i + 1)T09:00"), planned_end: f.date(from: "2030-01-0\(i + 1)T17:30"), skipped: false)
            }
            let response = try await ways.app.api(.PUT, "/api/v1/orders/\(id)/plan", headers: .bearer(ways.token, [("If-Match", "\"\(try await planVersion(ways, id))\"")]),
                                                  json: ["stages": stages])
            #expect(response.status == .ok, "\(response.text)")
        }, form: { ways, id in
            try await ways.browser.get("/orders/\(id)/plan")
            var form = ["do": "save", "version": String(try await planVersion(ways, id))]
            for (i, stage) in Stage.allCases.enumerated() {
                form["\(stage.rawValue)_start"] = "2030-01-0\(i + 1)T09:00"
                form["\(stage.rawValue)_end"] = "2030-01-0\(i + 1)T17:30"
            }
            try await ways.post("/orders/\(id)/plan", form)
        })
    }

    @Test func advancePlan() async throws {
        try await TwoWays.run(as: .admin, prepare: Self.opened, api: { ways, id in
            let response = try await ways.app.api(.POST, "/api/v1/orders/\(id)/plan/advance", headers: .bearer(ways.token, [("If-Match", "\"\(try await planVersion(ways, id))\"")]))
            #expect(response.status == .ok, "\(response.text)")
        }, form: { ways, id in
            try await ways.browser.get("/orders/\(id)/plan")
            try await ways.post("/orders/\(id)/plan", ["do": "advance", "version": String(try await planVersion(ways, id))])
        })
    }

    @Test func revisePlan() async throws {
        try await TwoWays.run(as: .admin, prepare: Self.opened, api: { ways, id in
            let response = try await ways.app.api(.POST, "/api/v1/orders/\(id)/plan/revisions", headers: .bearer(ways.token, [("If-Match", "\"\(try await planVersion(ways, id))\"")]),
                                                  json: ["reason": "The buyer moved the date"])
            #expect(response.status == .ok, "\(response.text)")
        }, form: { ways, id in
            try await ways.browser.get("/orders/\(id)/plan")
            try await ways.post("/orders/\(id)/plan", ["do": "revise", "reason": "The buyer moved the date", "version": String(try await planVersion(ways, id))])
        })
    }
}

private struct RatingJSON: Encodable, Sendable { var rating: Int; var comment: String }

extension TwoWays {
    /// Sets what the warehouse holds of a product, as a recount would.
    func stock(_ product: UUID, onHand: Int) async throws {
        try await StockItem.query(on: app.db).filter(\.$productID == product).set(\.$onHand, to: onHand).update()
    }
}
