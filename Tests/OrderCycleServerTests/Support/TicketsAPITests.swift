import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Support tickets through the API (DOMAIN §2.3): a client opens one, an operator answers and
/// resolves it, the client rates it; the SLA promised by the policy, paused while waiting for the
/// client; the mail gateway's tickets; and what a client may never see or do.
@Suite("Support tickets API")
struct TicketsAPITests {
    @Test func aClientOpensATicketAnOperatorAnswersAndResolvesItAndTheClientRatesIt() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            // A client opens a ticket for itself; the standard 24x7 policy promises 4 h / 24 h for normal priority.
            let created = try await app.api(.POST, "/api/v1/tickets", headers: .bearer(w.acmeUser.token, [("Idempotency-Key", "t-1")]),
                                            json: ["subject": "The label printer is down", "description": "Nothing prints.", "priority": "normal"])
            #expect(created.status == .created, "\(created.text)")
            let id = try #require(UUID(uuidString: created.json["id"] as? String ?? ""))
            #expect(created.json["status"] as? String == "new")
            #expect(created.json["client_id"] as? String == w.acme.uuidString)
            #expect(created.json["source"] as? String == "cabinet")
            #expect(created.sla["first_response_due"] as? String == iso(clock.now().addingTimeInterval(4 * 3600)))
            #expect(created.sla["resolution_due"] as? String == iso(clock.now().addingTimeInterval(24 * 3600)))
            #expect(created.sla["paused"] as? Bool == false && created.sla["breached"] as? Bool == false)
            #expect(created.headers.first(name: .location) == "/api/v1/tickets/\(id)")
            // The same key replays the same ticket.
            let replay = try await app.api(.POST, "/api/v1/tickets", headers: .bearer(w.acmeUser.token, [("Idempotency-Key", "t-1")]),
                                           json: ["subject": "The label printer is down", "description": "Nothing prints.", "priority": "normal"])
            #expect(replay.json["id"] as? String == id.uuidString && replay.headers.first(name: "Idempotent-Replayed") == "true")

            // The operator writes an internal note, then the first public reply: the first response, and the ticket is open.
            clock.advance(by: 30 * 60)
            #expect(try await app.reply(id, "Probably the driver again", internal: true, by: w.operator.token).status == .created)
            let answer = try await app.reply(id, "Please restart the print server.", by: w.operator.token)
            #expect(answer.status == .created, "\(answer.text)")
            let ticket = try await app.api(.GET, "/api/v1/tickets/\(id)", headers: .bearer(w.operator.token))
            #expect(ticket.json["status"] as? String == "open")
            #expect(ticket.json["first_response_at"] as? String == iso(clock.now()))
            #expect(ticket.sla["first_response_state"] as? String == "met")
            #expect(ticket.headers.first(name: .eTag) == "\"\(ticket.json["version"] as? Int ?? 0)\"")

            // The client reads the thread without the internal note.
            let thread = try await app.api(.GET, "/api/v1/tickets/\(id)/messages", headers: .bearer(w.acmeUser.token))
            let texts = (thread.json["items"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            #expect(texts == ["Please restart the print server."])
            let staffThread = try await app.api(.GET, "/api/v1/tickets/\(id)/messages", headers: .bearer(w.operator.token))
            #expect((staffThread.json["items"] as? [[String: Any]])?.count == 2)

            // Resolved with one public reply: first-contact resolution. Only the client rates it.
            let resolved = try await app.moveTicket(id, to: "resolved", by: w.operator.token)
            #expect(resolved.status == .ok, "\(resolved.text)")
            #expect(resolved.json["first_contact_resolution"] as? Bool == true)
            #expect(resolved.sla["resolution_state"] as? String == "met")
            #expect(resolved.json["allowed_next"] as? [String] == ["open", "closed"])
            let byOperator = try await app.api(.POST, "/api/v1/tickets/\(id)/rating", headers: .bearer(w.operator.token), json: ["rating": 5])
            #expect(byOperator.status == .forbidden)
            let badRating = try await app.api(.POST, "/api/v1/tickets/\(id)/rating", headers: .bearer(w.acmeUser.token), json: ["rating": 6])
            #expect(badRating.status == .unprocessableEntity)
            struct Rating: Encodable, Sendable { var rating: Int; var comment: String }
            let rated = try await app.api(.POST, "/api/v1/tickets/\(id)/rating", headers: .bearer(w.acmeUser.token), json: Rating(rating: 5, comment: "Fast!"))
            #expect(rated.status == .ok, "\(rated.text)")
            #expect(rated.json["rating"] as? Int == 5 && rated.json["rating_comment"] as? String == "Fast!")
            // The client confirms: closed. A closed ticket takes no more messages.
            #expect(try await app.moveTicket(id, to: "closed", by: w.acmeUser.token).status == .ok)
            #expect(try await app.reply(id, "One more thing", by: w.operator.token).status == .conflict)

            // The trail keeps the creation, the moves and the rating.
            let audit = try await AuditEvent.query(on: app.db).filter(\.$entityID == id).all().map { "\($0.entity) \($0.action)" }.sorted()
            #expect(audit == ["tickets create", "tickets transition", "tickets transition", "tickets update"])
        }
    }

