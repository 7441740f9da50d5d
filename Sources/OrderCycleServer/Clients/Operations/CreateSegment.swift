import Fluent
import Foundation
import OrderCycleCore

/// A new client segment (administrators only); its code is unique.
struct CreateSegment: Sendable {
    let body: SegmentInput
    /// The language of the message when the code is taken: the form answers in the user's.
    let lang: Language

    init(_ body: SegmentInput, lang: Language = .en) throws {
        self.body = try body.validated(creating: true, lang: lang)
        self.lang = lang
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> SegmentDTO {
        let (code, nameEN, nameRU) = try FieldValidator().check(body.code, body.name_en, body.name_ru)
        if try await Segment.query(on: db).filter(\.$code == code).count() > 0 {
            throw Problem.taken("code", lang.t("is already used by another segment", "уже занят другим сегментом"))
        }
        let segment = Segment(code: code, nameEN: nameEN, nameRU: nameRU, isInternal: body.internal ?? false)
        try await segment.create(on: db)
        CardChange.announce(.all)
        let dto = try SegmentDTO(segment)
        try await AuditTrail.record(on: db, actor: actor, entity: Segment.schema, id: dto.id, action: .create, before: SegmentDTO?.none, after: dto, at: now)
        return dto
    }
}
