import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Who decided a plan, and how its history reads: the plan page names who agreed and who
/// approved, and the change history lists changed fields as sentences, not stored JSON.
@Suite("Plan deciders and readable history")
struct PlanDecidersTests {
    @Test func thePlanPageNamesWhoAgreedAndWhoApproved() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (agreer, first) = try await makeUser(app, role: .logistician)
            agreer.displayName = "Lena Planner"
            try await agreer.save(on: app.db)
            let (approver, second) = try await makeUser(app, role: .manager)
            approver.displayName = "Ivan Approver"
            try await approver.save(on: app.db)
            let (id, _) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: [.init(product_id: world.stocked, quantity: 1)]), token: first)
            let plan = try await app.api(.GET, "/api/v1/orders/\(id)/plan", headers: .bearer(first))
            let agreed = try await app.api(.POST, "/api/v1/orders/\(id)/plan/advance", headers: .bearer(first, [("If-Match", "\"\(plan.json["version"] as! Int)\"")]))
            #expect(agreed.json["agreed_by"] as? String == agreer.id?.uuidString)
            let approved = try await app.api(.POST, "/api/v1/orders/\(id)/plan/advance", headers: .bearer(second, [("If-Match", "\"\(agreed.json["version"] as! Int)\"")]))
            #expect(approved.json["approved_by"] as? String == approver.id?.uuidString)

            try await makeUser(app, role: .manager, email: "reader@test.example", password: "correct horse")
            let browser = Browser(app)
            _ = try await browser.logIn(email: "reader@test.example", password: "correct horse")
            let page = try await browser.get("/orders/\(id)/plan")
            #expect(page.text.contains("Agreed by Lena Planner"))
            #expect(page.text.contains("Approved by Ivan Approver"))
            let ru = try await browser.get("/orders/\(id)/plan", headers: ["Accept-Language": "ru"])
            #expect(ru.text.contains("Согласовал Lena Planner"))
        }
    }

    @Test func aChangeReadsAsFieldOldToNewInTheReadersLanguage() {
        let before = #"{"id":"6E768583-AD23-4085-A4CC-8EA21BC30FE1","priority":"normal","status":"placed","version":3}"#
        let after = #"{"id":"6E768583-AD23-4085-A4CC-8EA21BC30FE1","priority":"normal","status":"invoiced","version":4}"#
        #expect(AuditSentence.changes(before: before, after: after, lang: .en).map(\.line) == ["status: \(OrderStatus.placed.name(.en)) → \(OrderStatus.invoiced.name(.en))"])
        #expect(AuditSentence.changes(before: before, after: after, lang: .ru).map(\.line) == ["статус: \(OrderStatus.placed.name(.ru)) → \(OrderStatus.invoiced.name(.ru))"])
        let created = AuditSentence.changes(before: nil, after: #"{"id":"6E768583-AD23-4085-A4CC-8EA21BC30FE1","name":"Acme","active":true}"#, lang: .ru).map(\.line)
        #expect(created == ["действует: да", "название: Acme"])
        // Stored kinds, parties and sources read as words of the reader's language, never raw.
        #expect(AuditSentence.value("customer", field: "kind", .ru) == ClientKind.customer.name(.ru))
        #expect(AuditSentence.value("company", field: "party", .ru) == PartyType.company.name(.ru))
        #expect(AuditSentence.value("claim", field: "kind", .ru) == ServiceRequestKind.claim.name(.ru))
        #expect(AuditSentence.value("claim", field: "source", .ru) == TaskSource.claim.name(.ru))
        #expect(AuditSentence.value("sale", field: "phase", .ru) == ServicePhase.sale.name(.ru))
        #expect(AuditSentence.recordName("chats", .ru) == "Чат")
        #expect(AuditSentence.value("active", field: "status", .ru) == ChatStatus.active.name(.ru))
        let html = AuditSentence.html(entity: "orders", action: "transition", before: before, after: after, lang: .en).text
        #expect(html.contains("Order: moved on"))
        #expect(!html.contains("{"))
    }
}
