import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// The personal service department through its API: the catalog and packages, subscriptions
/// and what is left of a package, requests and their steps, isolation between clients.
@Suite("Services API: catalog, packages, subscriptions, requests")
struct ServicesAPITests {
    @Test func theCatalogIsKeptByManagersAndShownToAClientAsOpenToItsSegment() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            // A taken code is 409 naming the field; bad input names every field at once, in the user's language.
            let taken = try await app.api(.POST, "/api/v1/services", headers: .bearer(w.admin), json: ServiceInput(
                code: "LABELS", name_en: "x", name_ru: "x", kind: "basic", phase: "sale", standard_minutes: 1, price_minor: 1))
            #expect(taken.status == .conflict && taken.text.contains("code"), "\(taken.text)")
            let invalid = try await app.api(.POST, "/api/v1/services", headers: .bearer(w.admin, [("Accept-Language", "ru")]),
                                            json: ServiceInput(code: "a b", kind: "premium", standard_minutes: -1))
            #expect(invalid.status == .unprocessableEntity)
            let fields = Set(((invalid.json["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String })
            #expect(fields == ["code", "name_en", "name_ru", "kind", "phase", "standard_minutes", "price_minor"], "\(invalid.text)")
            #expect(invalid.text.contains("обязательное поле"))
            // Idempotent create; an operator may not keep the catalog.
            let key = [("Idempotency-Key", "svc-\(UUID())")]
            let body = ServiceInput(code: "pallets", name_en: "Pallet exchange", name_ru: "Обмен паллет", kind: "additional", phase: "post_sale", standard_minutes: 15, price_minor: 40_00)
            let once = try await app.api(.POST, "/api/v1/services", headers: .bearer(w.admin, key), json: body)
            let twice = try await app.api(.POST, "/api/v1/services", headers: .bearer(w.admin, key), json: body)
            #expect(once.status == .created && twice.headers.first(name: "Idempotent-Replayed") == "true")
            let (_, operatorToken) = try await makeUser(app, role: .operator)
            #expect(try await app.api(.POST, "/api/v1/services", headers: .bearer(operatorToken), json: body).status == .forbidden)
            // Retiring needs the version; a retired service leaves the client's view.
            let pallets = try once.decoded(ServiceDTO.self)
            #expect(try await app.api(.PATCH, "/api/v1/services/\(pallets.id)", headers: .bearer(w.admin, [("If-Match", "\"9\"")]), json: ["active": false]).status == .preconditionFailed)
            let retired = try await app.api(.PATCH, "/api/v1/services/\(pallets.id)", headers: .bearer(w.admin, [("If-Match", "\"1\"")]), json: ["active": false])
            #expect(retired.status == .ok && retired.json["active"] as? Bool == false && retired.headers.first(name: .eTag) == "\"2\"")
            let seen = try await app.api(.GET, "/api/v1/services", headers: .bearer(w.acmeToken))
            let codes = ((seen.json["items"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
            #expect(codes == ["intake", "labels", "training"], "wholesale sees its own and the open ones, not retail's audit nor retired pallets")
            #expect(((try await app.api(.GET, "/api/v1/services", headers: .bearer(w.admin)).json["items"] as? [Any]) ?? []).count == 5)
            let packages = try await app.api(.GET, "/api/v1/packages", headers: .bearer(w.acmeToken))
            #expect(((packages.json["items"] as? [[String: Any]]) ?? []).first?["code"] as? String == "business")
        }
    }

    @Test func aPackageChangesFromADateKeepsItsHistoryAndCountsTheMonthsAllowance() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            let light = try await app.api(.POST, "/api/v1/packages", headers: .bearer(w.admin), json: PackageInput(
                code: "light", name_en: "Light", name_ru: "Лёгкий", price_minor: 50_00, services: [.init(service_id: w.services["labels"], included_per_month: 2)]))
            let lightID = try light.decoded(PackageDTO.self).id
            #expect(try await w.connect(w.acme.id, from: "2026-02-01", package: lightID).status == .created)
            let changed = try await w.connect(w.acme.id, from: "2026-03-01")
            #expect(changed.status == .created, "\(changed.text)")
            let history = try await app.api(.GET, "/api/v1/clients/\(w.acme.id)/subscriptions", headers: .bearer(w.acmeToken))
            let rows = (history.json["items"] as? [[String: Any]]) ?? []
            #expect(rows.map { $0["package_code"] as? String } == ["business", "light"])
            #expect(rows.last?["ends_on"] as? String == "2026-02-28")
            // A subscription starting later must be ended first.
            #expect(try await w.connect(w.acme.id, from: "2026-02-15", package: lightID).status == .conflict)

            // Two intakes are inside the package this month; the third is priced.
            for _ in 0..<3 { #expect(try await w.file("service", service: "intake", at: ServicesWorld.tenPM, token: w.acmeToken).status == .created) }
            let third = try await w.file("service", service: "intake", at: ServicesWorld.tenPM, token: w.acmeToken)
            #expect(try w.request(third).inside_package == false && (try w.request(third)).price_minor == 150_00)
            let current = try await app.api(.GET, "/api/v1/clients/\(w.acme.id)/package", headers: .bearer(w.acmeToken))
            #expect(current.status == .ok, "\(current.text)")
            let allowance = try current.decoded(CurrentPackageDTO.self).allowance
            #expect(allowance.first { $0.code == "intake" }.map { [$0.used, $0.left] } == [2, 0])
            #expect(allowance.first { $0.code == "labels" }.map { [$0.used, $0.left] } == [0, 5])
            // A refused request gives its unit back.
            let firstID = try #require(((try await app.api(.GET, "/api/v1/requests?client_id=\(w.acme.id)&status=new", headers: .bearer(w.admin)).json["items"] as? [[String: Any]])?
                .first { $0["inside_package"] as? Bool == true }?["id"] as? String).flatMap(UUID.init(uuidString:)))
            #expect(try await w.move(firstID, to: "refused", reason: "Warehouse closed for inventory").status == .ok)
            let after = try await app.api(.GET, "/api/v1/clients/\(w.acme.id)/package", headers: .bearer(w.admin)).decoded(CurrentPackageDTO.self)
            #expect(after.allowance.first { $0.code == "intake" }?.left == 1)

            // Ending and renewing; another client's package and history are 404 to a client.
            let subscription = try changed.decoded(SubscriptionDTO.self)
            let ended = try await app.api(.PATCH, "/api/v1/clients/\(w.acme.id)/subscriptions/\(subscription.id)", headers: .bearer(w.admin, [("If-Match", "\"1\"")]), json: ["ends_on": "2026-03-31"])
            #expect(ended.status == .ok && ended.json["ends_on"] as? String == "2026-03-31", "\(ended.text)")
            let renewed = try await app.api(.PATCH, "/api/v1/clients/\(w.acme.id)/subscriptions/\(subscription.id)", headers: .bearer(w.admin, [("If-Match", "\"2\"")]), json: ["open_ended": true])
            #expect(renewed.status == .ok && renewed.json["ends_on"] == nil, "\(renewed.text)")
            #expect(try await app.api(.GET, "/api/v1/clients/\(w.acme.id)/package", headers: .bearer(w.borysToken)).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/clients/\(w.acme.id)/subscriptions", headers: .bearer(w.borysToken)).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/clients/\(w.borys.id)/package", headers: .bearer(w.borysToken)).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/clients/\(w.borys.id)/subscriptions", headers: .bearer(w.borysToken),
                                      json: SubscriptionInput(package_id: w.package, starts_on: "2026-03-01")).status == .forbidden)
        }
    }

