import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// One order: its lines, the next steps, the stages with the Gantt chart, the cycle breakdown,
/// claims, the comment thread and the audit trail. Staff and the order's own client see it.
enum OrderPage {
    static let viewers: Access = .roles(Set(Role.allCases))

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Orders.order, access: viewers, use: show)
        routes.endpoint(.POST, PageRoute.Orders.step, access: .only(.client, .manager, .operator, .logistician, .worker, .admin), use: step)
        routes.endpoint(.POST, PageRoute.Orders.stage, access: .only(.logistician, .worker, .manager, .admin), use: stage)
        routes.endpoint(.POST, PageRoute.Orders.rating, access: .only(.client), use: rate)
        routes.endpoint(.POST, PageRoute.Orders.claim, access: .only(.client, .manager, .operator, .admin), use: claim)
        routes.endpoint(.POST, PageRoute.Orders.comment, access: viewers, use: comment)
        routes.endpoint(.POST, PageRoute.Orders.changeRequest, access: .only(.client, .manager, .operator, .admin), use: change)
        routes.endpoint(.POST, PageRoute.Orders.goodsRequest, access: .roles(goodsFilers), use: goods)
        routes.endpoint(.POST, PageRoute.Orders.reserve, access: ShortfallAPI.access, use: reserve)
        routes.endpoint(.POST, PageRoute.Orders.split, access: ShortfallAPI.access, use: split)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, notice: nil, now: req.clock.now())
    }

    /// Who files a return, an exchange or a warranty case from the order's page: the staff who
    /// file requests for clients (the client itself files from its cabinet's request form).
    static let goodsFilers: Set<Role> = [.admin, .manager, .operator]

    static func render(_ req: Request, notice: String?, now: Date, status: HTTPResponseStatus = .ok, claim: View.ClaimEntry = .init(),
                       goods: View.GoodsEntry = .init()) async throws -> Response {
        let actor = try req.actor
        let lang = req.language
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let model = try await Model.load(try idParameter(req), for: actor, calendar: calendar, now: now, on: req.db)
        let content = View.content(model, actor: actor, lang: lang, csrf: CSRF.token(for: req), timeZone: calendar.timeZone, notice: notice, claim: claim, goods: goods)
        return Layout(title: "\(lang.t("Order", "Заказ")) \(model.order.number)", request: req).render(content, status: status)
    }

    struct StepForm: Content { var to: String; var reason: String?; var version: Int? }

    /// What a page action runs with: the one moment of the request (the write and a re-rendered
    /// page see the same "now") and the person's language for the refusals.
    struct Context: Sendable {
        let actor: Principal
        let calendar: CompanyCalendar
        let now: Date
        let lang: Language
    }

    /// Runs a page action; a refused one re-renders the order with the reason instead of losing it.
    static func perform(_ req: Request, _ action: @escaping @Sendable (any Database, Context) async throws -> Void) async throws -> Response {
        let id = try idParameter(req)
        let lang = req.language
        let context = Context(actor: try req.actor, calendar: CompanyCalendar(timeZone: req.application.appConfig.timeZone), now: req.clock.now(), lang: lang)
        do {
            try await req.write { tx in try await action(tx, context) }
            return req.redirect(to: PageRoute.Orders.order(id), redirectType: .normal)
        } catch let problem as Problem where problem.status != 404 && problem.status != 403 {
            let message = problem.status == 412
                ? lang.t("Someone changed this order meanwhile; here is the current state.", "Заказ тем временем изменили; показано текущее состояние.")
                : problem.code == "lines_not_ready" ? (problem.detail ?? problem.summary) : problem.summary
            return try await render(req, notice: message, now: context.now, status: problem.httpStatus)
        }
    }

    @Sendable static func step(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(StepForm.self)
        return try await perform(req) { tx, c in
            let operation = try TakeOrderStep(orderID: id, to: form.to, reason: form.reason, expectedVersion: form.version, lang: c.lang)
            _ = try await operation.run(by: c.actor, calendar: c.calendar, now: c.now, on: tx)
        }
    }

    struct VersionForm: Content { var version: Int? }

    @Sendable static func reserve(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(VersionForm.self)
        return try await perform(req) { tx, c in
            _ = try await ReserveShortfall(orderID: id, expectedVersion: form.version).run(by: c.actor, now: c.now, on: tx)
        }
    }

    @Sendable static func split(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(VersionForm.self)
        return try await perform(req) { tx, c in
            _ = try await SplitShortfall(orderID: id, expectedVersion: form.version).run(by: c.actor, calendar: c.calendar, now: c.now, on: tx)
        }
    }

    struct StageForm: Content { var stage: String; var action: String; var reason: String?; var version: Int? }

    /// The page records a stage at the moment the button is pressed.
    @Sendable static func stage(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(StageForm.self)
        guard let stage = Stage(rawValue: form.stage) else { throw Problem.field("stage", req.language.t("is not a stage", "это не этап")) }
        return try await perform(req) { tx, c in
            let operation = try RecordStage(orderID: id, stage: stage, action: form.action, at: c.now, reason: form.reason,
                                            expectedVersion: form.version, now: c.now, lang: c.lang)
            _ = try await operation.run(by: c.actor, calendar: c.calendar, now: c.now, on: tx)
        }
    }

    /// `rating` is empty until the client chooses one: the form has no default.
    struct RatingForm: Content { var rating: String?; var comment: String?; var version: Int? }

    @Sendable static func rate(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(RatingForm.self)
        return try await perform(req) { tx, c in
            let operation = try RateOrder(orderID: id, rating: form.rating.flatMap { Int($0) }, comment: form.comment, expectedVersion: form.version, lang: c.lang)
            _ = try await operation.run(by: c.actor, now: c.now, on: tx)
        }
    }

    struct ClaimForm: Content { var reason: String?; var description: String?; var photos: [File]? }

    /// A refused claim keeps what was typed and chosen, with each message beside its field
    /// (a photo cannot be kept: the browser sends it again only when chosen again).
    @Sendable static func claim(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(ClaimForm.self)
        do {
            let operation = try FileClaim(orderID: id, reason: form.reason ?? "", description: form.description ?? "",
                                          photos: (form.photos ?? []).map(\.data), lang: req.language)
            return try await perform(req) { tx, c in
                _ = try await operation.run(by: c.actor, calendar: c.calendar, now: c.now, on: tx)
            }
        } catch let problem as Problem where problem.errors != nil {
            return try await render(req, notice: nil, now: req.clock.now(), status: problem.httpStatus,
                                    claim: .init(reason: form.reason, description: form.description, errors: problem.fieldMessages))
        }
    }

    struct ChangeForm: Content { var description: String? }

    /// A change to the order is requested as a request of kind `change` of the personal service
    /// department (its manager accepts or refuses it, and F counts the decision); staff file it
    /// for the order's client.
    @Sendable static func change(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(ChangeForm.self)
        return try await perform(req) { tx, c in
            let order = try await OrderReading.visibleOrder(id, to: c.actor, on: tx)
            let input = ServiceRequestInput(kind: ServiceRequestKind.change.rawValue, order_id: id, description: form.description,
                                            client_id: c.actor.role == .client ? nil : order.clientID)
            _ = try await FileRequest(input, calendar: c.calendar, lang: c.lang, now: c.now).run(by: c.actor, now: c.now, on: tx)
        }
    }

    struct GoodsForm: Content { var kind: String?; var product_id: String?; var quantity: String?; var description: String? }

    /// A return, an exchange or a warranty case for the order's goods, filed by staff for the
    /// order's client through the same operation as the API and the cabinet (`FileRequest`).
    /// A return or an exchange names a product of the order's lines and how many; a warranty
    /// case names the order only. A refusal shows beside its field, keeping what was chosen and typed.
    @Sendable static func goods(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(GoodsForm.self)
        let actor = try req.actor
        let lang = req.language
        let now = req.clock.now()
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let order = try await OrderReading.visibleOrder(id, to: actor, on: req.db)
        let kind = ServiceRequestKind(rawValue: form.kind ?? "")
        let forGoods = kind == .return || kind == .exchange
        let quantity = (form.quantity ?? "").trimmingCharacters(in: .whitespaces)
        let entry = { (errors: [String: String]) in
            View.GoodsEntry(kind: form.kind, productID: form.product_id, quantity: form.quantity, description: form.description, errors: errors)
        }
        // Only the kinds of the order's goods are filed here (a change and a claim have their own forms).
        guard kind == nil || [.return, .exchange, .warranty].contains(kind) else {
            return try await render(req, notice: nil, now: now, status: .unprocessableEntity,
                                    goods: entry(["kind": lang.t("must be a return, an exchange or a warranty case", "выберите возврат, обмен или гарантийный случай")]))
        }
        let input = ServiceRequestInput(kind: form.kind, order_id: id, product_id: forGoods ? form.product_id.flatMap(UUID.init(uuidString:)) : nil,
                                        quantity: forGoods ? (Int(quantity) ?? (quantity.isEmpty ? nil : 0)) : nil,
                                        description: form.description, client_id: order.clientID)
        do {
            let operation = try FileRequest(input, calendar: calendar, lang: lang, now: now)
            try await req.write { tx in _ = try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Orders.order(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return try await render(req, notice: nil, now: now, status: problem.httpStatus, goods: entry(problem.fieldMessages))
        }
    }

    struct CommentForm: Content { var body: String }

    @Sendable static func comment(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(CommentForm.self)
        return try await perform(req) { tx, c in
            _ = try await AddComment(orderID: id, body: form.body).run(by: c.actor, now: c.now, on: tx)
        }
    }
}

extension OrderStatus {
    /// The button label for taking this step.
    func actionName(_ lang: Language) -> String {
        switch self {
        case .draft: lang.t("Back to draft", "В черновик")
        case .sent: lang.t("Send", "Отправить")
        case .received: lang.t("Receive", "Принять к рассмотрению")
        case .placed: lang.t("Place (reserve stock)", "Разместить (резерв)")
        case .invoiced: lang.t("Invoice", "Выставить счёт")
        case .picked: lang.t("Picked", "Скомплектован")
        case .dispatched: lang.t("Dispatch", "Отправить со склада")
        case .delivered: lang.t("Delivered", "Доставлен")
        case .accepted: lang.t("Confirm receipt", "Подтвердить получение")
        case .cancelled: lang.t("Cancel", "Отменить")
        }
    }
}
