import Fluent
import OrderCycleCore
import Vapor

/// The client card: who the client is, who is responsible for it (and since when), how to reach
/// it, its calls and the history of its changes. Every manager may open every card.
enum ClientCardPage {
    @Sendable static func render(req: Request) async throws -> Response {
        let lang = req.language
        let role = try req.actor.role
        guard let c = try await ClientStore.card(try idParameter(req), on: req.db) else { throw Problem(.notFound) }
        let history = try await AssignmentHistory.entries(clientID: c.id, on: req.db)
        let trail = try await AuditTrail.entries(on: req.db, entity: Client.schema, id: c.id)
        let calls = try await CallQueries.recent(clientID: c.id, limit: 20, on: req.db)
        let orders = try await ClientOrdersSection.html(clientID: c.id, lang: lang, on: req.db)
        let absent = try await c.manager.asyncMap { try await AbsenceStore.current(managerID: $0.id, now: req.clock.now(), on: req.db) } ?? nil
        let formatter = DateShown(timeZone: req.application.appConfig.timeZone)
        let csrf = CSRF.token(for: req)

        let badges: HTML = """
        <span class="badge">\(c.kind.name(lang))</span> <span class="badge">\(c.party.name(lang))</span>
        <span class="badge">\(lang == .ru ? c.segment.name_ru : c.segment.name_en)</span>
        \(c.active ? "" : HTML("<span class=\"badge bad\" id=\"archived\">\(lang.t("archived", "в архиве"))</span>"))
        """
        let manager: HTML = c.manager.map { m in
            let deputy: HTML = absent.map { a in
                "<p class=\"notice\" id=\"manager-absent\">\(lang.t("Away until", "Отсутствует до")) \(formatter.string(a.endsAt))\(a.deputyName.map { HTML(" · \(lang.t("deputy", "замещает")): \($0)") } ?? "")</p>"
            } ?? ""
            return """
            <p id="responsible-manager"><strong>\(m.name)</strong> · <a href="mailto:\(m.email)">\(m.email)</a>\(m.phone.map { HTML(" · <a href=\"tel:\($0)\">\($0)</a>") } ?? "")</p>
            \(deputy)
            """
        } ?? HTML("<p class=\"notice bad\">\(lang.t("No responsible manager: no manager is active.", "Нет ответственного: нет ни одного действующего менеджера."))</p>")

        let contacts = c.contacts.map { contact -> HTML in
            let phones = contact.phones.map { p -> HTML in
                "<a href=\"tel:\(p.e164)\" title=\"\(p.as_written)\">\(p.e164)\(p.extension.map { " ext. \($0)" })</a>"
            }
            let emails = contact.emails.map { e -> HTML in "<a href=\"mailto:\(e)\">\(e)</a>" }
            return "<tr><td>\(contact.name)</td><td>\(contact.position)</td><td>\(HTML.join(phones, separator: "<br>"))</td><td>\(HTML.join(emails, separator: "<br>"))</td></tr>"
        }.joined
        let addresses = c.addresses.map { a -> HTML in
            let place = [a.city, a.country].compactMap { $0 }.joined(separator: ", ")
            let map: HTML = a.latitude.flatMap { lat in a.longitude.map { lon in
                "<a href=\"https://www.openstreetmap.org/?mlat=\(lat)&amp;mlon=\(lon)#map=16/\(lat)/\(lon)\" rel=\"noopener\">\(lat), \(lon)</a>"
            } } ?? ""
            return "<tr><td>\(a.label)</td><td>\(a.line)</td><td>\(place)</td><td>\(map)</td></tr>"
        }.joined
        let historyRows = history.map { h -> HTML in
            "<tr><td>\(formatter.string(h.at))</td><td>\(h.from_manager_name ?? "—")</td><td>\(h.to_manager_name ?? "—")</td><td>\(h.reason)</td><td>\(h.by_name ?? lang.t("system", "система"))</td></tr>"
        }.joined
        // A call still in progress takes its outcome here, from those who may set it.
        let completes = CallsPage.access.allows(req.principal)
        let callRows = calls.map { call -> HTML in
            let outcome: HTML = call.outcome.map { HTML("\(CallOutcome(rawValue: $0)?.name(lang) ?? $0)") }
                ?? (completes ? CallOutcomeForm.html(callID: call.id, version: call.version, csrf: csrf, lang: lang, next: PageRoute.Clients.card(c.id), errors: [:])
                              : HTML("\(lang.t("in progress", "идёт"))"))
            return "<tr><td>\(formatter.string(call.started_at))</td><td>\(call.caller)</td><td>\(outcome)</td><td>\(call.answered_by_name ?? "—")</td><td>\(call.duration_seconds.map { "\($0) s" } ?? "—")</td><td>\(call.note)</td></tr>"
        }.joined

        let canEdit = [Role.admin, .manager, .operator].contains(role)
        let actions: HTML = canEdit ? """
        <p class="actions">
          <a class="button" id="edit-client" href="\(PageRoute.Clients.edit(c.id))">\(lang.t("Edit", "Изменить"))</a>
          <form method="post" action="\(PageRoute.Clients.archive(c.id))" class="inline">
            <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="version" value="\(c.version)">
            <input type="hidden" name="active" value="\(c.active ? "false" : "true")">
            <button type="submit" class="button secondary" id="archive-client">\(c.active ? lang.t("Archive", "В архив") : lang.t("Restore from archive", "Вернуть из архива"))</button>
          </form>
        </p>
        """ : ""
        let reassign: HTML = role == .admin ? try await reassignForm(req, client: c) : ""

        let content: HTML = """
        <h1>\(c.name) <span class="muted">\(c.code)</span></h1>
        <p>\(badges)</p>
        \(actions)
        <div class="grid">
          <section class="card"><h2>\(lang.t("Responsible manager", "Ответственный менеджер"))</h2>\(manager)\(reassign)</section>
          <section class="card"><h2>\(lang.t("Details", "Сведения"))</h2>
            <p>\(lang.t("Tax id", "ИНН")): \(c.tax_id ?? "—")</p>
            <p>\(lang.t("Last contact", "Последний контакт")): \(c.last_contact_at.map(formatter.string) ?? "—")</p>
            <p class="notes">\(c.notes ?? "")</p></section>
        </div>
        <h2>\(lang.t("Contacts", "Контакты"))</h2>
        <div class="table-wrap"><table id="contacts"><thead><tr><th>\(lang.t("Name", "Имя"))</th><th>\(lang.t("Position", "Должность"))</th>
          <th>\(lang.t("Phones", "Телефоны"))</th><th>E-mail</th></tr></thead><tbody>\(contacts)</tbody></table></div>
        \(try await InvitationsSection.html(req, client: c))
        <h2>\(lang.t("Addresses", "Адреса"))</h2>
        <div class="table-wrap"><table id="addresses"><thead><tr><th>\(lang.t("Label", "Метка"))</th><th>\(lang.t("Address", "Адрес"))</th>
          <th>\(lang.t("City, country", "Город, страна"))</th><th>\(lang.t("Map", "Карта"))</th></tr></thead><tbody>\(addresses)</tbody></table></div>
        \(orders)
        \(try await ClientServicesSection.html(req, clientID: c.id))
        \(try await ClientChatsSection.html(req, clientID: c.id))
        <h2>\(lang.t("Calls", "Звонки"))</h2>
        <div class="table-wrap"><table id="calls"><thead><tr><th>\(lang.t("When", "Когда"))</th><th>\(lang.t("From", "С номера"))</th>
          <th>\(lang.t("Outcome", "Итог"))</th><th>\(lang.t("Answered by", "Ответил"))</th><th>\(lang.t("Duration", "Длительность"))</th><th>\(lang.t("Note", "Заметка"))</th></tr></thead>
          <tbody>\(callRows)</tbody></table></div>
        <h2>\(lang.t("Responsibility history", "История ответственности"))</h2>
        <div class="table-wrap"><table id="assignment-history"><thead><tr><th>\(lang.t("When", "Когда"))</th><th>\(lang.t("From", "От кого"))</th>
          <th>\(lang.t("To", "Кому"))</th><th>\(lang.t("Reason", "Причина"))</th><th>\(lang.t("By", "Кто"))</th></tr></thead><tbody>\(historyRows)</tbody></table></div>
        \(AuditView.table(trail, lang: lang))
        """
        return Layout(title: c.name, request: req).render(content)
    }

