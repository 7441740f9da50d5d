import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Task control (DOMAIN §2.2: "no deadline is missed"): per person and period, what was done,
/// how much on time, how late the rest, how often the overdue gate stopped them — null where
/// nothing was measured; the lists of one's own, the team's overdue and the week's tasks; who
/// may read which team.
@Suite("Task control")
struct TaskControlTests {
    @Test func figuresPerPersonWithNullWhereNothingWasMeasuredAndWhoMayReadThem() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock)
            let onTime = try await app.taskID(w, "Book the Kyiv truck", for: w.worker.id, dueIn: 30, by: w.supervisor.token)
            let late = try await app.taskID(w, "Call back Acme", for: w.worker.id, dueIn: 20, by: w.supervisor.token)
            let next = try await app.taskID(w, "Count the returns", for: w.worker.id, dueIn: 50, by: w.supervisor.token)
            let colleagues = try await app.taskID(w, "Sweep the dock", for: w.colleague.id, dueIn: 24 * 60, by: w.supervisor.token)

            clock.advance(by: 60)
            #expect(try await app.pull(late, by: w.worker.token).status == .ok)
            #expect(try await app.pull(onTime, by: w.worker.token).status == .ok)
            clock.advance(by: 9 * 60)
            #expect(try await app.api(.POST, "/api/v1/tasks/\(onTime)/complete", headers: .bearer(w.worker.token)).status == .ok)
            // 25 minutes in: "Call back Acme" is 5 minutes overdue; the next pull is refused (a time blocked), then it is done late.
            clock.advance(by: 15 * 60)
            #expect(try await app.pull(next, by: w.worker.token).status == .conflict)
            #expect(try await app.api(.POST, "/api/v1/tasks/\(late)/complete", headers: .bearer(w.worker.token)).status == .ok)

            let control = try await app.api(.GET, "/api/v1/tasks/control", headers: .bearer(w.worker.token))
            #expect(control.status == .ok, "\(control.text)")
            let people = try #require(control.json["people"] as? [[String: Any]])
            let worker = try #require(people.first { $0["user_id"] as? String == w.worker.id.uuidString })
            #expect(worker["done"] as? Int == 2)
            #expect(worker["done_on_time"] as? Int == 1)
            #expect(worker["on_time_share"] as? Double == 0.5)
            let lateness = try #require(worker["mean_lateness_hours"] as? Double)
            #expect(abs(lateness - 5.0 / 60) < 0.001)
            #expect(worker["times_blocked"] as? Int == 1)
            #expect(worker["open"] as? Int == 1)
            // The colleague finished nothing: no share and no lateness — null, never 0.
            let colleague = try #require(people.first { $0["user_id"] as? String == w.colleague.id.uuidString })
            #expect(colleague["done"] as? Int == 0)
            #expect(colleague["on_time_share"] is NSNull)
            #expect(colleague["mean_lateness_hours"] is NSNull)
            #expect(people.count == 3)
            let mine = try #require(control.json["my_tasks"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            #expect(mine == [next.uuidString])
            let week = try #require(control.json["due_this_week"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            #expect(week == [next.uuidString, colleagues.uuidString])
            #expect(try #require(control.json["team_overdue"] as? [[String: Any]]).isEmpty)

            // One person, and a period that ended before the work: nothing done in it.
            let one = try await app.api(.GET, "/api/v1/tasks/control?team_id=\(w.team)&person_id=\(w.colleague.id)", headers: .bearer(w.supervisor.token))
            #expect((one.json["people"] as? [[String: Any]])?.compactMap { $0["user_id"] as? String } == [w.colleague.id.uuidString])
            let before = try await app.api(.GET, "/api/v1/tasks/control?from=2026-02-01&to=2026-02-28", headers: .bearer(w.worker.token))
            let earlier = try #require((before.json["people"] as? [[String: Any]])?.first { $0["user_id"] as? String == w.worker.id.uuidString })
            #expect(earlier["done"] as? Int == 0)
            #expect(earlier["on_time_share"] is NSNull)
            #expect(earlier["times_blocked"] as? Int == 0)
            let wrong = try await app.api(.GET, "/api/v1/tasks/control?from=2026-03-05&to=2026-03-01", headers: .bearer(w.worker.token))
            #expect(wrong.status == .unprocessableEntity)

            // An analyst reads every team; a client is refused; staff outside the team see neither it nor its people.
            let (_, analyst) = try await makeUser(app, role: .analyst)
            let read = try await app.api(.GET, "/api/v1/tasks/control?team_id=\(w.team)", headers: .bearer(analyst))
            #expect(read.status == .ok)
            #expect((read.json["people"] as? [[String: Any]])?.count == 3)
            let (_, client) = try await makeUser(app, role: .client)
            #expect(try await app.api(.GET, "/api/v1/tasks/control", headers: .bearer(client)).status == .forbidden)
            #expect(try await app.testing().sendRequest(.GET, "/tasks/control", headers: .bearer(client)).status == .forbidden)
            let (_, outsider) = try await makeUser(app, role: .worker)
            #expect(try await app.api(.GET, "/api/v1/tasks/control?team_id=\(w.team)", headers: .bearer(outsider)).status == .notFound)
            let alone = try await app.api(.GET, "/api/v1/tasks/control", headers: .bearer(outsider))
            #expect((alone.json["people"] as? [[String: Any]])?.isEmpty == true)
            #expect(try await app.api(.GET, "/api/v1/tasks/control?person_id=\(w.worker.id)", headers: .bearer(outsider)).status == .notFound)

            // The page: the same figures, "no data" for the colleague, the chart, in either language.
            let page = try await app.testing().sendRequest(.GET, "/tasks/control", headers: .bearer(w.worker.token, [("Accept-Language", "en")]))
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"on-time-chart\""))
            #expect(page.text.contains("50 %"))
            #expect(page.text.contains("no data"))
            #expect(!page.text.contains("<script>"))
            let ru = try await app.testing().sendRequest(.GET, "/tasks/control", headers: .bearer(w.worker.token, [("Accept-Language", "ru")]))
            #expect(ru.text.contains("Контроль задач"))
            #expect(ru.text.contains("нет данных"))
            let bad = try await app.testing().sendRequest(.GET, "/tasks/control?from=yesterday", headers: .bearer(w.worker.token))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("id=\"control-errors\""))
        }
    }

    @Test func theTeamsOverdueTasksAreListedSoonestFirst() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock)
            let first = try await app.taskID(w, "Sign the waybills", for: w.worker.id, dueIn: 10, by: w.supervisor.token)
            let second = try await app.taskID(w, "Close the reconciliation", for: w.colleague.id, dueIn: 20, by: w.supervisor.token)
            _ = try await app.taskID(w, "Plan the picking wave", for: w.colleague.id, dueIn: 50, by: w.supervisor.token)
            clock.advance(by: 30 * 60)
            let control = try await app.api(.GET, "/api/v1/tasks/control", headers: .bearer(w.supervisor.token))
            let overdue = try #require(control.json["team_overdue"] as? [[String: Any]])
            #expect(overdue.compactMap { $0["id"] as? String } == [first.uuidString, second.uuidString])
            #expect(overdue.allSatisfy { $0["overdue"] as? Bool == true })
            let people = try #require(control.json["people"] as? [[String: Any]])
            #expect(people.first { $0["user_id"] as? String == w.colleague.id.uuidString }?["overdue"] as? Int == 1)
        }
    }
}
