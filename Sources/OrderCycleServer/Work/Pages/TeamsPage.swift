import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The teams as an administrator sets them up (DOMAIN §2.2): who works in each (supervisors,
/// personal limits on work in progress), the boards each has (with a link to each board's
/// set-up), and the forms that make a team, take a person in or out, and give a team a board.
/// Each form runs the operation the API runs; messages come back beside the form's fields.
enum TeamsPage {
    struct Feedback: Sendable {
        var form = ""
        var errors = FormErrors([])
        var values: [String: String] = [:]
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, feedback: Feedback())
    }

    static func render(_ req: Request, feedback: Feedback, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let teams = try await TeamQueries.teams(visibleTo: try req.actor, on: req.db)
        let staff = try await TeamQueries.staff(on: req.db)
        let content = view(teams, staff: staff, feedback: feedback, lang: lang, csrf: CSRF.token(for: req))
        return Layout(title: lang.t("Teams", "Команды"), request: req).render(content, status: status)
    }

    struct TeamForm: Content, Sendable { var name: String? }
    struct MemberForm: Content, Sendable { var user_id: String?; var supervisor: String?; var wip_limit: String? }

    @Sendable static func create(req: Request) async throws -> Response {
        let form = try req.content.decode(TeamForm.self)
        let lang = req.language
        return try await perform(req, form: "team", values: ["name": form.name ?? ""]) { actor, now, tx in
            _ = try await CreateTeam(name: form.name, lang: lang).run(by: actor, now: now, on: tx)
        }
    }

    @Sendable static func setMember(req: Request) async throws -> Response {
        let form = try req.content.decode(MemberForm.self)
        let teamID = try idParameter(req)
        let lang = req.language
        let limitText = form.wip_limit?.trimmingCharacters(in: .whitespaces) ?? ""
        return try await perform(req, form: "member-\(teamID)", values: ["user_id": form.user_id ?? "", "wip_limit": limitText]) { actor, now, tx in
            let operation = try SetTeamMember(teamID: teamID, userID: form.user_id.flatMap(UUID.init(uuidString:)),
                                              supervisor: form.supervisor == "on" || form.supervisor == "true",
                                              wipLimit: limitText.isEmpty ? nil : (Int(limitText) ?? -1), lang: lang)
            _ = try await operation.run(by: actor, now: now, on: tx)
        }
    }

    @Sendable static func removeMember(req: Request) async throws -> Response {
        let operation = RemoveTeamMember(teamID: try idParameter(req), userID: try idParameter(req, "user"))
        return try await perform(req, form: "") { actor, now, tx in _ = try await operation.run(by: actor, now: now, on: tx) }
    }

    @Sendable static func createBoard(req: Request) async throws -> Response {
        let form = try req.content.decode(TeamForm.self)
        let teamID = try idParameter(req)
        let lang = req.language
        return try await perform(req, form: "board-\(teamID)", values: ["name": form.name ?? ""]) { actor, now, tx in
            _ = try await CreateBoard(teamID: teamID, name: form.name, lang: lang).run(by: actor, now: now, on: tx)
        }
    }

    static func perform(_ req: Request, form: String, values: [String: String] = [:],
                        _ run: @escaping @Sendable (Principal, Date, any Database) async throws -> Void) async throws -> Response {
        let actor = try req.actor
        let now = req.clock.now()
        do {
            try await req.write { tx in try await run(actor, now, tx) }
            return req.redirect(to: PageRoute.Work.teams(), redirectType: .normal)
        } catch let problem as Problem where problem.errors?.isEmpty == false {
            return try await render(req, feedback: Feedback(form: form, errors: FormErrors(problem.errors ?? []), values: values), status: problem.httpStatus)
        }
    }

    static func view(_ teams: [TeamDTO], staff: [(id: UUID, name: String, role: String)], feedback: Feedback, lang: Language, csrf: String) -> HTML {
        let hidden: HTML = "<input type=\"hidden\" name=\"_csrf\" value=\"\(csrf)\">"
        let sections = teams.map { team(in: $0, staff: staff, feedback: feedback, lang: lang, hidden: hidden) }.joined
        let empty: HTML = teams.isEmpty
            ? "<p class=\"card muted\" id=\"teams-empty\">\(lang.t("No teams yet. Make the first one below, take people into it and give it a board.", "Команд пока нет. Создайте первую ниже, добавьте в неё сотрудников и дайте ей доску."))</p>"
            : ""
        let mine = feedback.form == "team"
        return """
        <div class="work teams-page">
        <h1>\(lang.t("Teams", "Команды"))</h1>
        \(empty)\(sections)
        <section class="card" id="new-team"><h2>\(lang.t("New team", "Новая команда"))</h2>
        <form method="post" action="\(PageRoute.Work.teams())" novalidate>\(hidden)
          \(BoardSettingsPage.field("team", "name", label: lang.t("Name", "Название"), value: mine ? feedback.values["name"] ?? "" : "", error: mine ? feedback.errors["name"] : nil))
          <button type="submit" class="button" id="create-team">\(lang.t("Create the team", "Создать команду"))</button>
        </form></section>
        </div>
        """
    }

    static func team(in t: TeamDTO, staff: [(id: UUID, name: String, role: String)], feedback: Feedback, lang: Language, hidden: HTML) -> HTML {
        let members = t.members.map { m -> HTML in
            let role = Role(rawValue: m.role)?.name(lang) ?? m.role
            return """
            <tr data-user-id="\(m.user_id)"><td>\(m.name)</td><td>\(role)</td>
            <td>\(m.supervisor ? lang.t("supervisor", "руководитель") : "")</td><td>\(m.wip_limit.map(String.init) ?? "—")</td>
            <td><form method="post" action="\(PageRoute.Work.teamMemberRemove(t.id, m.user_id))" class="inline">\(hidden)
              <button type="submit" class="link-button danger" id="remove-\(t.id)-\(m.user_id)">\(lang.t("Take out", "Исключить"))</button></form></td></tr>
            """
        }.joined
        let boards = t.boards.map { b -> HTML in
            "<li><a href=\"\(PageRoute.Work.board(b.id))\">\(b.name)</a> · <a href=\"\(PageRoute.Work.boardSettings(b.id))\" id=\"settings-link-\(b.id)\">\(lang.t("set up", "настроить"))</a></li>"
        }.joined
        let memberKey = "member-\(t.id)"
        let boardKey = "board-\(t.id)"
        let mineMember = feedback.form == memberKey
        let chosen = mineMember ? feedback.values["user_id"] ?? "" : ""
        let options = staff.map { s -> HTML in
            "<option value=\"\(s.id)\"\(s.id.uuidString == chosen ? HTML(" selected") : "")>\(s.name) (\(Role(rawValue: s.role)?.name(lang) ?? s.role))</option>"
        }.joined
        let userError: HTML = (mineMember ? feedback.errors["user_id"] : nil).map { "<p class=\"field-error\" id=\"\(memberKey)-user_id-error\">\($0)</p>" } ?? ""
        let mineBoard = feedback.form == boardKey
        return """
        <section class="card team" id="team-\(t.id)"><h2>\(t.name)</h2>
        <div class="table-wrap"><table class="team-members"><thead><tr><th>\(lang.t("Person", "Сотрудник"))</th><th>\(lang.t("Role", "Роль"))</th>
        <th></th><th>\(lang.t("Own limit in progress", "Личный предел в работе"))</th><th></th></tr></thead><tbody>\(members)</tbody></table></div>
        <form method="post" action="\(PageRoute.Work.teamMembers(t.id))" class="team-member-form" novalidate>\(hidden)
          <div class="field"><label for="\(memberKey)-user_id">\(lang.t("Take in or change", "Добавить или изменить"))</label>
          <select id="\(memberKey)-user_id" name="user_id">\(options)</select>\(userError)</div>
          <label class="check"><input type="checkbox" name="supervisor" id="\(memberKey)-supervisor"> \(lang.t("Supervisor", "Руководитель"))</label>
          \(BoardSettingsPage.field(memberKey, "wip_limit", label: lang.t("Own limit (empty: none)", "Личный предел (пусто — нет)"),
                                     value: mineMember ? feedback.values["wip_limit"] ?? "" : "", error: mineMember ? feedback.errors["wip_limit"] : nil,
                                     type: "number", extra: " min=\"1\" inputmode=\"numeric\""))
          <button type="submit" class="button secondary" id="\(memberKey)-submit">\(lang.t("Save", "Сохранить"))</button>
        </form>
        <h3>\(lang.t("Boards", "Доски"))</h3>
        <ul class="team-boards">\(boards)</ul>
        <form method="post" action="\(PageRoute.Work.teamBoards(t.id))" class="team-board-form" novalidate>\(hidden)
          \(BoardSettingsPage.field(boardKey, "name", label: lang.t("New board", "Новая доска"), value: mineBoard ? feedback.values["name"] ?? "" : "",
                                     error: mineBoard ? feedback.errors["name"] : nil))
          <button type="submit" class="button secondary" id="\(boardKey)-submit">\(lang.t("Add the board", "Добавить доску"))</button>
        </form>
        </section>
        """
    }
}
