import Fluent
import OrderCycleCore
import Vapor

/// The client's cabinet in the browser: its profile, its contacts (which it edits itself) and
/// its manager. Later capabilities add orders, requests and chat here.
enum CabinetPages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Cabinet.home, access: .only(.client), use: home)
        routes.endpoint(.GET, PageRoute.Cabinet.contacts, access: .only(.client), use: newContact)
        routes.endpoint(.POST, PageRoute.Cabinet.contacts, access: .only(.client), use: addContact)
        routes.endpoint(.GET, PageRoute.Cabinet.contact, access: .only(.client), use: editContact)
        routes.endpoint(.POST, PageRoute.Cabinet.contact, access: .only(.client), use: saveContact)
        routes.endpoint(.POST, PageRoute.Cabinet.contactDelete, access: .only(.client), use: deleteContact)
    }

    @Sendable static func home(req: Request) async throws -> Response {
        let lang = req.language
        let me = try await CabinetQueries.cabinet(try CabinetQueries.ownClientID(req), on: req.db)
        let manager: HTML = me.manager.map { m in
            """
            <p id="my-manager"><strong>\(m.name)</strong></p>
            <p>\(m.phone.map { HTML("<a href=\"tel:\($0)\">\($0)</a>") } ?? HTML(unsafeRaw: "")) </p>
            <p><a href="mailto:\(m.email)">\(m.email)</a></p>
            """
        } ?? HTML("<p class=\"muted\">\(lang.t("A manager will be assigned shortly.", "Менеджер скоро будет назначен."))</p>")
        let contacts = me.contacts.map { c -> HTML in
            let phones = c.phones.map { p -> HTML in "<a href=\"tel:\(p.e164)\">\(p.as_written)</a>" }
            return """
            <tr><td>\(c.name)</td><td>\(c.position)</td><td>\(HTML.join(phones, separator: "<br>"))</td><td>\(c.emails.joined(separator: ", "))</td>
            <td><a href="\(PageRoute.Cabinet.contact(c.id))">\(lang.t("Edit", "Изменить"))</a></td></tr>
            """
        }.joined
        let addresses = me.addresses.map { a -> HTML in "<li>\(a.label.map { "\($0): " })\(a.line)</li>" }.joined
        let content: HTML = """
        <h1>\(me.name)</h1>
        <div class="grid">
          <section class="card"><h2>\(lang.t("Your profile", "Ваш профиль"))</h2>
            <p>\(lang.t("Client code", "Код клиента")): \(me.code)</p>
            <p>\(me.kind.name(lang)) · \(me.party.name(lang)) · \(lang == .ru ? me.segment_name_ru : me.segment_name_en)</p>
            <ul>\(addresses)</ul></section>
          <section class="card"><h2>\(lang.t("Your manager", "Ваш менеджер"))</h2>\(manager)</section>
        </div>
        <h2>\(lang.t("Your contacts", "Ваши контакты"))</h2>
        <div class="table-wrap"><table id="my-contacts"><thead><tr><th>\(lang.t("Name", "Имя"))</th><th>\(lang.t("Position", "Должность"))</th>
          <th>\(lang.t("Phones", "Телефоны"))</th><th>E-mail</th><th></th></tr></thead><tbody>\(contacts)</tbody></table></div>
        <p><a class="button" href="\(PageRoute.Cabinet.contacts())" id="add-contact">\(lang.t("Add a contact", "Добавить контакт"))</a></p>
        """
        return Layout(title: lang.t("My account", "Мой кабинет"), request: req).render(HTML("\(content)\(try await CabinetTasksSection.html(req))\(try await CabinetServicesSection.html(req))"))
    }

    struct Form: Content, Sendable { var name: String?; var position: String?; var phones: String?; var emails: String?; var version: String? }

    static func input(_ form: Form) -> ContactInput {
        ContactInput(name: form.name, position: form.position, notes: nil,
                     phones: ClientFormPage.Values.lines(form.phones).map { PhoneInput(number: $0) },
                     emails: ClientFormPage.Values.lines(form.emails))
    }

    static func form(_ req: Request, contactID: UUID?, values: Form, errors: [Problem.FieldError], status: HTTPResponseStatus = .ok) -> Response {
        let lang = req.language
        let e = FormErrors(errors)
        let title = contactID == nil ? lang.t("New contact", "Новый контакт") : lang.t("Edit contact", "Изменить контакт")
        let delete: HTML = contactID.map { id in
            """
            <form method="post" action="\(PageRoute.Cabinet.contactDelete(id))">
              <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))"><input type="hidden" name="version" value="\(values.version)">
              <button type="submit" class="button secondary">\(lang.t("Delete this contact", "Удалить контакт"))</button>
            </form>
            """
        } ?? ""
        let content: HTML = """
        <h1>\(title)</h1>
        <form method="post" action="\(contactID.map { PageRoute.Cabinet.contact($0) } ?? PageRoute.Cabinet.contacts())" class="card" novalidate>
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))"><input type="hidden" name="version" value="\(values.version)">
          \(FormField.input(name: "name", label: lang.t("Name", "Имя"), value: values.name, error: e["name"]))
          \(FormField.input(name: "position", label: lang.t("Position", "Должность"), value: values.position, error: e["position"]))
          \(FormControls.textarea(name: "phones", label: lang.t("Phones, one per line", "Телефоны, по одному в строке"), value: values.phones, error: e.list("phones", lang: lang)))
          \(FormControls.textarea(name: "emails", label: lang.t("E-mails, one per line", "E-mail, по одному в строке"), value: values.emails, error: e.list("emails", lang: lang)))
          <p><button type="submit" class="primary" id="contact-submit">\(lang.t("Save", "Сохранить"))</button>
             <a href="\(PageRoute.Cabinet.home())">\(lang.t("Back", "Назад"))</a></p>
        </form>
        \(delete)
        """
        return Layout(title: title, request: req).render(content, status: status)
    }

    @Sendable static func newContact(req: Request) async throws -> Response {
        form(req, contactID: nil, values: Form(), errors: [])
    }

    @Sendable static func editContact(req: Request) async throws -> Response {
        let contactID = try idParameter(req)
        let me = try await CabinetQueries.cabinet(try CabinetQueries.ownClientID(req), on: req.db)
        guard let c = me.contacts.first(where: { $0.id == contactID }) else { throw Problem(.notFound) }
        return form(req, contactID: contactID, values: Form(name: c.name, position: c.position, phones: c.phones.map(\.as_written).joined(separator: "\n"),
                                                            emails: c.emails.joined(separator: "\n"), version: String(me.version)), errors: [])
    }

    @Sendable static func addContact(req: Request) async throws -> Response {
        let values = try req.content.decode(Form.self)
        do {
            let operation = try AddOwnContact(clientID: try CabinetQueries.ownClientID(req), input(values),
                                              region: req.application.appConfig.phoneRegion, lang: req.language)
            let actor = try req.actor
            _ = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
            return req.redirect(to: PageRoute.Cabinet.home(), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return form(req, contactID: nil, values: values, errors: problem.errors ?? [], status: .unprocessableEntity)
        }
    }

    @Sendable static func saveContact(req: Request) async throws -> Response {
        let contactID = try idParameter(req)
        let values = try req.content.decode(Form.self)
        guard try await ClientStore.contactBelongs(contactID, to: try CabinetQueries.ownClientID(req), on: req.db) else { throw Problem(.notFound) }
        do {
            let operation = try ChangeOwnContact(clientID: try CabinetQueries.ownClientID(req), contactID: contactID, input(values),
                                                 region: req.application.appConfig.phoneRegion, expectedVersion: values.version.flatMap(Int.init), lang: req.language)
            let actor = try req.actor
            _ = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
            return req.redirect(to: PageRoute.Cabinet.home(), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return form(req, contactID: contactID, values: values, errors: problem.errors ?? [], status: .unprocessableEntity)
        }
    }

    @Sendable static func deleteContact(req: Request) async throws -> Response {
        let contactID = try idParameter(req)
        let values = try req.content.decode(Form.self)
        let operation = RemoveOwnContact(clientID: try CabinetQueries.ownClientID(req), contactID: contactID, expectedVersion: values.version.flatMap(Int.init))
        let actor = try req.actor
        try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        return req.redirect(to: PageRoute.Cabinet.home(), redirectType: .normal)
    }
}
