import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Staff give a client's contact access to the cabinet: a one-time link to set a password,
/// valid for `InvitationTerm.lifetime`. Only an administrator or the client's own manager
/// invites (the manager answers for who speaks for the client). A new link for the same
/// address ends the links made for it before, so only the newest one opens.
struct InviteContact: Sendable {
    let clientID: UUID
    let contactID: UUID?
    let email: String?
    let lang: Language

    init(clientID: UUID, contactID: UUID?, email: String?, lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        let email = v.text("email", email, required: false, max: 254)?.lowercased()
        if let email, !UserRules.isEmail(email) { v.add("email", lang.t("is not an e-mail address", "это не адрес e-mail")) }
        if contactID == nil, email == nil, v.errors.isEmpty {
            v.add("contact_id", lang.t("choose a contact or give an e-mail address", "выберите контакт или укажите e-mail"))
        }
        try v.check()
        self.clientID = clientID
        self.contactID = contactID
        self.email = email
        self.lang = lang
    }

    /// Whether `actor` may invite the contacts of a client managed by `managerID`.
    static func mayInvite(_ actor: Principal?, managerID: UUID?) -> Bool {
        guard let actor else { return false }
        return actor.role == .admin || (actor.role == .manager && actor.userID != nil && actor.userID == managerID)
    }

    /// Makes the invitation; the answer carries the link (`linkBase` + the token), shown once.
    func run(by actor: Principal, linkBase: String, now: Date, on db: any Database) async throws -> InvitationDTO {
        guard let client = try await ClientStore.card(clientID, on: db) else { throw Problem(.notFound) }
        guard Self.mayInvite(actor, managerID: client.manager?.id) else {
            throw Problem(.forbidden, detail: lang.t("Only the client's manager or an administrator invites its contacts",
                                                     "Приглашать контакты клиента может только его менеджер или администратор"))
        }
        guard client.active else {
            throw Problem(.conflict, detail: lang.t("The client is archived", "Клиент в архиве"))
        }
        var address = email
        var name: String?
        var field = "email"
        if let contactID {
            guard let contact = client.contacts.first(where: { $0.id == contactID }) else {
                throw Problem.field("contact_id", lang.t("is not a contact of this client", "не контакт этого клиента"))
            }
            name = contact.name
            if address == nil {
                guard let first = contact.emails.first else {
                    throw Problem.field("contact_id", lang.t("has no e-mail address: give one", "без e-mail: укажите адрес"))
                }
                address = first
                field = "contact_id"
            }
        }
        guard let address else { throw Problem.field("email", lang.t("is required", "обязательное поле")) }
        if try await User.query(on: db).filter(\.$email == address).count() > 0 {
            throw Problem.taken(field, lang.t("already has a login", "уже может входить"))
        }
        // Earlier links to this address stop opening.
        try await ClientInvitation.query(on: db)
            .filter(\.$clientID == clientID).filter(\.$email == address)
            .filter(\.$usedAt == nil).filter(\.$expiresAt > now)
            .set(\.$expiresAt, to: now).update()

        let token = Secrets.token()
        let invitation = ClientInvitation()
        invitation.clientID = clientID
        invitation.contactID = contactID
        invitation.email = address
        invitation.displayName = name ?? address
        invitation.tokenHash = Secrets.hash(token)
        invitation.invitedBy = actor.userID
        invitation.invitedAt = now
        invitation.expiresAt = InvitationTerm.expiry(madeAt: now)
        try await invitation.create(on: db)
        let dto = try InvitationDTO(invitation, now: now)
        try await AuditTrail.record(on: db, actor: actor, entity: ClientInvitation.schema, id: dto.id, action: .create,
                                    before: InvitationDTO?.none, after: dto, at: now)
        var answer = dto
        answer.url = linkBase + PageRoute.Accounts.invitation(token)
        return answer
    }
}
