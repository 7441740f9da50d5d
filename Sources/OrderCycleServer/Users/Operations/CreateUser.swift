import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// An administrator adds a staff member or a client's login, from the users page or the API.
/// The e-mail, password and role rules are `UserRules`; the password is stored only as a hash.
struct CreateUser: Sendable {
    let draft: UserRules.Draft
    let hasher: AsyncPasswordHasher
    var lang: Language = .en

    func run(by actor: Principal, requestID: String?, now: Date, on db: any Database) async throws -> UserDTO {
        let user = try await UserRules.validateNew(draft, lang: lang, on: db, hasher: hasher)
        try await user.create(on: db)
        let dto = try user.toDTO()
        try await AuditTrail.record(on: db, actor: actor, entity: User.schema, id: dto.id, action: .create,
                                    before: UserDTO?.none, after: dto, requestID: requestID, at: now)
        return dto
    }
}
