import Foundation
import OrderCycleCore
import Vapor

extension OrderPage {
    /// The order page's markup: lays out what `Model` holds for the person looking, with the
    /// actions their role may take. Reads nothing.
    enum View {
        /// What the claim form shows again after a refusal: the values sent and the messages by field.
        struct ClaimEntry {
            var reason: String?
            var description: String?
            var errors: [String: String] = [:]
        }

        /// What the goods form (return, exchange, warranty case) shows again after a refusal.
        struct GoodsEntry {
            var kind: String?
            var productID: String?
            var quantity: String?
            var description: String?
            var errors: [String: String] = [:]
        }

        static func content(_ m: Model, actor: Principal, lang: Language, csrf: String, timeZone: TimeZone, notice: String?, claim: ClaimEntry = .init(),
                            goods: GoodsEntry = .init()) -> HTML {
            let dto = m.order
            let id = dto.id
            let fmt = DateFormatter()
            fmt.timeZone = timeZone
            fmt.dateFormat = "yyyy-MM-dd HH:mm"
            func when(_ d: Date?) -> String { d.map(fmt.string) ?? "—" }

            // What stock, stages and the warehouse say about the order is the company's own
            // working detail: its client reads the order, its papers and its thread, not that.
            let staff = actor.role != .client
            let lines = dto.lines.map { l -> HTML in
                // A made-to-order line is produced, not taken from stock: its reserve says nothing is wrong.
                let short: HTML = staff && !l.made_to_order && l.reserved_quantity < l.quantity && dto.status != .draft && dto.status != .sent && dto.status != .received
                    ? HTML(" <span class=\"badge warn\">\(lang.t("reserved", "в резерве")) \(l.reserved_quantity)</span>") : ""
                let made: HTML = l.made_to_order ? HTML(" <span class=\"badge\" data-made-to-order>\(lang.t("made to order", "под заказ"))</span>") : ""
                return "<tr><td>\(l.line_no)</td><td>\(l.sku)</td><td>\(l.name)\(made)</td><td>\(l.quantity)\(short)</td><td>\(Money.format(l.unit_price_minor, dto.currency, lang: lang))</td></tr>"
            }.joined

            let steps = dto.allowed_next.filter { OrderStepPolicy.may(actor.role, take: $0, from: dto.status) }.map { next -> HTML in
                // Picking waits for every line's goods: say which lines hold it and why, instead of a button that is refused.
                if next == .picked, !m.pickHolds.isEmpty {
                    let items = m.pickHolds.map { HTML("<li data-line=\"\($0.line.lineNo)\">\($0.message(lang))</li>") }.joined
                    return """
                    <div class="pick-held" id="pick-held">
                      <button type="button" class="button" id="step-picked" disabled>\(next.actionName(lang))</button>
                      <p class="muted">\(lang.t("These lines hold picking:", "Комплектацию задерживают позиции:"))</p><ul>\(items)</ul>
                    </div>
                    """
                }
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
            // Once invoiced, the order still takes stock that arrives (picking waits for it) but is no longer split.
            let isShort = [.placed, .invoiced].contains(dto.status) && dto.lines.contains { !$0.made_to_order && $0.reserved_quantity < $0.quantity }
            let splitForm: HTML = dto.status == .placed ? """
                <form method="post" action="\(PageRoute.Orders.split(id))" class="inline">
                  <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(dto.version)">
                  <button type="submit" class="button secondary" id="split-missing">\(lang.t("Split off what is missing", "Выделить недостающее в новый заказ"))</button>
                </form>
                """ : ""
            let shortfall: HTML = isShort && OrderShortfall.roles.contains(actor.role) ? """
                <div class="shortfall">
                <p class="muted">\(dto.status == .placed
                    ? lang.t("Stock did not cover every line. Reserve what has arrived since, or split off what is missing as a new order.",
                             "Склад покрыл не все позиции. Зарезервируйте поступившее с тех пор или выделите недостающее в новый заказ.")
                    : lang.t("Stock did not cover every line. Reserve what has arrived since.", "Склад покрыл не все позиции. Зарезервируйте поступившее с тех пор."))</p>
                <form method="post" action="\(PageRoute.Orders.reserve(id))" class="inline">
                  <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(dto.version)">
                  <button type="submit" class="button secondary" id="reserve-missing">\(lang.t("Reserve what has arrived", "Зарезервировать поступившее"))</button>
                </form>
                \(splitForm)
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
                    if s.skipped { return HTML("<span class=\"badge\">\(lang.t("skipped", "пропущен"))</span> \(staff ? s.skip_reason : nil)") }
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
                <tr><td>\(stage.name(lang)) <span class="muted">\(stage.symbol(lang))</span></td><td>\(when(s?.started_at))</td><td>\(when(s?.finished_at))</td>
                <td>\(DurationText.format(s?.duration_seconds.map(Int.init), lang))</td><td>\(state)</td><td>\(actions.joined)</td></tr>
                """
            }.joined

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

            let comments = m.comments.map { c -> HTML in
                "<li><b>\(c.author)</b> <span class=\"muted\">\(when(c.at))</span><br>\(c.body)</li>"
            }.joined
            let claims = m.claims.map { c -> HTML in
                let pictures = c.photos.map { p -> HTML in
                    "<a href=\"\(PageRoute.Orders.claimPhoto(p.claim_id, p.id))\"><img class=\"claim-photo\" src=\"\(PageRoute.Orders.claimPhoto(p.claim_id, p.id))\" alt=\"\(lang.t("Claim photo", "Фото к претензии"))\" width=\"96\" height=\"96\" loading=\"lazy\"></a>"
                }.joined
                return "<li>\(c.reason.name(lang)) — \(c.description) <span class=\"badge\">\(c.status.name(lang))</span> \(c.resolution ?? "")\(pictures.text.isEmpty ? "" : HTML("<div class=\"claim-photos\">\(pictures)</div>"))</li>"
            }.joined

