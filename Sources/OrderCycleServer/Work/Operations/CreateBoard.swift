import Fluent
import Foundation
import OrderCycleCore

/// An administrator gives a team a board, with the standard columns (to do; in progress, at
/// most five, strictly; waiting; done) that its supervisor then shapes.
struct CreateBoard: Sendable {
    let teamID: UUID
    let name: String
    let lang: Language

    init(teamID: UUID?, name: String?, lang: Language) throws {
        var v = FieldInput(lang)
        if teamID == nil { v.required("team_id") }
        let name = v.text("name", name, max: 100)
        (self.teamID, self.name) = try v.check(teamID, name)
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> BoardDTO {
        guard try await TeamQueries.team(teamID, on: db) != nil else {
            throw Problem.field("team_id", lang.t("no such team", "такой команды нет"))
        }
        let (id, _) = try await WorkSetup.createBoard(team: teamID, name: name, now: now, on: db)
        let board = try await BoardSetup.read(id, lang: lang, now: now, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: "boards", id: id, action: .create, before: BoardSetup.Snapshot?.none,
                                    after: BoardSetup.Snapshot(board), at: now)
        return board
    }
}
