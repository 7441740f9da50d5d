import Fluent
import OrderCycleCore
import Vapor

/// The invitation link's page, open to anyone holding the link: the invited person sets a
/// password and is logged in to the cabinet. A link that is unknown, used or expired gets a
/// page that says which and what to do, never the form.
enum InvitationPages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Accounts.invitation, access: .open, use: show)
        routes.endpoint(.POST, PageRoute.Accounts.invitation, access: .open, use: accept)
    }

    struct Form: Content { var password: String?; var password_repeat: String? }

    static func linkToken(_ req: Request) -> String { req.parameters.get("token") ?? "" }

    @Sendable static func show(req: Request) async throws -> Response {
        do {
            let invitation = try await AcceptInvitation.openInvitation(token: linkToken(req), now: req.clock.now(), on: req.db)
            return try await form(req, invitation: invitation, errors: FormErrors([]))
        } catch let refusal as InvitationRefusal {
            return refused(req, refusal)
        }
    }

    @Sendable static func accept(req: Request) async throws -> Response {
        let values = try req.content.decode(Form.self)
        let lang = req.language
        let token = linkToken(req)
        let now = req.clock.now()
        do {
            let invitation = try await AcceptInvitation.openInvitation(token: token, now: now, on: req.db)
            let operation: AcceptInvitation
            do {
                operation = try AcceptInvitation(token: token, password: values.password, repeated: values.password_repeat, lang: lang)
            } catch let problem as Problem where problem.errors != nil {
                return try await form(req, invitation: invitation, errors: FormErrors(problem.errors ?? []), status: .unprocessableEntity)
            }
            let hash = try await req.password.async.hash(operation.password)
            let user = try await req.write { tx in try await operation.run(passwordHash: hash, now: now, on: tx) }
            return try await SessionIssuer.start(for: user, request: req, config: req.application.appConfig)
        } catch let refusal as InvitationRefusal {
            return refused(req, refusal)
        }
    }

    static func form(_ req: Request, invitation: ClientInvitation, errors: FormErrors, status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let client = try await Client.find(invitation.clientID, on: req.db)
        let title = lang.t("Set your password", "Задайте пароль")
        let content: HTML = """
        <div class="login card">
          <h1>\(title)</h1>
          <p>\(lang.t("You are invited to the cabinet of", "Вас пригласили в кабинет клиента")) <b>\(client?.name ?? "")</b>.
             \(lang.t("You will log in as", "Вы будете входить как")) <b id="invited-email">\(invitation.email)</b>.</p>
          <form method="post" action="\(PageRoute.Accounts.invitation(linkToken(req)))" novalidate id="invitation-form">
            <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
            \(FormField.input(name: "password", type: "password", label: lang.t("Password (at least 8 characters)", "Пароль (не короче 8 символов)"),
                              value: nil, error: errors["password"], autocomplete: "new-password"))
            \(FormField.input(name: "password_repeat", type: "password", label: lang.t("Password again", "Пароль ещё раз"),
                              value: nil, error: errors["password_repeat"], autocomplete: "new-password"))
            <p><button type="submit" class="primary" id="invitation-submit">\(lang.t("Set the password and log in", "Задать пароль и войти"))</button></p>
          </form>
        </div>
        """
        return Layout(title: title, request: req).render(content, status: status)
    }

    static func refused(_ req: Request, _ refusal: InvitationRefusal) -> Response {
        let lang = req.language
        let (status, message): (HTTPResponseStatus, String) = switch refusal {
        case .unknown: (.notFound, lang.t("This invitation link is not known. Check that it was copied whole, or ask your manager for a new one.",
                                          "Эта ссылка-приглашение неизвестна. Проверьте, что она скопирована целиком, или попросите у менеджера новую."))
        case .used: (.gone, lang.t("This invitation link has already been used to set a password. Log in with your e-mail and that password.",
                                   "По этой ссылке пароль уже задан. Войдите со своим e-mail и этим паролем."))
        case .expired: (.gone, lang.t("This invitation link has expired (links are valid for 72 hours). Ask your manager for a new one.",
                                      "Срок действия ссылки истёк (ссылка действует 72 часа). Попросите у менеджера новую."))
        case .taken: (.conflict, lang.t("This e-mail address can already log in. Log in with it, or ask your manager to reset the password.",
                                        "С этим e-mail уже можно войти. Войдите с ним или попросите менеджера сбросить пароль."))
        }
        let content: HTML = """
        <div class="login card" id="invitation-refused" data-reason="\(String(describing: refusal))">
          <h1>\(lang.t("Invitation", "Приглашение"))</h1>
          <div class="notice bad" role="alert">\(message)</div>
          <p><a class="button" href="\(PageRoute.Accounts.login())">\(lang.t("Log in", "Войти"))</a></p>
        </div>
        """
        return Layout(title: lang.t("Invitation", "Приглашение"), request: req).render(content, status: status)
    }
}
