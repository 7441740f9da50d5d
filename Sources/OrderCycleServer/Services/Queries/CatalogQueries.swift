import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The service catalog and the packages read in SQL: a short managed list, read whole.
enum CatalogQueries {
    private static let serviceColumns = """
        s.id, s.version, s.code, s.name_en, s.name_ru, s.kind, s.phase, s.standard_minutes, s.unit, s.price_minor, s.currency, s.active
        """

    /// Every service by code (`activeOnly`: the ones on offer), with the segments each is open to.
    static func services(activeOnly: Bool = false, on db: any Database) async throws -> [ServiceDTO] {
        let rows = try await db.sql.raw("""
            SELECT \(unsafeRaw: serviceColumns) FROM services s \(unsafeRaw: activeOnly ? "WHERE s.active = true" : "") ORDER BY s.code
            """).all()
        let segments = try await db.sql.raw("SELECT service_id, segment_id FROM service_segments").all()
        var bySegment: [UUID: [UUID]] = [:]
        for r in segments { bySegment[try r.decode(column: "service_id", as: UUID.self), default: []].append(try r.decode(column: "segment_id", as: UUID.self)) }
        return try rows.map { r in
            let id = try r.decode(column: "id", as: UUID.self)
            return try service(r, segments: (bySegment[id] ?? []).sorted { $0.uuidString < $1.uuidString })
        }
    }

    static func service(_ id: UUID, on db: any Database) async throws -> ServiceDTO? {
        guard let r = try await db.sql.raw("SELECT \(unsafeRaw: serviceColumns) FROM services s WHERE s.id = \(bind: id)").first() else { return nil }
        let segments = try await db.sql.raw("SELECT segment_id FROM service_segments WHERE service_id = \(bind: id)").all()
            .map { try $0.decode(column: "segment_id", as: UUID.self) }.sorted { $0.uuidString < $1.uuidString }
        return try service(r, segments: segments)
    }

    private static func service(_ r: any SQLRow, segments: [UUID]) throws -> ServiceDTO {
        ServiceDTO(
            id: try r.decode(column: "id", as: UUID.self), code: try r.decode(column: "code", as: String.self),
            name_en: try r.decode(column: "name_en", as: String.self), name_ru: try r.decode(column: "name_ru", as: String.self),
            kind: try r.decode(column: "kind", as: String.self), phase: try r.decode(column: "phase", as: String.self),
            standard_minutes: try r.decode(column: "standard_minutes", as: Int.self), unit: try r.decode(column: "unit", as: String.self),
            price_minor: try r.decode(column: "price_minor", as: Int64.self), currency: try r.decode(column: "currency", as: String.self),
            segment_ids: segments, active: try r.decode(column: "active", as: Bool.self), version: try r.decode(column: "version", as: Int.self))
    }

    /// The services a client of `segmentID` may file a service request for: active and open to its segment.
    static func services(openTo segmentID: UUID, on db: any Database) async throws -> [ServiceDTO] {
        try await services(activeOnly: true, on: db).filter { $0.segment_ids.isEmpty || $0.segment_ids.contains(segmentID) }
    }

    // MARK: packages

    private static let packageColumns = "p.id, p.version, p.code, p.name_en, p.name_ru, p.price_minor, p.currency, p.active"

    static func packages(activeOnly: Bool = false, on db: any Database) async throws -> [PackageDTO] {
        let rows = try await db.sql.raw("""
            SELECT \(unsafeRaw: packageColumns) FROM service_packages p \(unsafeRaw: activeOnly ? "WHERE p.active = true" : "") ORDER BY p.code
            """).all()
        let items = try await db.sql.raw("""
            SELECT i.package_id, i.service_id, i.included_per_month FROM service_package_items i JOIN services s ON s.id = i.service_id ORDER BY s.code
            """).all()
        var byPackage: [UUID: [PackageDTO.Item]] = [:]
        for r in items {
            byPackage[try r.decode(column: "package_id", as: UUID.self), default: []].append(
                PackageDTO.Item(service_id: try r.decode(column: "service_id", as: UUID.self), included_per_month: try r.decode(column: "included_per_month", as: Int.self)))
        }
        return try rows.map { r in try package(r, items: byPackage[try r.decode(column: "id", as: UUID.self)] ?? []) }
    }

    static func package(_ id: UUID, on db: any Database) async throws -> PackageDTO? {
        guard let r = try await db.sql.raw("SELECT \(unsafeRaw: packageColumns) FROM service_packages p WHERE p.id = \(bind: id)").first() else { return nil }
        let items = try await db.sql.raw("""
            SELECT i.service_id, i.included_per_month FROM service_package_items i JOIN services s ON s.id = i.service_id
            WHERE i.package_id = \(bind: id) ORDER BY s.code
            """).all().map { PackageDTO.Item(service_id: try $0.decode(column: "service_id", as: UUID.self), included_per_month: try $0.decode(column: "included_per_month", as: Int.self)) }
        return try package(r, items: items)
    }

    private static func package(_ r: any SQLRow, items: [PackageDTO.Item]) throws -> PackageDTO {
        PackageDTO(
            id: try r.decode(column: "id", as: UUID.self), code: try r.decode(column: "code", as: String.self),
            name_en: try r.decode(column: "name_en", as: String.self), name_ru: try r.decode(column: "name_ru", as: String.self),
            price_minor: try r.decode(column: "price_minor", as: Int64.self), currency: try r.decode(column: "currency", as: String.self),
            services: items, active: try r.decode(column: "active", as: Bool.self), version: try r.decode(column: "version", as: Int.self))
    }
}
