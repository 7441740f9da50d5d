import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Field checks for the service department's operations, with their messages in the user's
/// language: the rules of `FieldValidator` (lengths in code points, no control characters but
/// line breaks and tabs, trimmed text), plus codes, whole numbers, days and moments.
struct ServicesInput {
    let lang: Language
    private(set) var validator = FieldValidator()

    init(_ lang: Language) { self.lang = lang }

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

    /// A code of latin letters, digits, - and _, stored in lower case.
    mutating func code(_ field: String, _ value: String?, required isRequired: Bool = true) -> String? {
        guard let code = text(field, value, required: isRequired, max: 40)?.lowercased() else { return nil }
        guard code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            add(field, en: "may hold latin letters, digits, - and _ only", ru: "только латинские буквы, цифры, - и _")
            return nil
        }
        return code
    }

    mutating func whole<N: BinaryInteger>(_ field: String, _ value: N?, in range: ClosedRange<N>, required isRequired: Bool = true) -> N? {
        guard let value else {
            if isRequired { required(field) }
            return nil
        }
        guard range.contains(value) else {
            add(field, en: "must be a whole number from \(range.lowerBound) to \(range.upperBound)",
                ru: "целое число от \(range.lowerBound) до \(range.upperBound)")
            return nil
        }
        return value
    }

    /// A currency code of three capital latin letters (ISO 4217).
    mutating func currency(_ field: String, _ value: String?) -> String? {
        guard let value else { return nil }
        guard value.count == 3, value.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            add(field, en: "must be a currency code such as UAH", ru: "код валюты, например UAH")
            return nil
        }
        return value
    }

    /// A day written as 2026-03-01.
    mutating func day(_ field: String, _ value: String?, required isRequired: Bool = true) -> CalendarDay? {
        guard let value, !value.isEmpty else {
            if isRequired { required(field) }
            return nil
        }
        guard let day = CalendarDay(iso: value) else {
            add(field, en: "must be a date such as 2026-03-01", ru: "укажите дату, например 2026-03-01")
            return nil
        }
        return day
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

    mutating func choice<E: RawRepresentable & CaseIterable>(_ field: String, _ value: String?, as: E.Type, required isRequired: Bool = false) -> E? where E.RawValue == String {
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
}

extension ServicesInput {
    static func exists(_ table: String, _ id: UUID, on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT id FROM \(unsafeRaw: table) WHERE id = \(bind: id)").first() != nil
    }

    /// The month of a moment in the company's time zone, "2026-03": the period a package's allowance runs for.
    static func month(of date: Date, _ calendar: CompanyCalendar) -> String {
        String(calendar.day(of: date).description.prefix(7))
    }
}
