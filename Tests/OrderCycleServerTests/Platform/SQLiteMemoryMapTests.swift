import Fluent
@testable import OrderCycleServer
import Testing
import Vapor

/// Every connection to the database file reads it through a memory map: the pool's, the
/// writer's and the quick reads' (`ordercycle_sqlite_map_files`).
@Suite("SQLite reads its file through a memory map")
struct SQLiteMemoryMapTests {
    static let mapped = 2_147_418_112

    static func mapSize(_ db: any Database) async throws -> Int? {
        try await db.sql.raw("PRAGMA mmap_size").all().first?.decode(column: "mmap_size", as: Int.self)
    }

    @Test func everyConnectionMapsTheFile() async throws {
        guard !onPostgres else { return }
        try await withApp { app in
            for loop in app.eventLoopGroup.makeIterator() {
                let pooled = try #require(app.databases.database(.sqlite, logger: app.logger, on: loop))
                #expect(try await Self.mapSize(pooled) == Self.mapped)
            }
            #expect(try await app.db.write(app) { db in try await Self.mapSize(db) } == Self.mapped)
            let quick = try #require(app.storage[SQLiteQuickReadsKey.self])
            #expect(try await Self.mapSize(try quick.database(app)) == Self.mapped)
        }
    }
}
