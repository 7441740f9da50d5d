import Foundation

/// A written phone number reduced to what matters for reading it: its digits, whether it began
/// with `+`, its extension, and where a bracketed lone `0` stood (the "(0)" that writers put
/// after a calling code to show the trunk prefix dialled at home).
struct PhoneText: Equatable {
    var digits: String
    var hasPlus: Bool
    var `extension`: String?
    /// Digit offsets at which a bracketed group holding exactly `0` began.
    var bracketedZeroOffsets: [Int]

    init(_ text: String) throws(PhoneNumberError) {
        if let plain = Self.plain(text) { self = plain } else { try self.init(readingInFull: text) }
    }

    /// Every form the reader knows: labels, `tel:` links, extensions, any script's digits.
    init(readingInFull text: String) throws(PhoneNumberError) {
        var text = text.filter { !$0.isFormatCharacter }.lowercased()
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .empty }

        var extensionDigits: String?
        if text.hasPrefix("tel:") {
            // RFC 3966: tel:+380-44-123-45-67;ext=12 — parameters other than ext are dropped.
            let uri = String(text.dropFirst(4))
            let parts = (uri.removingPercentEncoding ?? uri).split(separator: ";", omittingEmptySubsequences: false)
            text = String(parts[0])
            for parameter in parts.dropFirst() where parameter.hasPrefix("ext=") {
                extensionDigits = Self.extensionDigits(parameter.dropFirst(4))
                if extensionDigits == nil { throw Self.problem(in: parameter.dropFirst(4)) }
            }
        } else {
            text = Self.droppingLabel(text)
        }
        if extensionDigits == nil, let split = Self.splitExtension(text) {
            text = split.number
            extensionDigits = split.extension
        }

