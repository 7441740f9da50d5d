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
    static func validateNew(_ draft: Draft, lang: Language = .en, on db: any Database, hasher: AsyncPasswordHasher) async throws -> User {
        var v = FieldValidator(lang: lang)
        let email = v.text("email", draft.email, max: 254)?.lowercased()
        if let email, !isEmail(email) { v.add("email", lang.t("is not an e-mail address", "это не адрес e-mail")) }
        let name = v.text("display_name", draft.displayName, required: false, max: 120)
        let phone = v.text("phone", draft.phone, required: false, max: 40)
        let role = draft.role.flatMap(Role.init(rawValue:))
        if role == nil { v.add("role", oneOfRoles(lang)) }
        checkPassword(draft.password, into: &v)
        if role == .client, draft.clientID == nil { v.add("client_id", lang.t("is required for a client's user", "обязателен для пользователя клиента")) }
        if let role, role.isStaff, draft.clientID != nil {
            v.add("client_id", lang.t("must be left out for a staff user: only a client's user has a client",
                                      "не указывается для сотрудника: клиент есть только у пользователя клиента"))
        }
        if let clientID = draft.clientID, try await Client.find(clientID, on: db) == nil { v.add("client_id", lang.t("is not a client", "такого клиента нет")) }
        if let email, v.errors.isEmpty, try await User.query(on: db).filter(\.$email == email).count() > 0 {
            v.add("email", lang.t("is already taken", "уже занят"))
        }
        let (validEmail, validRole) = try v.check(email, role)
        let hash = try await hasher.hash(draft.password ?? "")
        return User(email: validEmail, passwordHash: hash, displayName: name ?? validEmail, role: validRole, clientID: draft.clientID, phone: phone)
    }

    /// The password rules, in the language of the validator's reader.
    static func checkPassword(_ password: String?, into v: inout FieldValidator) {
        let lang = v.lang, count = password?.unicodeScalars.count ?? 0
        if count < passwordLength.lowerBound {
            v.add("password", lang.t("must be at least \(passwordLength.lowerBound) characters", "не короче \(passwordLength.lowerBound) символов"))
        }
        if count > passwordLength.upperBound {
            v.add("password", lang.t("must be at most \(passwordLength.upperBound) characters", "не длиннее \(passwordLength.upperBound) символов"))
        }
        // Bcrypt stops at a NUL: "secret\0anything" would be the same password as "secret".
        if password?.contains("\u{0}") == true { v.add("password", lang.t("must not contain a NUL character", "не должен содержать символ NUL")) }
    }

    static func oneOfRoles(_ lang: Language) -> String {
        lang.t("must be one of: ", "допустимо: ") + Role.allCases.map(\.rawValue).joined(separator: ", ")
    }

    static func isEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !s.contains(where: { $0.isWhitespace })
    }
}
