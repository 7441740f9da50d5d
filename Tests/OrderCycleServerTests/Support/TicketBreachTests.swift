import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The breach scan (DOMAIN §2.3: escalation on breach): a promise not kept is detected when it
/// falls due, once however many instances scan, and escalated up the chain — the assignee's
/// supervisor first, then the lead on duty.
@Suite("SLA breaches and escalation")
struct TicketBreachTests {
    static func escalations(_ app: Application) async throws -> [(kind: String, level: Int, to: UUID?)] {
        try await app.db.sql.raw("SELECT kind, level, to_user_id FROM ticket_escalations ORDER BY level").all().map {
            (try $0.decode(column: "kind", as: String.self), try $0.decode(column: "level", as: Int.self), try $0.decode(column: "to_user_id", as: UUID?.self))
        }
    }

    @Test func aMissedFirstResponseGoesToTheAssigneesSupervisorAndAMissedResolutionToTheLeadOnDuty() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let id = try await app.ticketID(w.operator.token, priority: "high", clientID: w.acme)
            let assigned = try await app.api(.PATCH, "/api/v1/tickets/\(id)", headers: .bearer(w.operator.token, [("If-Match", "*")]),
                                             json: ["assignee_id": w.operator.id.uuidString])
            #expect(assigned.status == .ok)
            // A paused ticket is not breached however long it waits.
            let paused = try await app.ticketID(w.operator.token, priority: "urgent", clientID: w.globex)
            #expect(try await app.moveTicket(paused, to: "waiting_for_client", by: w.operator.token).status == .ok)

            // High: first response within 1 h. Exactly at the due instant it is still in time.
            clock.advance(by: 3600)
            #expect(try await TicketBreachScan.run(app, now: clock.now()).isEmpty)
            clock.advance(by: 60)
            let first = try await TicketBreachScan.run(app, now: clock.now())
            #expect(first == [.init(ticketID: id, promise: .firstResponse, level: 1, escalatedTo: w.supervisor.id)])
            // Once only.
            #expect(try await TicketBreachScan.run(app, now: clock.now()).isEmpty)
            let token = try await w.token(app, for: w.operator)
            let ticket = try await app.api(.GET, "/api/v1/tickets/\(id)", headers: .bearer(token))
            #expect(ticket.sla["breached"] as? Bool == true && ticket.sla["first_response_state"] as? String == "breached")
            let breached = try await app.api(.GET, "/api/v1/tickets?breached=true", headers: .bearer(token))
            #expect((breached.json["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [id.uuidString])

            // A late answer keeps the breach; the resolution (8 h) breaks next and goes to the lead on duty:
            // an administrator with a live page open.
            #expect(try await app.reply(id, "Looking into it", by: token).status == .created)
            try await LivePresence.open(UUID(), userID: w.admin.id, role: .admin, instanceID: "test", now: clock.now().addingTimeInterval(7 * 3600), on: app.db)
            clock.advance(by: 7 * 3600)
            let second = try await TicketBreachScan.run(app, now: clock.now())
            #expect(second == [.init(ticketID: id, promise: .resolution, level: 2, escalatedTo: w.admin.id)])
            let all = try await Self.escalations(app)
            #expect(all.map(\.kind) == ["first_response", "resolution"] && all.map(\.to) == [w.supervisor.id, w.admin.id])
            // The trail records each escalation.
            let audit = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM audit_events WHERE entity = 'ticket_escalations'").first(decodingColumn: "n", as: Int.self)
            #expect(audit == 2)
        }
    }

    @Test func twoScansAtOnceEscalateEachBreachOnce() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            var ids: [UUID] = []
            for n in 0..<3 { ids.append(try await app.ticketID(w.operator.token, subject: "Down \(n)", priority: "urgent", clientID: w.acme)) }
            clock.advance(by: 16 * 60)
            // Two instances scanning at the same moment: each breach is claimed by exactly one of them.
            async let one = TicketBreachScan.run(app, now: clock.now())
            async let two = TicketBreachScan.run(app, now: clock.now())
            let both = try await [one, two]
            #expect(Set(both.flatMap { $0.map(\.ticketID) }) == Set(ids))
            #expect(both.flatMap { $0 }.count == 3)
            #expect(try await Self.escalations(app).count == 3)
            // Nobody named (no assignee, no lead live): the event goes to every administrator and operator on duty.
            #expect(both.flatMap { $0 }.allSatisfy { $0.escalatedTo == nil && $0.level == 1 })
        }
    }
}