            let changes = m.changes.map { r -> HTML in
                let status = ServiceRequestStatus(rawValue: r.status)?.name(lang) ?? r.status
                return "<li data-change-request=\"\(r.id.uuidString)\"><a href=\"\(PageRoute.Services.request(r.id))\">\(r.description)</a> <span class=\"badge\">\(status)</span> <span class=\"muted\">\(when(r.created_at))</span></li>"
            }.joined

            let goodsSection = goodsRequests(m, actor: actor, lang: lang, csrf: csrf, when: when, entry: goods)

            let feedback: HTML = {
                var parts: [HTML] = []
                // Only the client rates; staff read its rating beside the order's details.
                if [.delivered, .accepted].contains(dto.status), actor.role == .client {
                    let choose: HTML = "<option value=\"\"\(dto.rating == nil ? HTML(" selected") : "")>\(lang.t("— choose —", "— выберите —"))</option>"
                    let options = ([choose] + (1...5).map { n -> HTML in "<option value=\"\(n)\"\(dto.rating == n ? HTML(" selected") : "")>\(n)</option>" }).joined
                    parts.append("""
                    <form method="post" action="\(PageRoute.Orders.rating(id))" class="card">
                      <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(dto.version)">
                      <label for="rating">\(lang.t("Rate the fulfilment", "Оцените выполнение"))</label><select id="rating" name="rating" required>\(options)</select>
                      <label for="rating-comment">\(lang.t("Comment", "Комментарий"))</label><input type="text" id="rating-comment" name="comment" value="\(dto.rating_comment)">
                      <p><button type="submit" class="button" id="rate-submit">\(lang.t("Rate", "Оценить"))</button></p>
                    </form>
                    """)
                }
                if [.dispatched, .delivered, .accepted].contains(dto.status), [.client, .manager, .operator, .admin].contains(actor.role) {
                    let reasons = ClaimReason.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }
                    let invalid = { (field: String, input: String) -> HTML in
                        claim.errors[field] == nil ? "" : HTML(" aria-invalid=\"true\" aria-describedby=\"\(input)-error\"")
                    }
                    parts.append("""
                    <form method="post" action="\(PageRoute.Orders.claim(id))" class="card" enctype="multipart/form-data" id="claim-form">
                      <input type="hidden" name="_csrf" value="\(csrf)">
                      \(FormField.select(name: "reason", label: lang.t("File a claim", "Подать претензию"), options: reasons, selected: claim.reason, error: claim.errors["reason"]))
                      <label for="claim-description">\(lang.t("What happened", "Что случилось"))</label><input type="text" id="claim-description" name="description" value="\(claim.description)"\(invalid("description", "claim-description")) required>
                      \(FormField.errorLine(name: "claim-description", claim.errors["description"]))
                      <label for="claim-photos">\(lang.t("Photos (JPEG, PNG or WebP, up to \(PhotoFormat.perClaim))", "Фото (JPEG, PNG или WebP, до \(PhotoFormat.perClaim))"))</label>
                      <input type="file" id="claim-photos" name="photos[]" accept="image/jpeg,image/png,image/webp" multiple\(invalid("photos", "claim-photos"))>
                      \(FormField.errorLine(name: "claim-photos", claim.errors["photos"]))
                      <p><button type="submit" class="button secondary" id="claim-submit">\(lang.t("File claim", "Подать"))</button></p>
                    </form>
                    """)
                }
                return parts.joined
            }()

            let documents: HTML = !staff ? """
            <p class="no-print" id="order-documents"><a href="\(PageRoute.Orders.invoice(id))" id="open-invoice">\(lang.t("Invoice", "Счёт"))</a> · <a href="\(PageRoute.Orders.pickingList(id))" id="open-shipping-note">\(lang.t("Shipping note", "Товарная накладная"))</a></p>
            """ : """
            <p class="no-print"><a href="\(PageRoute.Orders.invoice(id))">\(lang.t("Invoice", "Счёт"))</a> · <a href="\(PageRoute.Orders.pickingList(id))">\(lang.t("Picking list and shipping note", "Комплектовочный лист и накладная"))</a> · <a href="\(PageRoute.Orders.plan(id))">\(lang.t("Execution plan", "План выполнения"))</a></p>
            """
            let trail: HTML = m.trail.map { AuditView.table($0, lang: lang) } ?? ""
            let noticeHTML: HTML = notice.map { "<div class=\"notice bad\" role=\"alert\">\($0)</div>" } ?? ""
            return """
            <h1>\(lang.t("Order", "Заказ")) \(dto.number) <span class="badge" id="order-status">\(dto.status.name(lang))</span></h1>
            \(noticeHTML)
            <div class="grid">
              <section class="card">
                <p>\(lang.t("Client", "Клиент")): <b>\(dto.client_name)</b>\(dto.is_internal ? HTML(" <span class=\"badge\">\(lang.t("internal", "внутренний"))</span>") : "")</p>
                <p>\(lang.t("Channel", "Канал")): \(dto.channel.name(lang)) · \(lang.t("Priority", "Приоритет")): \(dto.priority.name(lang))</p>
                <p>\(lang.t("Promised", "Обещано")): \(dto.promised_date ?? "—")\(dto.on_time.map { $0 ? HTML(" <span class=\"badge ok\">\(lang.t("on time", "вовремя"))</span>") : HTML(" <span class=\"badge bad\">\(lang.t("late", "с опозданием"))</span>") } ?? "")</p>
                \(splitLinks)
                \(dto.delivery_method.map { HTML("<p>\(lang.t("Delivery method", "Способ доставки")): \($0)</p>") } ?? "")
                \(OrderNotes.paragraph(dto.notes, lang: lang))
                <p>\(lang.t("Total", "Сумма")): <b>\(Money.format(dto.total_minor, dto.currency, lang: lang))</b></p>
                \(staff && dto.unsatisfied_from_stock ? HTML("<p><span class=\"badge warn\">\(lang.t("not satisfied from stock", "не обеспечен со склада"))</span></p>") : "")
                \(dto.rating.map { HTML("<p id=\"order-rating\">\(lang.t("Client's rating", "Оценка клиента")): \($0)/5 \(dto.rating_comment ?? "")</p>") }
                    ?? ([.delivered, .accepted].contains(dto.status) && actor.role != .client
                        ? HTML("<p id=\"order-rating\" class=\"muted\">\(lang.t("The client has not rated the order yet.", "Клиент ещё не оценил заказ."))</p>") : ""))
                \(documents)
              </section>
              <section class="card"><h2>\(lang.t("Next step", "Следующий шаг"))</h2>\(steps.text.isEmpty && shortfall.text.isEmpty ? HTML("<p class=\"muted\">—</p>") : steps)\(shortfall)</section>
            </div>
            <h2>\(lang.t("Lines", "Позиции"))</h2>
            <div class="table-wrap"><table><thead><tr><th>#</th><th>SKU</th><th>\(lang.t("Product", "Товар"))</th><th>\(lang.t("Qty", "Кол-во"))</th><th>\(lang.t("Price", "Цена"))</th></tr></thead><tbody>\(lines)</tbody></table></div>
            <h2>\(lang.t("Stages", "Этапы"))</h2>
            <div class="table-wrap"><table id="stages"><thead><tr><th>\(lang.t("Stage", "Этап"))</th><th>\(lang.t("Start", "Начало"))</th><th>\(lang.t("Finish", "Окончание"))</th><th>\(lang.t("Duration", "Длительность"))</th><th></th><th></th></tr></thead><tbody>\(stageRows)</tbody></table></div>
            <div class="card">\(Gantt.chart(rows: m.gantt, now: m.now, lang: lang, timeZone: timeZone))</div>
            <h2>\(lang.t("Cycle duration", "Длительность цикла"))</h2>
            \(cycle)
            \(feedback)
            <h2>\(lang.t("Claims", "Претензии"))</h2><ul id="claims">\(claims)</ul>
            <h2>\(lang.t("Change requests", "Запросы на изменение"))</h2><ul id="change-requests">\(changes)</ul>
            <form method="post" action="\(PageRoute.Orders.changeRequest(id))" class="card no-print" id="change-request-form">
              <input type="hidden" name="_csrf" value="\(csrf)">
              <label for="change-description">\(lang.t("What should change (dates, quantities, recall)", "Что изменить (сроки, количество, отзыв)"))</label><input type="text" id="change-description" name="description" required>
              <p><button type="submit" class="button" id="change-submit">\(lang.t("Request a change", "Запросить изменение"))</button></p>
            </form>
            \(goodsSection)
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
        }

        /// The order's returns, exchanges and warranty cases, and for its staff the form to file
        /// one once the goods have left the warehouse: the product picked from the order's lines
        /// with how many, as in the client's cabinet.
        static func goodsRequests(_ m: Model, actor: Principal, lang: Language, csrf: String, when: (Date?) -> String, entry: GoodsEntry) -> HTML {
            let dto = m.order
            let items = m.goodsRequests.map { r -> HTML in
                let kind = ServiceRequestKind(rawValue: r.kind)?.name(lang) ?? r.kind
                let status = ServiceRequestStatus(rawValue: r.status)?.name(lang) ?? r.status
                let goods = dto.lines.first { $0.product_id == r.product_id }.map { l in HTML(" · \(l.sku) \(l.name) × \(r.quantity ?? 0)") } ?? ""
                return "<li data-goods-request=\"\(r.id.uuidString)\">\(kind)\(goods): <a href=\"\(PageRoute.Services.request(r.id))\">\(r.description)</a> <span class=\"badge\">\(status)</span> <span class=\"muted\">\(when(r.created_at))</span></li>"
            }.joined
            let list: HTML = m.goodsRequests.isEmpty ? "" : HTML("<ul id=\"goods-requests\">\(items)</ul>")
            let shipped = [OrderStatus.dispatched, .delivered, .accepted].contains(dto.status)
            guard shipped, OrderPage.goodsFilers.contains(actor.role) else {
                return m.goodsRequests.isEmpty ? "" : "<h2>\(lang.t("Returns, exchanges and warranty cases", "Возвраты, обмены и гарантийные случаи"))</h2>\(list)"
            }
            let kinds = [ServiceRequestKind.return, .exchange, .warranty].map { (value: $0.rawValue, label: $0.name(lang)) }
            // One choice per product of the order, with how many the order had of it.
            var products: [(id: UUID, label: String, quantity: Int)] = []
            for line in dto.lines {
                if let i = products.firstIndex(where: { $0.id == line.product_id }) {
                    products[i].quantity += line.quantity
                } else {
                    products.append((line.product_id, "\(line.sku) \(line.name)", line.quantity))
                }
            }
            let goodsOptions = [(value: "", label: "—")] + products.map { (value: $0.id.uuidString, label: "\($0.label) × \($0.quantity)") }
            let invalid: HTML = entry.errors["description"] == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"goods-description-error\""
            // A refusal of a field the form does not show (the order or the client) is said above the form.
            let shown: Set<String> = ["kind", "product_id", "quantity", "description"]
            let other = entry.errors.filter { !shown.contains($0.key) }.sorted { $0.key < $1.key }.map { HTML("<p class=\"field-error\">\($0.value)</p>") }.joined
            return """
            <h2>\(lang.t("Returns, exchanges and warranty cases", "Возвраты, обмены и гарантийные случаи"))</h2>
            \(list)
            <form method="post" action="\(PageRoute.Orders.goodsRequest(dto.id))" class="card no-print" novalidate id="goods-request-form">
              <input type="hidden" name="_csrf" value="\(csrf)">
              \(other)
              \(FormField.select(name: "kind", label: lang.t("What the client needs", "Что нужно клиенту"), options: kinds, selected: entry.kind, error: entry.errors["kind"]))
              \(FormField.select(name: "product_id", label: lang.t("Goods to return or exchange", "Товар для возврата или обмена"), options: goodsOptions, selected: entry.productID, error: entry.errors["product_id"]))
              \(FormField.input(name: "quantity", type: "number", label: lang.t("How many to return or exchange", "Сколько вернуть или обменять"), value: entry.quantity, error: entry.errors["quantity"]))
              <label for="goods-description">\(lang.t("What is wrong with the goods", "Что не так с товаром"))</label>
              <textarea id="goods-description" name="description" rows="3"\(invalid)>\(entry.description)</textarea>
              \(FormField.errorLine(name: "goods-description", entry.errors["description"]))
              <p><button type="submit" class="button secondary" id="goods-submit">\(lang.t("File the request", "Подать заявку"))</button></p>
            </form>
            """
        }
    }
}
