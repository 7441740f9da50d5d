import Fluent
import Foundation
import SQLKit

/// What the clients area reads about its managers beyond their open work (`OpenWork`).
enum ManagerQueries {
    /// The segments a manager takes new clients in, ordered by id.
    static func segments(of managerID: UUID, on db: any Database) async throws -> ManagersAPI.ManagerSegments {
        let ids = try await db.sql.raw("SELECT segment_id FROM manager_segments WHERE manager_id = \(bind: managerID)")
            .all(decodingColumn: "segment_id", as: UUID.self)
        return ManagersAPI.ManagerSegments(manager_id: managerID, segment_ids: ids.sorted { $0.uuidString < $1.uuidString })
    }
}
