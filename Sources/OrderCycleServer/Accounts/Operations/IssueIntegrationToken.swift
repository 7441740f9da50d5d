import Fluent
import Foundation
import OrderCycleCore

/// An administrator issues a bearer token for an integration, from the tokens page or the API.
/// The secret is answered once and stored only as a hash.
struct IssueIntegrationToken: Sendable {
    let name: String
    let role: Role

    /// A name of up to 120 characters and a staff role: an integration never acts as a client.
    init(_ body: IntegrationTokensAPI.CreateBody) throws {
        var v = FieldValidator()
        let name = v.text("name", body.name, max: 120)
        let role = body.role.flatMap(Role.init(rawValue:))
        if role == nil || role == .client { v.add("role", "must be a staff role: " + Role.staff.map(\.rawValue).joined(separator: ", ")) }
        (self.name, self.role) = try v.check(name, role)
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> (token: ApiToken, secret: String) {
        let secret = Secrets.token()
        let token = ApiToken(tokenHash: Secrets.hash(secret), name: name, kind: .integration, role: role,
                             userID: nil, createdBy: actor.userID, now: now, expiresAt: nil)
        try await token.create(on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: ApiToken.schema, id: try token.requireID(), action: .create,
                                    before: IntegrationTokensAPI.TokenDTO?.none, after: try IntegrationTokensAPI.dto(token), at: now)
        return (token, secret)
    }
}
