import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// What happened to a ticket, pushed live to the staff who answer tickets (operators, managers,
/// administrators) on every instance through the event bus, so the queue and the ticket page
/// can refresh. The event carries ids and the status only: a page re-reads what it shows.
///
/// Body: `{"kind":"ticket","ticket_id":…,"change":…,"status":…,"version":…}`.
struct TicketEvent: Codable, Sendable, Equatable {
    var kind = "ticket"
    var ticket_id: UUID
    var change: String
    var status: String
    var version: Int
}

enum SupportLive {
    /// Publishes the change; a lost event must never fail the change that already committed.
    static func publish(_ change: TicketChange, app: Application) async {
        let event = TicketEvent(ticket_id: change.ticket.id, change: change.change, status: change.ticket.status, version: change.ticket.version)
        do {
            let body = String(decoding: try APIJSON.encoder.encode(event), as: UTF8.self)
            try await LiveUpdates.services(app).bus.publish(LiveEvent(roles: SupportAccess.staffRoles, body: body))
        } catch {
            app.logger.warning("ticket event not pushed", metadata: ["error": "\(error)", "ticket": "\(event.ticket_id)"])
        }
    }
}

/// A ticket operation run the way both the API and the pages run it: inside one write
/// transaction, with the live event published once it has committed.
enum SupportWrite {
    static func run(_ req: Request, _ body: @escaping @Sendable (any Database) async throws -> TicketChange) async throws -> TicketChange {
        let change = try await req.write(body)
        await SupportLive.publish(change, app: req.application)
        return change
    }
}
