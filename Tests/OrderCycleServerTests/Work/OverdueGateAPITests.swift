import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The overdue gate through the API, on SQLite and PostgreSQL (DOMAIN §2.2: an employee with
/// an overdue task cannot pull new work, nor be given any, until it is done or its deadline is
/// renegotiated with a reason; a supervisor may let one through; columns and people have limits).
@Suite("The overdue gate and the WIP limits")
struct OverdueGateAPITests {
    @Test func overdueWorkBlocksPullsAndAssignmentsUntilItsDeadlineIsRenegotiated() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock)
            let late = try await app.taskID(w, "Call back Acme about the pallet", for: w.worker.id, dueIn: 30, by: w.supervisor.token)
            let next = try await app.taskID(w, "Book the Kyiv truck", for: w.worker.id, dueIn: 240, by: w.supervisor.token)
            let spare = try await app.taskID(w, "Count the returns", for: w.colleague.id, dueIn: 240, by: w.supervisor.token)
            clock.advance(by: 40 * 60)

            // A new pull is refused, naming the overdue task, in the caller's language.
            let refused = try await app.pull(next, by: w.worker.token, language: "ru")
            #expect(refused.status == .conflict)
            #expect(refused.json["code"] as? String == "overdue_tasks")
            #expect(refused.blocking == [late])
            let named = try #require((refused.json["blocking_tasks"] as? [[String: Any]])?.first)
            #expect(named["title"] as? String == "Call back Acme about the pallet")
            #expect((refused.json["detail"] as? String)?.hasPrefix("У вас просроченных задач: 1") == true, "\(refused.text)")

            // Giving the blocked worker new work is refused alike: a new task, or a reassignment.
            let assigned = try await app.newTask(w, "Check the invoice", for: w.worker.id, dueIn: 120, by: w.supervisor.token)
            #expect(assigned.status == .conflict)
            #expect(assigned.blocking == [late])
            let version = try #require(try await app.api(.GET, "/api/v1/tasks/\(spare)", headers: .bearer(w.supervisor.token)).json["version"] as? Int)
            let reassigned = try await app.api(.PATCH, "/api/v1/tasks/\(spare)", headers: .bearer(w.supervisor.token, [("If-Match", "\"\(version)\"")]),
                                               json: ["responsible_id": w.worker.id.uuidString])
            #expect(reassigned.status == .conflict)
            #expect(reassigned.json["code"] as? String == "overdue_tasks")

            // The overdue task itself may be pulled: working on it is what the block is for.
            let own = try await app.pull(late, by: w.worker.token)
            #expect(own.status == .ok, "\(own.text)")
            #expect(own.json["status"] as? String == "in_progress")
            #expect(own.json["column_id"] as? String == w.columns[1].uuidString)

            // A new deadline needs a reason; with one, the block lifts.
            let newDeadline = ISO8601DateFormatter().string(from: clock.now().addingTimeInterval(3 * 3600))
            let unreasoned = try await app.api(.POST, "/api/v1/tasks/\(late)/deadline", headers: .bearer(w.worker.token), json: ["deadline": newDeadline])
            #expect(unreasoned.status == .unprocessableEntity)
            #expect(unreasoned.text.contains("\"reason\""))
            let agreed = try await app.api(.POST, "/api/v1/tasks/\(late)/deadline", headers: .bearer(w.worker.token),
                                           json: ["deadline": newDeadline, "reason": "Acme's warehouse is closed until noon", "agreed_by": "Olga at Acme"])
            #expect(agreed.status == .ok, "\(agreed.text)")
            let history = try #require(agreed.json["renegotiations"] as? [[String: Any]])
            #expect(history.count == 1)
            #expect(history.first?["agreed_by"] as? String == "Olga at Acme")
            #expect(agreed.json["overdue"] as? Bool == false)
            #expect(try await app.pull(next, by: w.worker.token).status == .ok)

            // Every refusal is counted against the person it blocked ("times blocked").
            let refusals = try await app.db.sql.raw("""
                SELECT action, code FROM task_gate_refusals WHERE employee_id = \(bind: w.worker.id) ORDER BY action
                """).all().map { "\(try $0.decode(column: "action", as: String.self)):\(try $0.decode(column: "code", as: String.self))" }
            #expect(refusals == ["assignment:overdue_tasks", "assignment:overdue_tasks", "pull:overdue_tasks"])
        }
    }

    @Test func aSupervisorLetsOnePullThroughOnceWithAReason() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock)
            let late = try await app.taskID(w, "Send the claim report", for: w.worker.id, dueIn: 10, by: w.supervisor.token)
            let first = try await app.taskID(w, "Load the urgent order", for: w.worker.id, dueIn: 300, by: w.supervisor.token)
            let second = try await app.taskID(w, "Sweep the dock", for: w.worker.id, dueIn: 300, by: w.supervisor.token)
            clock.advance(by: 20 * 60)

            let byColleague = try await app.api(.POST, "/api/v1/gate-overrides", headers: .bearer(w.colleague.token),
                                                json: ["employee_id": w.worker.id.uuidString, "reason": "Because"])
            #expect(byColleague.status == .forbidden)
            let unreasoned = try await app.api(.POST, "/api/v1/gate-overrides", headers: .bearer(w.supervisor.token),
                                               json: ["employee_id": w.worker.id.uuidString, "reason": "  "])
            #expect(unreasoned.status == .unprocessableEntity)
            let granted = try await app.api(.POST, "/api/v1/gate-overrides", headers: .bearer(w.supervisor.token),
                                            json: ["employee_id": w.worker.id.uuidString, "reason": "The client's line is down"])
            #expect(granted.status == .created, "\(granted.text)")
            let again = try await app.api(.POST, "/api/v1/gate-overrides", headers: .bearer(w.supervisor.token),
                                          json: ["employee_id": w.worker.id.uuidString, "reason": "And another"])
            #expect(again.status == .conflict)

            #expect(try await app.pull(first, by: w.worker.token).status == .ok)
            let blockedAgain = try await app.pull(second, by: w.worker.token)
            #expect(blockedAgain.status == .conflict)
            #expect(blockedAgain.blocking == [late])
            let used = try #require(try await app.db.sql.raw("SELECT used_task_id, used_for FROM task_gate_overrides").first())
            #expect(try used.decode(column: "used_task_id", as: UUID?.self) == first)
            #expect(try used.decode(column: "used_for", as: String?.self) == "pull")
        }
    }

    @Test func strictColumnsRefuseSoftColumnsWarnAndPeopleHaveTheirOwnLimit() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock, columns: [
                .init(nameEN: "To do", nameRU: "К выполнению", status: .todo, wipLimit: nil),
                .init(nameEN: "Doing", nameRU: "В работе", status: .inProgress, wipLimit: 1, wipStrict: true),
                .init(nameEN: "Review", nameRU: "Проверка", status: .inProgress, wipLimit: 1, wipStrict: false),
                .init(nameEN: "Done", nameRU: "Готово", status: .done, wipLimit: nil),
            ])
            let (todo, doing, review, done) = (w.columns[0], w.columns[1], w.columns[2], w.columns[3])
            let a = try await app.taskID(w, "A", for: w.worker.id, dueIn: 300, by: w.supervisor.token)
            let b = try await app.taskID(w, "B", for: w.colleague.id, dueIn: 300, by: w.supervisor.token)
            let c = try await app.taskID(w, "C", for: w.colleague.id, dueIn: 300, by: w.supervisor.token)
            let d = try await app.taskID(w, "D", for: w.colleague.id, dueIn: 300, by: w.supervisor.token)

            // The strict column takes one and refuses the next, naming what fills it.
            #expect(try await app.pull(a, by: w.worker.token).status == .ok)
            let full = try await app.pull(b, by: w.colleague.token)
            #expect(full.status == .conflict)
            #expect(full.json["code"] as? String == "column_full")
            #expect(full.blocking == [a])

            // The soft column takes one more than its limit and says so.
            let first = try await app.move(b, to: review, by: w.colleague.token)
            #expect(first.status == .ok && first.json["warnings"] == nil, "\(first.text)")
            let over = try await app.move(c, to: review, by: w.colleague.token)
            #expect(over.status == .ok, "\(over.text)")
            #expect((over.json["warnings"] as? [[String: Any]])?.first?["code"] as? String == "column_over_limit")

            // The colleague's own limit of two tasks in progress refuses a third.
            try await WorkSetup.setMember(w.colleague.id, of: w.team, wipLimit: 2, now: clock.now(), on: app.db)
            let personFull = try await app.move(d, to: review, by: w.colleague.token)
            #expect(personFull.status == .conflict)
            #expect(personFull.json["code"] as? String == "person_full")
            #expect(Set(personFull.blocking) == [b, c])

            // Into a done column, the task is done; a to-do task cannot skip the work.
            let completed = try await app.api(.POST, "/api/v1/tasks/\(a)/complete", headers: .bearer(w.worker.token))
            #expect(completed.status == .ok && completed.json["status"] as? String == "done" && completed.json["done_at"] != nil, "\(completed.text)")
            #expect(try await app.move(d, to: done, by: w.colleague.token).status == .conflict)

            // The board shows each column's limit (null for none), count and cards in rank order.
            let board = try await app.api(.GET, "/api/v1/boards/\(w.board)", headers: .bearer(w.worker.token))
            #expect(board.status == .ok)
            let columns = try #require(board.json["columns"] as? [[String: Any]])
            #expect(columns.map { $0["id"] as? String } == [todo, doing, review, done].map(\.uuidString))
            #expect(columns[0].keys.contains("wip_limit") && columns[0]["wip_limit"] is NSNull)
            #expect(columns[1]["wip_limit"] as? Int == 1)
            #expect(columns.map { $0["task_count"] as? Int } == [1, 0, 2, 1])
            #expect(columns[2]["over_limit"] as? Bool == true)
            #expect((columns[2]["cards"] as? [[String: Any]])?.map { $0["title"] as? String } == ["B", "C"])
        }
    }

    /// Ten people pull ten tasks at once into a column with one free slot: exactly one wins.
    @Test func racingPullsForTheLastSlotLetExactlyOneThrough() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock, columns: [
                .init(nameEN: "To do", nameRU: "К выполнению", status: .todo, wipLimit: nil),
                .init(nameEN: "Doing", nameRU: "В работе", status: .inProgress, wipLimit: 1),
                .init(nameEN: "Done", nameRU: "Готово", status: .done, wipLimit: nil),
            ])
            var pullers: [(task: UUID, token: String)] = []
            for i in 0..<10 {
                let (user, token) = try await makeUser(app, role: .worker)
                try await WorkSetup.setMember(user.id!, of: w.team, now: clock.now(), on: app.db)
                pullers.append((try await app.taskID(w, "Job \(i)", for: user.id!, dueIn: 300, by: token), token))
            }
            let racers = pullers
            let statuses = try await withThrowingTaskGroup(of: (UInt, String?).self) { group in
                for racer in racers {
                    group.addTask {
                        let r = try await app.testing().sendRequest(.POST, "/api/v1/tasks/\(racer.task)/pull", headers: .bearer(racer.token))
                        return (r.status.code, r.json["code"] as? String)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0.0 == 200 }.count == 1, "\(statuses)")
            #expect(statuses.filter { $0.0 == 409 && $0.1 == "column_full" }.count == 9, "\(statuses)")
            #expect(try await BoardQueries.count(in: w.columns[1], on: app.db) == 1)
        }
    }
}
