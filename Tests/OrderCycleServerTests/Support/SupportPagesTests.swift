import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The support pages: the operator's queue, a ticket with its forms, the client's tickets in its
/// cabinet, in English and Russian; every form runs the API's operation, so a reply through the
/// form and through the API leave the same rows and trail.
@Suite("Support pages")
struct SupportPagesTests {
    @Test func aClientFilesATicketInTheCabinetAnOperatorRepliesAndTheClientRatesTheResolution() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let client = try await w.browser(app, as: w.acmeUser)
            let cabinet = try await client.get("/cabinet/support")
            #expect(cabinet.status == .ok && cabinet.text.contains("New ticket"))
            // A blank subject comes back beside the field.
            let blank = try await client.post("/cabinet/support", form: ["subject": " ", "description": "x", "priority": "high"])
            #expect(blank.status == .unprocessableEntity && blank.text.contains("subject-error"))
            let filed = try await client.post("/cabinet/support", form: ["subject": "Scanner offline", "description": "Since 8:00", "priority": "high"])
            #expect(filed.status == .seeOther, "\(filed.text.prefix(500))")
            let id = try #require(filed.headers.first(name: .location).flatMap { UUID(uuidString: String($0.dropFirst("/tickets/".count))) })

            // The operator sees it in the queue (Russian), answers, writes a note, resolves it.
            let op = try await w.browser(app, as: w.operator, language: "ru")
            let queue = try await op.get("/support")
            #expect(queue.status == .ok && queue.text.contains("Очередь поддержки") && queue.text.contains("Scanner offline"))
            _ = try await op.get("/tickets/\(id)")
            #expect(try await op.post("/tickets/\(id)/messages", form: ["text": "Restart it, please"]).status == .seeOther)
            #expect(try await op.post("/tickets/\(id)/messages", form: ["text": "Known firmware bug", "internal": "on"]).status == .seeOther)
            #expect(try await op.post("/tickets/\(id)/edit", form: ["assignee": "me"]).status == .seeOther)
            let mine = try await op.get("/support?view=mine")
            #expect(mine.text.contains("Scanner offline"))
            #expect(try await op.post("/tickets/\(id)/transitions", form: ["to": "resolved"]).status == .seeOther)

            // The client sees the reply, not the note, and rates.
            let page = try await client.get("/tickets/\(id)")
            #expect(page.text.contains("Restart it, please") && !page.text.contains("Known firmware bug"))
            #expect(page.text.contains("rating-form"))
            #expect(try await client.post("/tickets/\(id)/rating", form: ["rating": "4", "comment": "OK"]).status == .seeOther)
            let after = try await client.get("/cabinet/support")
            #expect(after.text.contains("4 / 5"))
            // Another client's ticket page does not exist for it.
            let other = try await app.ticketID(w.globexUser.token)
            #expect(try await client.get("/tickets/\(other)").status == .notFound)
            // Nor may a client use the staff's forms.
            #expect(try await client.post("/tickets/\(id)/edit", form: ["priority": "urgent"]).status != .seeOther)
        }
    }

    @Test func aReplyThroughTheFormAndThroughTheAPIWriteTheSame() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let first = try await app.ticketID(w.acmeUser.token)
            let second = try await app.ticketID(w.acmeUser.token)
            let browser = try await w.browser(app, as: w.operator)
            clock.advance(by: 60)
            let mark = clock.now()
            #expect(try await app.reply(first, "We are on it", by: w.operator.token).status == .created)
            #expect(try await app.moveTicket(first, to: "waiting_for_client", by: w.operator.token).status == .ok)
            _ = try await browser.get("/tickets/\(second)")
            #expect(try await browser.post("/tickets/\(second)/messages", form: ["text": "We are on it"]).status == .seeOther)
            #expect(try await browser.post("/tickets/\(second)/transitions", form: ["to": "waiting_for_client"]).status == .seeOther)
            let a = try await StoredTicket.snapshot(first, since: mark, on: app.db)
            let b = try await StoredTicket.snapshot(second, since: mark, on: app.db)
            #expect(a.rows == b.rows)
            #expect(a.audit == b.audit)
            #expect(a.audit.count == 2, "\(a.audit)")
        }
    }

    @Test func openingAndRatingATicketThroughTheCabinetAndThroughTheAPIWriteTheSame() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let browser = try await w.browser(app, as: w.acmeUser)
            let mark = clock.now()
            let viaAPI = try await app.ticketID(w.acmeUser.token, subject: "Scanner offline", priority: "high")
            _ = try await browser.get("/cabinet/support")
            let filed = try await browser.post("/cabinet/support", form: ["subject": "Scanner offline", "description": "Nothing prints since the morning.", "priority": "high"])
            let viaForm = try #require(filed.headers.first(name: .location).flatMap { UUID(uuidString: String($0.dropFirst("/tickets/".count))) })
            for id in [viaAPI, viaForm] { #expect(try await app.moveTicket(id, to: "resolved", by: w.operator.token).status == .ok) }
            clock.advance(by: 60)
            #expect(try await app.api(.POST, "/api/v1/tickets/\(viaAPI)/rating", headers: .bearer(w.acmeUser.token), json: ["rating": "4"]).status != .ok)
            struct Rating: Encodable, Sendable { var rating: Int; var comment: String }
            #expect(try await app.api(.POST, "/api/v1/tickets/\(viaAPI)/rating", headers: .bearer(w.acmeUser.token), json: Rating(rating: 4, comment: "OK")).status == .ok)
            _ = try await browser.get("/tickets/\(viaForm)")
            #expect(try await browser.post("/tickets/\(viaForm)/rating", form: ["rating": "4", "comment": "OK"]).status == .seeOther)
            let a = try await StoredTicket.snapshot(viaAPI, since: mark, on: app.db)
            let b = try await StoredTicket.snapshot(viaForm, since: mark, on: app.db)
            #expect(a.rows == b.rows)
            #expect(a.audit == b.audit)
            #expect(a.audit.count == 3, "\(a.audit)")
        }
    }
}

