import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Who works on and reads support tickets (DOMAIN §2.3 and the roles): the hotline operators,
/// the client managers and the administrators work on every ticket; an analyst reads them; a
/// client reads and writes only its own, never the internal notes. Anything a person may not
/// see answers 404, as if it did not exist.
enum SupportAccess {
    static let staffRoles: [Role] = [.admin, .manager, .operator]
    /// Staff who answer, move and change tickets.
    static let agents: Access = .roles(Set(staffRoles))
    /// Ticket reads: the agents, analysts and clients (a client sees its own).
    static let readers: Access = .roles(Set(staffRoles + [.analyst, .client]))
    /// Who opens tickets, writes in threads and moves them: the agents and clients.
    static let writers: Access = .roles(Set(staffRoles + [.client]))
    /// Only the ticket's client rates it.
    static let raters: Access = .only(.client)
    /// SLA policies: read by staff who work with tickets, set by an administrator.
    static let policyReaders: Access = .roles(Set(staffRoles + [.analyst]))
    static let policyWriters: Access = .only(.admin)
    /// The mail gateway's integration token (an integration token carries a staff role; see `inboundEmail`).
    static let mailGateway: Access = .only(.operator, .admin)

    static func party(_ actor: Principal) -> TicketParty { actor.role == .client ? .client : .staff }

    /// The SQL condition (starting with " AND") that limits tickets aliased `alias` to those `actor` sees.
    static func visibility(_ actor: Principal, alias t: String) -> SQLQueryString {
        guard actor.role == .client else { return "" }
        return " AND \(unsafeRaw: t).client_id = \(bind: actor.clientID ?? UUID())"
    }

    /// The ticket if `actor` may see it, else 404.
    static func visibleTicket(_ id: UUID, to actor: Principal, on db: any Database) async throws -> TicketQueries.TicketRow {
        guard let ticket = try await TicketQueries.row(id, on: db) else { throw Problem(.notFound) }
        if actor.role == .client, ticket.clientID != actor.clientID { throw Problem(.notFound) }
        guard actor.role == .client || actor.role.isStaff else { throw Problem(.notFound) }
        return ticket
    }

    /// The ticket if `actor` may write on it: a client its own, staff in a working role.
    static func writableTicket(_ id: UUID, by actor: Principal, on db: any Database) async throws -> TicketQueries.TicketRow {
        let ticket = try await visibleTicket(id, to: actor, on: db)
        guard actor.role == .client || staffRoles.contains(actor.role) else { throw Problem(.forbidden) }
        return ticket
    }
}
