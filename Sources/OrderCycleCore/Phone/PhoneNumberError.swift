import Foundation

/// Why a written phone number could not be read (DOMAIN §2.1: numbers are normalised to E.164
/// before they are stored or matched). The text is meant for the person who typed the number.
public enum PhoneNumberError: Error, Hashable, Sendable {
    /// Nothing but blanks was written.
    case empty
    /// Only separators, no digits at all.
    case noDigits
    /// Letters other than an extension marker (`ext.`, `доб.`, `x`): vanity numbers and notes
    /// such as "call after 6" are refused rather than guessed at.
    case containsLetters
    /// A character that is neither a digit nor a usual separator, e.g. `!` or a second `+`.
    case unexpectedCharacter(String)
    case tooShort
    case tooLong
    /// An ISO code or a calling code the system does not know.
    case unknownRegion(String)
    /// The length is plausible but the digits cannot be a number of this region (by ISO code).
    case invalidForRegion(String)

    /// A stable identifier of the error kind, for API error types and logs.
    public var code: String {
        switch self {
        case .empty: "empty"
        case .noDigits: "no_digits"
        case .containsLetters: "contains_letters"
        case .unexpectedCharacter: "unexpected_character"
        case .tooShort: "too_short"
        case .tooLong: "too_long"
        case .unknownRegion: "unknown_region"
        case .invalidForRegion: "invalid_for_region"
        }
    }

    /// The explanation in the given language.
    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.empty, .en): "No phone number was given."
        case (.empty, .ru): "Номер телефона не указан."
        case (.noDigits, .en): "The phone number contains no digits."
        case (.noDigits, .ru): "В номере телефона нет цифр."
        case (.containsLetters, .en):
            "A phone number may contain only digits, spaces, brackets, dashes, a leading + and an extension (ext. 12); this text contains letters."
        case (.containsLetters, .ru):
            "Номер телефона может содержать только цифры, пробелы, скобки, дефисы, знак + в начале и добавочный (доб. 12); в тексте есть буквы."
        case let (.unexpectedCharacter(character), .en): "The phone number contains an unexpected character “\(character)”."
        case let (.unexpectedCharacter(character), .ru): "В номере телефона недопустимый символ «\(character)»."
        case (.tooShort, .en): "The phone number is too short."
        case (.tooShort, .ru): "Номер телефона слишком короткий."
        case (.tooLong, .en): "The phone number is too long."
        case (.tooLong, .ru): "Номер телефона слишком длинный."
        case let (.unknownRegion(region), .en): "Unknown country or region “\(region)”."
        case let (.unknownRegion(region), .ru): "Неизвестная страна или регион «\(region)»."
        case let (.invalidForRegion(region), .en): "This is not a valid phone number for \(region)."
        case let (.invalidForRegion(region), .ru): "Это не номер телефона региона \(region)."
        }
    }
}

extension PhoneNumberError: LocalizedError {
    public var errorDescription: String? { message(.en) }
}
