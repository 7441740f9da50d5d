import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// One vehicle order: where it stands (updated live as the dispatcher moves it), the places, the
/// window, the cargo, the vehicle and driver once assigned, its history, and the forms that move
/// it — the same `MoveVehicleOrder` the API runs. A client sees only its own (404 otherwise).
enum VehicleOrderPage {
    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, id: try idParameter(req), errors: FormErrors([]), notice: nil)
    }

    static func render(_ req: Request, id: UUID, errors: FormErrors, notice: String?, status: HTTPResponseStatus = .ok,
                       typed: RatingForm? = nil) async throws -> Response {
        let lang = req.language
        let actor = try req.actor
        _ = try await VehicleOrderWrites.visible(id, to: actor, on: req.db)
        let o = try await VehicleOrderWrites.reread(id, on: req.db)
        let clock = PageMoments(req)
        var vehicles: [VehicleDTO] = [], drivers: [DriverDTO] = []
        if actor.role.isStaff {
            vehicles = try await FleetQueries.vehicles(page: PageRequest(limit: PageRequest.maxLimit), on: req.db).items
            drivers = try await FleetQueries.drivers(page: PageRequest(limit: PageRequest.maxLimit), on: req.db).items
        }
        let history = (o.history ?? []).map { s -> HTML in
            "<tr><td class=\"nowrap\">\(clock.show(s.at))</td><td>\(VehicleOrderParts.status(s.to, lang: lang))</td><td>\(s.by)</td><td>\(s.reason ?? "")</td></tr>"
        }.joined
        let driver: HTML = o.driver.map { d in
            "<p id=\"vo-driver\">\(lang.t("Driver", "Водитель")): \(d.name) · <a href=\"tel:\(d.phone.split(separator: " ").first.map(String.init) ?? d.phone)\">\(d.phone)</a></p>"
        } ?? ""
        let vehicle: HTML = o.vehicle.map { v in
            "<p id=\"vo-vehicle\">\(lang.t("Vehicle", "Машина")): \(v.plate) · \(VehicleType(rawValue: v.vehicle_type)?.name(lang) ?? v.vehicle_type)</p>"
        } ?? ""
        let content: HTML = """
        <div class="vehicle-orders work" id="vehicle-order" data-vehicle-order-id="\(o.id)" data-version="\(o.version)">
        <p class="crumbs"><a href="\(PageRoute.Fleet.vehicleOrders())">\(actor.role.isStaff ? lang.t("Vehicle dispatch", "Диспетчерская") : lang.t("My vehicle orders", "Мои заказы машин"))</a></p>
        <h1>\(lang.t("Vehicle order", "Заказ машины")) · <span id="vo-status" data-status="\(o.status)">\(VehicleOrderParts.status(o.status, lang: lang))</span></h1>
        \(notice.map { HTML("<p class=\"notice warn\" id=\"vo-notice\">\($0)</p>") } ?? "")
        <section class="card">
        \(actor.role.isStaff ? HTML("<p>\(lang.t("Client", "Клиент")): \(o.client_name)</p>") : "")
        <p>\(lang.t("Pick up", "Откуда")): \(VehicleOrderParts.place(o.pickup, lang: lang))</p>
        <p>\(lang.t("Deliver to", "Куда")): \(VehicleOrderParts.place(o.destination, lang: lang))</p>
        <p>\(lang.t("Window", "Окно")): \(clock.show(o.window_from)) – \(clock.show(o.window_to))</p>
        <p>\(lang.t("Cargo", "Груз")): \(VehicleOrderParts.cargo(o.cargo, lang: lang))\(o.vehicle_type.map { " · \(VehicleType(rawValue: $0)?.name(lang) ?? $0)" } ?? "")</p>
        \(o.cargo.notes.map { HTML("<p class=\"pre\">\($0)</p>") } ?? "")
        \(vehicle)\(driver)
        \(o.cancel_reason.map { HTML("<p id=\"vo-cancel-reason\">\(lang.t("Cancelled:", "Отменён:")) \($0)</p>") } ?? "")
        \(o.order_id.map { HTML("<p id=\"vo-order\">\(lang.t("Carries order", "Везёт заказ")) <a href=\"\(PageRoute.Orders.order($0))\">\(o.order_number ?? "")</a></p>") } ?? "")
        \(o.rating.map { HTML("<p id=\"vo-rating\">\(lang.t("Client's rating", "Оценка клиента")): \($0)/5 \(o.rating_comment ?? "")</p>") } ?? "")
        </section>
        \(o.status == VehicleOrderStatus.delivered.rawValue && actor.role == .client ? ratingForm(o, typed: typed, csrf: CSRF.token(for: req), lang: lang, errors: errors) : "")
        <section class="card vo-board" id="vo-actions">\(VehicleOrderParts.actions(o, role: actor.role, vehicles: vehicles, drivers: drivers, csrf: CSRF.token(for: req), lang: lang, errors: errors))</section>
        <h2>\(lang.t("History", "История"))</h2>
        <div class="table-wrap"><table id="vo-history"><thead><tr><th>\(lang.t("When", "Когда"))</th><th>\(lang.t("Status", "Статус"))</th>
        <th>\(lang.t("Who", "Кто"))</th><th>\(lang.t("Reason", "Причина"))</th></tr></thead><tbody>\(history)</tbody></table></div>
        </div>
        \(VehicleOrderParts.script)
        """
        return Layout(title: lang.t("Vehicle order", "Заказ машины"), request: req).render(content, status: status)
    }

    /// The client's rating of its delivered vehicle order; a refused one keeps what was chosen and typed.
    static func ratingForm(_ o: VehicleOrderDTO, typed: RatingForm?, csrf: String, lang: Language, errors: FormErrors) -> HTML {
        let chosen = typed?.rating.flatMap { Int($0) } ?? o.rating
        let choose: HTML = "<option value=\"\"\(chosen == nil ? HTML(" selected") : "")>\(lang.t("— choose —", "— выберите —"))</option>"
        let options = ([choose] + (1...5).map { n -> HTML in "<option value=\"\(n)\"\(chosen == n ? HTML(" selected") : "")>\(n)</option>" }).joined
        return """
        <form method="post" action="\(PageRoute.Fleet.rating(o.id))" class="card" id="vo-rate">
          <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(o.version)">
          <label for="rating">\(lang.t("Rate the delivery", "Оцените перевозку"))</label><select id="rating" name="rating" required>\(options)</select>
          \(FormField.errorLine(name: "rating", errors["rating"]))
          <label for="rating-comment">\(lang.t("Comment", "Комментарий"))</label>
          <input type="text" id="rating-comment" name="comment" maxlength="2000" value="\(typed?.comment ?? o.rating_comment)">
          \(FormField.errorLine(name: "rating-comment", errors["comment"]))
          <p><button type="submit" class="button" id="vo-rate-submit">\(lang.t("Rate", "Оценить"))</button></p>
        </form>
        """
    }

    struct RatingForm: Content, Sendable {
        var rating: String?
        var comment: String?
        var version: String?
    }

    @Sendable static func rate(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(RatingForm.self)
        let lang = req.language
        do {
            let operation = try RateVehicleOrder(orderID: id, rating: form.rating.flatMap { Int($0) }, comment: form.comment,
                                                 expectedVersion: form.version.flatMap { Int($0) }, lang: lang)
            let actor = try req.actor
            let now = req.clock.now()
            _ = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
            return req.redirect(to: PageRoute.Fleet.vehicleOrder(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil || problem.status == 409 || problem.status == 412 {
            let notice = problem.status == 412 ? lang.t("The order changed meanwhile; here it is as it is now.", "Заказ тем временем изменился; вот его текущее состояние.")
                : (problem.errors == nil ? problem.detail ?? problem.summary : nil)
            let status: HTTPResponseStatus = problem.status == 412 ? .conflict : problem.httpStatus
            return try await render(req, id: id, errors: FormErrors(problem.errors ?? []), notice: notice, status: status, typed: form)
        }
    }

    struct TransitionForm: Content, Sendable {
        var to: String?
        var reason: String?
        var vehicle_id: String?
        var driver_id: String?
        var version: String?
    }

    @Sendable static func transition(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(TransitionForm.self)
        let lang = req.language
        func blank(_ s: String?) -> String? { s.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        do {
            let operation = try MoveVehicleOrder(orderID: id, to: blank(form.to), reason: blank(form.reason),
                                                 vehicleID: blank(form.vehicle_id).flatMap(UUID.init(uuidString:)),
                                                 driverID: blank(form.driver_id).flatMap(UUID.init(uuidString:)),
                                                 expectedVersion: blank(form.version).flatMap { Int($0) }, lang: lang)
            let actor = try req.actor
            let now = req.clock.now()
            let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
            let order = try await req.write { tx in try await operation.run(by: actor, calendar: calendar, now: now, on: tx) }
            await FleetLive.publish(order, app: req.application)
            return req.redirect(to: PageRoute.Fleet.vehicleOrder(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil || problem.status == 409 || problem.status == 412 {
            let notice = problem.status == 412 ? lang.t("The order changed meanwhile; here it is as it is now.", "Заказ тем временем изменился; вот его текущее состояние.")
                : (problem.detail ?? problem.summary)
            let status: HTTPResponseStatus = problem.status == 412 ? .conflict : problem.httpStatus
            return try await render(req, id: id, errors: FormErrors(problem.errors ?? []), notice: notice, status: status)
        }
    }
}
