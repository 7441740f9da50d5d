import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The operator console's queues by team, and the report's charts with the drill-down from each
/// figure to the tickets it counts (issue 17 items 5 and 6).
@Suite("Support console: queues by team, report charts and drill-down")
struct SupportConsoleTests {
    func assign(_ app: Application, _ ticket: UUID, to user: UUID, by token: String) async throws {
        let current = try await app.api(.GET, "/api/v1/tickets/\(ticket)", headers: .bearer(token))
        let version = current.json["version"] as? Int ?? 0
        let changed = try await app.api(.PATCH, "/api/v1/tickets/\(ticket)", headers: .bearer(token, [("If-Match", "\"\(version)\"")]),
                                        json: ["assignee_id": user.uuidString])
        #expect(changed.status == .ok, "\(changed.text)")
    }

    @Test func theConsoleShowsEachTeamsOpenTicketsByPriorityAndFiltersByTeam() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let hotline = try #require(try await app.db.sql.raw("SELECT id FROM teams WHERE name = 'Hotline'").first(decodingColumn: "id", as: UUID.self))
            let claimsDesk = try await WorkSetup.createTeam(name: "Claims desk", now: clock.now(), on: app.db)
            let (other, _) = try await makeUser(app, role: .operator)
            try await WorkSetup.setMember(try other.requireID(), of: claimsDesk, now: clock.now(), on: app.db)
            let urgent = try await app.ticketID(w.acmeUser.token, subject: "Urgent for the hotline", priority: "urgent")
            let normal = try await app.ticketID(w.acmeUser.token, subject: "Normal for the claims desk", priority: "normal")
            _ = try await app.ticketID(w.acmeUser.token, subject: "Nobody yet", priority: "high")
            try await assign(app, urgent, to: w.operator.id, by: w.operator.token)
            try await assign(app, normal, to: try other.requireID(), by: w.operator.token)

            let op = try await w.browser(app, as: w.operator, language: "ru")
            let console = try await op.get("/support")
            #expect(console.status == .ok && console.text.contains("Очереди по командам"))
            let hotlineRow = try #require(console.text.range(of: "data-team=\"\(hotline)\"").map { String(console.text[$0.lowerBound...].prefix(1200)) })
            #expect(hotlineRow.contains("?team=\(hotline)&priority=urgent\">1</a>"))
            let deskRow = try #require(console.text.range(of: "data-team=\"\(claimsDesk)\"").map { String(console.text[$0.lowerBound...].prefix(1200)) })
            #expect(deskRow.contains("?team=\(claimsDesk)&priority=normal\">1</a>"))

