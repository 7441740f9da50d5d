import Fluent
import OrderCycleCore
import Vapor

/// The administrator's pages for users: list, new user form, and each user's card with its audit trail.
enum UsersPages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Users.users, access: .only(.admin), use: list)
        routes.endpoint(.GET, PageRoute.Users.newUser, access: .only(.admin), use: newForm)
        routes.endpoint(.POST, PageRoute.Users.users, access: .only(.admin), use: create)
        routes.endpoint(.GET, PageRoute.Users.user, access: .only(.admin), use: show)
        routes.endpoint(.POST, PageRoute.Users.user, access: .only(.admin), use: change)
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let lang = req.language
        let page = try await UserQueries.page(try PageRequest(req, ordering: .text), on: req.db)
        let rows = page.items.map { u -> HTML in
            let state: HTML = u.active ? "" : HTML("<span class=\"badge bad\">\(lang.t("disabled", "отключён"))</span>")
            return "<tr><td><a href=\"\(PageRoute.Users.user(u.id))\">\(u.display_name)</a> \(state)</td><td>\(u.email)</td><td>\(u.role.name(lang))</td></tr>"
        }.joined
        let more: HTML = page.next_cursor.map { "<p class=\"pager\"><a href=\"\(PageRoute.Users.users())?cursor=\($0)\">\(lang.t("Next page", "Следующая страница")) →</a></p>" } ?? ""
        let content: HTML = """
        <h1>\(lang.t("Users", "Пользователи"))</h1>
        <p><a class="button" href="\(PageRoute.Users.newUser())">\(lang.t("New user", "Новый пользователь"))</a></p>
        <div class="table-wrap"><table>
          <thead><tr><th>\(lang.t("Name", "Имя"))</th><th>E-mail</th><th>\(lang.t("Role", "Роль"))</th></tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        \(more)
        """
        return Layout(title: lang.t("Users", "Пользователи"), request: req).render(content)
    }

    struct Form: Content {
        var email: String?
        var password: String?
        var display_name: String?
        var role: String?
        var phone: String?
    }

    @Sendable static func newForm(req: Request) async throws -> Response {
        form(req, values: Form(role: Role.manager.rawValue), errors: [:])
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let values = try req.content.decode(Form.self)
        let actor = try req.actor
        let draft = UserRules.Draft(email: values.email, password: values.password, displayName: values.display_name,
                                    role: values.role, clientID: nil, phone: values.phone)
        let operation = CreateUser(draft: draft, hasher: req.password.async, lang: req.language)
        let requestID = req.requestID
        do {
            let id = try await req.write { tx in try await operation.run(by: actor, requestID: requestID, now: req.clock.now(), on: tx).id }
            return req.redirect(to: PageRoute.Users.user(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            let errors = problem.fieldMessages
            return form(req, values: values, errors: errors, status: .unprocessableEntity)
        }
    }

    static func form(_ req: Request, values: Form, errors: [String: String], status: HTTPResponseStatus = .ok) -> Response {
        let lang = req.language
        let roles = Role.allCases.filter { $0 != .client }.map { (value: $0.rawValue, label: $0.name(lang)) }
        let content: HTML = """
        <h1>\(lang.t("New user", "Новый пользователь"))</h1>
        <form method="post" action="\(PageRoute.Users.users())" class="card" novalidate>
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
          \(FormField.input(name: "display_name", label: lang.t("Name", "Имя"), value: values.display_name, error: errors["display_name"]))
          \(FormField.input(name: "email", type: "email", label: "E-mail", value: values.email, error: errors["email"]))
          \(FormField.select(name: "role", label: lang.t("Role", "Роль"), options: roles, selected: values.role, error: errors["role"]))
          \(FormField.input(name: "phone", type: "tel", label: lang.t("Phone", "Телефон"), value: values.phone, error: errors["phone"]))
          \(FormField.input(name: "password", type: "password", label: lang.t("Password (8 characters or more)", "Пароль (не короче 8 символов)"), value: nil, error: errors["password"], autocomplete: "new-password"))
          <p><button type="submit" class="primary">\(lang.t("Create", "Создать"))</button></p>
        </form>
        """
        return Layout(title: lang.t("New user", "Новый пользователь"), request: req).render(content, status: status)
    }

    /// The change form on a user's card: the same fields and rules as `PATCH /api/v1/users/{id}`.
    struct ChangeForm: Content {
        var display_name: String?
        var role: String?
        var phone: String?
        var active: String?
        var version: Int?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try await UserQueries.user(try idParameter(req), on: req.db)
        let dto = try user.toDTO()
        let values = ChangeForm(display_name: dto.display_name, role: dto.role.rawValue, phone: dto.phone,
                                active: dto.active ? "true" : "false", version: dto.version)
        return try await card(req, dto, values: values, errors: [:])
    }

    @Sendable static func change(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let values = try req.content.decode(ChangeForm.self)
        let lang = req.language
        do {
            // The version the form was read at plays the part of If-Match: a stale form is refused.
            let operation = try ChangeUser(userID: id, displayName: values.display_name, role: values.role,
                                           active: values.active.map { $0 == "true" }, phone: values.phone ?? "",
                                           password: nil, expectedVersion: values.version ?? -1, lang: lang)
            let actor = try req.actor
            let requestID = req.requestID
            _ = try await req.write { tx in try await operation.run(by: actor, passwordHash: nil, requestID: requestID, now: req.clock.now(), on: tx) }
            return req.redirect(to: PageRoute.Users.user(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            let dto = try await UserQueries.user(id, on: req.db).toDTO()
            return try await card(req, dto, values: values, errors: problem.fieldMessages, status: .unprocessableEntity)
        } catch let problem as Problem where problem.status == 409 || problem.status == 412 {
            let dto = try await UserQueries.user(id, on: req.db).toDTO()
            let message = problem.status == 412
                ? lang.t("Someone changed this user meanwhile; reload the page and enter your changes again.",
                         "Пользователя тем временем изменили; обновите страницу и внесите изменения заново.")
                : problem.detail ?? problem.title
            return try await card(req, dto, values: values, errors: ["form": message], status: .conflict)
        }
    }

    static func card(_ req: Request, _ dto: UserDTO, values: ChangeForm, errors: [String: String],
                     status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let trail = try await AuditTrail.entries(on: req.db, entity: User.schema, id: dto.id)
        // A client's user keeps the client role and a staff member keeps a staff role (see `ChangeUser`).
        let roles = Role.allCases.filter { $0.isStaff == dto.role.isStaff }.map { (value: $0.rawValue, label: $0.name(lang)) }
        let states = [(value: "true", label: lang.t("active", "активен")), (value: "false", label: lang.t("disabled", "отключён"))]
        let notice: HTML = errors["form"].map { "<p class=\"notice bad\" role=\"alert\">\($0)</p>" } ?? ""
        let content: HTML = """
        <h1>\(dto.display_name)</h1>
        <div class="card">
          <p>E-mail: \(dto.email)</p>
          <p>\(lang.t("Role", "Роль")): \(dto.role.name(lang))</p>
          <p>\(lang.t("Phone", "Телефон")): \(dto.phone ?? "—")</p>
          <p>\(lang.t("Status", "Статус")): \(dto.active ? lang.t("active", "активен") : lang.t("disabled", "отключён"))</p>
        </div>
        <h2>\(lang.t("Change", "Изменить"))</h2>
        \(notice)
        <form method="post" action="\(PageRoute.Users.user(dto.id))" class="card" novalidate>
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
          <input type="hidden" name="version" value="\(values.version ?? dto.version)">
          \(FormField.input(name: "display_name", label: lang.t("Name", "Имя"), value: values.display_name, error: errors["display_name"]))
          \(FormField.select(name: "role", label: lang.t("Role", "Роль"), options: roles, selected: values.role, error: errors["role"]))
          \(FormField.input(name: "phone", type: "tel", label: lang.t("Phone", "Телефон"), value: values.phone, error: errors["phone"]))
          \(FormField.select(name: "active", label: lang.t("Status", "Статус"), options: states, selected: values.active, error: errors["active"]))
          <p><button type="submit" class="primary">\(lang.t("Save", "Сохранить"))</button></p>
        </form>
        \(AuditView.table(trail, lang: lang))
        """
        return Layout(title: dto.display_name, request: req).render(content, status: status)
    }
}
