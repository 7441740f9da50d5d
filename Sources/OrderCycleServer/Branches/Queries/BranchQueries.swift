import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Branches read in SQL: one, a page of the list by name, and every active one for the
/// in-memory grid; the catalog's change counter.
enum BranchQueries {
    static let columns = "id, version, name_en, name_ru, address, lat, lon, hours, phones, services, internal_notes, active, updated_at"

    static func dto(_ r: any SQLRow) throws -> BranchDTO {
        func json<T: Decodable>(_ column: String, _ type: T.Type, _ fallback: T) throws -> T {
            let text = try r.decode(column: column, as: String.self)
            return (try? JSONDecoder().decode(T.self, from: Data(text.utf8))) ?? fallback
        }
        return BranchDTO(
            id: try r.decode(column: "id", as: UUID.self), version: try r.decode(column: "version", as: Int.self),
            name_en: try r.decode(column: "name_en", as: String.self), name_ru: try r.decode(column: "name_ru", as: String.self),
            address: try r.decode(column: "address", as: String.self),
            lat: try r.decode(column: "lat", as: Double.self), lon: try r.decode(column: "lon", as: Double.self),
            hours: try json("hours", HoursDTO.self, HoursDTO()), phones: try json("phones", [String].self, []),
            services: try json("services", [String].self, []), active: try r.decode(column: "active", as: Bool.self),
            internal_notes: try r.decode(column: "internal_notes", as: String?.self), updated_at: try r.decode(column: "updated_at", as: Date.self))
    }

    /// The codes among `codes` that name no service of the service catalog (active or retired:
    /// a retired service stays a word the catalog knows, as on the requests that name it).
    static func unknownServices(_ codes: [String], on db: any Database) async throws -> [String] {
        guard !codes.isEmpty else { return [] }
        let known = Set(try await db.sql.raw("SELECT code FROM services WHERE code IN (\(binds: codes))").all(decodingColumn: "code", as: String.self))
        return codes.filter { !known.contains($0) }
    }

    /// Every code of the service catalog, for checking many branches at once (the import).
    static func serviceCodes(on db: any Database) async throws -> Set<String> {
        Set(try await db.sql.raw("SELECT code FROM services").all(decodingColumn: "code", as: String.self))
    }

    static func branch(_ id: UUID, on db: any Database) async throws -> BranchDTO? {
        try await db.sql.raw("SELECT \(unsafeRaw: columns) FROM branches WHERE id = \(bind: id)").first().map(dto)
    }

    /// Branches by English name, keyset-paged; inactive ones only when `includeInactive`.
    static func list(includeInactive: Bool, service: String?, page: PageRequest, on db: any Database) async throws -> Page<BranchDTO> {
        var sql: SQLQueryString = "SELECT \(unsafeRaw: columns) FROM branches WHERE 1 = 1"
        if !includeInactive { sql = sql + " AND active = \(bind: true)" }
        if let after = page.after {
            sql = sql + " AND (name_en > \(bind: after.key) OR (name_en = \(bind: after.key) AND id > \(bind: after.id)))"
        }
        sql = sql + " ORDER BY name_en, id"
        // A service filter is read in the rows (the codes are JSON text), so the page is cut here.
        let limit: SQLQueryString = service == nil ? " LIMIT \(literal: page.limit + 1)" : ""
        let rows = try await db.sql.raw(sql + limit).all()
        var items: [BranchDTO] = []
        var more = false
        for r in rows {
            let b = try dto(r)
            if let service, !b.services.contains(service) { continue }
            if items.count == page.limit { more = true; break }
            items.append(b)
        }
        let next = more ? items.last.map { Cursor(key: $0.name_en, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    /// Every active branch, for the grid.
    static func active(on db: any Database) async throws -> [BranchDTO] {
        try await db.sql.raw("SELECT \(unsafeRaw: columns) FROM branches WHERE active = \(bind: true)").all().map(dto)
    }

    /// The catalog's change counter (0 before the first change).
    static func catalogVersion(on db: any Database) async throws -> Int64 {
        try await db.sql.raw("SELECT version FROM branch_catalog_versions WHERE id = 1").first()?.decode(column: "version", as: Int64.self) ?? 0
    }

    /// Moves the catalog's counter, in the caller's transaction (with the branch's change).
    static func bumpCatalog(on db: any Database) async throws {
        try await db.sql.raw("""
            INSERT INTO branch_catalog_versions (id, version) VALUES (1, 1)
            ON CONFLICT (id) DO UPDATE SET version = branch_catalog_versions.version + 1
            """).run()
    }

    /// Stores the branch's photo in place of the one before.
    static func putPhoto(of branchID: UUID, format: PhotoFormat, bytes: Data, by user: UUID?, now: Date, on db: any Database) async throws {
        try await db.sql.raw("DELETE FROM branch_photos WHERE branch_id = \(bind: branchID)").run()
        try await db.sql.insert(into: "branch_photos")
            .columns("branch_id", "format", "bytes", "size", "created_by", "created_at")
            .values(SQLBind(branchID), SQLBind(format.rawValue), SQLBind(bytes), SQLBind(bytes.count), SQLBind(user), SQLBind(now))
            .run()
    }

    /// The branch's photo with its format, if it has one.
    static func photo(of branchID: UUID, on db: any Database) async throws -> (PhotoFormat, Data)? {
        guard let row = try await db.sql.raw("SELECT format, bytes FROM branch_photos WHERE branch_id = \(bind: branchID)").first(),
              let format = PhotoFormat(rawValue: try row.decode(column: "format", as: String.self)) else { return nil }
        return (format, try row.decode(column: "bytes", as: Data.self))
    }

    /// Whether the branch has a photo (the page shows it then).
    static func hasPhoto(_ branchID: UUID, on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT branch_id FROM branch_photos WHERE branch_id = \(bind: branchID)").first() != nil
    }
}
