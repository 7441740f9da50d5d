import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// One task (DOMAIN §2.2): its fields, checklist, comments and deadline history, and the forms
/// that pull it, move it, complete it, agree a new deadline with a reason, and — for a
/// supervisor — let the responsible person through the overdue gate once. Each form runs the
/// same operation as the API through `WorkWrite`; a refusal comes back on the page it was sent
/// from, saying why and naming the tasks that caused it. A client reads the tasks about it that
/// staff made visible, without the staff's comments.
enum TaskPage {
    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, feedback: Feedback())
    }

    static func render(_ req: Request, feedback: Feedback, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let model = try await Model.load(try idParameter(req), req)
        let clock = PageMoments(req)
        let warning = WorkPageParts.warning(req.query[String.self, at: "warned"], lang: lang)
        let content = View.content(model, feedback: feedback, warning: warning, lang: lang, csrf: CSRF.token(for: req), clock: clock)
        return Layout(title: model.task.title, request: req).render(content, status: status)
    }

    /// Fields every task form sends besides its own: where to go back to, and the version seen.
    struct Common: Content, Sendable {
        var return_to: String?
        var version: String?
    }

    /// Runs a task form: on success back to where it came from (with a soft limit's warning
    /// named in the address); a refusal or an invalid field re-renders that page with the
    /// reason, the blocking tasks and the values sent.
    static func perform(_ req: Request, form: String? = nil, values: [String: String] = [:], deadline: DeadlineForm = DeadlineForm(),
                        _ run: @escaping @Sendable (Principal, Date, any Database) async throws -> TaskChange) async throws -> Response {
        let id = try idParameter(req)
        let common = try req.content.decode(Common.self)
        let back = WorkPageParts.Return(common.return_to)
        let actor = try req.actor
        let now = req.clock.now()
        do {
            let change = try await WorkWrite.run(req) { tx in try await run(actor, now, tx) }
            var path = back.path(task: id, board: change.task.board_id)
            if let warning = change.task.warnings?.first { path += "?warned=\(warning.code)" }
            return req.redirect(to: path, redirectType: .normal)
        } catch let problem as Problem where problem.status != 404 && problem.status != 403 {
            let lang = req.language
            let clock = PageMoments(req)
            let status = problem.httpStatus
            switch back {
            case .board:
                let task = try await WorkAccess.visibleTask(id, to: actor, on: req.db)
                return try await BoardPage.render(req, boardID: task.boardID, notice: WorkPageParts.notice(problem, lang: lang, clock: clock), status: status)
            case .list:
                return try await TaskListPage.render(req, form: TaskListPage.Form(), errors: FormErrors([]),
                                                     notice: WorkPageParts.notice(problem, lang: lang, clock: clock), status: status)
            case .task:
                var feedback = Feedback()
                if let errors = problem.errors, !errors.isEmpty, let form {
                    feedback.form = form
                    feedback.errors = FormErrors(errors)
                    feedback.values = values
                    feedback.deadline = deadline
                } else {
                    feedback.notice = WorkPageParts.notice(problem, lang: lang, clock: clock)
                }
                return try await render(req, feedback: feedback, status: status)
            }
        }
    }

    @Sendable static func pull(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let lang = req.language
        return try await perform(req) { actor, now, tx in try await PullTask(taskID: id, lang: lang).run(by: actor, now: now, on: tx) }
    }

    struct MoveForm: Content, Sendable {
        var column_id: String?
        var before_task_id: String?
    }

    @Sendable static func move(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(MoveForm.self)
        let lang = req.language
        return try await perform(req) { actor, now, tx in
            let operation = try MoveTask(taskID: id, columnID: form.column_id.flatMap(UUID.init(uuidString:)),
                                         beforeTaskID: form.before_task_id.flatMap(UUID.init(uuidString:)), lang: lang)
            return try await operation.run(by: actor, now: now, on: tx)
        }
    }

    @Sendable static func complete(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let lang = req.language
        return try await perform(req) { actor, now, tx in try await CompleteTask(taskID: id, lang: lang).run(by: actor, now: now, on: tx) }
    }

    @Sendable static func deadline(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(DeadlineForm.self)
        let lang = req.language
        let moment = PageMoments(req).moment(form.deadline.flatMap { $0.isEmpty ? nil : $0 })
        return try await perform(req, form: "deadline", deadline: form) { actor, now, tx in
            let operation = try RenegotiateDeadline(taskID: id, deadline: moment, reason: form.reason, agreedBy: form.agreed_by, lang: lang)
            return try await operation.run(by: actor, now: now, on: tx)
        }
    }

    struct CommentForm: Content, Sendable { var body: String? }

    @Sendable static func comment(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(CommentForm.self)
        let lang = req.language
        return try await perform(req, form: "comment", values: ["body": form.body ?? ""]) { actor, now, tx in
            try await AddTaskComment(taskID: id, body: form.body, lang: lang).run(by: actor, now: now, on: tx)
        }
    }

    struct ChecklistForm: Content, Sendable { var text: String? }

    @Sendable static func addChecklistItem(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(ChecklistForm.self)
        let lang = req.language
        return try await perform(req, form: "checklist", values: ["text": form.text ?? ""]) { actor, now, tx in
            try await AddChecklistItem(taskID: id, text: form.text, lang: lang).run(by: actor, now: now, on: tx)
        }
    }

    struct ToggleForm: Content, Sendable { var done: String?; var version: String? }

    @Sendable static func toggleChecklistItem(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let item = try idParameter(req, "item")
        let form = try req.content.decode(ToggleForm.self)
        let lang = req.language
        let done: Bool? = form.done == "true" ? true : form.done == "false" ? false : nil
        return try await perform(req, form: "checklist") { actor, now, tx in
            let operation = try ToggleChecklistItem(taskID: id, itemID: item, done: done, expectedVersion: form.version.flatMap { Int($0) }, lang: lang)
            return try await operation.run(by: actor, now: now, on: tx)
        }
    }

    struct OverrideForm: Content, Sendable { var reason: String? }

    /// A supervisor's pass for the task's responsible person; the task is re-read to name them.
    @Sendable static func override(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(OverrideForm.self)
        let lang = req.language
        return try await perform(req, form: "override", values: ["reason": form.reason ?? ""]) { actor, now, tx in
            let task = try await WorkAccess.workableTask(id, by: actor, on: tx)
            _ = try await OverrideGate(employeeID: task.responsibleID, reason: form.reason, lang: lang).run(by: actor, now: now, on: tx)
            return TaskChange(task: try await TaskWrites.reread(id, lang: lang, now: now, on: tx), change: .updated)
        }
    }
}
