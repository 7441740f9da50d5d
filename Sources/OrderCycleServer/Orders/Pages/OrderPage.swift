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
        routes.endpoint(.POST, PageRoute.Orders.rating, access: .only(.client, .manager, .admin), use: rate)
        routes.endpoint(.POST, PageRoute.Orders.claim, access: .only(.client, .manager, .operator, .admin), use: claim)
        routes.endpoint(.POST, PageRoute.Orders.comment, access: viewers, use: comment)
        routes.endpoint(.POST, PageRoute.Orders.reserve, access: ShortfallAPI.access, use: reserve)
        routes.endpoint(.POST, PageRoute.Orders.split, access: ShortfallAPI.access, use: split)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, notice: nil)
    }

    static func render(_ req: Request, notice: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let actor = try req.actor
        let lang = req.language
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let order = try await OrderReading.visibleOrder(try idParameter(req), to: actor, on: req.db)
        let dto = try await OrderReading.detail(order, calendar: calendar, on: req.db)
        let csrf = CSRF.token(for: req)
        let id = dto.id
        let fmt = DateFormatter()
        fmt.timeZone = calendar.timeZone
        fmt.dateFormat = "yyyy-MM-dd HH:mm"
        func when(_ d: Date?) -> String { d.map(fmt.string) ?? "—" }

        let lines = dto.lines.map { l -> HTML in
            let short: HTML = l.reserved_quantity < l.quantity && dto.status != .draft && dto.status != .sent && dto.status != .received
                ? HTML(" <span class=\"badge warn\">\(lang.t("reserved", "в резерве")) \(l.reserved_quantity)</span>") : ""
            return "<tr><td>\(l.line_no)</td><td>\(l.sku)</td><td>\(l.name)</td><td>\(l.quantity)\(short)</td><td>\(Money.format(l.unit_price_minor, dto.currency))</td></tr>"
        }.joined

        let steps = dto.allowed_next.filter { OrderStepPolicy.may(actor.role, take: $0, from: dto.status) }.map { next -> HTML in
            let reason: HTML = next == .cancelled ? HTML("<input type=\"text\" name=\"reason\" placeholder=\"\(lang.t("Reason", "Причина"))\" required>") : ""
            let style: HTML = next == .cancelled ? "button secondary" : "button"
            return """
            <form method="post" action="\(PageRoute.Orders.step(id))" class="inline step">
              <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(dto.version)">
              <input type="hidden" name="to" value="\(next.rawValue)">\(reason)
              <button type="submit" class="\(style)" id="step-\(next.rawValue)">\(next.actionName(lang))</button>
            </form>
            """
        }.joined

        // A placed order that stock did not cover waits (and takes what arrives) or is split.
        let isShort = dto.status == .placed && dto.lines.contains { $0.reserved_quantity < $0.quantity }
        let shortfall: HTML = isShort && OrderShortfall.roles.contains(actor.role) ? """
            <div class="shortfall">
            <p class="muted">\(lang.t("Stock did not cover every line. Reserve what has arrived since, or split off what is missing as a new order.",
                                      "Склад покрыл не все позиции. Зарезервируйте поступившее с тех пор или выделите недостающее в новый заказ."))</p>
            <form method="post" action="\(PageRoute.Orders.reserve(id))" class="inline">
              <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(dto.version)">
              <button type="submit" class="button secondary" id="reserve-missing">\(lang.t("Reserve what has arrived", "Зарезервировать поступившее"))</button>
            </form>
            <form method="post" action="\(PageRoute.Orders.split(id))" class="inline">
              <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(dto.version)">
              <button type="submit" class="button secondary" id="split-missing">\(lang.t("Split off what is missing", "Выделить недостающее в новый заказ"))</button>
            </form>
            </div>
            """ : ""
        let splitLinks: HTML = {
            var parts: [HTML] = []
            if let from = dto.split_from {
                parts.append("\(lang.t("Split from", "Выделен из")) <a href=\"\(PageRoute.Orders.order(from.id))\">\(from.number)</a>")
            }
            if !dto.split_into.isEmpty {
                let links = HTML.join(dto.split_into.map { HTML("<a href=\"\(PageRoute.Orders.order($0.id))\">\($0.number)</a>") }, separator: ", ")
                parts.append("\(lang.t("Missing part split into", "Недостающее выделено в")) \(links)")
            }
            return parts.isEmpty ? "" : HTML("<p id=\"order-splits\">\(HTML.join(parts, separator: " · "))</p>")
        }()

        let history = dto.history.map { e -> HTML in
            "<tr><td>\(when(e.at))</td><td>\(e.to.name(lang))</td><td>\(e.by)</td><td>\(e.reason ?? "")</td></tr>"
        }.joined

        let canStage = [.logistician, .worker, .manager, .admin].contains(actor.role)
            && [.received, .placed, .invoiced, .picked, .dispatched].contains(dto.status)
        let stageByName = Dictionary(dto.stages.map { ($0.stage, $0) }, uniquingKeysWith: { a, _ in a })
        let stageRows = Stage.allCases.map { stage -> HTML in
            let s = stageByName[stage]
            let state: HTML = {
                guard let s else { return HTML("<span class=\"muted\">\(lang.t("not started", "не начат"))</span>") }
                if s.skipped { return HTML("<span class=\"badge\">\(lang.t("skipped", "пропущен"))</span> \(s.skip_reason ?? "")") }
                if s.finished_at != nil { return HTML("<span class=\"badge ok\">\(lang.t("done", "выполнен"))</span>") }
                return s.started_at != nil ? HTML("<span class=\"badge warn\">\(lang.t("in progress", "идёт"))</span>") : HTML("<span class=\"muted\">\(lang.t("not started", "не начат"))</span>")
            }()
            var actions: [HTML] = []
            if canStage {
                func button(_ action: String, _ label: String, reason: Bool = false) -> HTML {
                    let r: HTML = reason ? HTML("<input type=\"text\" name=\"reason\" class=\"compact\" placeholder=\"\(lang.t("Reason", "Причина"))\" required>") : ""
                    return """
                    <form method="post" action="\(PageRoute.Orders.stage(id))" class="inline">
                      <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(dto.version)">
                      <input type="hidden" name="stage" value="\(stage.rawValue)"><input type="hidden" name="action" value="\(action)">\(r)
                      <button type="submit" class="link-button" id="stage-\(stage.rawValue)-\(action)">\(label)</button>
                    </form>
                    """
                }
                if s == nil || (s?.started_at == nil && s?.skipped == false) {
                    actions.append(button("start", lang.t("Start", "Начать")))
                    actions.append(button("skip", lang.t("Skip", "Пропустить"), reason: true))
                } else if s?.finished_at == nil && s?.skipped == false {
                    actions.append(button("finish", lang.t("Finish", "Завершить")))
                }
            }
            return """
            <tr><td>\(stage.name(lang)) <span class="muted">\(stage.symbol)</span></td><td>\(when(s?.started_at))</td><td>\(when(s?.finished_at))</td>
            <td>\(DurationText.format(s?.duration_seconds.map(Int.init), lang))</td><td>\(state)</td><td>\(actions.joined)</td></tr>
            """
        }.joined

        let records = try await StageRecord.query(on: req.db).filter(\.$orderID == id).all()
        let plan = try await ExecutionPlanning.currentStages(of: id, on: req.db)
        let now = Date()
        let ganttRows = Stage.allCases.map { stage -> Gantt.Row in
            let r = records.first { $0.stage == stage }
            let actual = r.flatMap { rec in rec.startedAt.map { Gantt.Bar(start: $0, end: rec.finishedAt ?? now) } }
            let planned = plan[stage].flatMap { p in p.start.flatMap { s in p.end.map { Gantt.Bar(start: s, end: $0) } } }
            return Gantt.Row(stage: stage, planned: planned, actual: actual, open: r?.startedAt != nil && r?.finishedAt == nil, skipped: r?.skipped ?? false)
        }

        let cycle: HTML = dto.cycle.map { c in
            """
            <table class="cycle" id="cycle-breakdown">
              <tr><th>\(lang.t("Seller's cycle (received → delivered)", "Цикл продавца (получен → доставлен)"))</th><td>\(DurationText.format(c.seller_seconds, lang))\(c.complete ? "" : HTML(" <span class=\"muted\">(\(lang.t("so far", "пока")))</span>"))</td></tr>
              <tr><th>\(lang.t("Σ stages", "Σ этапов"))</th><td>\(DurationText.format(c.stages_sum_seconds, lang))</td></tr>
              <tr><th>\(lang.t("− overlap", "− перекрытие"))</th><td>\(DurationText.format(c.overlap_seconds, lang))</td></tr>
              <tr><th>\(lang.t("+ interruptions T_per", "+ перерывы Тпер"))</th><td>\(DurationText.format(c.interruption_seconds, lang))</td></tr>
              <tr><th>\(lang.t("Buyer's cycle (sent → accepted)", "Цикл покупателя (отправлен → принят)"))</th><td>\(DurationText.format(c.buyer_seconds, lang))</td></tr>
            </table>
            """
        } ?? HTML("<p class=\"muted\">\(lang.t("The cycle starts when the order is received.", "Цикл начинается с получения заказа."))</p>")

        let comments = try await FeedbackAPI.thread(of: id, on: req.db).map { c -> HTML in
            "<li><b>\(c.author)</b> <span class=\"muted\">\(when(c.at))</span><br>\(c.body)</li>"
        }.joined
        let claimRows = try await OrderClaim.query(on: req.db).filter(\.$orderID == id).sort(\.$createdAt).all()
        let photos = try await ClaimPhotos.list(of: claimRows.compactMap(\.id), on: req.db)
        let claims = claimRows.map { c -> HTML in
            let pictures = (c.id.flatMap { photos[$0] } ?? []).map { p -> HTML in
                "<a href=\"\(PageRoute.Orders.claimPhoto(p.claim_id, p.id))\"><img class=\"claim-photo\" src=\"\(PageRoute.Orders.claimPhoto(p.claim_id, p.id))\" alt=\"\(lang.t("Claim photo", "Фото к претензии"))\" width=\"96\" height=\"96\" loading=\"lazy\"></a>"
            }.joined
            return "<li>\(c.reason.name(lang)) — \(c.description) <span class=\"badge\">\(c.status.name(lang))</span> \(c.resolution ?? "")\(pictures.text.isEmpty ? "" : HTML("<div class=\"claim-photos\">\(pictures)</div>"))</li>"
        }.joined

        let feedback: HTML = {
            var parts: [HTML] = []
            if [.delivered, .accepted].contains(dto.status), [.client, .manager, .admin].contains(actor.role) {
                let options = (1...5).map { n -> HTML in "<option value=\"\(n)\"\(dto.rating == n ? HTML(" selected") : "")>\(n)</option>" }.joined
                parts.append("""
                <form method="post" action="\(PageRoute.Orders.rating(id))" class="card">
                  <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(dto.version)">
                  <label for="rating">\(lang.t("Rate the fulfilment", "Оцените выполнение"))</label><select id="rating" name="rating">\(options)</select>
                  <label for="rating-comment">\(lang.t("Comment", "Комментарий"))</label><input type="text" id="rating-comment" name="comment" value="\(dto.rating_comment)">
                  <p><button type="submit" class="button" id="rate-submit">\(lang.t("Rate", "Оценить"))</button></p>
                </form>
                """)
            }
            if [.dispatched, .delivered, .accepted].contains(dto.status), [.client, .manager, .operator, .admin].contains(actor.role) {
                let reasons = ClaimReason.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }
                parts.append("""
                <form method="post" action="\(PageRoute.Orders.claim(id))" class="card" enctype="multipart/form-data">
                  <input type="hidden" name="_csrf" value="\(csrf)">
                  \(FormField.select(name: "reason", label: lang.t("File a claim", "Подать претензию"), options: reasons, selected: nil, error: nil))
                  <label for="claim-description">\(lang.t("What happened", "Что случилось"))</label><input type="text" id="claim-description" name="description" required>
                  <label for="claim-photos">\(lang.t("Photos (JPEG, PNG or WebP, up to \(PhotoFormat.perClaim))", "Фото (JPEG, PNG или WebP, до \(PhotoFormat.perClaim))"))</label>
                  <input type="file" id="claim-photos" name="photos[]" accept="image/jpeg,image/png,image/webp" multiple>
                  <p><button type="submit" class="button secondary" id="claim-submit">\(lang.t("File claim", "Подать"))</button></p>
                </form>
                """)
            }
            return parts.joined
        }()

        let documents: HTML = actor.role == .client ? "" : """
        <p class="no-print"><a href="\(PageRoute.Orders.invoice(id))">\(lang.t("Invoice", "Счёт"))</a> · <a href="\(PageRoute.Orders.pickingList(id))">\(lang.t("Picking list and shipping note", "Комплектовочный лист и накладная"))</a> · <a href="\(PageRoute.Orders.plan(id))">\(lang.t("Execution plan", "План выполнения"))</a></p>
        """
        let trail: HTML = actor.role == .client ? "" : AuditView.table(try await AuditTrail.entries(on: req.db, entity: Order.schema, id: id), lang: lang)
        let noticeHTML: HTML = notice.map { "<div class=\"notice bad\" role=\"alert\">\($0)</div>" } ?? ""
        let content: HTML = """
        <h1>\(lang.t("Order", "Заказ")) \(dto.number) <span class="badge" id="order-status">\(dto.status.name(lang))</span></h1>
        \(noticeHTML)
        <div class="grid">
          <section class="card">
            <p>\(lang.t("Client", "Клиент")): <b>\(dto.client_name)</b>\(dto.is_internal ? HTML(" <span class=\"badge\">\(lang.t("internal", "внутренний"))</span>") : "")</p>
            <p>\(lang.t("Channel", "Канал")): \(dto.channel.name(lang)) · \(lang.t("Priority", "Приоритет")): \(dto.priority.name(lang))</p>
            <p>\(lang.t("Promised", "Обещано")): \(dto.promised_date ?? "—")\(dto.on_time.map { $0 ? HTML(" <span class=\"badge ok\">\(lang.t("on time", "вовремя"))</span>") : HTML(" <span class=\"badge bad\">\(lang.t("late", "с опозданием"))</span>") } ?? "")</p>
            \(splitLinks)
            \(dto.delivery_method.map { HTML("<p>\(lang.t("Delivery method", "Способ доставки")): \($0)</p>") } ?? "")
            <p>\(lang.t("Total", "Сумма")): <b>\(Money.format(dto.total_minor, dto.currency))</b></p>
            \(dto.unsatisfied_from_stock ? HTML("<p><span class=\"badge warn\">\(lang.t("not satisfied from stock", "не обеспечен со склада"))</span></p>") : "")
            \(dto.rating.map { HTML("<p>\(lang.t("Rating", "Оценка")): \($0)/5 \(dto.rating_comment ?? "")</p>") } ?? "")
            \(documents)
          </section>
          <section class="card"><h2>\(lang.t("Next step", "Следующий шаг"))</h2>\(steps.text.isEmpty && shortfall.text.isEmpty ? HTML("<p class=\"muted\">—</p>") : steps)\(shortfall)</section>
        </div>
        <h2>\(lang.t("Lines", "Позиции"))</h2>
        <div class="table-wrap"><table><thead><tr><th>#</th><th>SKU</th><th>\(lang.t("Product", "Товар"))</th><th>\(lang.t("Qty", "Кол-во"))</th><th>\(lang.t("Price", "Цена"))</th></tr></thead><tbody>\(lines)</tbody></table></div>
        <h2>\(lang.t("Stages", "Этапы"))</h2>
        <div class="table-wrap"><table id="stages"><thead><tr><th>\(lang.t("Stage", "Этап"))</th><th>\(lang.t("Start", "Начало"))</th><th>\(lang.t("Finish", "Окончание"))</th><th>\(lang.t("Duration", "Длительность"))</th><th></th><th></th></tr></thead><tbody>\(stageRows)</tbody></table></div>
        <div class="card">\(Gantt.svg(rows: ganttRows, now: now, lang: lang))</div>
        <h2>\(lang.t("Cycle duration", "Длительность цикла"))</h2>
        \(cycle)
        \(feedback)
        <h2>\(lang.t("Claims", "Претензии"))</h2><ul id="claims">\(claims)</ul>
        <h2>\(lang.t("Comments", "Комментарии"))</h2>
        <ul class="comments" id="comments">\(comments)</ul>
        <form method="post" action="\(PageRoute.Orders.comment(id))" class="card no-print">
          <input type="hidden" name="_csrf" value="\(csrf)">
          <label for="comment-body">\(lang.t("Write to the other side", "Написать другой стороне"))</label><input type="text" id="comment-body" name="body" required>
          <p><button type="submit" class="button" id="comment-submit">\(lang.t("Send", "Отправить"))</button></p>
        </form>
        <h2>\(lang.t("Status history", "История статусов"))</h2>
        <div class="table-wrap"><table><tbody>\(history)</tbody></table></div>
        \(trail)
        """
        return Layout(title: "\(lang.t("Order", "Заказ")) \(dto.number)", request: req).render(content, status: status)
    }

    struct StepForm: Content { var to: String; var reason: String?; var version: Int? }

    /// Runs a page action; a refused one re-renders the order with the reason instead of losing it.
    static func perform(_ req: Request, _ action: @escaping @Sendable (any Database, Principal, CompanyCalendar) async throws -> Void) async throws -> Response {
        let id = try idParameter(req)
        let actor = try req.actor
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        do {
            try await req.write { tx in try await action(tx, actor, calendar) }
            return req.redirect(to: PageRoute.Orders.order(id), redirectType: .normal)
        } catch let problem as Problem where problem.status != 404 && problem.status != 403 {
            let lang = req.language
            let message = problem.status == 412
                ? lang.t("Someone changed this order meanwhile; here is the current state.", "Заказ тем временем изменили; показано текущее состояние.")
                : (problem.summary)
            return try await render(req, notice: message, status: problem.httpStatus)
        }
    }

    @Sendable static func step(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(StepForm.self)
        guard let to = OrderStatus(rawValue: form.to) else { throw Problem.field("to", "is not a status") }
        let reason = form.reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await perform(req) { tx, actor, calendar in
            _ = try await OrderWorkflow(db: tx, actor: actor, calendar: calendar).take(to, on: id, expectedVersion: form.version, reason: (reason?.isEmpty ?? true) ? nil : reason)
        }
    }

    struct VersionForm: Content { var version: Int? }

    @Sendable static func reserve(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(VersionForm.self)
        return try await perform(req) { tx, actor, _ in
            _ = try await OrderShortfall(db: tx, actor: actor).reserve(orderID: id, expectedVersion: form.version)
        }
    }

    @Sendable static func split(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(VersionForm.self)
        return try await perform(req) { tx, actor, calendar in
            _ = try await OrderShortfall(db: tx, actor: actor).split(orderID: id, expectedVersion: form.version, calendar: calendar)
        }
    }

    struct StageForm: Content { var stage: String; var action: String; var reason: String?; var version: Int? }

    @Sendable static func stage(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(StageForm.self)
        guard let stage = Stage(rawValue: form.stage), ["start", "finish", "skip"].contains(form.action) else { throw Problem.field("stage", "is not a stage action") }
        let reason = form.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return try await perform(req) { tx, actor, calendar in
            let order = try await OrderReading.visibleOrder(id, to: actor, on: tx)
            guard ![.draft, .sent, .cancelled].contains(order.status) else { throw Problem(.conflict, detail: "Stages are recorded once the order is received") }
            order.version = try await ETag.advance(Order.schema, id: id, expected: form.version, on: tx)
            let stages = Stages(db: tx, orderID: id)
            let now = Date()
            switch form.action {
            case "start": try await stages.start(stage, at: now)
            case "finish": try await stages.finish(stage, at: now)
            default:
                guard !reason.isEmpty else { throw Problem.field("reason", "is required to skip a stage") }
                try await stages.skip(stage, reason: reason)
            }
            try await OrderWorkflow(db: tx, actor: actor, calendar: calendar, now: now).refreshFigures(order, id: id)
            try await order.update(on: tx)
            try await AuditTrail.record(on: tx, actor: actor, entity: Order.schema, id: id, action: .update, before: [String: String]?.none,
                                        after: ["stage": stage.rawValue, "action": form.action, "reason": reason])
        }
    }

    struct RatingForm: Content { var rating: Int; var comment: String?; var version: Int? }

    @Sendable static func rate(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(RatingForm.self)
        return try await perform(req) { tx, actor, _ in
            guard (1...5).contains(form.rating) else { throw Problem.field("rating", "must be from 1 to 5") }
            let order = try await OrderReading.visibleOrder(id, to: actor, on: tx)
            guard [.delivered, .accepted].contains(order.status) else { throw Problem(.conflict, detail: "An order can be rated once it is delivered") }
            order.version = try await ETag.advance(Order.schema, id: id, expected: form.version, on: tx)
            order.rating = form.rating
            order.ratingComment = form.comment.flatMap { $0.isEmpty ? nil : String($0.prefix(2_000)) }
            try await order.update(on: tx)
            try await AuditTrail.record(on: tx, actor: actor, entity: Order.schema, id: id, action: .update, before: [String: String]?.none,
                                        after: ["rating": String(form.rating)])
        }
    }

    struct ClaimForm: Content { var reason: String; var description: String; var photos: [File]? }

    @Sendable static func claim(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(ClaimForm.self)
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        return try await perform(req) { tx, actor, _ in
            var v = FieldValidator()
            let reason = ClaimReason(rawValue: form.reason)
            if reason == nil { v.add("reason", "is not a claim reason") }
            let written = v.text("description", form.description, max: 4_000)
            let (checked, description) = try v.check(reason, written)
            let claim = try await FeedbackAPI.file(checked, description, on: id, by: actor, calendar: calendar, on: tx)
            // Photos go in with the claim: one that is not an image refuses the whole form.
            for photo in form.photos ?? [] where photo.data.readableBytes > 0 {
                _ = try await ClaimPhotos.add(photo.data, to: try claim.requireID(), field: "photos", by: actor, on: tx)
            }
        }
    }

    struct CommentForm: Content { var body: String }

    @Sendable static func comment(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(CommentForm.self)
        return try await perform(req) { tx, actor, _ in
            var v = FieldValidator()
            let written = v.text("body", form.body, max: 4_000)
            let text = try v.check(written)
            _ = try await OrderReading.visibleOrder(id, to: actor, on: tx)
            _ = try await FeedbackAPI.addComment(to: id, text: text, by: actor, on: tx)
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
