import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Hands one client to another manager (administrators only, DOMAIN §2.1), always with a
/// reason: the assignment history keeps who had the client and why it moved, and the trail
/// keeps the card before and after.
struct ReassignClient: Sendable {
    let clientID: UUID
    let managerID: UUID
    let reason: String
    let expectedVersion: Int?
    /// The language of the messages the database check gives (the manager is not active).
    let lang: Language

    init(clientID: UUID, managerID: UUID?, reason: String?, expectedVersion: Int?, lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        let reason = v.text("reason", reason, required: false, max: 500)
        if reason == nil, v.errors.isEmpty { v.add("reason", lang.t("give the reason for the reassignment", "укажите причину передачи")) }
        if managerID == nil { v.add("manager_id", lang.t("is required", "обязательно")) }
        (self.managerID, self.reason) = try v.check(managerID, reason)
        self.clientID = clientID
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> ClientDTO {
        try await Self.requireActiveManager(managerID, field: "manager_id", lang: lang, on: db)
        let version = try await ETag.advance(Client.schema, id: clientID, expected: expectedVersion, on: db)
        guard var before = try await ClientStore.card(clientID, on: db) else { throw Problem(.notFound) }
        before.version = version - 1
        try await ClientStore.setManager(managerID, of: clientID, now: now, on: db)
        try await AssignmentHistory.record(clientID: clientID, from: before.manager?.id, to: managerID, reason: reason, by: actor?.userID, at: now, on: db)
        guard let after = try await ClientStore.card(clientID, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: Client.schema, id: clientID, action: .update, before: before, after: after, at: now)
        return after
    }

    /// Clients go only to a manager who is on staff and active.
    static func requireActiveManager(_ id: UUID, field: String, lang: Language, on db: any Database) async throws {
        guard let user = try await User.find(id, on: db), user.role == .manager, user.active else {
            throw Problem.field(field, lang.t("is not an active client manager", "не действующий клиент-менеджер"))
        }
    }
}
