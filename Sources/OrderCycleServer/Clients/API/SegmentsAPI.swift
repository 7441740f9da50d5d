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

    struct SegmentDTO: Content, Equatable {
        var id: UUID
        var code: String
        var name_en: String
        var name_ru: String
        var `internal`: Bool
        var active: Bool
        var version: Int
    }

    struct Body: Content {
        var code: String?
        var name_en: String?
        var name_ru: String?
        var `internal`: Bool?
        var active: Bool?
    }

    static func dto(_ s: Segment) throws -> SegmentDTO {
        SegmentDTO(id: try s.requireID(), code: s.code, name_en: s.nameEN, name_ru: s.nameRU, internal: s.isInternal, active: s.active, version: s.version)
    }

    /// All segments, by code: a short managed list, so one page holds it.
    static func all(on db: any Database) async throws -> [SegmentDTO] {
        try await Segment.query(on: db).sort(\.$code).all().map(dto)
    }

    @Sendable static func list(req: Request) async throws -> Page<SegmentDTO> {
        Page(items: try await all(on: req.db), next_cursor: nil)
    }

    static func validate(_ body: Body, creating: Bool, lang: Language = .en) throws -> Body {
        var v = FieldValidator()
        var out = Body(internal: body.internal, active: body.active)
        if creating || body.code != nil {
            out.code = v.text("code", body.code, max: 40)?.lowercased()
            if let code = out.code, !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                v.add("code", lang.t("may hold latin letters, digits, - and _ only", "только латинские буквы, цифры, - и _"))
            }
        }
        if creating || body.name_en != nil { out.name_en = v.text("name_en", body.name_en, max: 80) }
        if creating || body.name_ru != nil { out.name_ru = v.text("name_ru", body.name_ru, max: 80) }
        try v.check()
        return out
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let operation = try CreateSegment(try req.content.decode(Body.self))
        let actor = try req.actor
        return try await Idempotency.create(req) { tx in
            let dto = try await operation.run(by: actor, now: req.clock.now(), on: tx)
            return try CreatedResponse(dto, location: APIRoute.Clients.segment(dto.id), version: dto.version)
        }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let operation = try UpdateSegment(segmentID: id, try req.content.decode(Body.self), expectedVersion: expected)
        let actor = try req.actor
        let result = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        return try await result.encodeResponse(for: req).withETag(result.version)
    }
}
