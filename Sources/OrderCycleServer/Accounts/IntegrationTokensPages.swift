import Fluent
import OrderCycleCore
import Vapor

/// The administrator's page for integration tokens: list, create (the secret is shown once), revoke.
enum IntegrationTokensPages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Accounts.integrationTokens, access: .only(.admin), use: page)
        routes.endpoint(.POST, PageRoute.Accounts.integrationTokens, access: .only(.admin), use: create)
    }

    @Sendable static func page(req: Request) async throws -> Response {
        try await render(req, secret: nil, errors: [:], values: .init())
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.content.decode(IntegrationTokensAPI.CreateBody.self)
        let actor = try req.actor
        do {
            let operation = try IssueIntegrationToken(body)
            let secret = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx).secret }
            // The next token most likely acts as this one does: keep the chosen role, clear the name.
            return try await render(req, secret: secret, errors: [:], values: .init(name: nil, role: body.role))
        } catch let problem as Problem where problem.errors != nil {
            let errors = problem.fieldMessages
            return try await render(req, secret: nil, errors: errors, values: body, status: .unprocessableEntity)
        }
    }

    static func render(_ req: Request, secret: String?, errors: [String: String], values: IntegrationTokensAPI.CreateBody,
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let tokens = try await ApiToken.query(on: req.db).filter(\.$kind == .integration).sort(\.$createdAt, .descending).limit(200).all()
        let rows = tokens.map { t -> HTML in
            let state: HTML = t.revokedAt == nil ? HTML("<span class=\"badge ok\">\(lang.t("active", "действует"))</span>") : HTML("<span class=\"badge bad\">\(lang.t("revoked", "отозван"))</span>")
            return "<tr><td>\(t.name)</td><td>\(t.role.name(lang))</td><td>\(state)</td></tr>"
        }.joined
        let shown: HTML = secret.map { "<div class=\"notice\" id=\"new-token\">\(lang.t("Copy the token now; it is not shown again:", "Скопируйте токен сейчас, больше он не будет показан:")) <code>\($0)</code></div>" } ?? ""
        let roles = Role.staff.map { (value: $0.rawValue, label: $0.name(lang)) }
        let content: HTML = """
        <h1>\(lang.t("Integrations", "Интеграции"))</h1>
        \(shown)
        <form method="post" action="\(PageRoute.Accounts.integrationTokens())" class="card" novalidate>
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
          \(FormField.input(name: "name", label: lang.t("Name (e.g. telephone exchange)", "Название (например, АТС)"), value: values.name, error: errors["name"]))
          \(FormField.select(name: "role", label: lang.t("Acts as", "Действует как"), options: roles, selected: values.role ?? Role.operator.rawValue, error: errors["role"]))
          <p><button type="submit" class="primary">\(lang.t("Create token", "Создать токен"))</button></p>
        </form>
        <div class="table-wrap"><table><thead><tr><th>\(lang.t("Name", "Название"))</th><th>\(lang.t("Role", "Роль"))</th><th>\(lang.t("State", "Состояние"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        \(tokens.isEmpty ? EmptyState.html(id: "tokens-empty", lang.t("No integration tokens yet.", "Токенов интеграций пока нет."), how: lang.t("A token lets another system — a telephone exchange, a shop, an accounting system — use the API in a role you choose. Create the first one with the form above; it is shown once.", "Токен позволяет другой системе — АТС, интернет-магазину, учётной системе — работать с API в выбранной вами роли. Создайте первый формой выше; он показывается один раз.")) : "")
        """
        return Layout(title: lang.t("Integrations", "Интеграции"), request: req).render(content, status: status)
    }
}
