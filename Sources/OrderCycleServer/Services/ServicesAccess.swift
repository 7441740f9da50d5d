import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Who works with the personal service department (DOMAIN §2.4): administrators and client
/// managers keep the catalog and the packages; managers and operators connect packages and file
/// requests for clients; the staff who plan and do the work move requests along; an analyst
/// reads. A client reads the catalog, its own package and its own requests, and files requests
/// for itself; anything of another client's answers 404, as if it did not exist.
enum ServicesAccess {
    /// Everyone who reads the catalog and the packages (a client sees the active ones).
    static let catalogReaders: Access = .authenticated
    static let catalogKeepers: Access = .only(.admin, .manager)
    /// Staff who see clients' subscriptions, requests and upsell suggestions.
    static let staffReaders: Access = .only(.admin, .manager, .operator, .logistician, .worker, .analyst)
    /// Requests and subscriptions are read by staff and by the client they belong to.
    static let ownerReaders: Access = .only(.admin, .manager, .operator, .logistician, .worker, .analyst, .client)
    /// Who connects packages and records upsell offers.
    static let accountKeepers: Access = .only(.admin, .manager, .operator)
    /// Who files requests: the client's staff and the client itself.
    static let filers: Access = .only(.admin, .manager, .operator, .client)
    /// Who accepts, refuses, plans, does and closes requests.
    static let workerRoles: Set<Role> = [.admin, .manager, .operator, .logistician, .worker]
    static let workers: Access = .roles(workerRoles)
    /// Who changes a request's text and time: the staff who file and work on requests, and the client (its own, while new).
    static let filersAndWorkers: Access = .only(.admin, .manager, .operator, .logistician, .worker, .client)
    /// Who reads η and F.
    static let figureReaders: Access = .only(.admin, .manager, .analyst)
    static let upsellReaders: Access = .only(.admin, .manager, .operator, .analyst)

    /// The client `actor` may see: its own for a client (else 404), any for staff.
    static func visibleClient(_ clientID: UUID, to actor: Principal, on db: any Database) async throws {
        if actor.role == .client, actor.clientID != clientID { throw Problem(.notFound) }
        guard try await ServicesInput.exists("clients", clientID, on: db) else { throw Problem(.notFound) }
    }

    /// The request if `actor` may see it, else 404.
    static func visibleRequest(_ id: UUID, to actor: Principal, on db: any Database) async throws -> ServiceRequestDTO {
        guard let request = try await RequestQueries.request(id, on: db) else { throw Problem(.notFound) }
        if actor.role == .client, request.client_id != actor.clientID { throw Problem(.notFound) }
        return request
    }

    /// The SQL condition (starting with " AND") that limits requests aliased `r` to those `actor` sees.
    static func requestVisibility(_ actor: Principal, alias r: String) -> SQLQueryString {
        if actor.role == .client { return " AND \(unsafeRaw: r).client_id = \(bind: actor.clientID ?? UUID())" }
        return ""
    }
}
