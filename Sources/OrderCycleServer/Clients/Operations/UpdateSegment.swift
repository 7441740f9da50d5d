import Fluent
import Foundation
import OrderCycleCore

/// A change to a segment: only the fields the body names change; retiring one sets `active`.
struct UpdateSegment: Sendable {
    let segmentID: UUID
    let body: SegmentInput
    let expectedVersion: Int?
    /// The language of the message when the new code is taken.
    let lang: Language

    init(segmentID: UUID, _ body: SegmentInput, expectedVersion: Int?, lang: Language = .en) throws {
        self.body = try body.validated(creating: false, lang: lang)
        self.lang = lang
        self.segmentID = segmentID
        self.expectedVersion = expectedVersion
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> SegmentDTO {
        let version = try await ETag.advance(Segment.schema, id: segmentID, expected: expectedVersion, on: db)
        guard let segment = try await Segment.find(segmentID, on: db) else { throw Problem(.notFound) }
        var before = try SegmentDTO(segment)
        before.version = version - 1
        if let code = body.code, code != segment.code {
            if try await Segment.query(on: db).filter(\.$code == code).count() > 0 { throw Problem.taken("code", lang.t("is already used by another segment", "уже занят другим сегментом")) }
            segment.code = code
        }
        if let name = body.name_en { segment.nameEN = name }
        if let name = body.name_ru { segment.nameRU = name }
        if let isInternal = body.internal { segment.isInternal = isInternal }
        if let active = body.active { segment.active = active }
        segment.version = version
        try await segment.update(on: db)
        CardChange.announce(.all)
        let after = try SegmentDTO(segment)
        try await AuditTrail.record(on: db, actor: actor, entity: Segment.schema, id: segmentID, action: .update, before: before, after: after, at: now)
        return after
    }
}
