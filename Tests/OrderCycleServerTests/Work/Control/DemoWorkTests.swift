import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// The demo's work area agrees with the overdue gate: the one blocked worker is the only person
/// with overdue work, nobody holds more tasks in progress than their limit, no strict column
/// more than its limit; and a second load adds nothing.
@Suite("Demo work data")
struct DemoWorkTests {
    @Test func theDemoTeamsAreConsistentWithTheGate() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            try await DemoData.load(app, options: .init(orders: 0, clients: 12, seed: 7))
            let sql = app.db.sql
            let now = clock.now()
            let tasks = try await sql.raw("SELECT COUNT(*) AS n FROM tasks").first(decodingColumn: "n", as: Int.self) ?? 0
            #expect(tasks >= 300)
            #expect(try await sql.raw("SELECT COUNT(*) AS n FROM boards").first(decodingColumn: "n", as: Int.self) == 2)

            let overdue = try await sql.raw("""
                SELECT DISTINCT u.email FROM tasks t JOIN users u ON u.id = t.responsible_id WHERE t.status <> 'done' AND t.deadline < \(bind: now)
                """).all().map { try $0.decode(column: "email", as: String.self) }
            #expect(overdue == [DemoWork.blockedEmail])
            let heldTooMuch = try await sql.raw("""
                SELECT t.responsible_id FROM tasks t WHERE t.status = 'in_progress' GROUP BY t.responsible_id
                HAVING COUNT(*) > (SELECT MIN(m.wip_limit) FROM team_members m WHERE m.user_id = t.responsible_id)
                """).all()
            #expect(heldTooMuch.isEmpty)
            let fullColumns = try await sql.raw("""
                SELECT c.id FROM board_columns c WHERE c.wip_strict = \(bind: true) AND c.wip_limit IS NOT NULL
                  AND (SELECT COUNT(*) FROM tasks t WHERE t.column_id = c.id) > c.wip_limit
                """).all()
            #expect(fullColumns.isEmpty)
            let renegotiated = try await sql.raw("SELECT COUNT(*) AS n FROM task_deadline_renegotiations").first(decodingColumn: "n", as: Int.self) ?? 0
            #expect(renegotiated > 0)
            let shown = try await sql.raw("SELECT COUNT(*) AS n FROM tasks WHERE visible_to_client = \(bind: true)").first(decodingColumn: "n", as: Int.self) ?? 0
            #expect(shown > 0)
            let refusals = try await sql.raw("SELECT COUNT(*) AS n FROM task_gate_refusals").first(decodingColumn: "n", as: Int.self) ?? 0
            #expect(refusals == 3)

            try await DemoData.load(app, options: .init(orders: 0, clients: 0, seed: 7))
            #expect(try await sql.raw("SELECT COUNT(*) AS n FROM tasks").first(decodingColumn: "n", as: Int.self) == tasks)
        }
    }
}
