import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Puts up a branch's photo, replacing the one before (DOMAIN §2.5: the catalog shows each
/// branch with a photo). Only a JPEG, PNG or WebP image, recognised by its first bytes as claim
/// photos are (`SniffedImage.format`), is taken; anything else is refused naming the field and
/// nothing changes. The photo is a resource of its own: the branch's fields, version and the
/// nearest-branch grid stay as they are.
struct SetBranchPhoto: Sendable {
    let branchID: UUID
    let bytes: ByteBuffer
    let format: PhotoFormat

    init(branchID: UUID, bytes: ByteBuffer, field: String, lang: Language = .en) throws {
        self.format = try SniffedImage.format(of: bytes, field: field, lang: lang)
        (self.branchID, self.bytes) = (branchID, bytes)
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws {
        guard try await BranchQueries.branch(branchID, on: db) != nil else { throw Problem(.notFound) }
        try await BranchQueries.putPhoto(of: branchID, format: format, bytes: Data(bytes.readableBytesView), by: actor.userID, now: now, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: "branch", id: branchID, action: .update, before: [String: String]?.none,
                                    after: ["photo": format.mediaType, "size": String(bytes.readableBytes)], at: now)
    }
}
