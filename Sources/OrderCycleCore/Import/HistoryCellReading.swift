import Foundation

/// The common shapes of a history's dates and amounts read without a formatter: a million
/// rows hold millions of dates, and ICU's parser takes microseconds for each. Every text these
/// do not take is read by the general reader (DateFormatter, Decimal), which also words the
/// error, so what a cell means never depends on which reader took it.
enum HistoryCellReading {
    /// A date-only pattern of `yyyy`, `MM`/`M`, `dd`/`d` and literal characters, or nil for
    /// any other pattern (times of day, month names, two-digit years).
    struct DayPattern {
        enum Part { case year, month(exact: Bool), day(exact: Bool), literal(UInt8) }
        let parts: [Part]

        init?(_ pattern: String) {
            var parts: [Part] = []
            let chars = Array(pattern.utf8)
            var i = 0
            while i < chars.count {
                let c = chars[i]
                var run = 1
                while i + run < chars.count && chars[i + run] == c { run += 1 }
                switch (c, run) {
                case (UInt8(ascii: "y"), 4): parts.append(.year)
                case (UInt8(ascii: "M"), 1...2): parts.append(.month(exact: run == 2))
                case (UInt8(ascii: "d"), 1...2): parts.append(.day(exact: run == 2))
                case _ where (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || c == UInt8(ascii: "'") || c >= 0x80:
                    return nil
                default:
                    parts.append(contentsOf: Array(repeating: .literal(c), count: run))
                }
                i += run
            }
            self.parts = parts
        }

        /// The day `text` names, or nil when it is not exactly this shape or not a real date.
        func day(_ text: String) -> CalendarDay? {
            var year = 0, month = 0, day = 0
            var utf8 = text.utf8.makeIterator()
            var pending: UInt8? = utf8.next()
            func digits(min: Int, max: Int) -> Int? {
                var value = 0, count = 0
                while count < max, let c = pending, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") {
                    value = value * 10 + Int(c - UInt8(ascii: "0"))
                    count += 1
                    pending = utf8.next()
                }
                return count >= min ? value : nil
            }
            for part in parts {
                switch part {
                case .year: guard let v = digits(min: 4, max: 4) else { return nil }; year = v
                case .month(let exact): guard let v = digits(min: exact ? 2 : 1, max: 2) else { return nil }; month = v
                case .day(let exact): guard let v = digits(min: exact ? 2 : 1, max: 2) else { return nil }; day = v
                case .literal(let c): guard pending == c else { return nil }; pending = utf8.next()
                }
            }
            guard pending == nil else { return nil }
            return CalendarDay(year: year, month: month, day: day)
        }
    }

    /// An amount of plain digits with at most one decimal separator (and, with `.` as the
    /// separator, commas between thousands), in minor units rounded half up as the general
    /// reader rounds; nil for anything else (signs, exponents, spaces, other characters).
    static func minorUnits(_ text: String, decimal: UInt8) -> Int64? {
        var whole: Int64 = 0, wholeDigits = 0
        var fraction: [UInt8] = []
        var inFraction = false
        let thousands: UInt8 = decimal == UInt8(ascii: ".") ? UInt8(ascii: ",") : UInt8(ascii: ".")
        for c in text.utf8 {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inFraction { fraction.append(c - UInt8(ascii: "0")) } else {
                    wholeDigits += 1
                    guard wholeDigits <= 13 else { return nil }
                    whole = whole * 10 + Int64(c - UInt8(ascii: "0"))
                }
            case decimal:
                guard !inFraction else { return nil }
                inFraction = true
            case thousands:
                guard !inFraction else { return nil }
            default:
                return nil
            }
        }
        guard wholeDigits > 0 || !fraction.isEmpty, whole < 1_000_000_000_000 else { return nil }
        var minor = whole * 100
        if fraction.count > 0 { minor += Int64(fraction[0]) * 10 }
        if fraction.count > 1 { minor += Int64(fraction[1]) }
        if fraction.count > 2, fraction[2] >= 5 { minor += 1 }
        return minor
    }

    /// `text` without the white space around it, as `trimmingCharacters(in: .whitespaces)`
    /// gives, without Foundation's work when there is none.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if first.isASCII && last.isASCII && first != " " && first != "\t" && last != " " && last != "\t" { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
