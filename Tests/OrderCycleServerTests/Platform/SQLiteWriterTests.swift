import Fluent
import Foundation
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// SQLite's writes run on a connection of their own that keeps its statements prepared
/// (`SQLiteWriter`): what it commits the pool reads at once, its errors read as the pool's do,
/// and a statement it prepared before the schema changed still runs after.
@Suite("The SQLite writer")
struct SQLiteWriterTests {
    @Test func whatTheWriterCommitsThePoolReadsAndARolledBackWriteLeavesNothing() async throws {
        try await withApp { app in
            guard app.sqliteWriter != nil else { return }
            try await app.db.write(app) { tx in
                #expect(tx is SQLiteWriterDatabase)
                try await tx.sql.raw("CREATE TABLE writer_probe (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE, at REAL)").run()
                try await tx.sql.raw("INSERT INTO writer_probe (label, at) VALUES (\(bind: "kept"), \(bind: Date(timeIntervalSince1970: 1_700_000_000)))").run()
            }
            struct Probe: Decodable { var label: String; var at: Date }
            let read = try await app.db.sql.raw("SELECT label, at FROM writer_probe").all(decoding: Probe.self)
            #expect(read.map(\.label) == ["kept"])
            #expect(read.first?.at == Date(timeIntervalSince1970: 1_700_000_000))
            struct Refused: Error {}
            await #expect(throws: Refused.self) {
                try await app.db.write(app) { tx in
                    try await tx.sql.raw("INSERT INTO writer_probe (label) VALUES (\(bind: "lost"))").run()
                    throw Refused()
                }
            }
            #expect(try await app.db.sql.raw("SELECT COUNT(*) AS n FROM writer_probe").first(decodingColumn: "n", as: Int.self) == 1)
        }
    }

    @Test func aConstraintFailureIsOneFluentRecognisesWithSQLitesOwnWords() async throws {
        try await withApp { app in
            guard app.sqliteWriter != nil else { return }
            try await app.db.write(app) { tx in try await tx.sql.raw("CREATE TABLE writer_probe (label TEXT NOT NULL UNIQUE)").run() }
            try await app.db.write(app) { tx in try await tx.sql.raw("INSERT INTO writer_probe (label) VALUES ('one')").run() }
            do {
                try await app.db.write(app) { tx in try await tx.sql.raw("INSERT INTO writer_probe (label) VALUES ('one')").run() }
                Issue.record("a second 'one' was written")
            } catch let error as any DatabaseError {
                #expect(error.isConstraintFailure)
                #expect(String(describing: error).contains("UNIQUE constraint failed"))
            }
        }
    }

    @Test func aStatementPreparedBeforeTheSchemaChangedRunsAfterIt() async throws {
        try await withApp { app in
            guard app.sqliteWriter != nil else { return }
            try await app.db.write(app) { tx in try await tx.sql.raw("CREATE TABLE writer_probe (label TEXT)").run() }
            let insert = "INSERT INTO writer_probe (label) VALUES ('x')"
            try await app.db.write(app) { tx in try await tx.sql.raw(SQLQueryString(insert)).run() }
            // Changed on the pool's connection, behind the writer's back.
            try await app.db.sql.raw("ALTER TABLE writer_probe ADD COLUMN weight INTEGER NOT NULL DEFAULT 7").run()
            try await app.db.write(app) { tx in try await tx.sql.raw(SQLQueryString(insert)).run() }
            let weights = try await app.db.sql.raw("SELECT weight FROM writer_probe").all(decodingColumn: "weight", as: Int.self)
            #expect(weights == [7, 7])
        }
    }

    /// A many-row statement's text differs with its row count: it runs, and is not kept.
    @Test func aStatementWithManyValuesRunsAndIsNotKept() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let writer = try SQLiteWriter(path: path)
        defer { writer.close() }
        try writer.run("CREATE TABLE probe (n INTEGER)", []) { _ in }
        let few = writer.keptStatementCount
        let many = SQLiteWriter.keptValuesAtMost + 1
        let insert = "INSERT INTO probe (n) VALUES " + Array(repeating: "(?)", count: many).joined(separator: ", ")
        for _ in 0..<2 { try writer.run(insert, (1...many).map { .integer($0) }) { _ in } }
        #expect(writer.keptStatementCount == few, "the many-row insert was kept")
        var total = 0
        try writer.run("SELECT SUM(n) AS s FROM probe WHERE n > ?", [.integer(0)]) { row in total = (try? row.decode(column: "s", as: Int.self)) ?? -1 }
        #expect(total == 2 * many * (many + 1) / 2)
        #expect(writer.keptStatementCount == few + 1, "a statement with few values is kept")
    }

    /// A socket or a timer can still write while the app stops: the write fails, the process goes on.
    @Test func aWriteThatOutlivesTheAppFailsInsteadOfStoppingTheProcess() async throws {
        try await withApp { app in
            guard let slot = app.sqliteWriter else { return }
            try await app.db.write(app) { tx in try await tx.sql.raw("CREATE TABLE writer_probe (label TEXT)").run() }
            await #expect(throws: (any Error).self) {
                try await app.db.write(app) { tx in
                    try await tx.sql.raw("INSERT INTO writer_probe (label) VALUES ('before')").run()
                    slot.shutdown(app)
                    try await tx.sql.raw("INSERT INTO writer_probe (label) VALUES ('after')").run()
                }
            }
            // Shut is shut: a later write does not open the file again.
            await #expect(throws: (any Error).self) {
                try await app.db.write(app) { tx in try await tx.sql.raw("INSERT INTO writer_probe (label) VALUES ('later')").run() }
            }
            #expect(try await app.db.sql.raw("SELECT COUNT(*) AS n FROM writer_probe").first(decodingColumn: "n", as: Int.self) == 0)
            await app.databases.shutdownAsync()
            #expect(throws: Problem.self) { try app.openDatabase() }
        }
    }
}
