import Foundation
import OrderCycleCore
import Vapor

/// A team's Kanban board (DOMAIN §2.2): its columns in order, each with its count and its
/// work-in-progress limit (a column at or over it is marked, strict or soft), and the cards.
/// A card moves by dragging it, by the keyboard (focus it, ← →), or by its own small form
/// that works without script; all three post the card's move form, which runs `MoveTask`.
/// The page refreshes itself from the live socket when any card of the board changes.
enum BoardPage {
    /// Cards shown per column unless the address asks for more (`cards`, up to 200).
    static let defaultCards = 50

    @Sendable static func show(req: Request) async throws -> Response {
        let lang = req.language
        let warning = WorkPageParts.warning(req.query[String.self, at: "warned"], lang: lang)
        return try await render(req, boardID: try idParameter(req), notice: warning)
    }

    static func render(_ req: Request, boardID: UUID, notice: HTML, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let model = try await Model.load(boardID, req)
        let content = View.content(model, notice: notice, lang: lang, csrf: CSRF.token(for: req), clock: PageMoments(req))
        return Layout(title: model.board.name, request: req).render(content, status: status)
    }

    struct Model: Sendable {
        var board: BoardDTO
        var cardsPerColumn: Int
        /// Staff in a working role may move cards; an analyst reads the board.
        var canMove: Bool
        /// An administrator or a supervisor of the team may set up the columns.
        var canSetUp: Bool = false

        static func load(_ id: UUID, _ req: Request) async throws -> Model {
            let actor = try req.actor
            let row = try await WorkAccess.visibleBoard(id, to: actor, on: req.db)
            var perColumn = defaultCards
            if let raw = req.query[String.self, at: "cards"], let value = Int(raw) { perColumn = min(max(value, 1), PageRequest.maxLimit) }
            let board = try await BoardQueries.detail(row, lang: req.language, cardsPerColumn: perColumn, now: req.clock.now(), on: req.db)
            let canSetUp = try await actor.role == .admin ? true : WorkAccess.isSupervisor(actor.userID, of: row.teamID, on: req.db)
            return Model(board: board, cardsPerColumn: perColumn, canMove: WorkAccess.workerRoles.contains(actor.role), canSetUp: canSetUp)
        }
    }
}

/// The boards of the person's teams (every board for an administrator or analyst).
enum BoardListPage {
    @Sendable static func show(req: Request) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        let boards = try await BoardQueries.boards(visibleTo: actor, on: req.db)
        let empty = actor.role == .admin
            ? lang.t("No boards yet: set up a team and give it a board on the Teams page.", "Досок пока нет: создайте команду и дайте ей доску на странице «Команды».")
            : lang.t("You are in no team with a board yet.", "Вы пока не состоите в команде с доской.")
        let rows = boards.map { b -> HTML in
            "<tr><td><a href=\"\(PageRoute.Work.board(b.id))\">\(b.name)</a></td><td>\(b.team_name)</td></tr>"
        }.joined
        let body: HTML = boards.isEmpty
            ? "<p class=\"card muted\" id=\"boards-empty\">\(empty)</p>"
            : """
            <div class="table-wrap"><table id="boards"><thead><tr><th>\(lang.t("Board", "Доска"))</th><th>\(lang.t("Team", "Команда"))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        let content: HTML = """
        <div class="work">
        <h1>\(lang.t("Boards", "Доски"))</h1>
        \(body)
        <p><a href="\(PageRoute.Work.tasks())">\(lang.t("My tasks", "Мои задачи"))</a>\(actor.role == .admin
            ? HTML(" · <a href=\"\(PageRoute.Work.teams())\" id=\"teams-link\">\(lang.t("Teams and their boards", "Команды и их доски"))</a>") : "")</p>
        </div>
        """
        return Layout(title: lang.t("Boards", "Доски"), request: req).render(content)
    }
}
