import Fluent
import OrderCycleCore
import Vapor

/// The managed list of client segments: everyone on staff reads it, administrators change it.
enum SegmentsAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Clients.segments, access: .staff, use: list)
        routes.endpoint(.POST, APIRoute.Clients.segments, access: .only(.admin), use: create)
        routes.endpoint(.PATCH, APIRoute.Clients.segment, access: .only(.admin), use: update)
    }

    @Sendable static func list(req: Request) async throws -> Page<SegmentDTO> {
        Page(items: try await SegmentQueries.all(on: req.db), next_cursor: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let operation = try CreateSegment(try req.content.decode(SegmentInput.self))
        let actor = try req.actor
        return try await Idempotency.create(req) { tx in
            let dto = try await operation.run(by: actor, now: req.clock.now(), on: tx)
            return try CreatedResponse(dto, location: APIRoute.Clients.segment(dto.id), version: dto.version)
        }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let operation = try UpdateSegment(segmentID: id, try req.content.decode(SegmentInput.self), expectedVersion: expected)
        let actor = try req.actor
        let result = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        return try await result.encodeResponse(for: req).withETag(result.version)
    }
}
