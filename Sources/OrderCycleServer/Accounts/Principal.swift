import Foundation
import OrderCycleCore
import Vapor

/// Who is making the request, however they proved it (session cookie or bearer token).
struct Principal: Sendable {
    enum Credential: Sendable {
        case session(id: UUID, csrfToken: String)
        case bearer(tokenID: UUID)
    }

    var userID: UUID?
    var role: Role
    var clientID: UUID?
    var label: String
    var email: String?
    var language: Language?
    var credential: Credential

    var csrfToken: String? {
        if case .session(_, let token) = credential { return token }
        return nil
    }
}

struct PrincipalKey: StorageKey { typealias Value = Principal }

extension Request {
    var principal: Principal? {
        get { storage[PrincipalKey.self] }
        set { storage[PrincipalKey.self] = newValue }
    }

    /// The principal of a route that requires one; the access guard has already refused anonymous requests.
    var actor: Principal {
        get throws {
            guard let principal else { throw Problem(.unauthenticated) }
            return principal
        }
    }
}