    @Test func aClientFilesASpecialRequestForTenPMAndTheManagerTakesItToClosed() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            // Outside working hours is accepted and marked; the past is refused with a clear message.
            let key = [("Idempotency-Key", "req-\(UUID())")]
            let filed = try await w.file("special", at: ServicesWorld.tenPM, token: w.acmeToken, description: "Accept our cargo at the warehouse", headers: key)
            #expect(filed.status == .created, "\(filed.text)")
            #expect(try await w.file("special", at: ServicesWorld.tenPM, token: w.acmeToken, description: "Accept our cargo at the warehouse", headers: key)
                .headers.first(name: "Idempotent-Replayed") == "true")
            let request = try w.request(filed)
            #expect(request.outside_working_hours && request.status == "new" && request.channel == "client" && request.client_id == w.acme.id)
            let past = try await w.file("special", at: "2026-03-03T20:00:00Z", token: w.acmeToken)
            #expect(past.status == .unprocessableEntity && past.text.contains("scheduled_at") && past.text.contains("in the past"), "\(past.text)")
            let missing = try await w.file("special", token: w.acmeToken, description: " ")
            let fields = Set(((missing.json["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String })
            #expect(fields == ["scheduled_at", "description"])
            // Staff name the client; a retail-only service is not offered to a wholesale client.
            #expect(try await w.file("special", at: ServicesWorld.tenPM, token: w.manager.token).text.contains("client_id"))
            #expect(try await w.file("service", service: "audit", client: w.acme.id, token: w.manager.token, description: "x").status == .unprocessableEntity)
            let priced = try await w.file("service", service: "training", client: w.acme.id, token: w.manager.token)
            #expect(try w.request(priced).price_minor == 500_00 && (try w.request(priced)).channel == "staff")

            // Isolation: another client neither lists, opens, changes nor files for it.
            #expect(try await app.api(.GET, "/api/v1/requests/\(request.id)", headers: .bearer(w.borysToken)).status == .notFound)
            #expect(((try await app.api(.GET, "/api/v1/requests", headers: .bearer(w.borysToken)).json["items"] as? [Any]) ?? [1]).isEmpty)
            #expect(((try await app.api(.GET, "/api/v1/requests?client_id=\(w.acme.id)", headers: .bearer(w.borysToken)).json["items"] as? [Any]) ?? [1]).isEmpty)
            #expect(try await app.api(.PATCH, "/api/v1/requests/\(request.id)", headers: .bearer(w.borysToken, [("If-Match", "\"1\"")]), json: ["description": "Mine"]).status == .notFound)
            #expect(try await w.file("special", at: ServicesWorld.tenPM, client: w.acme.id, token: w.borysToken).status == .unprocessableEntity)
            #expect(try await w.move(request.id, to: "accepted", token: w.acmeToken).status == .forbidden)
            #expect(((try await app.api(.GET, "/api/v1/requests", headers: .bearer(w.acmeToken)).json["items"] as? [Any]) ?? []).count == 2)

            // The client changes its new request under If-Match; the manager takes it through every step.
            #expect(try await app.api(.PATCH, "/api/v1/requests/\(request.id)", headers: .bearer(w.acmeToken), json: ["description": "x"]).status == .preconditionRequired)
            let edited = try await app.api(.PATCH, "/api/v1/requests/\(request.id)", headers: .bearer(w.acmeToken, [("If-Match", "\"1\"")]),
                                           json: ["description": "Accept 3 pallets at the warehouse"])
            #expect(edited.status == .ok && edited.headers.first(name: .eTag) == "\"2\"")
            #expect(try await w.move(request.id, to: "planned", assignee: w.manager.user.id).status == .conflict)
            let refusedNoReason = try await w.move(request.id, to: "refused")
            #expect(refusedNoReason.status == .unprocessableEntity && refusedNoReason.text.contains("reason"))
            #expect(try await w.move(request.id, to: "accepted").status == .ok)
            #expect(try await app.api(.PATCH, "/api/v1/requests/\(request.id)", headers: .bearer(w.acmeToken, [("If-Match", "\"3\"")]), json: ["description": "y"]).status == .conflict)
            #expect(try await w.move(request.id, to: "planned").text.contains("assignee_id"))
            #expect(try await w.move(request.id, to: "planned", assignee: w.manager.user.id).status == .ok)
            #expect(try await w.move(request.id, to: "done").status == .ok)
            let noVerdict = try await w.move(request.id, to: "closed")
            #expect(noVerdict.status == .unprocessableEntity && noVerdict.text.contains("satisfied"))
            #expect(try await w.move(request.id, to: "closed", satisfied: false).text.contains("reason"))
            let closed = try await w.move(request.id, to: "closed", satisfied: true)
            #expect(closed.status == .ok)
            let final = try w.request(closed)
            #expect(final.status == "closed" && final.satisfied == true && final.decided_at != nil && final.done_at != nil && final.assignee_id == w.manager.user.id)
            #expect(try await w.move(request.id, to: "done").status == .conflict)
            let trail = try await AuditEvent.query(on: app.db).filter(\.$entityID == request.id).all()
            #expect(trail.count == 6, "filed, edited, accepted, planned, done, closed")
        }
    }

    @Test func requestListsPageNewestFirstAndRefuseBadFilters() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            var ids: [String] = []
            for i in 0..<3 {
                clock.advance(by: 60)
                ids.append(try await w.file("special", at: ServicesWorld.tenPM, token: w.acmeToken, description: "Request \(i)").json["id"] as? String ?? "")
            }
            let first = try await app.api(.GET, "/api/v1/requests?limit=2", headers: .bearer(w.manager.token))
            #expect(((first.json["items"] as? [[String: Any]]) ?? []).map { $0["id"] as? String } == [ids[2], ids[1]])
            let cursor = try #require(first.json["next_cursor"] as? String)
            let second = try await app.api(.GET, "/api/v1/requests?limit=2&cursor=\(cursor)", headers: .bearer(w.manager.token))
            #expect(((second.json["items"] as? [[String: Any]]) ?? []).map { $0["id"] as? String } == [ids[0]])
            let bad = try await app.api(.GET, "/api/v1/requests?status=lost&kind=x&open=maybe&client_id=1", headers: .bearer(w.manager.token))
            #expect(bad.status == .unprocessableEntity)
            #expect(Set(((bad.json["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String }) == ["status", "kind", "open", "client_id"])
        }
    }
}
