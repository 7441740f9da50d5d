import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// An administrator changes a user's name, role, phone, password or whether it may log in,
/// from the user's page or the API (`PATCH /api/v1/users/{id}`).
///
/// Two rules keep the accounts coherent:
/// - OrderCycle always keeps at least one active administrator: a change that would demote or
///   disable the last one is refused (409), checked inside the write transaction with the
///   administrators' rows locked, so two administrators demoting each other at once cannot both
///   succeed.
/// - A client's user stays a client's user and a staff member stays staff: the role and the
///   client link must agree (a client-role user has a client, a staff user has none), and a user's
///   client link is not changed here, so a change of role across that line is refused (422 on `role`).
struct ChangeUser: Sendable {
    let userID: UUID
    let displayName: String?
    let role: Role?
    let active: Bool?
    /// `.some(nil)` removes the phone; `nil` leaves it.
    let phone: String??
    let password: String?
    let expectedVersion: Int?
    let lang: Language

    init(userID: UUID, displayName: String?, role: String?, active: Bool?, phone: String?, password: String?,
         expectedVersion: Int?, lang: Language) throws {
        var v = FieldValidator(lang: lang)
        let name = displayName.map { _ in v.text("display_name", displayName, max: 120) } ?? nil
        let chosen = role.map { Role(rawValue: $0) }
        if case .some(.none) = chosen { v.add("role", UserRules.oneOfRoles(lang)) }
        if password != nil { UserRules.checkPassword(password, into: &v) }
        let validPhone = v.text("phone", phone, required: false, max: 40)
        try v.check()
        self.userID = userID
        self.displayName = name
        self.role = chosen ?? nil
        self.active = active
        self.phone = phone == nil ? nil : .some(validPhone)
        self.password = password
        self.expectedVersion = expectedVersion
        self.lang = lang
    }

    /// Whether the change could leave the user without administration rights.
    var mayDemote: Bool { (role != nil && role != .admin) || active == false }

    /// Runs inside the caller's write transaction. The password is hashed beforehand by the
    /// caller (`passwordHash`), so the transaction does not wait for Bcrypt.
    func run(by actor: Principal, passwordHash: String?, requestID: String?, now: Date, on db: any Database) async throws -> UserDTO {
        // The administrators' rows are locked before the user's own row is touched, so two
        // concurrent demotions queue here instead of each counting the other as still active.
        let activeAdmins = mayDemote ? try await Self.lockActiveAdministrators(on: db) : []
        let version = try await ETag.advance(User.schema, id: userID, expected: expectedVersion, on: db)
        guard let user = try await User.find(userID, on: db) else { throw Problem(.notFound) }
        var before = try user.toDTO()
        before.version = version - 1
        if let role, role.isStaff != user.role.isStaff {
            throw Problem.field("role", user.role == .client
                ? lang.t("a client's user cannot get a staff role; create a staff user instead",
                         "пользователь клиента не может получить роль сотрудника; создайте отдельного пользователя-сотрудника")
                : lang.t("a staff user cannot become a client's user; create the client's user instead",
                         "сотрудник не может стать пользователем клиента; создайте отдельного пользователя клиента"))
        }
        let wasActiveAdmin = user.role == .admin && user.active
        if let displayName { user.displayName = displayName }
        if let role { user.role = role }
        if let active { user.active = active }
        if let phone { user.phone = phone }
        if let passwordHash { user.passwordHash = passwordHash }
        if wasActiveAdmin, !(user.role == .admin && user.active), activeAdmins.filter({ $0 != userID }).isEmpty {
            throw Problem(.conflict, detail: lang.t(
                "This is the last active administrator: make another user an administrator first",
                "Это последний активный администратор: сначала назначьте администратором другого пользователя"))
        }
        user.version = version
        try await user.update(on: db)
        CardChange.announce(.all)
        // A token's principal carries the user's role, name, language and standing.
        BearerTokenCache.changed()
        if active == false || passwordHash != nil {
            // A disabled user or a new password ends every open session and login token.
            try await WebSession.query(on: db).filter(\.$userID == userID).delete()
            try await ApiToken.query(on: db).filter(\.$userID == userID).filter(\.$kind == .login).delete()
        }
        let after = try user.toDTO()
        try await AuditTrail.record(on: db, actor: actor, entity: User.schema, id: userID, action: .update,
                                    before: before, after: after, requestID: requestID, at: now)
        return after
    }

    /// The active administrators, their rows locked until the transaction ends on PostgreSQL
    /// (on SQLite the write transaction already holds the only write lock).
    static func lockActiveAdministrators(on db: any Database) async throws -> [UUID] {
        let lock = db.isPostgres ? " ORDER BY id FOR UPDATE" : ""
        return try await db.sql.raw("""
            SELECT id FROM users WHERE role = \(bind: Role.admin.rawValue) AND active = \(bind: true)\(unsafeRaw: lock)
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
    }
}
