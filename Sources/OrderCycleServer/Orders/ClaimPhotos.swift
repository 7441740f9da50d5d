import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Photos on a claim: added by its client or by staff while the claim is open, read by the same
/// people. The bytes are served only under the type their signature proves.
enum ClaimPhotos {
    struct PhotoDTO: Content {
        var id: UUID
        var claim_id: UUID
        var media_type: String
        var size: Int
        var created_at: Date
    }

    /// The claim if the principal may see it: staff (the routes admit no other roles) every
    /// claim, a client its own — others get the same 404 as a claim that does not exist.
    static func visibleClaim(_ id: UUID, to actor: Principal, on db: any Database) async throws -> OrderClaim {
        guard let claim = try await OrderClaim.find(id, on: db), actor.role != .client || claim.clientID == actor.clientID else {
            throw Problem(.notFound)
        }
        return claim
    }

    /// Stores one photo on an open claim; refuses what is not a JPEG, PNG or WebP image.
    /// Runs in the caller's write transaction, which holds the claim from the count to the insert.
    static func add(_ bytes: ByteBuffer, to claimID: UUID, field: String, by actor: Principal, now: Date, on db: any Database) async throws -> PhotoDTO {
        try await holdClaim(claimID, on: db)
        let claim = try await visibleClaim(claimID, to: actor, on: db)
        guard let format = PhotoFormat(signature: bytes.readableBytesView) else {
            throw Problem.field(field, "must be a JPEG, PNG or WebP image")
        }
        guard claim.status == .open else { throw Problem(.conflict, detail: "Photos are added while the claim is open") }
        let count = try await db.sql.raw("SELECT COUNT(*) AS n FROM claim_photos WHERE claim_id = \(bind: claimID)").first()?.decode(column: "n", as: Int.self) ?? 0
        // A full claim refuses by its state, not by the photo sent: a 409, as for a worked claim.
        guard count < PhotoFormat.perClaim else { throw Problem.taken(field, "a claim holds at most \(PhotoFormat.perClaim) photos") }
        let dto = PhotoDTO(id: UUID(), claim_id: claimID, media_type: format.mediaType, size: bytes.readableBytes, created_at: now)
        try await db.sql.insert(into: "claim_photos")
            .columns("id", "claim_id", "format", "bytes", "size", "created_by", "created_at")
            .values(SQLBind(dto.id), SQLBind(claimID), SQLBind(format.rawValue), SQLBind(Data(bytes.readableBytesView)), SQLBind(dto.size),
                    SQLBind(actor.userID), SQLBind(dto.created_at))
            .run()
        try await AuditTrail.record(on: db, actor: actor, entity: OrderClaim.schema, id: claimID, action: .update, before: [String: String]?.none,
                                    after: ["photo": dto.id.uuidString, "size": String(dto.size)], at: now)
        return dto
    }

    /// Concurrent uploads to one claim take turns from here to the end of their transactions, so
    /// each counts the photos of those before it and the limit holds. On PostgreSQL the claim's
    /// row lock does it; on SQLite the write transaction already holds the database's write lock.
    private static func holdClaim(_ claimID: UUID, on db: any Database) async throws {
        guard db.isPostgres else { return }
        try await db.sql.raw("SELECT id FROM claims WHERE id = \(bind: claimID) FOR UPDATE").run()
    }

    /// The photos of several claims in one query, each claim's in the order they were added.
    static func list(of claimIDs: [UUID], on db: any Database) async throws -> [UUID: [PhotoDTO]] {
        guard !claimIDs.isEmpty else { return [:] }
        var out: [UUID: [PhotoDTO]] = [:]
        for row in try await db.sql.raw("""
            SELECT id, claim_id, format, size, created_at FROM claim_photos WHERE claim_id IN (\(binds: claimIDs)) ORDER BY created_at, id
            """).all() {
            let format = PhotoFormat(rawValue: try row.decode(column: "format", as: String.self)) ?? .jpeg
            let dto = PhotoDTO(id: try row.decode(column: "id", as: UUID.self), claim_id: try row.decode(column: "claim_id", as: UUID.self),
                               media_type: format.mediaType, size: try row.decode(column: "size", as: Int.self),
                               created_at: try row.decode(column: "created_at", as: Date.self))
            out[dto.claim_id, default: []].append(dto)
        }
        return out
    }

    /// The image itself, for the API and for the pages alike.
    @Sendable static func image(req: Request) async throws -> Response {
        let claimID = try idParameter(req)
        let photoID = try idParameter(req, "photo")
        _ = try await visibleClaim(claimID, to: try req.actor, on: req.db)
        guard let row = try await req.db.sql.raw("""
            SELECT format, bytes FROM claim_photos WHERE id = \(bind: photoID) AND claim_id = \(bind: claimID)
            """).first(),
            let format = PhotoFormat(rawValue: try row.decode(column: "format", as: String.self))
        else { throw Problem(.notFound) }
        let bytes = try row.decode(column: "bytes", as: Data.self)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: format.mediaType)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .contentDisposition, value: "inline")
        headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=86400, immutable")
        return Response(status: .ok, headers: headers, body: .init(data: bytes))
    }
}
