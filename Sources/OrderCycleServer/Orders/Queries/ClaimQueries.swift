import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Claims' photos and the order's count of claims, as filing a claim and adding photos read and
/// write them.
enum ClaimQueries {
    /// One more claim on the order: the count the quality figures read, and a new version.
    static func countClaim(on orderID: UUID, on db: any Database) async throws {
        try await db.sql.raw("UPDATE orders SET claim_count = claim_count + 1, version = version + 1 WHERE id = \(bind: orderID)").run()
    }

    /// Of these claims, those worked as a request (the request carries the claim's id).
    static func withRequests(_ ids: [UUID], on db: any Database) async throws -> Set<UUID> {
        guard !ids.isEmpty else { return [] }
        return Set(try await db.sql.select().column("id").from("service_requests").where("id", .in, ids).all(decodingColumn: "id", as: UUID.self))
    }

    /// Locks the claim's row to the end of the transaction (PostgreSQL only: SQLite's write
    /// transaction holds the whole database already).
    static func lockClaim(_ claimID: UUID, on db: any Database) async throws {
        try await db.sql.raw("SELECT id FROM claims WHERE id = \(bind: claimID) FOR UPDATE").run()
    }

    static func photoCount(of claimID: UUID, on db: any Database) async throws -> Int {
        try await db.sql.raw("SELECT COUNT(*) AS n FROM claim_photos WHERE claim_id = \(bind: claimID)").first(decodingColumn: "n", as: Int.self) ?? 0
    }

    static func insertPhoto(_ photo: ClaimPhotos.PhotoDTO, format: PhotoFormat, bytes: Data, by user: UUID?, on db: any Database) async throws {
        try await db.sql.insert(into: "claim_photos")
            .columns("id", "claim_id", "format", "bytes", "size", "created_by", "created_at")
            .values(SQLBind(photo.id), SQLBind(photo.claim_id), SQLBind(format.rawValue), SQLBind(bytes), SQLBind(photo.size),
                    SQLBind(user), SQLBind(photo.created_at))
            .run()
    }

    private struct PhotoRow: Decodable { var id: UUID; var claim_id: UUID; var format: String; var size: Int; var created_at: Date }

    /// The photos of several claims in one query, each claim's in the order they were added.
    static func photos(of claimIDs: [UUID], on db: any Database) async throws -> [ClaimPhotos.PhotoDTO] {
        guard !claimIDs.isEmpty else { return [] }
        return try await db.sql.raw("""
            SELECT id, claim_id, format, size, created_at FROM claim_photos WHERE claim_id IN (\(binds: claimIDs)) ORDER BY created_at, id
            """).all(decoding: PhotoRow.self).map { row in
            let format = PhotoFormat(rawValue: row.format) ?? .jpeg
            return ClaimPhotos.PhotoDTO(id: row.id, claim_id: row.claim_id, media_type: format.mediaType, size: row.size, created_at: row.created_at)
        }
    }

    private struct ImageRow: Decodable { var format: String; var bytes: Data }

    /// One photo's bytes and its proven format; nil when the claim holds no such photo or its
    /// stored format is unknown.
    static func image(_ photoID: UUID, of claimID: UUID, on db: any Database) async throws -> (format: PhotoFormat, bytes: Data)? {
        guard let row = try await db.sql.raw("""
            SELECT format, bytes FROM claim_photos WHERE id = \(bind: photoID) AND claim_id = \(bind: claimID)
            """).first(decoding: ImageRow.self), let format = PhotoFormat(rawValue: row.format) else { return nil }
        return (format, row.bytes)
    }
}
