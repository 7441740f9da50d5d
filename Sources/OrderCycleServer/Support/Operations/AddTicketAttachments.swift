import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Attaches images to a ticket, or to one message of its thread (DOMAIN §2.3), by the same rules
/// as claim photos: only what its first bytes prove to be a JPEG, PNG or WebP image is stored,
/// and served under that type only. A client attaches to its own ticket and its own messages;
/// an attachment on an internal note is staff's only, as the note is. A ticket holds at most
/// `TicketLimits.attachments` images; a closed ticket takes no more, nor does a resolved one
/// from its client (as with messages).
struct AddTicketAttachments: Sendable {
    let images: [ByteBuffer]
    let field: String
    let lang: Language

    /// The images of an upload: at least one, each a proven image.
    init(images: [ByteBuffer], field: String, lang: Language) throws {
        var v = FieldInput(lang)
        let sent = Self.check(images, field: field, into: &v)
        if sent.isEmpty { v.add(field, en: "must be a JPEG, PNG or WebP image", ru: "должно быть изображением JPEG, PNG или WebP") }
        try v.check()
        self.init(checked: sent, field: field, lang: lang)
    }

    private init(checked images: [ByteBuffer], field: String, lang: Language) {
        self.images = images
        self.field = field
        self.lang = lang
    }

    /// The images a form sent beside a new ticket or a reply, checked into `v` with the form's
    /// other fields; nil when it sent none.
    static func fromForm(_ files: [ByteBuffer], field: String, lang: Language, into v: inout FieldInput) -> AddTicketAttachments? {
        let sent = check(files, field: field, into: &v)
        return sent.isEmpty ? nil : AddTicketAttachments(checked: sent, field: field, lang: lang)
    }

    /// The images sent (empty parts left out), with a message beside `field` when one is not an
    /// image or there are too many.
    private static func check(_ files: [ByteBuffer], field: String, into v: inout FieldInput) -> [ByteBuffer] {
        let sent = SniffedImage.sent(files)
        if !SniffedImage.allImages(sent) {
            v.add(field, en: "must be JPEG, PNG or WebP images", ru: "должны быть изображениями JPEG, PNG или WebP")
        } else if sent.count > TicketLimits.attachmentsPerForm {
            v.add(field, en: "at most \(TicketLimits.attachmentsPerForm) images at once", ru: "не больше \(TicketLimits.attachmentsPerForm) изображений за раз")
        }
        return sent
    }

    /// Attaches through the API: the ticket moves to its next version.
    func run(ticket ticketID: UUID, message messageID: UUID?, by actor: Principal, now: Date, on db: any Database) async throws -> [TicketAttachmentDTO] {
        let ticket = try await SupportAccess.writableTicket(ticketID, by: actor, on: db)
        if ticket.status == .closed || (actor.role == .client && ticket.status == .resolved) {
            throw Problem(.conflict, detail: ticket.status == .closed
                ? lang.t("The ticket is closed: reopen it or open a new one.", "Заявка закрыта: откройте её заново или создайте новую.")
                : lang.t("The ticket is resolved: reopen it to add more.", "Заявка решена: откройте её заново, чтобы добавить."))
        }
        if let messageID {
            let message = try await TicketQueries.message(messageID, on: db)
            guard let message, message.ticket_id == ticketID, actor.role != .client || !message.internal else {
                throw Problem.field("message_id", lang.t("is not a message of this ticket", "это не сообщение этой заявки"))
            }
            if actor.role == .client, message.author_id != actor.userID || actor.userID == nil {
                throw Problem(.forbidden, detail: lang.t("You attach images to your own messages only.", "Изображения прикладывают только к своим сообщениям."))
            }
        }
        // Advancing the version takes the ticket's row first, so concurrent uploads count in turn.
        try await TicketWrites.touch(ticketID, expected: nil, now: now, on: db)
        return try await store(on: ticketID, message: messageID, by: actor, now: now, on: db)
    }

    /// Stores the images on a ticket the caller has already checked and holds (a new ticket, a
    /// new message), within the ticket's limit.
    func store(on ticketID: UUID, message messageID: UUID?, by actor: Principal, now: Date, on db: any Database) async throws -> [TicketAttachmentDTO] {
        let held = try await TicketAttachmentQueries.count(of: ticketID, on: db)
        guard held + images.count <= TicketLimits.attachments else {
            throw Problem.taken(field, lang.t("a ticket holds at most \(TicketLimits.attachments) images", "к заявке можно приложить не больше \(TicketLimits.attachments) изображений"))
        }
        var stored: [TicketAttachmentDTO] = []
        for image in images {
            let format = try SniffedImage.format(of: image, field: field, lang: lang)
            let id = UUID()
            try await TicketAttachmentQueries.insert(id: id, ticketID: ticketID, messageID: messageID, format: format, bytes: Data(image.readableBytesView),
                                                     by: actor.userID, at: now, on: db)
            try await AuditTrail.record(on: db, actor: actor, entity: TicketWrites.table, id: ticketID, action: .update, before: [String: String]?.none,
                                        after: ["attachment": id.uuidString, "size": String(image.readableBytes)], at: now)
            if let dto = try await TicketAttachmentQueries.one(id, of: ticketID, on: db) { stored.append(dto) }
        }
        return stored
    }
}
