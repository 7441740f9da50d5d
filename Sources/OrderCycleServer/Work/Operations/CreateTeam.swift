import Fluent
import Foundation
import OrderCycleCore

/// An administrator sets up a team: the people who share boards and the overdue gate's
/// supervision (DOMAIN §2.2). Names are unique without regard to case.
struct CreateTeam: Sendable {
    let name: String
    let lang: Language

    init(name: String?, lang: Language) throws {
        var v = FieldInput(lang)
        let name = v.text("name", name, max: 100)
        self.name = try v.check(name)
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> TeamDTO {
        if try await TeamQueries.nameTaken(name, on: db) {
            throw Problem.field("name", lang.t("a team of that name exists already", "команда с таким названием уже есть"))
        }
        let id = try await WorkSetup.createTeam(name: name, now: now, on: db)
        guard let team = try await TeamQueries.team(id, on: db) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: db, actor: actor, entity: "teams", id: id, action: .create, before: TeamDTO?.none, after: team, at: now)
        return team
    }
}
