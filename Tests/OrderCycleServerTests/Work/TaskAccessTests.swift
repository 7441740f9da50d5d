import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Who sees and changes which tasks: a client only its own tasks marked visible to it; staff
/// their teams' boards; an analyst reads without changing; and the API's idempotent creates and
/// versioned changes, as elsewhere.
@Suite("Tasks and boards are seen by whom they concern")
struct TaskAccessTests {
    @Test func aClientSeesOnlyItsOwnVisibleTasksAndStaffOnlyTheirTeams() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock)
            let orders = try await OrderWorld.make(app)
            let (_, clientToken) = try await makeUser(app, role: .client, clientID: orders.client)
            let shown = try await app.taskID(w, "Deliver the spare pallets", for: w.worker.id, dueIn: 300, by: w.supervisor.token, clientID: orders.client, visible: true)
            let internalTask = try await app.taskID(w, "Chase the carrier", for: w.worker.id, dueIn: 300, by: w.supervisor.token, clientID: orders.client)
            let foreign = try await app.taskID(w, "Other Co's returns", for: w.worker.id, dueIn: 300, by: w.supervisor.token, clientID: orders.otherClient, visible: true)

            let listed = try await app.api(.GET, "/api/v1/tasks", headers: .bearer(clientToken))
            #expect(listed.status == .ok)
            #expect((listed.json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [shown.uuidString])
            #expect(try await app.api(.GET, "/api/v1/tasks/\(shown)", headers: .bearer(clientToken)).json["comments"] as? [Any] != nil)
            #expect(try await app.api(.GET, "/api/v1/tasks/\(internalTask)", headers: .bearer(clientToken)).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/tasks/\(foreign)", headers: .bearer(clientToken)).status == .notFound)
            #expect(try await app.newTask(w, "Mine", for: w.worker.id, dueIn: 60, by: clientToken).status == .forbidden)
            #expect(try await app.api(.GET, "/api/v1/boards/\(w.board)", headers: .bearer(clientToken)).status == .forbidden)

            // Staff of another team neither list nor open the board or its tasks; an analyst reads, never writes.
            let (outsider, outsiderToken) = try await makeUser(app, role: .worker)
            let otherTeam = try await WorkSetup.createTeam(name: "Warehouse", now: clock.now(), on: app.db)
            try await WorkSetup.setMember(outsider.id!, of: otherTeam, now: clock.now(), on: app.db)
            #expect((try await app.api(.GET, "/api/v1/boards", headers: .bearer(outsiderToken)).json["items"] as? [Any])?.isEmpty == true)
            #expect(try await app.api(.GET, "/api/v1/boards/\(w.board)", headers: .bearer(outsiderToken)).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/tasks/\(shown)", headers: .bearer(outsiderToken)).status == .notFound)
            #expect(try await app.pull(shown, by: outsiderToken).status == .notFound)
            let (_, analystToken) = try await makeUser(app, role: .analyst)
            #expect(try await app.api(.GET, "/api/v1/boards/\(w.board)", headers: .bearer(analystToken)).status == .ok)
            #expect(try await app.pull(shown, by: analystToken).status == .forbidden)

            // A create replays under its Idempotency-Key; a change needs the current version.
            let key = [("Idempotency-Key", "task-\(UUID())")]
            let once = try await app.newTask(w, "Print the labels", for: w.worker.id, dueIn: 60, by: w.supervisor.token, headers: key)
            let twice = try await app.newTask(w, "Print the labels", for: w.worker.id, dueIn: 60, by: w.supervisor.token, headers: key)
            #expect(once.status == .created && twice.status == .created)
            #expect(twice.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(once.json["id"] as? String == twice.json["id"] as? String)
            let stale = try await app.api(.PATCH, "/api/v1/tasks/\(shown)", headers: .bearer(w.supervisor.token, [("If-Match", "\"99\"")]), json: ["title": "Renamed"])
            #expect(stale.status == .preconditionFailed)
            let renamed = try await app.api(.PATCH, "/api/v1/tasks/\(shown)", headers: .bearer(w.supervisor.token, [("If-Match", "\"1\"")]),
                                            json: ["title": "Deliver the spare pallets by noon"])
            #expect(renamed.status == .ok && renamed.json["version"] as? Int == 2, "\(renamed.text)")
            let nulled = try await app.api(.PATCH, "/api/v1/tasks/\(shown)", headers: .bearer(w.supervisor.token, [("If-Match", "\"2\"")]), raw: #"{"title":null}"#)
            #expect(nulled.status == .unprocessableEntity)
            // A null link is refused by name, as every null in the API, and changes nothing.
            let unlinked = try await app.api(.PATCH, "/api/v1/tasks/\(shown)", headers: .bearer(w.supervisor.token, [("If-Match", "\"2\"")]), raw: #"{"client_id":null}"#)
            #expect(unlinked.status == .unprocessableEntity && unlinked.text.contains("client_id"), "\(unlinked.text)")
            let kept = try await app.api(.GET, "/api/v1/tasks/\(shown)", headers: .bearer(w.supervisor.token))
            #expect(kept.json["version"] as? Int == 2)
            let invalid = try await app.api(.POST, "/api/v1/tasks", headers: .bearer(w.supervisor.token, [("Accept-Language", "ru")]),
                                            json: ["title": " ", "deadline": "tomorrow"])
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("обязательное поле"), "\(invalid.text)")
        }
    }
}
