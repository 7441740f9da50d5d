import Fluent
import Foundation

/// Reads of the managed segment list.
enum SegmentQueries {
    /// All segments, by code: a short managed list, so one page holds it.
    static func all(on db: any Database) async throws -> [SegmentDTO] {
        try await Segment.query(on: db).sort(\.$code).all().map(SegmentDTO.init)
    }
}
