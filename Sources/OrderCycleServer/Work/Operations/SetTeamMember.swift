import Fluent
import Foundation
import OrderCycleCore

/// An administrator takes a person into a team or changes their place in it: supervisor or
/// not (a supervisor may let a member through the overdue gate once, and set up the team's
/// boards), and their own limit on tasks in progress (none when absent).
struct SetTeamMember: Sendable {
    let teamID: UUID
    let userID: UUID
    let supervisor: Bool
    let wipLimit: Int?
    let lang: Language

    /// The most a personal limit may be: beyond it a limit limits nothing.
    static let maxLimit = 1000

    init(teamID: UUID, userID: UUID?, supervisor: Bool?, wipLimit: Int?, lang: Language) throws {
        var v = FieldInput(lang)
        if userID == nil { v.required("user_id") }
        if let wipLimit, !(1...Self.maxLimit).contains(wipLimit) {
            v.add("wip_limit", en: "must be a whole number from 1 to \(Self.maxLimit), or empty for no limit",
                  ru: "целое число от 1 до \(Self.maxLimit) или пусто, если предела нет")
        }
        self.userID = try v.check(userID)
        self.teamID = teamID
        self.supervisor = supervisor ?? false
        self.wipLimit = wipLimit
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TeamDTO {
        guard let before = try await TeamQueries.team(teamID, on: db) else { throw Problem(.notFound) }
        guard try await FieldInput.isActiveStaff(userID, on: db) else {
            throw Problem.field("user_id", lang.t("is not an active staff member", "не является действующим сотрудником"))
        }
        try await WorkSetup.setMember(userID, of: teamID, supervisor: supervisor, wipLimit: wipLimit, now: now, on: db)
        try await ETag.advance("teams", id: teamID, expected: nil, on: db)
        guard let after = try await TeamQueries.team(teamID, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "teams", id: teamID, action: .update, before: before, after: after, at: now)
        return after
    }
}
