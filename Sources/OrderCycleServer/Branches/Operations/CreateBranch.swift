import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Opens a branch in the catalog (DOMAIN §2.5): its names, address and coordinates, hours,
/// phones and the services of the service catalog it offers. The branch catalog's counter moves in the same transaction, so every
/// instance's nearest-branch grid takes the branch in at its next search.
struct CreateBranch: Sendable {
    let fields: BranchFields
    let lang: Language

    init(_ input: BranchInput, region: String, lang: Language) throws {
        fields = try BranchFields(input, region: region, lang: lang)
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> BranchDTO {
        try BranchFields.refuseUnknown(services: try await BranchQueries.unknownServices(fields.services, on: db), lang: lang)
        let id = UUID()
        let f = fields
        try await db.sql.raw("""
            INSERT INTO branches (id, version, name_en, name_ru, address, lat, lon, hours, phones, services, internal_notes, active, created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: f.nameEn), \(bind: f.nameRu), \(bind: f.address), \(bind: f.lat), \(bind: f.lon),
                    \(bind: try BranchFields.json(f.hours)), \(bind: try BranchFields.json(f.phones)), \(bind: try BranchFields.json(f.services)),
                    \(bind: f.internalNotes), \(bind: f.active), \(bind: now), \(bind: now))
            """).run()
        try await BranchQueries.bumpCatalog(on: db)
        guard let branch = try await BranchQueries.branch(id, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "branch", id: id, action: .create, before: nil as BranchDTO?, after: branch, at: now)
        return branch
    }
}
