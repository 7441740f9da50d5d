import Fluent
import Foundation
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// A bulk load writes without the WAL only on an SQLite file it has alone, and leaves the file in
/// WAL mode whatever happens.
@Suite("A bulk load leaves the WAL only on a file it has alone")
struct BulkLoadJournalTests {
    static func mode(_ db: any Database) async throws -> String? {
        try await db.sql.raw("PRAGMA journal_mode").first(decodingColumn: "journal_mode", as: String.self)
    }

    static func path(_ app: Application) -> String? {
        if case .sqlite(let path) = app.appConfig.storage { return path }
        return nil
    }

    @Test func aFileTheLoadHasAloneIsWrittenWithARollbackJournalAndEndsInWAL() async throws {
        try await withApp { app in
            guard !onPostgres else { return }
            app.databases.reinitialize()
            let during = try await app.db.bulkLoad { conn in try await BulkLoadJournal.withoutWAL(on: conn) { try await Self.mode(conn) } }
            #expect(during == "delete")
            #expect(try await Self.mode(app.db) == "wal")
        }
    }

    @Test func aFileAnotherConnectionReadsKeepsTheWAL() async throws {
        try await withApp { app in
            guard !onPostgres, let path = Self.path(app) else { return }
            app.databases.reinitialize()
            let reader = try SQLiteWriter(path: path)
            defer { reader.close() }
            try reader.run("SELECT COUNT(*) FROM segments", []) { _ in }
            let during = try await app.db.bulkLoad { conn in try await BulkLoadJournal.withoutWAL(on: conn) { try await Self.mode(conn) } }
            #expect(during == "wal")
        }
    }

    @Test func aLoadThatFailsLeavesTheFileInWALAndWritesNothing() async throws {
        struct Stop: Error {}
        try await withApp { app in
            guard !onPostgres else { return }
            app.databases.reinitialize()
            await #expect(throws: Stop.self) {
                try await app.db.bulkLoad { conn in
                    try await BulkLoadJournal.withoutWAL(on: conn) {
                        try await conn.transaction { tx in
                            try await tx.sqlRaw("INSERT INTO segments (id, version, code, name_en, name_ru, internal, active) VALUES ('00000000-0000-0000-0000-00000000ABCD', 1, 'journal-test', 'Journal test', 'Журнал', 0, 1)")
                            throw Stop()
                        }
                    }
                }
            }
            let after = try await Self.mode(app.db)
            let written = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM segments WHERE code = 'journal-test'").first(decodingColumn: "n", as: Int.self)
            #expect(after == "wal")
            #expect(written == 0)
        }
    }
}