        if text.contains(where: \.isLetter) { throw .containsLetters }
        var digits = ""
        var hasPlus = false
        var openGroup: Int?
        var zeroOffsets: [Int] = []
        for character in text {
            if let digit = character.decimalDigit {
                digits.append(digit)
            } else if character == "+" || character == "＋" {
                // One plus, before any digit: "(+7) 495…" is fine, "+7+495" is not.
                guard !hasPlus, digits.isEmpty else { throw .unexpectedCharacter(String(character)) }
                hasPlus = true
            } else if character == "(" || character == "[" {
                openGroup = digits.count
            } else if character == ")" || character == "]" {
                if let start = openGroup, digits.count == start + 1, digits.last == "0" {
                    zeroOffsets.append(start)
                }
                openGroup = nil
            } else if !character.isPhoneSeparator {
                throw .unexpectedCharacter(String(character))
            }
        }
        guard !digits.isEmpty else { throw .noDigits }
        self.digits = digits
        self.hasPlus = hasPlus
        self.extension = extensionDigits
        self.bracketedZeroOffsets = zeroOffsets
    }

    /// The common case read byte by byte: ASCII digits, one leading `+`, brackets, blanks and
    /// separators, nothing else. It reads such a number as `init(readingInFull:)` does, without
    /// the Unicode and extension work that an incoming call's lookup would otherwise pay for;
    /// anything else, and every number that is wrong, is nil and read in full.
    static func plain(_ text: String) -> PhoneText? {
        var digits: [UInt8] = []
        digits.reserveCapacity(16)
        var hasPlus = false
        var openGroup: Int?
        var zeroOffsets: [Int] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte)
            case UInt8(ascii: "+"):
                guard !hasPlus, digits.isEmpty else { return nil }
                hasPlus = true
            case UInt8(ascii: "("), UInt8(ascii: "["): openGroup = digits.count
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                if let start = openGroup, digits.count == start + 1, digits.last == UInt8(ascii: "0") { zeroOffsets.append(start) }
                openGroup = nil
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"),
                 UInt8(ascii: "\\"), UInt8(ascii: "_"):
                continue
            default: return nil
            }
        }
        guard !digits.isEmpty else { return nil }
        return PhoneText(digits: String(decoding: digits, as: UTF8.self), hasPlus: hasPlus, bracketedZeroOffsets: zeroOffsets)
    }

    /// A plain number: it has no extension.
    private init(digits: String, hasPlus: Bool, bracketedZeroOffsets: [Int]) {
        self.digits = digits
        self.hasPlus = hasPlus
        self.extension = nil
        self.bracketedZeroOffsets = bracketedZeroOffsets
    }

    // MARK: Labels and extensions

    // Labels that people and address books put before a number: "Tel.: …", "моб. …";
    // longer ones first, as "tel" begins "telephone".
    private static let labels = ["telephone", "phone", "tel", "mobile", "mob", "телефон", "тел", "моб"]

    private static func droppingLabel(_ text: String) -> String {
        for label in labels where text.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            // "telex 123" is not a label followed by a number.
            guard let next = rest.first, !next.isLetter else { continue }
            return String(rest.drop { $0 == "." || $0 == ":" || $0.isWhitespace })
        }
        return text
    }

    // Marks that introduce an extension, in English and Russian; "," is a dialling pause.
    private static let extensionMarks = [
        "extension", "ext.", "ext", "доб.", "доб", "вн.", "x", "#", ",",
    ]

    /// Splits "… ext. 12" into the number and "12", taking the earliest mark whose rest is
    /// nothing but the extension's digits, so that a number written without one is untouched.
    private static func splitExtension(_ text: String) -> (number: String, extension: String)? {
        var best: (start: String.Index, number: String, extension: String)?
        for mark in extensionMarks {
            guard let range = text.range(of: mark, options: .backwards),
                  let digits = extensionDigits(text[range.upperBound...]),
                  text[..<range.lowerBound].contains(where: { $0.decimalDigit != nil })
            else { continue }
            if best == nil || range.lowerBound < best!.start {
                // "…56, доб. 305": the comma before the mark belongs to neither part.
                let number = text[..<range.lowerBound].trimmingCharacters(in: Self.numberTail)
                best = (range.lowerBound, number, digits)
            }
        }
        return best.map { ($0.number, $0.extension) }
    }

    private static let numberTail = CharacterSet(charactersIn: ",;").union(.whitespaces)

    /// The digits of an extension (1–10 of them, after optional ". : =" and blanks), or nil.
    private static func extensionDigits(_ text: Substring) -> String? {
        let trimmed = text.drop { $0 == "." || $0 == ":" || $0 == "=" || $0 == "-" || $0.isWhitespace }
            .trimmingCharacters(in: .whitespaces)
        guard (1...10).contains(trimmed.count) else { return nil }
        let digits = trimmed.compactMap(\.decimalDigit)
        return digits.count == trimmed.count ? String(digits) : nil
    }

    private static func problem(in text: Substring) -> PhoneNumberError {
        if text.contains(where: \.isLetter) { return .containsLetters }
        if let odd = text.first(where: { $0.decimalDigit == nil }) { return .unexpectedCharacter(String(odd)) }
        return text.isEmpty ? .noDigits : .tooLong
    }
}

fileprivate extension Character {
    /// The ASCII digit for any Unicode decimal digit (fullwidth `１`, Arabic-Indic `١`), else nil.
    var decimalDigit: Character? {
        guard unicodeScalars.count == 1, let scalar = unicodeScalars.first,
              scalar.properties.numericType == .decimal, let value = wholeNumberValue
        else { return nil }
        return Character(String(value))
    }

    /// Blanks (including no-break spaces), dashes of every width, dots and slashes.
    var isPhoneSeparator: Bool {
        isWhitespace || "-‐‑‒–—−./\\_".contains(self)
    }

    /// Invisible marks that copy-paste leaves in numbers (left-to-right mark, zero-width space).
    var isFormatCharacter: Bool {
        unicodeScalars.allSatisfy { $0.properties.generalCategory == .format }
    }
}
