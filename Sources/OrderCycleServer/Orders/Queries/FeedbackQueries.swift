import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The claims list's `status` filter, read from the query string by the API and the claims page alike.
struct ClaimListFilter: Sendable {
    var status: ClaimStatus?

    init(_ query: any URLQueryContainer) throws {
        guard let raw = query[String.self, at: "status"] else { status = nil; return }
        guard let chosen = ClaimStatus(rawValue: raw) else { throw Problem.field("status", "is not a claim status") }
        status = chosen
    }
}

/// What buyers and staff read of an order's feedback: the comment thread and the claims.
enum FeedbackQueries {
    /// The thread of one order, oldest first.
    static func thread(of orderID: UUID, on db: any Database) async throws -> [CommentDTO] {
        try await db.sql.raw("""
            SELECT id, author_label AS author, from_client, body, at FROM order_comments
            WHERE order_id = \(bind: orderID) ORDER BY at, id
            """).all(decoding: CommentDTO.self)
    }

    /// Claims newest first, one page at a time; a client's user sees its own client's only.
    static func claims(visibleTo actor: Principal, status: ClaimStatus?, page: PageRequest, on db: any Database) async throws -> Page<ClaimDTO> {
        var query = OrderClaim.query(on: db).sort(\.$createdAt, .descending).sort(\.$id, .descending).limit(page.limit + 1)
        if actor.role == .client { query = query.filter(\.$clientID == (actor.clientID ?? UUID())) }
        if let status { query = query.filter(\.$status == status) }
        if let after = page.after, let at = after.moment {
            query = query.group(.or) { or in
                or.filter(\.$createdAt < at)
                or.group(.and) { and in and.filter(\.$createdAt == at).filter(\.$id < after.id) }
            }
        }
        let rows = try await query.all()
        let items = try rows.prefix(page.limit).map(ClaimDTO.init)
        let next = rows.count > page.limit ? items.last.map { Cursor(moment: $0.created_at, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }
}
