import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Service standards through the API: everyone who reads the dashboard may read them, analysts
/// and administrators set them.
enum StandardsAPI {
    static let editors: Access = .only(.analyst, .admin)

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Quality.standards, access: QualityAPI.readers, use: list)
        routes.endpoint(.POST, APIRoute.Quality.standards, access: editors, use: create)
        routes.endpoint(.GET, APIRoute.Quality.standard, access: QualityAPI.readers, use: show)
        routes.endpoint(.PUT, APIRoute.Quality.standard, access: editors, use: replace)
    }

    @Sendable static func list(req: Request) async throws -> StandardsListDTO {
        try await StandardsQueries.listing(on: req.db, lang: req.language)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard let set = try await StandardsStore.find(try idParameter(req), on: req.db) else { throw Problem(.notFound) }
        return try await StandardsQueries.dto(set, on: req.db, lang: req.language).encodeResponse(for: req).withETag(set.version)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.content.decode(StandardInput.self)
        guard let segment = body.segment_id else { throw Problem.field("segment_id", "is required: the default standard exists already") }
        let operation = try CreateStandard(segmentID: segment, body)
        let actor = try req.actor
        let requestID = req.requestID
        let lang = req.language
        return try await Idempotency.create(req) { tx in
            let dto = try await operation.run(by: actor, lang: lang, requestID: requestID, now: req.clock.now(), on: tx)
            return try CreatedResponse(dto, location: APIRoute.Quality.standard(dto.id), version: 1)
        }
    }

    @Sendable static func replace(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(StandardInput.self)
        let operation = try ReplaceStandard(standardID: id, body, expectedVersion: expected)
        let actor = try req.actor
        let requestID = req.requestID
        let lang = req.language
        let dto = try await req.write { tx in try await operation.run(by: actor, lang: lang, requestID: requestID, now: req.clock.now(), on: tx) }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }
}
