import Fluent
import OrderCycleCore
import Vapor

/// Cabinet access on the client card: who of the client logs in, the invitations and their
/// state, and the form that makes a new one-time link. Shown to those who may invite (the
/// client's manager, an administrator); the link itself appears once, on the page the form opens.
enum InvitationsSection {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.POST, PageRoute.Clients.invitations, access: InvitationsAPI.inviters, use: invite)
    }

    struct Form: Content { var contact_id: String?; var email: String? }

    static func html(_ req: Request, client: ClientDTO) async throws -> HTML {
        guard InviteContact.mayInvite(req.principal, managerID: client.manager?.id) else { return "" }
        let lang = req.language
        let now = req.clock.now()
        let formatter = DateShown(timeZone: req.application.appConfig.timeZone)
        let logins = try await User.query(on: req.db).filter(\.$clientID == client.id).filter(\.$role == .client).sort(\.$email).all()
        let invitations = try await ClientInvitation.query(on: req.db).filter(\.$clientID == client.id)
            .sort(\.$invitedAt, .descending).limit(20).all()
        let loginRows = logins.map { u -> HTML in
            "<li>\(u.displayName) · \(u.email)\(u.active ? "" : HTML(" <span class=\"badge\">\(lang.t("blocked", "заблокирован"))</span>"))</li>"
        }.joined
        let rows = try invitations.map { i -> HTML in
            let dto = try InvitationDTO(i, now: now)
            let badge: HTML = dto.state == .open ? "ok" : dto.state == .used ? "" : "warn"
            return """
            <tr><td>\(dto.display_name)</td><td>\(dto.email)</td><td>\(formatter.string(dto.invited_at))</td>
            <td>\(formatter.string(dto.expires_at))</td><td><span class="badge \(badge)" data-state="\(dto.state.rawValue)">\(dto.state.name(lang))</span></td></tr>
            """
        }.joined
        let table: HTML = invitations.isEmpty ? "" : """
        <div class="table-wrap"><table id="invitations"><thead><tr><th>\(lang.t("Who", "Кто"))</th><th>E-mail</th><th>\(lang.t("Invited", "Приглашён"))</th>
          <th>\(lang.t("Link valid until", "Ссылка действует до"))</th><th>\(lang.t("State", "Состояние"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
        """
        return """
        <h2>\(lang.t("Cabinet access", "Доступ в кабинет"))</h2>
        <section class="card" id="cabinet-access">
          \(logins.isEmpty ? HTML("<p class=\"muted\">\(lang.t("Nobody of this client logs in yet. Invite a contact: they get a link to set a password.", "Пока никто из клиента не входит в кабинет. Пригласите контакт: он получит ссылку, чтобы задать пароль."))</p>")
                           : HTML("<p>\(lang.t("Log in to the cabinet:", "Входят в кабинет:"))</p><ul id=\"client-logins\">\(loginRows)</ul>"))
          \(table)
          \(form(req, client: client, values: Form(), errors: FormErrors([])))
        </section>
        """
    }

    static func form(_ req: Request, client: ClientDTO, values: Form, errors: FormErrors) -> HTML {
        let lang = req.language
        let choose = (value: "", label: lang.t("— an e-mail below —", "— e-mail ниже —"))
        let contacts = client.contacts.map { c in
            (value: c.id.uuidString, label: c.emails.first.map { "\(c.name) · \($0)" } ?? c.name)
        }
        return """
        <form method="post" action="\(PageRoute.Clients.invitations(client.id))" id="invite-form" novalidate>
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
          \(FormField.select(name: "contact_id", label: lang.t("Invite a contact", "Пригласить контакт"), options: [choose] + contacts,
                             selected: values.contact_id, error: errors["contact_id"]))
          \(FormField.input(name: "email", type: "email", label: lang.t("E-mail (if not the contact's own)", "E-mail (если не тот, что у контакта)"),
                            value: values.email, error: errors["email"]))
          <p><button type="submit" class="button" id="invite-submit">\(lang.t("Make an invitation link", "Создать ссылку-приглашение"))</button></p>
        </form>
        """
    }

    /// Makes the invitation and shows its link once; a refused form comes back with its values and messages.
    @Sendable static func invite(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let lang = req.language
        let values = try req.content.decode(Form.self)
        guard let client = try await ClientStore.card(id, on: req.db) else { throw Problem(.notFound) }
        let actor = try req.actor
        let title = lang.t("Invitation to the cabinet", "Приглашение в кабинет")
        do {
            let contactID = try values.contact_id.flatMap { raw -> UUID? in
                if raw.isEmpty { return nil }
                guard let id = UUID(uuidString: raw) else { throw Problem.field("contact_id", lang.t("is not a contact of this client", "не контакт этого клиента")) }
                return id
            }
            let email = values.email.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            let operation = try InviteContact(clientID: id, contactID: contactID, email: email, lang: lang)
            let base = InvitationMail.linkBase(req)
            let dto = try await req.write { tx in try await operation.run(by: actor, linkBase: base, now: req.clock.now(), on: tx) }
            InvitationMail.send(dto, clientName: client.name, lang: lang, app: req.application)
            let formatter = DateShown(timeZone: req.application.appConfig.timeZone)
            let mailed = req.application.appConfig.invitationWebhookURL != nil
            let content: HTML = """
            <h1>\(title)</h1>
            <section class="card" id="invitation-made">
              <p>\(lang.t("Send this link to", "Отправьте эту ссылку")) <b>\(dto.display_name)</b>\(dto.display_name == dto.email ? "" : " (\(dto.email))")\(lang.t(". It sets a password once and opens until", ". Она один раз задаёт пароль и действует до")) <b>\(formatter.string(dto.expires_at))</b>.</p>
              <label for="invitation-url">\(lang.t("Link", "Ссылка"))</label>
              <input type="text" id="invitation-url" value="\(dto.url)" readonly>
              <p class="muted">\(mailed ? lang.t("The link was also handed to the mail service.", "Ссылка также передана почтовой службе.")
                                        : lang.t("The link is shown only now: copy it before leaving the page.", "Ссылка показывается только сейчас: скопируйте её, прежде чем уйти со страницы."))</p>
              <p><a class="button" href="\(PageRoute.Clients.card(id))" id="back-to-card">\(lang.t("Back to the client", "К карточке клиента"))</a></p>
            </section>
            """
            return Layout(title: title, request: req).render(content)
        } catch let problem as Problem where problem.errors != nil {
            let content: HTML = """
            <h1>\(title)</h1>
            <p>\(client.name)</p>
            <section class="card">\(form(req, client: client, values: values, errors: FormErrors(problem.errors ?? [])))</section>
            <p><a href="\(PageRoute.Clients.card(id))">\(lang.t("Back to the client", "К карточке клиента"))</a></p>
            """
            return Layout(title: title, request: req).render(content, status: problem.httpStatus)
        }
    }
}