    @Test func aClientSeesAndWritesOnlyItsOwnTicketsAndNeverInternalNotes() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let acmes = try await app.ticketID(w.acmeUser.token)
            _ = try await app.ticketID(w.globexUser.token, subject: "Invoice question")
            let staffs = try await app.ticketID(w.operator.token, subject: "Called about customs", clientID: w.acme)

            // Another client's ticket does not exist for Globex: read, thread, reply, move, rate.
            #expect(try await app.api(.GET, "/api/v1/tickets/\(acmes)", headers: .bearer(w.globexUser.token)).status == .notFound)
            #expect(try await app.api(.GET, "/api/v1/tickets/\(acmes)/messages", headers: .bearer(w.globexUser.token)).status == .notFound)
            #expect(try await app.reply(acmes, "Let me in", by: w.globexUser.token).status == .notFound)
            #expect(try await app.moveTicket(acmes, to: "closed", by: w.globexUser.token).status == .notFound)
            #expect(try await app.api(.POST, "/api/v1/tickets/\(acmes)/rating", headers: .bearer(w.globexUser.token), json: ["rating": 1]).status == .notFound)
            // Its list holds its own ticket only, whatever it filters by.
            let list = try await app.api(.GET, "/api/v1/tickets?client_id=\(w.acme)", headers: .bearer(w.globexUser.token))
            #expect((list.json["items"] as? [[String: Any]])?.isEmpty == true)
            let own = try await app.api(.GET, "/api/v1/tickets", headers: .bearer(w.globexUser.token))
            #expect((own.json["items"] as? [[String: Any]])?.compactMap { $0["subject"] as? String } == ["Invoice question"])
            // Acme sees both of its tickets, the one staff opened for it too.
            let acmeList = try await app.api(.GET, "/api/v1/tickets", headers: .bearer(w.acmeUser.token))
            #expect(Set((acmeList.json["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []) == [acmes.uuidString, staffs.uuidString])

            // A client may not write an internal note, nor open a ticket for another client, nor change a ticket.
            let note = try await app.reply(acmes, "Secret", internal: true, by: w.acmeUser.token)
            #expect(note.status == .forbidden, "\(note.text)")
            let forOther = try await app.api(.POST, "/api/v1/tickets", headers: .bearer(w.acmeUser.token),
                                             json: ["subject": "On behalf of Globex", "client_id": w.globex.uuidString])
            #expect(forOther.status == .unprocessableEntity)
            let patch = try await app.api(.PATCH, "/api/v1/tickets/\(acmes)", headers: .bearer(w.acmeUser.token, [("If-Match", "*")]), json: ["priority": "urgent"])
            #expect(patch.status == .forbidden)
            // Nor move it the staff's way.
            #expect(try await app.moveTicket(acmes, to: "resolved", by: w.acmeUser.token).status == .conflict)

