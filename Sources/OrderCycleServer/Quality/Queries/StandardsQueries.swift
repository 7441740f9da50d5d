import Fluent
import Foundation
import OrderCycleCore

enum StandardsQueries {
    /// The default standard first, then each segment's own, and the segments that follow the default.
    static func listing(on db: any Database, lang: Language) async throws -> StandardsAPI.ListDTO {
        let catalog = try await StandardsStore.catalog(on: db)
        let segments = try await StandardsAPI.segmentNames(on: db, lang: lang)
        var items = [StandardSetDTO(catalog.fallback, segmentName: nil)]
        var following: [StandardsAPI.SegmentRef] = []
        for segment in segments {
            if let own = catalog.bySegment[segment.id] { items.append(StandardSetDTO(own, segmentName: segment.name)) } else {
                following.append(StandardsAPI.SegmentRef(id: segment.id, name: segment.name))
            }
        }
        return StandardsAPI.ListDTO(items: items, following_default: following)
    }
}
