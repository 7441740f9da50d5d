import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Claim photos through the API: the body of the upload is the image itself.
enum ClaimPhotosAPI {
    static let access: Access = .only(.client, .manager, .operator, .admin)

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.POST, APIRoute.Orders.claimPhotos, access: access, use: upload)
        routes.endpoint(.GET, APIRoute.Orders.claimPhotos, access: access, use: list)
        routes.endpoint(.GET, APIRoute.Orders.claimPhoto, access: access, use: ClaimPhotos.image)
        routes.endpoint(.GET, PageRoute.Orders.claimPhoto, access: access, use: ClaimPhotos.image)
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let claimID = try idParameter(req)
        guard let body = req.body.data, body.readableBytes > 0 else { throw Problem.field("body", "must be a JPEG, PNG or WebP image") }
        let actor = try req.actor
        return try await Idempotency.create(req) { tx in
            let photo = try await ClaimPhotos.add(body, to: claimID, field: "body", by: actor, now: req.clock.now(), on: tx)
            return try CreatedResponse(photo, location: APIRoute.Orders.claimPhoto(photo.claim_id, photo.id))
        }
    }

    @Sendable static func list(req: Request) async throws -> [ClaimPhotos.PhotoDTO] {
        let claimID = try idParameter(req)
        _ = try await ClaimPhotos.visibleClaim(claimID, to: try req.actor, on: req.db)
        return try await ClaimPhotos.list(of: [claimID], on: req.db)[claimID] ?? []
    }
}
