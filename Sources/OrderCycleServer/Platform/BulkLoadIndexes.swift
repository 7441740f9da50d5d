import Fluent
import SQLKit

/// On SQLite, a load of many rows spends much of its time adding each row to every index of its
/// tables, and running the triggers that follow each row; building an index once over all the
/// rows is several times quicker. For such a load, the plain indexes of the tables it fills and
/// the triggers named are dropped inside the load's transaction and made again before it commits,
/// each from the very statement that made it (as `sqlite_master` keeps it), so there is one
/// definition of each. A load that fails, or a crash, rolls the drop back with the rows: the
/// database never holds the tables without them.
///
/// Only indexes that decide nothing are dropped: a unique index or a key keeps a wrong row out,
/// and stays, as does any index the load itself reads by. On PostgreSQL nothing is dropped.
struct BulkLoadIndexes: Sendable {
    /// An index or trigger dropped for the load, as `sqlite_master` holds it.
    struct Definition: Sendable, Equatable {
        let type: String
        let name: String
        let table: String
        let sql: String
    }

    /// Indexes first, then triggers, each in the order they were made.
    let dropped: [Definition]

    /// Drops the non-unique indexes made by `CREATE INDEX` on `tables`, but those in `keeping`,
    /// and the triggers of `triggers` on those tables. `db` must be the load's transaction.
    static func drop(on tables: [String], keeping: Set<String> = [], triggers: Set<String>, on db: any Database) async throws -> BulkLoadIndexes {
        guard !db.isPostgres else { return BulkLoadIndexes(dropped: []) }
        precondition(db.inTransaction, "indexes are dropped only inside the load's transaction, which puts them back if it fails")
        let plain = try await definitions(on: tables, db: db).filter { $0.type == "trigger" ? triggers.contains($0.name) : !keeping.contains($0.name) }
        for definition in plain {
            try await db.sql.raw("DROP \(unsafeRaw: definition.type.uppercased()) \(ident: definition.name)").run()
        }
        return BulkLoadIndexes(dropped: plain)
    }

    /// The plain indexes and the triggers of `tables` as made: a unique index, partial or not, and
    /// a key's or constraint's own index (which has no statement of its own) are never among them.
    static func definitions(on tables: [String], db: any Database) async throws -> [Definition] {
        var found: [Definition] = []
        for table in tables {
            let indexes = try await db.sql.raw("""
                SELECT m.type, m.name, m.tbl_name, m.sql FROM sqlite_master m JOIN pragma_index_list(\(bind: table)) i ON i.name = m.name
                WHERE m.type = 'index' AND m.sql IS NOT NULL AND i."unique" = 0 AND i.origin = 'c' ORDER BY m.rowid
                """).all()
            let triggers = try await db.sql.raw("""
                SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = \(bind: table) ORDER BY rowid
                """).all()
            for row in indexes + triggers {
                found.append(Definition(type: try row.decode(column: "type", as: String.self), name: try row.decode(column: "name", as: String.self),
                                        table: try row.decode(column: "tbl_name", as: String.self), sql: try row.decode(column: "sql", as: String.self)))
            }
        }
        return found.filter { $0.type == "index" } + found.filter { $0.type == "trigger" }
    }

    /// Makes every dropped index and trigger again, before the load commits.
    func restore(on db: any Database) async throws {
        for definition in dropped { try await db.sqlRaw(definition.sql) }
    }
}
