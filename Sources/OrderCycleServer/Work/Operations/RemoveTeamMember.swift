import Fluent
import Foundation
import OrderCycleCore

/// An administrator takes a person out of a team. Their tasks stay where they are, still
/// theirs: reassigning them is a decision about each task, not about the team.
struct RemoveTeamMember: Sendable {
    let teamID: UUID
    let userID: UUID

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TeamDTO {
        guard let before = try await TeamQueries.team(teamID, on: db), before.members.contains(where: { $0.user_id == userID }) else {
            throw Problem(.notFound)
        }
        try await WorkSetup.removeMember(userID, of: teamID, on: db)
        try await ETag.advance("teams", id: teamID, expected: nil, on: db)
        guard let after = try await TeamQueries.team(teamID, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "teams", id: teamID, action: .update, before: before, after: after, at: now)
        return after
    }
}
