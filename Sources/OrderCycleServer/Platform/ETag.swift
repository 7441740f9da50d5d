import Fluent
import SQLKit
import Vapor

/// Optimistic concurrency: every resource has a version; GET sends it as the ETag, and every
/// change must send it back in `If-Match`, so two people cannot overwrite each other unseen.
enum ETag {
    static func value(_ version: Int) -> String { "\"\(version)\"" }

    /// The version the client last saw; `nil` for `If-Match: *` (any version).
    static func expectedVersion(_ req: Request) throws -> Int? {
        guard let header = req.headers.first(name: .ifMatch)?.trimmingCharacters(in: .whitespaces), !header.isEmpty else {
            throw Problem(.versionRequired)
        }
        if header == "*" { return nil }
        // One entity tag, as RFC 9110 writes it: W/ at most once, then a quoted run of visible
        // characters other than the quote. Anything else cannot be read, so it is a 400; a tag
        // that reads but names no version of ours is only stale, so it is a 412.
        var tag = Substring(header)
        if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
        guard tag.count >= 2, tag.first == "\"", tag.last == "\"" else { throw malformed }
        let inner = tag.dropFirst().dropLast()
        guard inner.unicodeScalars.allSatisfy({ $0 == "\u{21}" || ("\u{23}"..."\u{7E}").contains($0) }) else { throw malformed }
        guard let version = Int(inner), version >= 0 else { throw Problem(.versionMismatch, detail: "If-Match does not name a version of this resource") }
        return version
    }

    private static let malformed = Problem(.malformed, detail: "If-Match must be * or one entity tag, such as \"3\" (the resource's ETag)")

    /// Moves `table`'s row to the next version if it is still at `expected`, inside the caller's
    /// transaction; the UPDATE also locks the row on PostgreSQL until the transaction ends.
    @discardableResult
    static func advance(_ table: String, id: UUID, expected: Int?, on db: any Database) async throws -> Int {
        let sql = db.sql
        var query = sql.update(table).set(SQLColumn("version"), to: SQLBinaryExpression(SQLColumn("version"), .add, SQLLiteral.numeric("1")))
            .where("id", .equal, id)
        if let expected { query = query.where("version", .equal, expected) }
        let rows = try await query.returning("version").all()
        if let row = rows.first { return try row.decode(column: "version", as: Int.self) }
        let exists = try await sql.select().column("id").from(table).where("id", .equal, id).first()
        if exists == nil { throw Problem(.notFound) }
        throw Problem(.versionMismatch)
    }
}

extension Response {
    func withETag(_ version: Int) -> Response {
        headers.replaceOrAdd(name: .eTag, value: ETag.value(version))
        return self
    }
}
