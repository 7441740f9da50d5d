import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// A claim on an order is worked as a post-sale request (DOMAIN §2.4, §3.3 item 6): its request
/// of kind `claim` carries the claim's id, goes through the request's steps (accepted, planned,
/// done, closed satisfied or not, or refused) and counts in flexibility F when decided. The
/// claim's own row follows its request, so the claims API, the claims page and the quality
/// roll-up's claim trigger read what they always read: `open`, then `in_progress` once the
/// request is taken, `resolved` when closed satisfied, `rejected` when refused or closed
/// unsatisfied, the request's reason becoming the claim's resolution.
enum ClaimRequest {
    /// Files the claim's request, under the claim's id, in the claim's transaction.
    static func file(_ claim: OrderClaim, by actor: Principal, now: Date, calendar: CompanyCalendar, on db: any Database) async throws {
        try await insert(id: try claim.requireID(), clientID: claim.clientID, orderID: claim.orderID, description: claim.description,
                         status: .new, filedBy: actor.userID, channel: actor.role == .client ? "client" : (actor.userID == nil ? "integration" : "staff"),
                         at: claim.createdAt, month: ServicesInput.month(of: claim.createdAt, calendar), now: now, on: db)
        if let dto = try await RequestQueries.request(try claim.requireID(), on: db) {
            try await RequestWrites.audit(actor, .create, before: nil, after: dto, now: now, on: db)
        }
    }

    /// The claim's request; a claim filed before claims were requests (or loaded in bulk) gets
    /// its request the first time it is worked, as it stands: open as new, in progress as
    /// accepted. A decided claim takes no further step, so it needs none.
    static func request(for claim: OrderClaim, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> ServiceRequestDTO {
        let id = try claim.requireID()
        if let existing = try await RequestQueries.request(id, on: db) { return existing }
        try await insert(id: id, clientID: claim.clientID, orderID: claim.orderID, description: claim.description,
                         status: claim.status == .inProgress ? .accepted : .new, filedBy: claim.createdBy, channel: "staff",
                         at: claim.createdAt, month: ServicesInput.month(of: claim.createdAt, calendar), now: now, on: db)
        guard let made = try await RequestQueries.request(id, on: db) else { throw Problem(.notFound) }
        return made
    }

    private static func insert(id: UUID, clientID: UUID, orderID: UUID, description: String, status: ServiceRequestStatus, filedBy: UUID?,
                               channel: String, at: Date, month: String, now: Date, on db: any Database) async throws {
        let currency = try await db.sql.raw("SELECT currency FROM orders WHERE id = \(bind: orderID)").first()?.decode(column: "currency", as: String.self) ?? "UAH"
        try await db.sql.raw("""
            INSERT INTO service_requests (id, version, client_id, kind, order_id, outside_hours, description, status,
                                          inside_package, price_minor, currency, month, channel, filed_by, created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: clientID), \(bind: ServiceRequestKind.claim.rawValue), \(bind: orderID), \(bind: false), \(bind: description),
                    \(bind: status.rawValue), \(bind: false), \(bind: Int64(0)), \(bind: currency), \(bind: month), \(bind: channel), \(bind: filedBy),
                    \(bind: at), \(bind: now))
            """).run()
    }

    /// The claim follows its request's step (nothing for requests of other kinds).
    static func follow(_ request: ServiceRequestDTO, by actor: Principal, now: Date, on db: any Database) async throws {
        guard request.kind == ServiceRequestKind.claim.rawValue, let claim = try await OrderClaim.find(request.id, on: db) else { return }
        let status = ServiceRequestStatus(rawValue: request.status) ?? .new
        let next: ClaimStatus
        switch status {
        case .new: next = .open
        case .accepted, .planned, .done: next = .inProgress
        case .closed: next = request.satisfied == true ? .resolved : .rejected
        case .refused: next = .rejected
        }
        guard next != claim.status else { return }
        let before = try ClaimDTO(claim)
        claim.version += 1
        claim.status = next
        if !next.isOpen {
            claim.resolution = request.reason ?? claim.resolution
            claim.resolvedAt = now
        }
        try await claim.update(on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: OrderClaim.schema, id: request.id, action: .update, before: before, after: try ClaimDTO(claim), at: now)
    }
}
