import Fluent
@testable import OrderCycleServer
import Testing
import Vapor

@Suite("Write transactions on SQLite")
struct SQLiteWriteTests {
    /// A session or a login throttle is written outside `Database.write`. If it committed between a
    /// write transaction's first read and its first write, SQLite would refuse that write
    /// (SQLITE_BUSY_SNAPSHOT, a 500). The transaction takes the write lock first, so the other
    /// write waits its turn instead.
    @Test func aWriteThatReadFirstOutlivesAnotherConnectionsWrite() async throws {
        guard !onPostgres else { return }
        try await withApp { app in
            let loops = Array(app.eventLoopGroup.makeIterator())
            try #require(loops.count >= 2, "two event loops give two SQLite connections")
            let first = app.databases.database(.sqlite, logger: app.logger, on: loops[0])!
            let second = app.databases.database(.sqlite, logger: app.logger, on: loops[1])!
            try await first.sqlRaw("CREATE TABLE tally (n INTEGER NOT NULL)")

            let (hasRead, reading) = AsyncStream<Void>.makeStream()
            async let transaction: Void = first.write(app) { db in
                _ = try await db.sql.raw("SELECT count(*) AS n FROM tally").all()
                reading.yield()
                try await Task.sleep(for: .milliseconds(300))
                try await db.sqlRaw("INSERT INTO tally (n) VALUES (1)")
            }
            for await _ in hasRead { break }
            try await second.sqlRaw("INSERT INTO tally (n) VALUES (2)")
            try await transaction

            let rows = try await second.sql.raw("SELECT n FROM tally ORDER BY rowid").all()
            #expect(try rows.map { try $0.decode(column: "n", as: Int.self) } == [1, 2])
        }
    }
}
