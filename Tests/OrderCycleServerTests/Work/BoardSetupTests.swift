import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Setting up the work, on SQLite and PostgreSQL: an administrator makes teams, takes people in
/// and gives teams boards; an administrator or the team's supervisor shapes the columns and
/// their limits, and the limits then hold for the cards. Anyone else is refused.
@Suite("Teams, boards and columns set up")
struct BoardSetupTests {
    @Test func anAdministratorSetsUpATeamAndItsSupervisorShapesTheColumns() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let (_, admin) = try await makeUser(app, role: .admin, email: "setup-admin@test.example")
            let (lead, leadToken) = try await makeUser(app, role: .logistician, email: "setup-lead@test.example")
            let (worker, workerToken) = try await makeUser(app, role: .worker, email: "setup-worker@test.example")
            let (_, analyst) = try await makeUser(app, role: .analyst, email: "setup-analyst@test.example")

            // Only an administrator makes a team; names are unique without regard to case.
            #expect(try await app.api(.POST, "/api/v1/teams", headers: .bearer(leadToken), json: ["name": "Warehouse"]).status == .forbidden)
            let made = try await app.api(.POST, "/api/v1/teams", headers: .bearer(admin), json: ["name": "Warehouse"])
            #expect(made.status == .created, "\(made.text)")
            let team = try #require(made.json["id"] as? String)
            let twice = try await app.api(.POST, "/api/v1/teams", headers: .bearer(admin), json: ["name": "warehouse"])
            #expect(twice.status == .unprocessableEntity)
            #expect(twice.text.contains("\"name\""))

