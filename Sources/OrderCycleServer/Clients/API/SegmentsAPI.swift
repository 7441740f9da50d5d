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

    static func insert(_ body: Body, actor: Principal?, on tx: any Database, lang: Language = .en) async throws -> SegmentDTO {
        let (code, nameEN, nameRU) = try FieldValidator().check(body.code, body.name_en, body.name_ru)
        if try await Segment.query(on: tx).filter(\.$code == code).count() > 0 {
            throw Problem.taken("code", lang.t("is already used by another segment", "уже занят другим сегментом"))
        }
        let segment = Segment(code: code, nameEN: nameEN, nameRU: nameRU, isInternal: body.internal ?? false)
        try await segment.create(on: tx)
        let dto = try dto(segment)
        try await AuditTrail.record(on: tx, actor: actor, entity: Segment.schema, id: dto.id, action: .create, before: SegmentDTO?.none, after: dto)
        return dto
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try validate(try req.content.decode(Body.self), creating: true)
        let actor = try req.actor
        return try await Idempotency.create(req) { tx in
            let dto = try await insert(body, actor: actor, on: tx)
            return try CreatedResponse(dto, location: APIRoute.Clients.segment(dto.id), version: dto.version)
        }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try validate(try req.content.decode(Body.self), creating: false)
        let actor = try req.actor
        let result = try await req.write { tx in
            let version = try await ETag.advance(Segment.schema, id: id, expected: expected, on: tx)
            guard let segment = try await Segment.find(id, on: tx) else { throw Problem(.notFound) }
            var before = try Self.dto(segment)
            before.version = version - 1
            if let code = body.code, code != segment.code {
                if try await Segment.query(on: tx).filter(\.$code == code).count() > 0 { throw Problem.taken("code", "is already used by another segment") }
                segment.code = code
            }
            if let name = body.name_en { segment.nameEN = name }
            if let name = body.name_ru { segment.nameRU = name }
            if let isInternal = body.internal { segment.isInternal = isInternal }
            if let active = body.active { segment.active = active }
            segment.version = version
            try await segment.update(on: tx)
            let after = try Self.dto(segment)
            try await AuditTrail.record(on: tx, actor: actor, entity: Segment.schema, id: id, action: .update, before: before, after: after)
            return after
        }
        return try await result.encodeResponse(for: req).withETag(result.version)
    }
}
