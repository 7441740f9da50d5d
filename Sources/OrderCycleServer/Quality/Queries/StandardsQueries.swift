import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// What the standards pages and API read besides the sets themselves (`StandardsStore`).
enum StandardsQueries {
    /// The default standard first, then each segment's own, and the segments that follow the default.
    static func listing(on db: any Database, lang: Language) async throws -> StandardsListDTO {
        let catalog = try await StandardsStore.catalog(on: db)
        let segments = try await segmentNames(on: db, lang: lang)
        var items = [StandardSetDTO(catalog.fallback, segmentName: nil)]
        var following: [StandardsListDTO.FollowingSegment] = []
        for segment in segments {
            if let own = catalog.bySegment[segment.id] { items.append(StandardSetDTO(own, segmentName: segment.name)) } else {
                following.append(.init(id: segment.id, name: segment.name))
            }
        }
        return StandardsListDTO(items: items, following_default: following)
    }

    private struct SegmentName: Decodable { var id: UUID; var name_en: String; var name_ru: String }

    /// Segment names in the reader's language, by code, in one query.
    static func segmentNames(on db: any Database, lang: Language) async throws -> [(id: UUID, name: String)] {
        try await db.sql.raw("SELECT id, name_en, name_ru FROM segments ORDER BY code").all(decoding: SegmentName.self)
            .map { ($0.id, lang == .ru ? $0.name_ru : $0.name_en) }
    }

    /// One segment's name in the reader's language; nil when there is no such segment.
    static func segmentName(_ id: UUID, on db: any Database, lang: Language) async throws -> String? {
        try await db.sql.raw("SELECT id, name_en, name_ru FROM segments WHERE id = \(bind: id)").first(decoding: SegmentName.self)
            .map { lang == .ru ? $0.name_ru : $0.name_en }
    }

    /// A set as the API shows it, with its segment named in the reader's language.
    static func dto(_ set: StandardSet, on db: any Database, lang: Language) async throws -> StandardSetDTO {
        let name = try await set.segmentID.asyncMap { try await segmentName($0, on: db, lang: lang) } ?? nil
        return StandardSetDTO(set, segmentName: name)
    }

    static func segmentExists(_ segmentID: UUID, on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT id FROM segments WHERE id = \(bind: segmentID)").first() != nil
    }

    /// Whether the segment has a standard of its own.
    static func hasOwnStandard(_ segmentID: UUID, on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT id FROM service_standards WHERE segment_id = \(bind: segmentID)").first() != nil
    }
}
