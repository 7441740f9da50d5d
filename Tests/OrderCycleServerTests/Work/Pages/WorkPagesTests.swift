import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// The work pages as a person meets them: the gate's refusal names the tasks that cause it in
/// the person's language, the board marks its limits and moves cards without script, the new
/// task form answers beside its fields, and a client's cabinet shows only its own visible tasks.
@Suite("Task and board pages")
struct WorkPagesTests {
    @Test func aRefusedPullNamesTheBlockingTasksInRussianAndEnglish() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock)
            let late = try await app.taskID(w, "Call back Acme about the pallet", for: w.worker.id, dueIn: 30, by: w.supervisor.token)
            let next = try await app.taskID(w, "Book the Kyiv truck", for: w.worker.id, dueIn: 240, by: w.supervisor.token)
            clock.advance(by: 40 * 60)

            for (language, says) in [("ru", "У вас просроченных задач: 1"), ("en", "You have 1 overdue task(s)")] {
                let browser = try await w.browser(app, as: w.worker, language: language)
                try await browser.get("/tasks/\(next)")
                let refused = try await browser.post("/tasks/\(next)/pull", form: [:])
                #expect(refused.status == .conflict)
                let page = refused.text
                #expect(page.contains(says), "\(language): \(page)")
                #expect(page.contains("id=\"blocking-tasks\""))
                #expect(page.contains("href=\"/tasks/\(late)\""))
                #expect(page.contains("Call back Acme about the pallet"))
                #expect(page.contains(String(late.uuidString.prefix(8)).lowercased()), "the blocking task's id is shown")
                #expect(page.contains(language == "ru" ? "Просроченные задачи, которые мешают" : "Overdue tasks that block it"))

                // The same refusal on the board, where the card was dragged from.
                let onBoard = try await browser.post("/tasks/\(next)/move", form: ["column_id": w.columns[1].uuidString, "return_to": "board"])
                #expect(onBoard.status == .conflict)
                #expect(onBoard.text.contains("id=\"board-columns\""))
                #expect(onBoard.text.contains("href=\"/tasks/\(late)\""))
                #expect(onBoard.text.contains(says))
            }

            // With a new deadline and its reason the block lifts, and the history shows why.
            let browser = try await w.browser(app, as: w.worker)
            try await browser.get("/tasks/\(late)")
            let unreasoned = try await browser.post("/tasks/\(late)/deadline", form: ["deadline": formMoment(clock.now().addingTimeInterval(3600), app), "reason": " "])
            #expect(unreasoned.status == .unprocessableEntity)
            #expect(unreasoned.text.contains("id=\"reason-error\""))
            let agreed = try await browser.post("/tasks/\(late)/deadline", form: [
                "deadline": formMoment(clock.now().addingTimeInterval(3600), app), "reason": "Acme's dock is closed until noon", "agreed_by": "Olga at Acme",
            ])
            #expect(agreed.status == .seeOther)
            let page = try await browser.get("/tasks/\(late)")
            #expect(page.text.contains("Acme&#39;s dock is closed until noon"))
            #expect(page.text.contains("Olga at Acme"))
            let pulled = try await browser.post("/tasks/\(next)/pull", form: [:])
            #expect(pulled.status == .seeOther)
            #expect(try await TaskQueries.row(next, on: app.db)?.status == .inProgress)
        }
    }

    @Test func theBoardMarksItsLimitsAndMovesCardsWithoutScript() async throws {
        let clock = ManualClock(WorkWorld.start)
        let columns: [WorkSetup.ColumnSpec] = [
            .init(nameEN: "To do", nameRU: "К выполнению", status: .todo, wipLimit: nil),
            .init(nameEN: "In progress", nameRU: "В работе", status: .inProgress, wipLimit: 1),
            .init(nameEN: "Waiting", nameRU: "Ожидание", status: .blocked, wipLimit: 1, wipStrict: false),
            .init(nameEN: "Done", nameRU: "Выполнено", status: .done, wipLimit: nil),
        ]
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock, columns: columns)
            let first = try await app.taskID(w, "Load the urgent order", for: w.worker.id, dueIn: 300, by: w.supervisor.token)
            let second = try await app.taskID(w, "Sweep the dock", for: w.worker.id, dueIn: 300, by: w.supervisor.token)
            let third = try await app.taskID(w, "Count the returns", for: w.worker.id, dueIn: 300, by: w.supervisor.token)
            let browser = try await w.browser(app, as: w.worker)

            var page = try await browser.get("/boards/\(w.board)")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"count-\(w.columns[0])\">3</span>"))
            #expect(page.text.contains("strict limit"))
            #expect(page.text.contains("soft limit"))
            #expect(page.text.contains("action=\"/tasks/\(first)/move\""), "each card has its move form")
            #expect(page.text.contains("/assets/board.js"))

            // The form alone moves a card; the strict column is then full, and says so.
            var moved = try await browser.post("/tasks/\(first)/move", form: ["column_id": w.columns[1].uuidString, "return_to": "board"])
            #expect(moved.status == .seeOther)
            page = try await browser.get("/boards/\(w.board)")
            #expect(page.text.contains("id=\"column-mark-\(w.columns[1])\">Full: nothing more can come in"))
            let full = try await browser.post("/tasks/\(second)/move", form: ["column_id": w.columns[1].uuidString, "return_to": "board"])
            #expect(full.status == .conflict)
            #expect(full.text.contains("data-code=\"column_full\""))
            #expect(full.text.contains("href=\"/tasks/\(first)\""), "the refusal names the task filling the column")

            // A soft limit lets the card in with a warning, and the column shows it is over.
            moved = try await browser.post("/tasks/\(second)/move", form: ["column_id": w.columns[2].uuidString, "return_to": "board"])
            #expect(moved.status == .seeOther)
            moved = try await browser.post("/tasks/\(third)/move", form: ["column_id": w.columns[2].uuidString, "return_to": "board"])
            #expect(moved.location == "/boards/\(w.board)?warned=column_over_limit")
            page = try await browser.get(moved.location!)
            #expect(page.text.contains("id=\"warning\""))
            #expect(page.text.contains("id=\"column-mark-\(w.columns[2])\">Over the limit"))

            // In Russian too.
            browser.cookies[Request.languageCookie] = "ru"
            page = try await browser.get("/boards/\(w.board)")
            #expect(page.text.contains("строгий предел"))
            #expect(page.text.contains("Предел превышен"))

            // Someone outside the team does not see the board.
            let (_, outsider) = try await makeUser(app, role: .worker, email: "outsider@test.example")
            _ = outsider
            let stranger = Browser(app)
            try await stranger.logIn(email: "outsider@test.example", password: "correct horse")
            #expect(try await stranger.get("/boards/\(w.board)").status == .notFound)
            #expect(try await stranger.get("/tasks/\(first)").status == .notFound)
        }
    }

    @Test func theNewTaskFormAnswersBesideItsFields() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock)
            let browser = try await w.browser(app, as: w.supervisor, language: "ru")
            let page = try await browser.get("/tasks")
            #expect(page.text.contains("Новая задача"))
            let refused = try await browser.post("/tasks", form: ["title": "", "deadline": formMoment(clock.now().addingTimeInterval(-60), app), "order": "ORD-404"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"order-error\""))
            let again = try await browser.post("/tasks", form: ["title": "", "deadline": formMoment(clock.now().addingTimeInterval(-60), app)])
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("<p class=\"field-error\" id=\"title-error\">обязательное поле</p>"))
            #expect(again.text.contains("id=\"deadline-error\">должен быть позже текущего момента"))
            #expect(again.text.contains("id=\"responsible_id-error\""))

            // Made, it lists under "my tasks" of the responsible person, filtered.
            let made = try await browser.post("/tasks", form: [
                "title": "Check the invoice", "responsible_id": w.worker.id.uuidString,
                "deadline": formMoment(clock.now().addingTimeInterval(3600), app), "priority": "urgent", "board": "\(w.board):\(w.columns[2])",
            ])
            #expect(made.status == .seeOther, "\(made.text.prefix(3000))")
            let id = try #require(made.location.flatMap { UUID(uuidString: String($0.dropFirst("/tasks/".count))) })
            #expect(try await TaskQueries.row(id, on: app.db)?.columnID == w.columns[2], "the chosen column")
            let worker = try await w.browser(app, as: w.worker)
            #expect(try await worker.get("/tasks?week=1").text.contains("Check the invoice"))
            #expect(!(try await worker.get("/tasks?overdue=1").text.contains("Check the invoice")))
            clock.advance(by: 2 * 3600)
            #expect(try await worker.get("/tasks?overdue=1").text.contains("Check the invoice"))
        }
    }

    @Test func aClientSeesOnlyItsOwnVisibleTasksReadOnly() async throws {
        let clock = ManualClock(WorkWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await WorkWorld.make(app, clock: clock)
            let orders = try await OrderWorld.make(app)
            let shown = try await app.taskID(w, "Replace the damaged pallet", for: w.worker.id, dueIn: 300, by: w.supervisor.token, clientID: orders.client, visible: true)
            let hidden = try await app.taskID(w, "Check Acme's credit limit", for: w.worker.id, dueIn: 300, by: w.supervisor.token, clientID: orders.client, visible: false)
            let others = try await app.taskID(w, "Other Co's delivery slot", for: w.worker.id, dueIn: 300, by: w.supervisor.token, clientID: orders.otherClient, visible: true)
            _ = try await app.api(.POST, "/api/v1/tasks/\(shown)/comments", headers: .bearer(w.worker.token), json: ["body": "Internal: blame the carrier"])

            _ = try await makeUser(app, role: .client, email: "buyer@acme.test", clientID: orders.client)
            let buyer = Browser(app)
            try await buyer.logIn(email: "buyer@acme.test", password: "correct horse")
            let cabinet = try await buyer.get("/cabinet")
            #expect(cabinet.status == .ok)
            #expect(cabinet.text.contains("id=\"cabinet-tasks\""))
            #expect(cabinet.text.contains("Replace the damaged pallet"))
            #expect(!cabinet.text.contains("Check Acme"))
            #expect(!cabinet.text.contains("Other Co&#39;s delivery slot"))

            let task = try await buyer.get("/tasks/\(shown)")
            #expect(task.status == .ok)
            #expect(task.text.contains("Replace the damaged pallet"))
            #expect(!task.text.contains("blame the carrier"), "staff comments stay with staff")
            #expect(!task.text.contains("<form method=\"post\" action=\"/tasks/"), "read only")
            #expect(try await buyer.get("/tasks/\(hidden)").status == .notFound)
            #expect(try await buyer.get("/tasks/\(others)").status == .notFound)
            #expect(try await buyer.post("/tasks/\(shown)/pull", form: [:]).status == .forbidden)
            #expect(try await buyer.get("/boards/\(w.board)").status == .forbidden)
        }
    }
}
