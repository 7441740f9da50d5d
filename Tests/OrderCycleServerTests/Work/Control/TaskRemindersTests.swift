import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The background pass (DOMAIN §2.2: no deadline is missed, no task is lost): a reminder before
/// a deadline, once per deadline, to the responsible person; an order late for its promise
/// becomes one task for a logistician.
@Suite("Task reminders and late orders")
struct TaskRemindersTests {
    static func reminders(_ app: Application) async throws -> Int {
        try await app.db.sql.raw("SELECT COUNT(*) AS n FROM task_reminders").first(decodingColumn: "n", as: Int.self) ?? 0
    }

    @Test func aReminderGoesOutOnceWhenTheDeadlineComesWithinTheLeadTimeAndAgainForARenegotiatedOne() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock)
            let task = try await app.taskID(w, "Send the customs papers", for: w.worker.id, dueIn: 90, by: w.supervisor.token)
            _ = try await app.taskID(w, "Plan next month", for: w.colleague.id, dueIn: 24 * 60, by: w.supervisor.token)

            // An hour and a half before: nothing; a minute before the lead time: nothing.
            #expect(try await TaskReminders.run(app, now: clock.now()).reminded.isEmpty)
            clock.advance(by: 29 * 60)
            #expect(try await TaskReminders.run(app, now: clock.now()).reminded.isEmpty)
            // At the lead time (an hour before): one reminder, to the responsible person — even
            // when two instances run their pass at the same moment.
            clock.advance(by: 60)
            async let one = TaskReminders.run(app, now: clock.now())
            async let two = TaskReminders.run(app, now: clock.now())
            let both = try await [one, two]
            #expect(both.flatMap(\.reminded) == [task])
            let row = try #require(try await app.db.sql.raw("SELECT user_id FROM task_reminders").first())
            #expect(try row.decode(column: "user_id", as: UUID.self) == w.worker.id)
            // Never twice for the same deadline.
            clock.advance(by: 60)
            #expect(try await TaskReminders.run(app, now: clock.now()).reminded.isEmpty)
            #expect(try await Self.reminders(app) == 1)

            // The worker's control lists it; nobody else's does.
            let mine = try await app.api(.GET, "/api/v1/tasks/control", headers: .bearer(w.worker.token))
            #expect((mine.json["reminders"] as? [[String: Any]])?.compactMap { $0["task_id"] as? String } == [task.uuidString])
            let theirs = try await app.api(.GET, "/api/v1/tasks/control", headers: .bearer(w.colleague.token))
            #expect((theirs.json["reminders"] as? [[String: Any]])?.isEmpty == true)

            // A deadline agreed anew is a new deadline: reminded once more when it comes near.
            let later = ISO8601DateFormatter().string(from: clock.now().addingTimeInterval(50 * 60))
            let moved = try await app.api(.POST, "/api/v1/tasks/\(task)/deadline", headers: .bearer(w.worker.token),
                                          json: ["deadline": later, "reason": "The broker asked for the afternoon", "agreed_by": "Broker"])
            #expect(moved.status == .ok, "\(moved.text)")
            #expect(try await TaskReminders.run(app, now: clock.now()).reminded == [task])
            #expect(try await TaskReminders.run(app, now: clock.now()).reminded.isEmpty)
            // A task done before its deadline needs no reminder; an overdue one gets none either.
            #expect(try await Self.reminders(app) == 2)
        }
    }

    @Test func anOrderLateForItsPromiseBecomesOneTaskForTheLeastLoadedLogistician() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock)
            let fixture = QualityFixture(app: app)
            let segment = try await fixture.segment("LATE", en: "Late", ru: "Опоздания")
            let client = try await fixture.client("Acme", segment: segment)
            // Today is 2026-03-02 in the company's time zone.
            let late = try await fixture.order(.init(client: client, segment: segment, status: "placed", promised: "2026-03-01"))
            try await fixture.order(.init(client: client, segment: segment, status: "placed", promised: "2026-03-02"))
            try await fixture.order(.init(client: client, segment: segment, status: "delivered", placed: true, promised: "2026-02-27", reached: "2026-02-27"))
            try await fixture.order(.init(client: client, segment: segment, status: "placed", promised: "2026-01-15"))

            // No logistician on a board yet: nobody to give it to, so nothing is registered (and nothing is lost: it is taken up later).
            #expect(try await TaskReminders.run(app, now: clock.now()).lateOrderTasks.isEmpty)
            let (first, _) = try await makeUser(app, role: .logistician)
            let (second, _) = try await makeUser(app, role: .logistician)
            try await WorkSetup.setMember(first.id!, of: w.team, now: clock.now(), on: app.db)
            try await WorkSetup.setMember(second.id!, of: w.team, now: clock.now(), on: app.db)
            // The first (by id) already carries work; the other gets the late order.
            let busy = [first.id!, second.id!].min { $0.uuidString < $1.uuidString }!
            let free = busy == first.id! ? second.id! : first.id!
            _ = try await app.taskID(w, "Reroute the Odesa truck", for: busy, dueIn: 240, by: w.supervisor.token)

            let pass = try await TaskReminders.run(app, now: clock.now())
            #expect(pass.lateOrderTasks.count == 1)
            let task = try #require(try await app.db.sql.raw("""
                SELECT responsible_id, source, order_id, priority, deadline FROM tasks WHERE source = 'late_order'
                """).all().first)
            #expect(try task.decode(column: "responsible_id", as: UUID.self) == free)
            #expect(try task.decode(column: "order_id", as: UUID.self) == late)
            #expect(try task.decode(column: "priority", as: String.self) == "urgent")
            #expect(try task.decode(column: "deadline", as: Date.self) == clock.now().addingTimeInterval(LateOrderTasks.response))

            // Once per order, however many passes.
            clock.advance(by: 60)
            #expect(try await TaskReminders.run(app, now: clock.now()).lateOrderTasks.isEmpty)
            // The next day the order promised for today is late too: it goes to the one with less work now.
            clock.advance(by: 24 * 3600)
            let next = try await TaskReminders.run(app, now: clock.now())
            #expect(next.lateOrderTasks.count == 1)
            let count = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM tasks WHERE source = 'late_order'").first(decodingColumn: "n", as: Int.self)
            #expect(count == 2)
        }
    }
}