    static func reassignForm(_ req: Request, client: ClientDTO, error: String? = nil) async throws -> HTML {
        let lang = req.language
        let managers = try await StaffDirectory.managers(on: req.db, activeOnly: true).filter { $0.id != client.manager?.id }
        guard !managers.isEmpty else { return "" }
        let options = managers.map { (value: $0.id.uuidString, label: $0.name) }
        return """
        <form method="post" action="\(PageRoute.Clients.reassign(client.id))" class="reassign">
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
          \(FormField.select(name: "manager_id", label: lang.t("Reassign to", "Передать"), options: options, selected: nil, error: nil))
          \(FormField.input(name: "reason", label: lang.t("Reason", "Причина"), value: nil, error: error))
          <p><button type="submit" class="primary" id="reassign-submit">\(lang.t("Reassign", "Передать"))</button></p>
        </form>
        """
    }

    /// Archive or restore: a change of `active` with the version the page showed.
    @Sendable static func archive(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try ClientFormPage.values(req)
        let input = ClientInput(active: form["active"] != "true" ? false : true)
        let rules = ClientRules(regionCode: req.application.appConfig.phoneRegion, lang: req.language)
        let actor = try req.actor
        let operation = UpdateClient(clientID: id, input: input, expectedVersion: form["version"].flatMap(Int.init), rules: rules)
        _ = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        return req.redirect(to: PageRoute.Clients.card(id), redirectType: .normal)
    }
}

/// Dates as staff read them: in the company's time zone, to the minute.
struct DateShown {
    let formatter: DateFormatter

    init(timeZone: TimeZone) {
        formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
    }

    func string(_ date: Date) -> String { formatter.string(from: date) }
}
