import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The images attached to tickets: stored, counted, listed and read back. Whether an attachment
/// is internal is its message's: the reads that serve a client leave out every attachment of an
/// internal note.
enum TicketAttachmentQueries {
    private struct Row: Decodable { var id: UUID; var ticket_id: UUID; var message_id: UUID?; var format: String; var size: Int; var `internal`: Bool?; var created_at: Date }

    private static let select = """
        SELECT a.id, a.ticket_id, a.message_id, a.format, a.size, m.internal, a.created_at
        FROM ticket_attachments a LEFT JOIN ticket_messages m ON m.id = a.message_id
        """

    static func count(of ticketID: UUID, on db: any Database) async throws -> Int {
        try await db.sql.raw("SELECT COUNT(*) AS n FROM ticket_attachments WHERE ticket_id = \(bind: ticketID)").first(decodingColumn: "n", as: Int.self) ?? 0
    }

    static func insert(id: UUID, ticketID: UUID, messageID: UUID?, format: PhotoFormat, bytes: Data, by user: UUID?, at now: Date, on db: any Database) async throws {
        try await db.sql.raw("""
            INSERT INTO ticket_attachments (id, ticket_id, message_id, format, bytes, size, created_by, created_at)
            VALUES (\(bind: id), \(bind: ticketID), \(bind: messageID), \(bind: format.rawValue), \(bind: bytes), \(bind: bytes.count),
                    \(bind: user), \(bind: now))
            """).run()
    }

    /// A ticket's attachments in the order they were added; without the internal notes' unless `includeInternal`.
    static func list(of ticketID: UUID, includeInternal: Bool, on db: any Database) async throws -> [TicketAttachmentDTO] {
        var query: SQLQueryString = "\(unsafeRaw: select) WHERE a.ticket_id = \(bind: ticketID)"
        if !includeInternal { query = query + " AND (m.internal IS NULL OR m.internal = \(bind: false))" }
        query = query + " ORDER BY a.created_at, a.id"
        return try await db.sql.raw(query).all(decoding: Row.self).map(dto)
    }

    static func one(_ id: UUID, of ticketID: UUID, on db: any Database) async throws -> TicketAttachmentDTO? {
        try await db.sql.raw("\(unsafeRaw: select) WHERE a.id = \(bind: id) AND a.ticket_id = \(bind: ticketID)").first(decoding: Row.self).map(dto)
    }

    private struct ImageRow: Decodable { var format: String; var bytes: Data }

    /// One attachment's bytes and proven format; nil when the ticket holds no such attachment, or
    /// it is an internal note's and the reader may not see internal notes.
    static func image(_ id: UUID, of ticketID: UUID, includeInternal: Bool, on db: any Database) async throws -> (format: PhotoFormat, bytes: Data)? {
        var query: SQLQueryString = """
            SELECT a.format, a.bytes FROM ticket_attachments a LEFT JOIN ticket_messages m ON m.id = a.message_id
            WHERE a.id = \(bind: id) AND a.ticket_id = \(bind: ticketID)
            """
        if !includeInternal { query = query + " AND (m.internal IS NULL OR m.internal = \(bind: false))" }
        guard let row = try await db.sql.raw(query).first(decoding: ImageRow.self), let format = PhotoFormat(rawValue: row.format) else { return nil }
        return (format, row.bytes)
    }

    private static func dto(_ r: Row) -> TicketAttachmentDTO {
        TicketAttachmentDTO(id: r.id, ticket_id: r.ticket_id, message_id: r.message_id, media_type: (PhotoFormat(rawValue: r.format) ?? .jpeg).mediaType,
                            size: r.size, internal: r.`internal` ?? false, created_at: r.created_at)
    }
}
