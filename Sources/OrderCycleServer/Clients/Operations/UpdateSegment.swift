import Fluent
import Foundation
import OrderCycleCore

/// A change to a segment: only the fields the body names change; retiring one sets `active`.
struct UpdateSegment: Sendable {
    let segmentID: UUID
    let body: SegmentsAPI.Body
    let expectedVersion: Int?

    init(segmentID: UUID, _ body: SegmentsAPI.Body, expectedVersion: Int?) throws {
        self.body = try SegmentsAPI.validate(body, creating: false)
        self.segmentID = segmentID
        self.expectedVersion = expectedVersion
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> SegmentsAPI.SegmentDTO {
        let version = try await ETag.advance(Segment.schema, id: segmentID, expected: expectedVersion, on: db)
        guard let segment = try await Segment.find(segmentID, on: db) else { throw Problem(.notFound) }
        var before = try SegmentsAPI.dto(segment)
        before.version = version - 1
        if let code = body.code, code != segment.code {
            if try await Segment.query(on: db).filter(\.$code == code).count() > 0 { throw Problem.taken("code", "is already used by another segment") }
            segment.code = code
        }
        if let name = body.name_en { segment.nameEN = name }
        if let name = body.name_ru { segment.nameRU = name }
        if let isInternal = body.internal { segment.isInternal = isInternal }
        if let active = body.active { segment.active = active }
        segment.version = version
        try await segment.update(on: db)
        let after = try SegmentsAPI.dto(segment)
        try await AuditTrail.record(on: db, actor: actor, entity: Segment.schema, id: segmentID, action: .update, before: before, after: after, at: now)
        return after
    }
}
