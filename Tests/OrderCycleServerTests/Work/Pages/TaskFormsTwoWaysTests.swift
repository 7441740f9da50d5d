import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Each task operation the pages offer, run once through the API and once through its form on
/// two tasks prepared alike at the same moments: the stored rows and the audit trail must be
/// the same, since both run the one operation.
@Suite("Task forms and the API write the same")
struct TaskFormsTwoWaysTests {
    /// Prepares two tasks for the worker (or none), moves the clock a minute on, and returns what
    /// each way left behind.
    private func twoWays(prepare: Bool = true,
                         api: @escaping (Application, WorkWorld, UUID?) async throws -> UUID,
                         form: @escaping (Application, WorkWorld, Browser, UUID?) async throws -> UUID) async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock)
            var first: UUID?, second: UUID?
            if prepare {
                first = try await app.taskID(w, "Book the Kyiv truck", for: w.worker.id, dueIn: 240, by: w.supervisor.token)
                second = try await app.taskID(w, "Book the Kyiv truck", for: w.worker.id, dueIn: 240, by: w.supervisor.token)
            }
            let browser = try await w.browser(app, as: prepare ? w.worker : w.supervisor)
            clock.advance(by: 60)
            let mark = clock.now()
            let viaAPI = try await api(app, w, first)
            let viaForm = try await form(app, w, browser, second)
            #expect(viaAPI != viaForm)
            let a = try await StoredTask.snapshot(viaAPI, since: mark, on: app.db)
            let b = try await StoredTask.snapshot(viaForm, since: mark, on: app.db)
            #expect(a.rows == b.rows)
            #expect(a.audit == b.audit)
            #expect(a.audit.contains { $0.hasPrefix("0 ") }, "the operation is audited: \(a.audit)")
        }
    }

    @Test func creatingATask() async throws {
        try await twoWays(prepare: false, api: { app, w, _ in
            let deadline = w.clock.now().addingTimeInterval(6 * 3600)
            let response = try await app.api(.POST, "/api/v1/tasks", headers: .bearer(w.supervisor.token), json: [
                "title": "Call Acme back about the pallet", "description": "They asked twice.", "responsible_id": w.worker.id.uuidString,
                "deadline": deadline.formatted(.iso8601), "priority": "high", "board_id": w.board.uuidString,
            ])
            #expect(response.status == .created, "\(response.text)")
            return try #require(UUID(uuidString: response.json["id"] as? String ?? ""))
        }, form: { app, w, browser, _ in
            let deadline = w.clock.now().addingTimeInterval(6 * 3600)
            try await browser.get("/tasks")
            let response = try await browser.post("/tasks", form: [
                "title": "Call Acme back about the pallet", "description": "They asked twice.", "responsible_id": w.worker.id.uuidString,
                "deadline": formMoment(deadline, app), "priority": "high", "board": w.board.uuidString,
            ])
            #expect(response.status == .seeOther, "\(response.text.prefix(2000))")
            return try #require(response.location.flatMap { UUID(uuidString: String($0.dropFirst("/tasks/".count))) })
        })
    }

    @Test func movingATask() async throws {
        try await twoWays(api: { app, w, task in
            let response = try await app.move(task!, to: w.columns[1], by: w.worker.token)
            #expect(response.status == .ok, "\(response.text)")
            return task!
        }, form: { app, w, browser, task in
            try await browser.get("/boards/\(w.board)")
            let response = try await browser.post("/tasks/\(task!)/move", form: ["column_id": w.columns[1].uuidString, "return_to": "board"])
            #expect(response.status == .seeOther, "\(response.text.prefix(2000))")
            #expect(response.location == "/boards/\(w.board)")
            return task!
        })
    }

    @Test func renegotiatingADeadline() async throws {
        try await twoWays(api: { app, w, task in
            let deadline = w.clock.now().addingTimeInterval(26 * 3600)
            let response = try await app.api(.POST, "/api/v1/tasks/\(task!)/deadline", headers: .bearer(w.worker.token), json: [
                "deadline": deadline.formatted(.iso8601), "reason": "Acme's warehouse is closed until Tuesday", "agreed_by": "Olga at Acme",
            ])
            #expect(response.status == .ok, "\(response.text)")
            return task!
        }, form: { app, w, browser, task in
            let deadline = w.clock.now().addingTimeInterval(26 * 3600)
            try await browser.get("/tasks/\(task!)")
            let response = try await browser.post("/tasks/\(task!)/deadline", form: [
                "deadline": formMoment(deadline, app), "reason": "Acme's warehouse is closed until Tuesday", "agreed_by": "Olga at Acme",
            ])
            #expect(response.status == .seeOther, "\(response.text.prefix(2000))")
            #expect(response.location == "/tasks/\(task!)")
            return task!
        })
    }
}
