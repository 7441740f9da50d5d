import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Creating and changing users, shared by the API, the web form and `create-user`.
enum UserRules {
    static let passwordLength = 8...128

    struct Draft: Sendable {
        var email: String?
        var password: String?
        var displayName: String?
        var role: String?
        var clientID: UUID?
        var phone: String?
    }

    /// Validates a new user; returns the model ready to insert (with the Bcrypt hash) or throws the field errors.
    static func validateNew(_ draft: Draft, on db: any Database, hasher: AsyncPasswordHasher) async throws -> User {
        var v = FieldValidator()
        let email = v.text("email", draft.email, max: 254)?.lowercased()
        if let email, !isEmail(email) { v.add("email", "is not an e-mail address") }
        let name = v.text("display_name", draft.displayName, required: false, max: 120)
        let phone = v.text("phone", draft.phone, required: false, max: 40)
        let role = draft.role.flatMap(Role.init(rawValue:))
        if role == nil { v.add("role", "must be one of: " + Role.allCases.map(\.rawValue).joined(separator: ", ")) }
        checkPassword(draft.password, into: &v)
        if role == .client, draft.clientID == nil { v.add("client_id", "is required for a client's user") }
        if let role, role.isStaff, draft.clientID != nil { v.add("client_id", "must be left out for a staff user: only a client's user has a client") }
        if let clientID = draft.clientID, try await Client.find(clientID, on: db) == nil { v.add("client_id", "is not a client") }
        if let email, v.errors.isEmpty, try await User.query(on: db).filter(\.$email == email).count() > 0 {
            v.add("email", "is already taken")
        }
        let (validEmail, validRole) = try v.check(email, role)
        let hash = try await hasher.hash(draft.password ?? "")
        return User(email: validEmail, passwordHash: hash, displayName: name ?? validEmail, role: validRole, clientID: draft.clientID, phone: phone)
    }

    static func checkPassword(_ password: String?, into v: inout FieldValidator) {
        let count = password?.unicodeScalars.count ?? 0
        if count < passwordLength.lowerBound { v.add("password", "must be at least \(passwordLength.lowerBound) characters") }
        if count > passwordLength.upperBound { v.add("password", "must be at most \(passwordLength.upperBound) characters") }
        // Bcrypt stops at a NUL: "secret\0anything" would be the same password as "secret".
        if password?.contains("\u{0}") == true { v.add("password", "must not contain a NUL character") }
    }

    static func isEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !s.contains(where: { $0.isWhitespace })
    }
}
