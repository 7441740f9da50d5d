import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Setting up the work: teams and their members (an administrator), boards (an
/// administrator) and a board's columns with their limits (an administrator or a supervisor
/// of the board's team). Every change is one of `Work/Operations`, as on the set-up pages.
enum WorkSetupAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Work.teams, access: WorkAccess.staffReaders, use: teams)
        routes.endpoint(.POST, APIRoute.Work.teams, access: .only(.admin), use: createTeam)
        routes.endpoint(.PUT, APIRoute.Work.teamMember, access: .only(.admin), use: setMember)
        routes.endpoint(.DELETE, APIRoute.Work.teamMember, access: .only(.admin), use: removeMember)
        routes.endpoint(.POST, APIRoute.Work.boards, access: .only(.admin), use: createBoard)
        routes.endpoint(.POST, APIRoute.Work.columns, access: WorkAccess.workers, use: addColumn)
        routes.endpoint(.PATCH, APIRoute.Work.column, access: WorkAccess.workers, use: configureColumn)
        routes.endpoint(.DELETE, APIRoute.Work.column, access: WorkAccess.workers, use: removeColumn)
    }

    @Sendable static func teams(req: Request) async throws -> TeamPage {
        TeamPage(items: try await TeamQueries.teams(visibleTo: try req.actor, on: req.db))
    }

    struct TeamBody: Content { var name: String? }

    @Sendable static func createTeam(req: Request) async throws -> Response {
        let body = try req.content.decode(TeamBody.self)
        let operation = try CreateTeam(name: body.name, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let team = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(team, version: team.version)
        }
    }

    struct MemberBody: Content {
        var supervisor: Bool?
        var wip_limit: Int?
    }

    /// Takes the user into the team, or changes their place in it; `wip_limit` absent or null is no limit of their own.
    @Sendable static func setMember(req: Request) async throws -> TeamDTO {
        let body = try req.content.decode(MemberBody.self)
        let operation = try SetTeamMember(teamID: try idParameter(req), userID: try idParameter(req, "user"), supervisor: body.supervisor,
                                          wipLimit: body.wip_limit, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
    }

    @Sendable static func removeMember(req: Request) async throws -> HTTPStatus {
        let operation = RemoveTeamMember(teamID: try idParameter(req), userID: try idParameter(req, "user"))
        let actor = try req.actor
        let now = req.clock.now()
        _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return .noContent
    }

    struct BoardBody: Content {
        var team_id: UUID?
        var name: String?
    }

    @Sendable static func createBoard(req: Request) async throws -> Response {
        let body = try req.content.decode(BoardBody.self)
        let operation = try CreateBoard(teamID: body.team_id, name: body.name, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let board = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(board, location: APIRoute.Work.board(board.id), version: board.version)
        }
    }

    struct ColumnBody: Content {
        var name_en: String?
        var name_ru: String?
        var status: String?
        var wip_limit: Int?
        var wip_strict: Bool?
        var position: Int?
    }

    @Sendable static func addColumn(req: Request) async throws -> Response {
        let body = try req.content.decode(ColumnBody.self)
        let operation = try AddColumn(boardID: try idParameter(req), nameEN: body.name_en, nameRU: body.name_ru, status: body.status,
                                      wipLimit: body.wip_limit, wipStrict: body.wip_strict, position: body.position, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let board = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(board, location: APIRoute.Work.board(board.id), version: board.version)
        }
    }

    /// Only the keys present change; `wip_limit` 0 removes the limit. A column's status never changes.
    @Sendable static func configureColumn(req: Request) async throws -> Response {
        let body = try req.content.decode(ColumnBody.self)
        let lang = req.language
        if body.status != nil {
            throw Problem.field("status", lang.t("a column keeps its status: add a new column instead", "статус колонки не меняется: добавьте новую колонку"))
        }
        let operation = try ConfigureColumn(boardID: try idParameter(req), columnID: try idParameter(req, "column"), nameEN: body.name_en,
                                            nameRU: body.name_ru, wipLimit: body.wip_limit, wipStrict: body.wip_strict, position: body.position, lang: lang)
        let actor = try req.actor
        let now = req.clock.now()
        let board = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return try await board.encodeResponse(for: req).withETag(board.version)
    }

    @Sendable static func removeColumn(req: Request) async throws -> Response {
        let operation = RemoveColumn(boardID: try idParameter(req), columnID: try idParameter(req, "column"), lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        let board = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return try await board.encodeResponse(for: req).withETag(board.version)
    }
}
