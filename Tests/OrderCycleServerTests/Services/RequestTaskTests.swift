import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A request planned for someone becomes a task in their work, due when the request is
/// scheduled; a person in no team with a board gets none, and the planning still succeeds.
@Suite("Services: a planned request becomes its person's task")
struct RequestTaskTests {
    @Test func planningARequestRegistersATaskForThePlannedPerson() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            let worker = try await makeUser(app, role: .worker, email: "night-worker@test.example")
            let team = try await WorkSetup.createTeam(name: "Warehouse", now: clock.now(), on: app.db)
            try await WorkSetup.setMember(worker.user.id!, of: team, now: clock.now(), on: app.db)
            let (board, _) = try await WorkSetup.createBoard(team: team, name: "Night shift", now: clock.now(), on: app.db)

            let special = try w.request(try await w.file("special", at: ServicesWorld.tenPM, token: w.acmeToken, description: "Accept a truck"))
            #expect(try await w.move(special.id, to: "accepted").status == .ok)
            #expect(try await w.move(special.id, to: "planned", assignee: worker.user.id).status == .ok)
            // Planned again for the same person: no second task.
            #expect(try await w.move(special.id, to: "planned", assignee: worker.user.id).status == .ok)
            let tasks = try await app.api(.GET, "/api/v1/tasks?responsible_id=me", headers: .bearer(worker.token))
            let items = try #require(tasks.json["items"] as? [[String: Any]])
            #expect(items.count == 1, "\(tasks.text)")
            let task = try #require(items.first)
            #expect(task["source"] as? String == "service_request" && task["board_id"] as? String == board.uuidString)
            #expect(task["client_id"] as? String == w.acme.id.uuidString && task["deadline"] as? String == ServicesWorld.tenPM)
            let detail = try await app.api(.GET, "/api/v1/tasks/\(task["id"] as? String ?? "")", headers: .bearer(worker.token))
            #expect((detail.json["description"] as? String)?.contains("/requests/\(special.id)") == true, "\(detail.text)")

            // The manager is in no team: planning for them registers nothing and succeeds.
            let other = try w.request(try await w.file("special", at: ServicesWorld.tenPM, token: w.acmeToken))
            #expect(try await w.move(other.id, to: "accepted").status == .ok)
            #expect(try await w.move(other.id, to: "planned", assignee: w.manager.user.id).status == .ok)
        }
    }
}