            // People come in; a limit out of range is named; a client's user is not staff.
            let bad = try await app.api(.PUT, "/api/v1/teams/\(team)/members/\(worker.id!)", headers: .bearer(admin), json: ["wip_limit": 0])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("\"wip_limit\""))
            #expect(try await app.api(.PUT, "/api/v1/teams/\(team)/members/\(lead.id!)", headers: .bearer(admin), json: ["supervisor": true]).status == .ok)
            let joined = try await app.api(.PUT, "/api/v1/teams/\(team)/members/\(worker.id!)", headers: .bearer(admin), json: ["wip_limit": 3])
            #expect(joined.status == .ok, "\(joined.text)")
            let members = try #require(joined.json["members"] as? [[String: Any]])
            #expect(members.count == 2)
            #expect(members.first { $0["user_id"] as? String == worker.id!.uuidString }?["wip_limit"] as? Int == 3)

            // A board with the standard columns.
            let boardMade = try await app.api(.POST, "/api/v1/boards", headers: .bearer(admin), json: ["team_id": team, "name": "Warehouse board"])
            #expect(boardMade.status == .created, "\(boardMade.text)")
            let board = try #require(boardMade.json["id"] as? String)
            var columns = try #require(boardMade.json["columns"] as? [[String: Any]])
            #expect(columns.map { $0["status"] as? String } == ["todo", "in_progress", "blocked", "done"])
            let progress = try #require(columns[1]["id"] as? String)
            let waiting = try #require(columns[2]["id"] as? String)

            // The supervisor adds a checking column of two, strictly, before "Done".
            let added = try await app.api(.POST, "/api/v1/boards/\(board)/columns", headers: .bearer(leadToken),
                                          raw: #"{"name_en": "Checking", "name_ru": "Проверка", "status": "in_progress", "wip_limit": 2, "position": 3}"#)
            #expect(added.status == .created, "\(added.text)")
            columns = try #require(added.json["columns"] as? [[String: Any]])
            #expect(columns.map { $0["name_en"] as? String } == ["To do", "In progress", "Waiting", "Checking", "Done"])
            let checking = try #require(columns[3]["id"] as? String)
            #expect(columns[3]["wip_limit"] as? Int == 2 && columns[3]["wip_strict"] as? Bool == true)

            // A worker of the team and an analyst may not; someone outside the team does not see the board.
            #expect(try await app.api(.PATCH, "/api/v1/boards/\(board)/columns/\(checking)", headers: .bearer(workerToken), json: ["wip_limit": 9]).status == .forbidden)
            #expect(try await app.api(.PATCH, "/api/v1/boards/\(board)/columns/\(checking)", headers: .bearer(analyst), json: ["wip_limit": 9]).status == .forbidden)
            let (_, outsider) = try await makeUser(app, role: .logistician, email: "setup-outsider@test.example")
            #expect(try await app.api(.PATCH, "/api/v1/boards/\(board)/columns/\(checking)", headers: .bearer(outsider), json: ["wip_limit": 9]).status == .notFound)

            // The limit set through the set-up holds for the cards: "In progress" of one, strictly.
            let limited = try await app.api(.PATCH, "/api/v1/boards/\(board)/columns/\(progress)", headers: .bearer(leadToken), json: ["wip_limit": 1])
            #expect(limited.status == .ok, "\(limited.text)")
            let deadline = ISO8601DateFormatter().string(from: clock.now().addingTimeInterval(3600))
            func task(_ title: String) async throws -> UUID {
                let r = try await app.api(.POST, "/api/v1/tasks", headers: .bearer(leadToken),
                                          json: ["title": title, "responsible_id": worker.id!.uuidString, "deadline": deadline, "board_id": board])
                return try #require(UUID(uuidString: r.json["id"] as? String ?? ""), "\(r.text)")
            }
            let first = try await task("Count pallets")
            let second = try await task("Label pallets")
            #expect(try await app.pull(first, by: workerToken).status == .ok)
            let full = try await app.pull(second, by: workerToken)
            #expect(full.status == .conflict)
            #expect(full.json["code"] as? String == "column_full")
            // 0 removes the limit; the pull then goes through.
            let unlimited = try await app.api(.PATCH, "/api/v1/boards/\(board)/columns/\(progress)", headers: .bearer(leadToken), json: ["wip_limit": 0])
            #expect(unlimited.status == .ok)
            #expect((unlimited.json["columns"] as? [[String: Any]])?[1]["wip_limit"] as? Int == nil)
            #expect(try await app.pull(second, by: workerToken).status == .ok)

            // A column with cards stays; so does the only column for "done"; an empty one goes.
            let holding = try await app.api(.DELETE, "/api/v1/boards/\(board)/columns/\(progress)", headers: .bearer(leadToken))
            #expect(holding.status == .conflict)
            #expect(holding.json["code"] as? String == "column_not_empty")
            let done = try #require(columns[4]["id"] as? String)
            let only = try await app.api(.DELETE, "/api/v1/boards/\(board)/columns/\(done)", headers: .bearer(leadToken))
            #expect(only.json["code"] as? String == "column_required")
            let removed = try await app.api(.DELETE, "/api/v1/boards/\(board)/columns/\(waiting)", headers: .bearer(leadToken))
            #expect(removed.status == .ok, "\(removed.text)")
            let left = try #require(removed.json["columns"] as? [[String: Any]])
            #expect(left.map { $0["name_en"] as? String } == ["To do", "In progress", "Checking", "Done"])
            #expect(left.map { $0["position"] as? Int } == [0, 1, 2, 3])

            // Every change is in the audit trail, and the board's version moved with it.
            let audited = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM audit_events WHERE entity = 'boards' AND entity_id = \(bind: UUID(uuidString: board)!)")
                .first()?.decode(column: "n", as: Int.self)
            #expect(audited == 5)
            #expect((removed.json["version"] as? Int ?? 0) > (boardMade.json["version"] as? Int ?? 0))

            // Taking a person out leaves their tasks theirs.
            #expect(try await app.api(.DELETE, "/api/v1/teams/\(team)/members/\(worker.id!)", headers: .bearer(admin)).status == .noContent)
            #expect(try await app.api(.DELETE, "/api/v1/teams/\(team)/members/\(worker.id!)", headers: .bearer(admin)).status == .notFound)
            let kept = try await app.api(.GET, "/api/v1/tasks/\(first)", headers: .bearer(leadToken))
            #expect(kept.json["responsible_id"] as? String == worker.id!.uuidString)
        }
    }

    @Test func theSetUpPagesAnswerBesideTheirFieldsInBothLanguages() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock)
            let (admin, _) = try await makeUser(app, role: .admin, email: "pages-admin@test.example")
            let browser = Browser(app)
            try await browser.logIn(email: admin.email, password: "correct horse")

            // The teams page: a new team, a board for it, a person with a limit out of range.
            var page = try await browser.get("/teams")
            #expect(page.status == .ok)
            #expect(page.text.contains("Dispatch"))
            var sent = try await browser.post("/teams", form: ["name": "Returns"])
            #expect(sent.status == .seeOther, "\(sent.text)")
            let returns = try #require(try await app.db.sql.raw("SELECT id FROM teams WHERE name = 'Returns'").first()?.decode(column: "id", as: UUID.self))
            sent = try await browser.post("/teams/\(returns)/boards", form: ["name": "Returns board"])
            #expect(sent.status == .seeOther)
            sent = try await browser.post("/teams/\(returns)/members", form: ["user_id": w.worker.id.uuidString, "wip_limit": "many"])
            #expect(sent.status == .unprocessableEntity)
            #expect(sent.text.contains("id=\"member-\(returns)-wip_limit-error\""))
            #expect(sent.text.contains("value=\"many\""), "what was typed stays")

            // The board's set-up, in Russian: an empty name is named beside its field; a good change is saved.
            browser.cookies[Request.languageCookie] = "ru"
            page = try await browser.get("/boards/\(w.board)/settings")
            #expect(page.status == .ok)
            #expect(page.text.contains("Настройка доски"))
            let progress = w.columns[1]
            sent = try await browser.post("/boards/\(w.board)/settings/columns/\(progress)", form: ["name_en": "", "name_ru": "В работе", "wip_limit": "2", "wip_strict": "on", "position": "1"])
            #expect(sent.status == .unprocessableEntity)
            #expect(sent.text.contains("id=\"\(progress.uuidString)-name_en-error\">обязательное поле"))
            sent = try await browser.post("/boards/\(w.board)/settings/columns/\(progress)", form: ["name_en": "Doing", "name_ru": "Делаем", "wip_limit": "2", "position": "1"])
            #expect(sent.status == .seeOther)
            let column = try #require(try await BoardQueries.column(progress, on: app.db))
            #expect(column.nameEN == "Doing" && column.wipLimit == 2 && column.wipStrict == false)

            // A new column, then its removal; a column with cards is refused, in Russian.
            sent = try await browser.post("/boards/\(w.board)/settings/columns", form: ["name_en": "Review", "name_ru": "Проверка", "status": "blocked", "wip_strict": "on"])
            #expect(sent.status == .seeOther)
            let task = try await app.taskID(w, "Check the pallets", for: w.worker.id, dueIn: 300, by: w.supervisor.token)
            _ = task
            sent = try await browser.post("/boards/\(w.board)/settings/columns/\(w.columns[0])/remove", form: [:])
            #expect(sent.status == .conflict)
            #expect(sent.text.contains("Сначала переместите их"))

            // A worker of the team is refused the set-up; the supervisor is not.
            let worker = try await w.browser(app, as: w.worker)
            #expect(try await worker.get("/boards/\(w.board)/settings").status == .forbidden)
            #expect(try await worker.get("/teams").status == .forbidden)
            let supervisor = try await w.browser(app, as: w.supervisor)
            #expect(try await supervisor.get("/boards/\(w.board)/settings").status == .ok)
            #expect(try await supervisor.get("/boards/\(w.board)").text.contains("id=\"board-settings-link\""))
        }
    }
}
