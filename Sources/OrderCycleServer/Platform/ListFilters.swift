import Foundation
import OrderCycleCore
import Vapor

/// A list's filters read from the query string, by one rule for every list: a filter left out
/// means "any"; one given empty (`status=`) is a 400 naming it, since empty is not "any" (list
/// pages drop their forms' empty fields first); one given but unreadable is a 422 that names
/// every such filter at once, in the reader's language.
struct ListFilters {
    private let req: Request
    private let lang: Language
    private var empty: [String] = []
    private var errors: [Problem.FieldError] = []

    init(_ req: Request) {
        self.req = req
        self.lang = req.language
    }

    /// The filter's text as given, or nil when it is left out (or empty, which `check` refuses).
    mutating func text(_ name: String) -> String? {
        guard let raw = req.query[String.self, at: name] else { return nil }
        if raw.trimmingCharacters(in: .whitespaces).isEmpty { empty.append(name); return nil }
        return raw
    }

    /// An id; `me` stands for `me` where the list allows it.
    mutating func id(_ name: String, me: UUID? = nil) -> UUID? {
        guard let raw = text(name) else { return nil }
        if raw == "me", let me { return me }
        guard let id = UUID(uuidString: raw) else { fail(name, "must be an id", "должно быть идентификатором"); return nil }
        return id
    }

    /// `true` or `false`; left out is false.
    mutating func flag(_ name: String) -> Bool {
        guard let raw = text(name) else { return false }
        if raw == "true" { return true }
        if raw != "false" { fail(name, "must be true or false", "должно быть true или false") }
        return false
    }

    /// One of an enumeration's raw values.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ name: String, _: E.Type) -> E? where E.RawValue == String {
        guard let raw = text(name) else { return nil }
        guard let value = E(rawValue: raw) else {
            let values = E.allCases.map(\.rawValue).joined(separator: ", ")
            fail(name, "must be one of: " + values, "допустимые значения: " + values)
            return nil
        }
        return value
    }

    /// A calendar day written YYYY-MM-DD.
    mutating func day(_ name: String) -> CalendarDay? {
        guard let raw = text(name) else { return nil }
        guard let day = CalendarDay(iso: raw.trimmingCharacters(in: .whitespaces)) else {
            fail(name, "must be a date such as 2026-03-01", "укажите дату, например 2026-03-01")
            return nil
        }
        return day
    }

    /// Records a filter that does not read, or breaks a rule across filters (a period the wrong way round).
    mutating func fail(_ name: String, _ en: String, _ ru: String) {
        errors.append(.init(field: name, message: lang.t(en, ru)))
    }

    /// The 400 for filters given empty, else the 422 for those that do not read; nothing when all is well.
    func check() throws {
        if !empty.isEmpty {
            let errors = empty.map {
                Problem.FieldError(field: $0, message: lang.t("must not be empty: leave the filter out for any", "не может быть пустым: чтобы выбрать все, не указывайте фильтр"))
            }
            throw Problem(.malformed, detail: errors.map { "\($0.field): \($0.message)" }.joined(separator: "; "), errors: errors)
        }
        if !errors.isEmpty { throw Problem.validation(errors) }
    }
}
