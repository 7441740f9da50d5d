import Foundation
import OrderCycleCore

/// Collects field errors so a request reports all its invalid fields at once. Its own messages
/// (a required field, a length, control characters) are in `lang`, the language of the person
/// the form answers (the API's default is English), so a form never mixes two languages.
struct FieldValidator {
    private(set) var errors: [Problem.FieldError] = []
    let lang: Language

    init(lang: Language = .en) { self.lang = lang }

    mutating func add(_ field: String, _ message: String) {
        errors.append(.init(field: field, message: message))
    }

    /// A required text, trimmed; records an error and returns nil when it is missing, blank, too
    /// long or holds a control character other than a line break or a tab. The length and the
    /// control characters are judged on the text as sent, and `max` counts Unicode code points,
    /// so the rule is the document's `maxLength` and `pattern` to the letter (JSON Schema counts
    /// code points, not what a reader sees as one character).
    mutating func text(_ field: String, _ value: String?, required: Bool = true, max: Int = 200) -> String? {
        guard let value else {
            if required { add(field, lang.t("is required", "обязательное поле")) }
            return nil
        }
        if value.unicodeScalars.count > max { add(field, lang.t("must be at most \(max) characters", "не длиннее \(max) символов")); return nil }
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
            add(field, lang.t("must not contain control characters", "не должно содержать управляющих символов")); return nil
        }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            if required { add(field, lang.t("is required", "обязательное поле")) }
            return nil
        }
        return trimmed
    }

    func check() throws {
        if !errors.isEmpty { throw Problem.validation(errors) }
    }

    /// Throws the collected errors; otherwise returns `values` unwrapped, so a handler reads the
    /// fields it validated without a force-unwrap. A value still missing here is a gap in a
    /// rule (no error was recorded for it), answered as a 422, never a trap. Validate first and
    /// check after: in `v.check(v.text(…))` the receiver is read before the argument records its
    /// error, so that error would be lost.
    func check<each Value>(_ values: repeat (each Value)?) throws -> (repeat each Value) {
        try check()
        return (repeat try Self.present(each values))
    }

    private static func present<Value>(_ value: Value?) throws -> Value {
        guard let value else { throw Problem(.validation, detail: "A required field is missing") }
        return value
    }
}