/// What one ticket left in the database, ids and moments written as what they must be equal in.
struct StoredTicket: Equatable {
    var rows: [String]
    var audit: [String]

    static func snapshot(_ ticket: UUID, since mark: Date, on db: any Database) async throws -> StoredTicket {
        let sql = db.sql
        func text(_ row: any SQLRow, _ columns: [String], moments: [String]) throws -> String {
            var parts: [String] = []
            for c in columns {
                let value: String
                if (try? row.decodeNil(column: c)) == true { value = "-" }
                else if let s = try? row.decode(column: c, as: String.self) { value = s }
                else if let i = try? row.decode(column: c, as: Int.self) { value = String(i) }
                else if let b = try? row.decode(column: c, as: Bool.self) { value = String(b) }
                else if let u = try? row.decode(column: c, as: UUID.self) { value = u.uuidString }
                else { value = "?" }
                parts.append("\(c)=\(value)")
            }
            for c in moments {
                parts.append("\(c)=" + (try row.decode(column: c, as: Date?.self).map { String(Int($0.timeIntervalSince(mark).rounded())) } ?? "-"))
            }
            return StoredOrder.normalised(parts.joined(separator: " "))
        }
        var rows: [String] = []
        let stored = try #require(try await sql.raw("SELECT * FROM tickets WHERE id = \(bind: ticket)").first())
        rows.append(try text(stored, ["version", "client_id", "subject", "description", "priority", "category", "status", "source", "assignee_id",
                                      "creator_id", "first_response_seconds", "resolution_seconds", "sla_calendar", "public_replies", "rating"],
                             moments: ["first_response_due", "resolution_due", "first_response_at", "resolved_at", "closed_at", "created_at", "updated_at"]))
        let messages = try await sql.raw("SELECT * FROM ticket_messages WHERE ticket_id = \(bind: ticket)").all()
        rows += try messages.map { try text($0, ["author_id", "author_label", "from_client", "internal", "text"], moments: ["at"]) }.sorted()
        rows += try await sql.raw("SELECT * FROM ticket_pauses WHERE ticket_id = \(bind: ticket)").all()
            .map { try text($0, ["reason"], moments: ["started_at", "ended_at"]) }.sorted()
        let ids = [ticket] + (try messages.map { try $0.decode(column: "id", as: UUID.self) })
        let audit = try await AuditEvent.query(on: db).filter(\.$entityID ~~ ids).filter(\.$at >= mark).all().map { e in
            StoredOrder.normalised("\(e.actorLabel) \(e.entity) \(e.action) before=\(e.before ?? "-") after=\(e.after ?? "-")")
        }.sorted()
        return StoredTicket(rows: rows, audit: audit)
    }
}
