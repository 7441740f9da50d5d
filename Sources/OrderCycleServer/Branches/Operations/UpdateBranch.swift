import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Replaces what a branch says about itself (new hours for the holidays, a new phone, a move,
/// closing it with `active` false). Stale versions are refused, so two people editing one
/// branch cannot overwrite each other unseen; the catalog's counter moves with the change.
struct UpdateBranch: Sendable {
    let branchID: UUID
    let fields: BranchFields
    let expectedVersion: Int?
    let lang: Language

    init(branchID: UUID, _ input: BranchInput, expectedVersion: Int?, region: String, lang: Language) throws {
        self.branchID = branchID
        self.fields = try BranchFields(input, region: region, lang: lang)
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> BranchDTO {
        guard let before = try await BranchQueries.branch(branchID, on: db) else { throw Problem(.notFound) }
        try BranchFields.refuseUnknown(services: try await BranchQueries.unknownServices(fields.services, on: db), lang: lang)
        try await ETag.advance("branches", id: branchID, expected: expectedVersion, on: db)
        let f = fields
        try await db.sql.raw("""
            UPDATE branches SET name_en = \(bind: f.nameEn), name_ru = \(bind: f.nameRu), address = \(bind: f.address), lat = \(bind: f.lat),
                   lon = \(bind: f.lon), hours = \(bind: try BranchFields.json(f.hours)), phones = \(bind: try BranchFields.json(f.phones)),
                   services = \(bind: try BranchFields.json(f.services)), internal_notes = \(bind: f.internalNotes), active = \(bind: f.active),
                   updated_at = \(bind: now)
            WHERE id = \(bind: branchID)
            """).run()
        try await BranchQueries.bumpCatalog(on: db)
        guard let after = try await BranchQueries.branch(branchID, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "branch", id: branchID, action: .update, before: before, after: after, at: now)
        return after
    }
}
