import Fluent
import OrderCycleCore
import Vapor

/// Login, logout and the language switch of the web UI.
enum AccountsPages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Accounts.login, access: .open, use: loginForm)
        routes.endpoint(.POST, PageRoute.Accounts.login, access: .open, use: login)
        routes.endpoint(.POST, PageRoute.Accounts.logout, access: .authenticated, use: logout)
        routes.endpoint(.POST, PageRoute.Accounts.language, access: .open, use: switchLanguage)
    }

    struct LoginForm: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    @Sendable static func loginForm(req: Request) async throws -> Response {
        if req.principal != nil { return req.redirect(to: PageRoute.Home.home()) }
        return page(req, form: LoginForm(next: req.query[String.self, at: "next"]), errors: [:], notice: nil)
    }

    @Sendable static func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let lang = req.language
        var errors: [String: String] = [:]
        let email = form.email?.trimmingCharacters(in: .whitespaces) ?? ""
        if email.isEmpty { errors["email"] = lang.t("Enter your e-mail", "Введите e-mail") }
        if (form.password ?? "").isEmpty { errors["password"] = lang.t("Enter your password", "Введите пароль") }
        if !errors.isEmpty { return page(req, form: form, errors: errors, notice: nil, status: .unprocessableEntity) }

        let gate = LoginGate(db: req.db, app: req.application, hasher: req.password.async, now: req.clock.now(), decoyHash: req.application.decoyPasswordHash)
        switch try await gate.attempt(email: email, password: form.password ?? "", address: req.clientAddress) {
        case .success(let user):
            return try await SessionIssuer.start(for: user, request: req, config: req.application.appConfig)
        case .wait(let seconds):
            let notice = lang.t("Too many failed attempts. Try again in \(seconds) s.", "Слишком много неудачных попыток. Повторите через \(seconds) с.")
            let response = page(req, form: form, errors: [:], notice: notice, status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            return response
        case .invalid:
            let notice = lang.t("Wrong e-mail or password.", "Неверный e-mail или пароль.")
            return page(req, form: form, errors: [:], notice: notice, status: .unauthorized)
        }
    }

    @Sendable static func logout(req: Request) async throws -> Response {
        let response = try await SessionIssuer.end(request: req)
        // The phone app keeps the last-seen data and unsent orders in the browser: none of it
        // outlives the session, for the next person on the device.
        response.headers.replaceOrAdd(name: "Clear-Site-Data", value: "\"cache\", \"storage\"")
        return response
    }

    struct LanguageForm: Content { var language: String; var next: String? }

    @Sendable static func switchLanguage(req: Request) async throws -> Response {
        let form = try req.content.decode(LanguageForm.self)
        guard let language = Language(rawValue: form.language) else { throw Problem.field("language", "must be en or ru") }
        if let userID = req.principal?.userID, let user = try await User.find(userID, on: req.db) {
            user.language = language.rawValue
            try await user.update(on: req.db)
            req.application.bearerTokens.clear()
        }
        let next = form.next.flatMap(SessionIssuer.safeLocalPath) ?? PageRoute.Home.home()
        let response = req.redirect(to: next, redirectType: .normal)
        response.cookies[Request.languageCookie] = HTTPCookies.Value(
            string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
            isSecure: req.application.appConfig.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    static func page(_ req: Request, form: LoginForm, errors: [String: String], notice: String?, status: HTTPResponseStatus = .ok) -> Response {
        let lang = req.language
        let csrf = CSRF.token(for: req)
        let content: HTML = """
        <div class="login card">
          <h1>\(lang.t("Log in to OrderCycle", "Вход в OrderCycle"))</h1>
          \(notice.map { HTML("<div class=\"notice bad\" role=\"alert\">\($0)</div>") } ?? "")
          <form method="post" action="\(PageRoute.Accounts.login())" novalidate>
            <input type="hidden" name="_csrf" value="\(csrf)">
            <input type="hidden" name="next" value="\(form.next)">
            \(FormField.input(name: "email", type: "email", label: lang.t("E-mail", "E-mail"), value: form.email, error: errors["email"], autocomplete: "username"))
            \(FormField.input(name: "password", type: "password", label: lang.t("Password", "Пароль"), value: nil, error: errors["password"], autocomplete: "current-password"))
            <p><button type="submit" class="primary" id="login-submit">\(lang.t("Log in", "Войти"))</button></p>
          </form>
        </div>
        """
        return Layout(title: lang.t("Log in", "Вход"), request: req).render(content, status: status)
    }
}
