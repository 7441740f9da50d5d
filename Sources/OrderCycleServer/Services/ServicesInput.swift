import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The field checks the service department adds to the shared ones (`FieldInput`: text,
/// moments, choices, with messages in the user's language): codes, whole numbers, currencies
/// and days.
extension FieldInput {
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
}

/// Lookups the service operations check their fields against.
enum ServicesInput {
    static func exists(_ table: String, _ id: UUID, on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT id FROM \(unsafeRaw: table) WHERE id = \(bind: id)").first() != nil
    }

    /// The month of a moment in the company's time zone, "2026-03": the period a package's allowance runs for.
    static func month(of date: Date, _ calendar: CompanyCalendar) -> String {
        String(calendar.day(of: date).description.prefix(7))
    }
}
