import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Why an invitation link opens nothing; the page says which, and what to do next.
enum InvitationRefusal: Error, Equatable {
    case unknown, used, expired
    /// The address got a login meanwhile (another invitation, an administrator).
    case taken
}

/// The invited person sets a password: the link's invitation becomes a client's user of that
/// client, and the link is spent. The password is hashed by the caller before the write, so the
/// slow Bcrypt never runs while the write transaction is open.
struct AcceptInvitation: Sendable {
    let token: String
    let password: String
    let lang: Language

    init(token: String, password: String?, repeated: String?, lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        let password = password ?? ""
        UserRules.checkPassword(password, into: &v)
        if (repeated ?? "") != password {
            v.add("password_repeat", lang.t("does not match the password", "не совпадает с паролем"))
        }
        try v.check()
        self.token = token
        self.password = password
        self.lang = lang
    }

    /// The open invitation behind a link, or why there is none.
    static func openInvitation(token: String, now: Date, on db: any Database) async throws -> ClientInvitation {
        guard let invitation = try await ClientInvitation.query(on: db).filter(\.$tokenHash == Secrets.hash(token)).first() else {
            throw InvitationRefusal.unknown
        }
        switch InvitationTerm.state(expiresAt: invitation.expiresAt, usedAt: invitation.usedAt, now: now) {
        case .open: return invitation
        case .used: throw InvitationRefusal.used
        case .expired: throw InvitationRefusal.expired
        }
    }

    func run(passwordHash: String, now: Date, on db: any Database) async throws -> User {
        let invitation = try await Self.openInvitation(token: token, now: now, on: db)
        guard let client = try await Client.find(invitation.clientID, on: db), client.active else { throw InvitationRefusal.expired }
        if try await User.query(on: db).filter(\.$email == invitation.email).count() > 0 { throw InvitationRefusal.taken }
        let user = User(email: invitation.email, passwordHash: passwordHash, displayName: invitation.displayName,
                        role: .client, clientID: invitation.clientID)
        user.language = lang.rawValue
        try await user.create(on: db)
        let userID = try user.requireID()
        // Spent once: of two requests with the same link, only one finds it unused.
        try await db.sql.raw("""
            UPDATE client_invitations SET used_at = \(bind: now), user_id = \(bind: userID)
            WHERE id = \(bind: try invitation.requireID()) AND used_at IS NULL
            """).run()
        guard let after = try await ClientInvitation.find(invitation.id, on: db), after.userID == userID else { throw InvitationRefusal.used }
        let dto = try user.toDTO()
        try await AuditTrail.record(on: db, actor: nil, entity: User.schema, id: dto.id, action: .create,
                                    before: UserDTO?.none, after: dto, at: now)
        return user
    }
}