            // Staff must name the client; an analyst reads but does not write.
            let noClient = try await app.api(.POST, "/api/v1/tickets", headers: .bearer(w.operator.token), json: ["subject": "Whose?"])
            #expect(noClient.status == .unprocessableEntity && noClient.text.contains("client_id"))
            let (_, analyst) = try await makeUser(app, role: .analyst)
            #expect(try await app.api(.GET, "/api/v1/tickets/\(acmes)", headers: .bearer(analyst)).status == .ok)
            #expect(try await app.reply(acmes, "Hello", by: analyst).status == .forbidden)
        }
    }

    @Test func theClocksPauseWhileWaitingForTheClientAndResumeWhenItAnswers() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let id = try await app.ticketID(w.acmeUser.token)
            let opened = clock.now()
            clock.advance(by: 30 * 60)
            #expect(try await app.reply(id, "Which printer model is it?", by: w.operator.token).status == .created)
            let waiting = try await app.moveTicket(id, to: "waiting_for_client", by: w.operator.token)
            #expect(waiting.status == .ok, "\(waiting.text)")
            #expect(waiting.sla["paused"] as? Bool == true && waiting.sla["resolution_due"] == nil && waiting.sla["resolution_state"] as? String == "paused")

            // Ten hours on (across midnight), still paused and in time; the breach scan finds nothing.
            clock.advance(by: 10 * 3600)
            let token = try await w.token(app, for: w.acmeUser)
            #expect(try await TicketBreachScan.run(app, now: clock.now()).isEmpty)
            // The client answers: open again, the resolution due moved by the ten hours paused.
            let answered = try await app.reply(id, "Zebra ZT410", by: token)
            #expect(answered.status == .created)
            let ticket = try await app.api(.GET, "/api/v1/tickets/\(id)", headers: .bearer(token))
            #expect(ticket.json["status"] as? String == "open")
            #expect(ticket.sla["paused"] as? Bool == false)
            #expect(ticket.sla["resolution_due"] as? String == iso(opened.addingTimeInterval(34 * 3600)))
        }
    }

    @Test func aClientReopensWithinTheWindowOnly() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock, { $0.ticketReopenWindow = 2 * 86_400 }) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let first = try await app.ticketID(w.acmeUser.token)
            let second = try await app.ticketID(w.acmeUser.token, subject: "Second")
            #expect(try await app.moveTicket(first, to: "resolved", by: w.operator.token).status == .ok)
            #expect(try await app.moveTicket(second, to: "resolved", by: w.operator.token).status == .ok)
            // A day later: reopened; the day it spent resolved does not count against the resolution promise.
            clock.advance(by: 86_400)
            let token = try await w.token(app, for: w.acmeUser)
            let reopened = try await app.moveTicket(first, to: "open", by: token)
            #expect(reopened.status == .ok, "\(reopened.text)")
            #expect(reopened.json["resolved_at"] == nil)
            #expect(reopened.sla["resolution_due"] as? String == iso(SupportWorld.start.addingTimeInterval(48 * 3600)))
            // Three days after the resolution: too late.
            clock.advance(by: 2 * 86_400)
            let late = try await app.moveTicket(second, to: "open", by: try await w.token(app, for: w.acmeUser))
            #expect(late.status == .conflict)
            #expect(late.text.contains("illegal-transition"))
        }
    }

    @Test func updatesNeedTheVersionAndAPriorityChangeTakesItsTargets() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let id = try await app.ticketID(w.operator.token, clientID: w.acme)
            let path = "/api/v1/tickets/\(id)"
            #expect(try await app.api(.PATCH, path, headers: .bearer(w.operator.token), json: ["priority": "urgent"]).status == .preconditionRequired)
            #expect(try await app.api(.PATCH, path, headers: .bearer(w.operator.token, [("If-Match", "\"9\"")]), json: ["priority": "urgent"]).status == .preconditionFailed)
            let changed = try await app.api(.PATCH, path, headers: .bearer(w.operator.token, [("If-Match", "\"1\"")]),
                                            json: ["priority": "urgent", "assignee_id": w.operator.id.uuidString, "category": "Printing"])
            #expect(changed.status == .ok, "\(changed.text)")
            #expect(changed.json["version"] as? Int == 2 && changed.headers.first(name: .eTag) == "\"2\"")
            #expect(changed.json["assignee_id"] as? String == w.operator.id.uuidString && changed.json["category"] as? String == "Printing")
            #expect(changed.sla["first_response_due"] as? String == iso(clock.now().addingTimeInterval(15 * 60)))
            #expect(changed.sla["first_response_target_seconds"] as? Int == 900)
            let cleared = try await app.api(.PATCH, path, headers: .bearer(w.operator.token, [("If-Match", "*")]), json: ["category": " "])
            #expect(cleared.status == .ok && cleared.json["category"] == nil, "\(cleared.text)")
            let clientOnly = try await app.api(.PATCH, path, headers: .bearer(w.operator.token, [("If-Match", "*")]), json: ["assignee_id": w.acmeUser.id.uuidString])
            #expect(clientOnly.status == .unprocessableEntity)
            // The queue filters: mine and by priority.
            let mine = try await app.api(.GET, "/api/v1/tickets?assignee_id=me&priority=urgent&open=true", headers: .bearer(w.operator.token))
            #expect((mine.json["items"] as? [[String: Any]])?.count == 1)
            #expect(try await app.api(.GET, "/api/v1/tickets?status=pending", headers: .bearer(w.operator.token)).status == .unprocessableEntity)
        }
    }

    @Test func policiesPromiseTargetsPerSegmentAndPriorityOnTheirCalendar() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            struct Policy: Encodable, Sendable {
                var segment_id: UUID?; var priority: String; var first_response_minutes: Int; var resolution_minutes: Int
                var calendar: String?; var opens: String?; var closes: String?; var holidays: [String]?
            }
            let office = Policy(segment_id: w.segment, priority: "high", first_response_minutes: 120, resolution_minutes: 600,
                                calendar: "business_hours", opens: "09:00", closes: "18:00", holidays: ["2026-03-09"])
            let created = try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.admin.token), json: office)
            #expect(created.status == .created, "\(created.text)")
            #expect(created.json["calendar"] as? String == "hours mon,tue,wed,thu,fri 09:00-18:00 holidays 2026-03-09")
            #expect(try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.admin.token), json: office).status == .conflict)
            #expect(try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.operator.token), json: office).status == .forbidden)
            let bad = Policy(priority: "high", first_response_minutes: 120, resolution_minutes: 60, calendar: "business_hours", opens: "18:00", closes: "09:00")
            let refused = try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.admin.token), json: bad)
            #expect(refused.status == .unprocessableEntity && refused.text.contains("resolution_minutes") && refused.text.contains("closes"))
            let everyone = Policy(priority: "low", first_response_minutes: 600, resolution_minutes: 6000)
            #expect(try await app.api(.POST, "/api/v1/sla-policies", headers: .bearer(w.admin.token), json: everyone).status == .created)
            let list = try await app.api(.GET, "/api/v1/sla-policies", headers: .bearer(w.operator.token))
            #expect((list.json["items"] as? [[String: Any]])?.count == 2)

            // Friday 17:00 Kyiv (15:00 UTC): a high ticket of the segment is due for its first answer on Tuesday 10:00 (Monday a holiday).
            clock.set(ISO8601DateFormatter().date(from: "2026-03-06T17:00:00+02:00")!)
            let token = try await w.token(app, for: w.acmeUser)
            let high = try await app.ticket(token, priority: "high")
            let sla = high["sla"] as? [String: Any] ?? [:]
            #expect(sla["first_response_due"] as? String == iso(ISO8601DateFormatter().date(from: "2026-03-10T10:00:00+02:00")!))
            #expect(sla["calendar"] as? String == "hours mon,tue,wed,thu,fri 09:00-18:00 holidays 2026-03-09")
            // A normal one keeps the standard 24x7 promise; a low one takes the policy for every segment.
            let normal = try await app.ticket(token)
            #expect((normal["sla"] as? [String: Any])?["first_response_target_seconds"] as? Int == 4 * 3600)
            let low = try await app.ticket(token, priority: "low")
            #expect((low["sla"] as? [String: Any])?["first_response_target_seconds"] as? Int == 600 * 60)
        }
    }

    @Test func anEmailFromAContactsAddressBecomesItsClientsTicket() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let gateway = try await IncomingCallTests.exchangeToken(app)
            let mail = try await app.api(.POST, "/api/v1/inbound/email", headers: .bearer(gateway),
                                         json: ["from": "Olga Ops <OPS@acme.example>", "subject": "Pallet stuck at customs", "text": "Since Friday."])
            #expect(mail.status == .created, "\(mail.text)")
            #expect(mail.json["client_id"] as? String == w.acme.uuidString && mail.json["source"] as? String == "email")
            #expect(mail.json["description"] as? String == "Since Friday.")
            let unknown = try await app.api(.POST, "/api/v1/inbound/email", headers: .bearer(gateway), json: ["from": "who@nowhere.example", "text": "Hi"])
            #expect(unknown.status == .unprocessableEntity && unknown.text.contains("from"))
            // A person's login token may not pose as the mail gateway.
            let person = try await app.api(.POST, "/api/v1/inbound/email", headers: .bearer(w.operator.token), json: ["from": "ops@acme.example"])
            #expect(person.status == .forbidden)
            // The caller's card counts the client's open tickets.
            let card = try await CallCards.card(caller: "044 765 11 22", called: nil, regionCode: "UA", now: clock.now(), on: app.db)
            #expect(card.client?.id == w.acme && card.open_requests == 1)
            _ = try await app.moveTicket(try #require(UUID(uuidString: mail.json["id"] as? String ?? "")), to: "resolved", by: w.operator.token)
            #expect(try await CallCards.card(caller: "044 765 11 22", called: nil, regionCode: "UA", now: clock.now(), on: app.db).open_requests == 0)
        }
    }

    @Test func theReportGivesBreachRateTimesCSATAndFCR() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let a = try await app.ticketID(w.acmeUser.token, subject: "A")
            let b = try await app.ticketID(w.acmeUser.token, subject: "B")
            _ = try await app.ticketID(w.acmeUser.token, subject: "C")
            clock.advance(by: 10 * 60)
            #expect(try await app.reply(a, "Fixed", by: w.operator.token).status == .created)
            clock.advance(by: 20 * 60)
            #expect(try await app.reply(b, "Looking", by: w.operator.token).status == .created)
            clock.advance(by: 10 * 60)
            #expect(try await app.reply(b, "Fixed now", by: w.operator.token).status == .created)
            clock.advance(by: 20 * 60)
            #expect(try await app.moveTicket(a, to: "resolved", by: try await w.token(app, for: w.operator)).status == .ok)
            clock.advance(by: 3600)
            let op = try await w.token(app, for: w.operator)
            #expect(try await app.moveTicket(b, to: "resolved", by: op).status == .ok)
            let client = try await w.token(app, for: w.acmeUser)
            #expect(try await app.api(.POST, "/api/v1/tickets/\(a)/rating", headers: .bearer(client), json: ["rating": 5]).status == .ok)
            #expect(try await app.api(.POST, "/api/v1/tickets/\(b)/rating", headers: .bearer(client), json: ["rating": 3]).status == .ok)

            let response = try await app.api(.GET, "/api/v1/support/report", headers: .bearer(op))
            #expect(response.status == .ok, "\(response.text)")
            let report = try response.decoded(SupportReportQueries.Report.self)
            let o = report.overall
            #expect(o.tickets == 3 && o.breached == 0 && o.breach_rate == 0)
            #expect(o.first_response == .init(count: 2, mean_seconds: 1200, median_seconds: 600, p90_seconds: 1800))
            #expect(o.resolution == .init(count: 2, mean_seconds: 5400, median_seconds: 3600, p90_seconds: 7200))
            #expect(o.ratings == 2 && o.csat_mean == 4 && o.csat_satisfied == 0.5)
            #expect(o.resolved == 2 && o.first_contact_resolved == 1 && o.fcr_rate == 0.5)
            #expect(report.by_priority.map(\.key) == ["normal"] && report.by_segment.map(\.key) == ["retail"])
            #expect(report.by_operator.map(\.key) == [""])
            // A period before the tickets is empty; a reversed one is refused.
            let before = try await app.api(.GET, "/api/v1/support/report?from=2026-01-01&to=2026-01-31", headers: .bearer(op))
            #expect(try before.decoded(SupportReportQueries.Report.self).overall.tickets == 0)
            #expect(try await app.api(.GET, "/api/v1/support/report?from=2026-03-05&to=2026-03-01", headers: .bearer(op)).status == .unprocessableEntity)
            #expect(try await app.api(.GET, "/api/v1/support/report", headers: .bearer(client)).status == .forbidden)
            // The page shows the same figures, in Russian too.
            let browser = try await w.browser(app, as: w.admin, language: "ru")
            let page = try await browser.get("/support/report")
            #expect(page.status == .ok && page.text.contains("Отчёт поддержки") && page.text.contains("50%"))
        }
    }
}
