import Foundation
import OrderCycleCore
import Vapor

/// "My tasks" (DOMAIN §2.2: every incoming and outgoing task in one system, none lost): the
/// tasks a person is responsible for or works on, filtered by status, overdue or due this
/// week, and the form that registers a new one — the same `CreateTask` the API runs, with its
/// messages beside the fields and the overdue gate's refusal naming the tasks that cause it.
enum TaskListPage {
    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, form: Form(), errors: FormErrors([]), notice: "")
    }

    static func render(_ req: Request, form: Form, errors: FormErrors, notice: HTML, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let model = try await Model.load(req, filter: Filter(req))
        let content = View.content(model, form: form, errors: errors, notice: notice, lang: lang, csrf: CSRF.token(for: req), clock: PageMoments(req))
        return Layout(title: lang.t("My tasks", "Мои задачи"), request: req).render(content, status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let actor = try req.actor
        let lang = req.language
        let now = req.clock.now()
        let clock = PageMoments(req)
        let (board, column) = form.place
        func blank(_ s: String?) -> String? { s.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        do {
            var orderID: UUID?
            if let number = blank(form.order)?.trimmingCharacters(in: .whitespaces) {
                orderID = try await TaskPageQueries.order(number: number, on: req.db)
                if orderID == nil { throw Problem.field("order", lang.t("there is no order with this number", "заказа с таким номером нет")) }
            }
            let operation = try CreateTask(
                title: form.title, description: form.description, responsibleID: blank(form.responsible_id).flatMap(UUID.init(uuidString:)),
                deadline: blank(form.deadline).flatMap { clock.moment($0) }, priority: blank(form.priority), source: .manual, boardID: board,
                clientID: blank(form.client_id).flatMap(UUID.init(uuidString:)), orderID: orderID,
                visibleToClient: form.visible_to_client == "on" || form.visible_to_client == "true", lang: lang, now: now)
            let change = try await WorkWrite.run(req) { tx in
                let created = try await operation.run(by: actor, now: now, on: tx)
                guard let column, column != created.task.column_id else { return created }
                // A column other than the board's first: the new task moves there as a drag would take it.
                let moved = try await MoveTask(taskID: created.task.id, columnID: column, lang: lang).run(by: actor, now: now, on: tx)
                return TaskChange(task: moved.task, change: .created)
            }
            return req.redirect(to: PageRoute.Work.task(change.task.id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return try await render(req, form: form, errors: FormErrors(problem.errors ?? []), notice: "", status: .unprocessableEntity)
        } catch let problem as Problem where problem.status == 409 {
            return try await render(req, form: form, errors: FormErrors([]), notice: WorkPageParts.notice(problem, lang: lang, clock: clock), status: .conflict)
        }
    }
}
