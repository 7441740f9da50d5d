import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Images on tickets and their messages (issue 17 item 1): taken by the claim photos' byte
/// sniffing, from the API, the cabinet and the ticket page; never another client's, and never an
/// internal note's for a client.
@Suite("Ticket attachments")
struct TicketAttachmentTests {
    static let jpeg = ClaimPhotoTests.jpeg
    static let png = ClaimPhotoTests.png
    static let svg = ClaimPhotoTests.svg

    func upload(_ app: Application, _ ticket: UUID, _ bytes: [UInt8], token: String, message: String? = nil) async throws -> TestingHTTPResponse {
        let query = message.map { "?message_id=\($0)" } ?? ""
        return try await app.api(.POST, "/api/v1/tickets/\(ticket)/attachments\(query)", headers: .bearer(token, [("Content-Type", "image/jpeg")]), bytes: bytes)
    }

    func list(_ app: Application, _ ticket: UUID, token: String) async throws -> (status: HTTPStatus, items: [[String: Any]]) {
        let response = try await app.api(.GET, "/api/v1/tickets/\(ticket)/attachments", headers: .bearer(token))
        return (response.status, (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [[String: Any]] ?? [])
    }

    @Test func aClientAttachesAnImageAndOnlyItsCompanyAndStaffReadIt() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let ticket = try await app.ticketID(w.acmeUser.token)
            let version = try await app.api(.GET, "/api/v1/tickets/\(ticket)", headers: .bearer(w.acmeUser.token)).json["version"] as? Int
            // Announced as JPEG, proven PNG: stored and served as PNG.
            let stored = try await upload(app, ticket, Self.png, token: w.acmeUser.token)
            #expect(stored.status == .created, "\(stored.text)")
            #expect(stored.json["media_type"] as? String == "image/png" && stored.json["internal"] as? Bool == false)
            let id = try #require(stored.json["id"] as? String)
            #expect(stored.headers.first(name: .location) == "/api/v1/tickets/\(ticket)/attachments/\(id)")
            let after = try await app.api(.GET, "/api/v1/tickets/\(ticket)", headers: .bearer(w.acmeUser.token)).json["version"] as? Int
            #expect(after == version.map { $0 + 1 })

            // What is not an image is refused by its bytes, and nothing is stored.
            let svg = try await upload(app, ticket, Self.svg, token: w.acmeUser.token)
            #expect(svg.status == .unprocessableEntity && svg.text.contains("\"body\""), "\(svg.text)")
            let empty = try await upload(app, ticket, [], token: w.acmeUser.token)
            #expect(empty.status == .unprocessableEntity)
            #expect(try await list(app, ticket, token: w.operator.token).items.count == 1)

            let image = try await app.testing().sendRequest(.GET, "/api/v1/tickets/\(ticket)/attachments/\(id)", headers: .bearer(w.operator.token))
            #expect(image.status == .ok && image.headers.first(name: .contentType) == "image/png")
            #expect(image.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(Array(image.body.readableBytesView) == Self.png)

            // Another client: the ticket, its list, its image and an upload to it do not exist.
            #expect(try await list(app, ticket, token: w.globexUser.token).status == .notFound)
            let foreign = try await app.testing().sendRequest(.GET, "/api/v1/tickets/\(ticket)/attachments/\(id)", headers: .bearer(w.globexUser.token))
            #expect(foreign.status == .notFound)
            #expect(try await upload(app, ticket, Self.jpeg, token: w.globexUser.token).status == .notFound)
            // An attachment of one ticket is not found under another of the same client.
            let second = try await app.ticketID(w.acmeUser.token, subject: "Second")
            let crossed = try await app.testing().sendRequest(.GET, "/api/v1/tickets/\(second)/attachments/\(id)", headers: .bearer(w.acmeUser.token))
            #expect(crossed.status == .notFound)
            // No token: 401.
            #expect(try await app.api(.GET, "/api/v1/tickets/\(ticket)/attachments").status == .unauthorized)
        }
    }

    @Test func anInternalNotesAttachmentNeverReachesTheClient() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let ticket = try await app.ticketID(w.acmeUser.token)
            let note = try await app.reply(ticket, "The driver's photo of the damage", internal: true, by: w.operator.token)
            let noteID = try #require(note.json["id"] as? String)
            let onNote = try await upload(app, ticket, Self.jpeg, token: w.operator.token, message: noteID)
            #expect(onNote.status == .created, "\(onNote.text)")
            #expect(onNote.json["internal"] as? Bool == true && onNote.json["message_id"] as? String == noteID)
            let attachment = try #require(onNote.json["id"] as? String)

            #expect(try await list(app, ticket, token: w.operator.token).items.count == 1)
            #expect(try await list(app, ticket, token: w.acmeUser.token).items.isEmpty)
            let byClient = try await app.testing().sendRequest(.GET, "/api/v1/tickets/\(ticket)/attachments/\(attachment)", headers: .bearer(w.acmeUser.token))
            #expect(byClient.status == .notFound)
            let page = try await app.testing().sendRequest(.GET, "/tickets/\(ticket)/attachments/\(attachment)", headers: .bearer(w.acmeUser.token))
            #expect(page.status == .notFound)
            // The client cannot attach to the note (it does not exist for it), nor to the operator's public reply.
            #expect(try await upload(app, ticket, Self.jpeg, token: w.acmeUser.token, message: noteID).status == .unprocessableEntity)
            let reply = try await app.reply(ticket, "Send us a photo, please", by: w.operator.token)
            let replyID = try #require(reply.json["id"] as? String)
            #expect(try await upload(app, ticket, Self.jpeg, token: w.acmeUser.token, message: replyID).status == .forbidden)
            // A message of another ticket is not one of this ticket.
            let other = try await app.ticketID(w.acmeUser.token, subject: "Other")
            #expect(try await upload(app, other, Self.jpeg, token: w.operator.token, message: replyID).status == .unprocessableEntity)
            // The client's own reply takes its image.
            let own = try await app.reply(ticket, "Here it is", by: w.acmeUser.token)
            let onOwn = try await upload(app, ticket, Self.jpeg, token: w.acmeUser.token, message: try #require(own.json["id"] as? String))
            #expect(onOwn.status == .created, "\(onOwn.text)")
            #expect(try await list(app, ticket, token: w.acmeUser.token).items.count == 1)
        }
    }

    @Test func aTicketHoldsAtMostTwentyImagesAndAClosedOneTakesNone() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let ticket = try await app.ticketID(w.acmeUser.token)
            for _ in 0..<TicketLimits.attachments {
                #expect(try await upload(app, ticket, Self.jpeg, token: w.operator.token).status == .created)
            }
            #expect(try await upload(app, ticket, Self.jpeg, token: w.operator.token).status == .conflict)
            let other = try await app.ticketID(w.acmeUser.token, subject: "Other")
            _ = try await app.reply(other, "Done", by: w.operator.token)
            #expect(try await app.moveTicket(other, to: "resolved", by: w.operator.token).status == .ok)
            // A resolved ticket takes no image from its client; a closed one from nobody.
            #expect(try await upload(app, other, Self.jpeg, token: w.acmeUser.token).status == .conflict)
            #expect(try await app.moveTicket(other, to: "closed", by: w.operator.token).status == .ok)
            #expect(try await upload(app, other, Self.jpeg, token: w.operator.token).status == .conflict)
        }
    }

    @Test func theCabinetAndTheTicketPageSendImagesWithTheTicketAndTheReply() async throws {
        let clock = ManualClock(SupportWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await SupportWorld.make(app, clock: clock)
            let client = try await w.browser(app, as: w.acmeUser)
            let cabinet = try await client.get("/cabinet/support")
            #expect(cabinet.text.contains("enctype=\"multipart/form-data\"") && cabinet.text.contains("name=\"attachments[]\""))
            // Not an image: the form comes back with the reason beside the field and what was typed.
            let refused = try await client.postMultipart("/cabinet/support", form: ["subject": "Broken pallet", "description": "See photo", "priority": "high"],
                                                         files: [("attachments[]", "pallet.svg", Self.svg)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"attachments-error\">must be JPEG, PNG or WebP images<"))
            #expect(refused.text.contains("value=\"Broken pallet\""))
            #expect(try await app.db.sql.raw("SELECT COUNT(*) AS n FROM tickets").first(decodingColumn: "n", as: Int.self) == 0)
            let filed = try await client.postMultipart("/cabinet/support", form: ["subject": "Broken pallet", "description": "See photo", "priority": "high"],
                                                       files: [("attachments[]", "pallet.jpg", Self.jpeg), ("attachments[]", "", [])])
            #expect(filed.status == .seeOther, "\(filed.text.prefix(400))")
            let id = try #require(filed.headers.first(name: .location).flatMap { UUID(uuidString: String($0.dropFirst("/tickets/".count))) })
            let page = try await client.get("/tickets/\(id)")
            #expect(page.text.components(separatedBy: "class=\"claim-photo\"").count - 1 == 1)

            // The operator replies with an image, and writes a note with another.
            let op = try await w.browser(app, as: w.operator, language: "ru")
            _ = try await op.get("/tickets/\(id)")
            let reply = try await op.postMultipart("/tickets/\(id)/messages", form: ["text": "Вот как упаковать"], files: [("attachments[]", "how.png", Self.png)])
            #expect(reply.status == .seeOther, "\(reply.text.prefix(400))")
            _ = try await op.get("/tickets/\(id)")
            let badNote = try await op.postMultipart("/tickets/\(id)/messages", form: ["text": "Фото склада", "internal": "on"], files: [("attachments[]", "x.svg", Self.svg)])
            #expect(badNote.status == .unprocessableEntity)
            #expect(badNote.text.contains("id=\"attachments-error\">должны быть изображениями JPEG, PNG или WebP<") && badNote.text.contains("Фото склада"))
            let note = try await op.postMultipart("/tickets/\(id)/messages", form: ["text": "Фото склада", "internal": "on"], files: [("attachments[]", "w.jpg", Self.jpeg)])
            #expect(note.status == .seeOther)
            let staffPage = try await op.get("/tickets/\(id)")
            #expect(staffPage.text.components(separatedBy: "class=\"claim-photo\"").count - 1 == 3)

            // The client sees its own image and the reply's, never the note's.
            let clientPage = try await client.get("/tickets/\(id)")
            #expect(clientPage.text.components(separatedBy: "class=\"claim-photo\"").count - 1 == 2)
            let staffList = try await list(app, id, token: w.operator.token).items
            let noteImage = try #require(staffList.first { $0["internal"] as? Bool == true }?["id"] as? String)
            #expect(!clientPage.text.contains(noteImage))
            #expect(try await client.get("/tickets/\(id)/attachments/\(noteImage)").status == .notFound)
            let shown = try #require(staffList.first { $0["internal"] as? Bool == false }?["id"] as? String)
            let image = try await client.get("/tickets/\(id)/attachments/\(shown)")
            #expect(image.status == .ok && image.headers.first(name: "X-Content-Type-Options") == "nosniff")
            // Another client's browser finds nothing.
            let stranger = try await w.browser(app, as: w.globexUser)
            #expect(try await stranger.get("/tickets/\(id)/attachments/\(shown)").status == .notFound)
        }
    }
}