            let byTeam = try await op.get("/support?team=\(hotline)")
            #expect(byTeam.text.contains("Urgent for the hotline") && !byTeam.text.contains("Normal for the claims desk") && !byTeam.text.contains("Nobody yet"))
            #expect(byTeam.text.contains("<option value=\"\(hotline)\" selected>Hotline</option>"))
            let byTeamAndPriority = try await op.get("/support?team=\(claimsDesk)&priority=urgent")
            #expect(!byTeamAndPriority.text.contains("Urgent for the hotline") && byTeamAndPriority.text.contains("queue-empty"))
            // The filter form sends the team left at "any" empty: every open ticket.
            let any = try await op.get("/support?view=all&priority=&team=&status=")
            #expect(any.text.contains("Urgent for the hotline") && any.text.contains("Normal for the claims desk"))
        }
    }

    @Test func eachFigureOfTheReportDrillsDownToTheTicketsItCounts() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            // Urgent: 15 minutes to the first response; answered after 20, so breached.
            let late = try await app.ticketID(w.acmeUser.token, subject: "Answered late", priority: "urgent")
            let quick = try await app.ticketID(w.acmeUser.token, subject: "Answered at once", priority: "normal")
            _ = try await app.ticketID(w.globexUser.token, subject: "Not answered", priority: "normal")
            clock.advance(by: 20 * 60)
            let op = try await w.token(app, for: w.operator)
            #expect(try await app.reply(late, "Sorry for the wait", by: op).status == .created)
            #expect(try await app.reply(quick, "Done", by: op).status == .created)
            #expect(try await app.moveTicket(quick, to: "resolved", by: op).status == .ok)
            let client = try await w.token(app, for: w.acmeUser)
            #expect(try await app.api(.POST, "/api/v1/tickets/\(quick)/rating", headers: .bearer(client), json: ["rating": 5]).status == .ok)

            func drill(_ query: String) async throws -> [String] {
                let response = try await app.api(.GET, "/api/v1/support/report/tickets?\(query)", headers: .bearer(op))
                #expect(response.status == .ok, "\(response.text)")
                return (response.json["items"] as? [[String: Any]] ?? []).compactMap { $0["subject"] as? String }
            }
            #expect(try await drill("measure=tickets").count == 3)
            #expect(try await drill("measure=breached") == ["Answered late"])
            #expect(Set(try await drill("dimension=priority&key=normal&measure=tickets")) == ["Answered at once", "Not answered"])
            #expect(try await drill("dimension=priority&key=urgent&measure=responded") == ["Answered late"])
            #expect(try await drill("measure=rated") == ["Answered at once"])
            #expect(try await drill("measure=fcr") == ["Answered at once"])
            #expect(try await drill("dimension=operator&key=&measure=tickets").count == 3, "every ticket is unassigned")
            #expect(try await drill("dimension=segment&key=retail&measure=resolved") == ["Answered at once"])
            #expect(try await drill("from=2026-01-01&to=2026-01-31").isEmpty)
            // The figures the report shows match the drill-down's counts.
            let report = try await app.api(.GET, "/api/v1/support/report", headers: .bearer(op)).decoded(SupportReportQueries.Report.self)
            #expect(report.overall.breached == 1 && report.overall.ratings == 1)
            // Unreadable or missing filters are named; a client may not read it.
            let missing = try await app.api(.GET, "/api/v1/support/report/tickets?dimension=priority", headers: .bearer(op))
            #expect(missing.status == .unprocessableEntity && missing.text.contains("\"key\""))
            let wrong = try await app.api(.GET, "/api/v1/support/report/tickets?measure=everything&dimension=team", headers: .bearer(op))
            #expect(wrong.status == .unprocessableEntity && wrong.text.contains("measure") && wrong.text.contains("dimension"))
            #expect(try await app.api(.GET, "/api/v1/support/report/tickets", headers: .bearer(client)).status == .forbidden)

            // The page draws the charts and links each figure to the page of its tickets.
            let browser = try await w.browser(app, as: w.admin, language: "ru")
            let page = try await browser.get("/support/report")
            #expect(page.status == .ok && page.text.contains("<svg class=\"bars\"") && page.text.contains("id=\"report-priority-breach-chart\""))
            #expect(page.text.contains("id=\"report-operator-resolution-chart\""))
            let href = try #require(page.text.range(of: "href=\"/support/report/tickets?").map { page.text[$0.lowerBound...].dropFirst(6).prefix { $0 != "\"" } })
            #expect(href.contains("measure=tickets"))
            let breached = try #require(page.text.range(of: "dimension=priority&amp;key=urgent&amp;measure=breached").map { _ in true })
            #expect(breached)
            let list = try await browser.get("/support/report/tickets?from=2026-03-01&to=2026-03-02&dimension=priority&key=urgent&measure=breached")
            #expect(list.status == .ok && list.text.contains("Answered late") && !list.text.contains("Answered at once"))
            #expect(list.text.contains("Срочный") || list.text.contains("нарушен SLA"))
            let refused = try await browser.get("/support/report/tickets?measure=everything")
            #expect(refused.status == .unprocessableEntity && refused.text.contains("measure"))
            let clientBrowser = try await w.browser(app, as: w.acmeUser)
            #expect(try await clientBrowser.get("/support/report/tickets").status == .forbidden)
        }
    }
}
