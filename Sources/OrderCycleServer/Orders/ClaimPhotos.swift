import Fluent
import Foundation
import OrderCycleCore
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
        let format = try SniffedImage.format(of: bytes, field: field)
        guard claim.status == .open else { throw Problem(.conflict, detail: "Photos are added while the claim is open") }
        let count = try await ClaimQueries.photoCount(of: claimID, on: db)
        // A full claim refuses by its state, not by the photo sent: a 409, as for a worked claim.
        guard count < PhotoFormat.perClaim else { throw Problem.taken(field, "a claim holds at most \(PhotoFormat.perClaim) photos") }
        let dto = PhotoDTO(id: UUID(), claim_id: claimID, media_type: format.mediaType, size: bytes.readableBytes, created_at: now)
        try await ClaimQueries.insertPhoto(dto, format: format, bytes: Data(bytes.readableBytesView), by: actor.userID, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: OrderClaim.schema, id: claimID, action: .update, before: [String: String]?.none,
                                    after: ["photo": dto.id.uuidString, "size": String(dto.size)], at: now)
        return dto
    }

    /// Concurrent uploads to one claim take turns from here to the end of their transactions, so
    /// each counts the photos of those before it and the limit holds. On PostgreSQL the claim's
    /// row lock does it; on SQLite the write transaction already holds the database's write lock.
    private static func holdClaim(_ claimID: UUID, on db: any Database) async throws {
        guard db.isPostgres else { return }
        try await ClaimQueries.lockClaim(claimID, on: db)
    }

    /// The photos of several claims in one query, each claim's in the order they were added.
    static func list(of claimIDs: [UUID], on db: any Database) async throws -> [UUID: [PhotoDTO]] {
        Dictionary(grouping: try await ClaimQueries.photos(of: claimIDs, on: db), by: \.claim_id)
    }

    /// The image itself, for the API and for the pages alike.
    @Sendable static func image(req: Request) async throws -> Response {
        let claimID = try idParameter(req)
        let photoID = try idParameter(req, "photo")
        _ = try await visibleClaim(claimID, to: try req.actor, on: req.db)
        guard let (format, bytes) = try await ClaimQueries.image(photoID, of: claimID, on: req.db) else { throw Problem(.notFound) }
        return SniffedImage.response(format, bytes)
    }
}
