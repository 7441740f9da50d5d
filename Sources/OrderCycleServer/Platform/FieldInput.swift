import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Field checks for the operations of every area, with their messages in the user's language:
/// the same rules as `FieldValidator` (lengths in code points, no control characters but line
/// breaks and tabs, trimmed text), written once for the API and the forms.
struct FieldInput {
    let lang: Language
    private(set) var validator: FieldValidator

    init(_ lang: Language) { self.lang = lang; self.validator = FieldValidator(lang: lang) }

    mutating func add(_ field: String, en: String, ru: String) { validator.add(field, lang.t(en, ru)) }

    mutating func required(_ field: String) { add(field, en: "is required", ru: "обязательное поле") }

    mutating func text(_ field: String, _ value: String?, required isRequired: Bool = true, max: Int) -> String? {
        guard let value else {
            if isRequired { required(field) }
            return nil
        }
        if value.unicodeScalars.count > max {
            add(field, en: "must be at most \(max) characters", ru: "не длиннее \(max) символов")
            return nil
        }
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
            add(field, en: "must not contain control characters", ru: "не должно содержать управляющих символов")
            return nil
        }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            if isRequired { required(field) }
            return nil
        }
        return trimmed
    }

    /// A moment written as RFC 3339 (2026-03-01T09:00:00Z).
    mutating func moment(_ field: String, _ value: String?, required isRequired: Bool = true) -> Date? {
        guard let value, !value.isEmpty else {
            if isRequired { required(field) }
            return nil
        }
        guard let date = Moments.parse(value) else {
            add(field, en: "must be a moment such as 2026-03-01T09:00:00Z", ru: "укажите момент времени, например 2026-03-01T09:00:00Z")
            return nil
        }
        return date
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ field: String, _ value: String?, as: E.Type, required isRequired: Bool = false) -> E?
    where E.RawValue == String {
        guard let value else {
            if isRequired { required(field) }
            return nil
        }
        guard let chosen = E(rawValue: value) else {
            let all = E.allCases.map(\.rawValue).joined(separator: ", ")
            add(field, en: "must be one of: \(all)", ru: "допустимые значения: \(all)")
            return nil
        }
        return chosen
    }

    func check() throws { try validator.check() }

    func check<each Value>(_ values: repeat (each Value)?) throws -> (repeat each Value) {
        try validator.check(repeat each values)
    }
}


extension FieldInput {
    /// Whether the user exists, is active and works for the company (a client's user is never responsible for a task).
    static func isActiveStaff(_ userID: UUID, on db: any Database) async throws -> Bool {
        guard let row = try await db.sql.raw("SELECT role, active FROM users WHERE id = \(bind: userID)").first() else { return false }
        return try row.decode(column: "active", as: Bool.self) && Role(rawValue: try row.decode(column: "role", as: String.self))?.isStaff == true
    }
}
