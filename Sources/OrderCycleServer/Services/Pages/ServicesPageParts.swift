import Foundation
import OrderCycleCore
import Vapor

/// Pieces the service department's pages share: money, times in the company's zone, badges.
enum ServicesPageParts {
    static func money(_ minor: Int64, _ currency: String, lang: Language) -> String { Money.format(minor, currency, lang: lang) }

    /// "150.00" or "150,5" as minor units; nil for anything else (the form says so).
    static func minor(fromPrice text: String?) -> Int64?? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return .some(nil) }
        let parts = text.replacingOccurrences(of: ",", with: ".").split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let units = Int64(parts[0]), units >= 0, units < 10_000_000_000 else { return nil }
        var cents: Int64 = 0
        if parts.count == 2 {
            let c = parts[1]
            guard (1...2).contains(c.count), let value = Int64(c) else { return nil }
            cents = c.count == 1 ? value * 10 : value
        }
        return .some(units * 100 + cents)
    }

    static func price(ofMinor minor: Int64?) -> String? {
        guard let minor else { return nil }
        return "\(minor / 100).\(minor % 100 < 10 ? "0" : "")\(minor % 100)"
    }

    /// A `datetime-local` value (wall-clock time in the company's zone) as RFC 3339, for the
    /// operations, which read moments as the API sends them; text that is no such time passes
    /// through, so the operation names the field.
    static func moment(fromLocal text: String?, timeZone: TimeZone) -> String? {
        guard let text, !text.isEmpty else { return nil }
        guard let date = AbsencesPage.parse(text, timeZone: timeZone) else { return text }
        return date.formatted(Date.ISO8601FormatStyle())
    }

    static func status(_ raw: String, lang: Language) -> HTML {
        let status = ServiceRequestStatus(rawValue: raw)
        let tone = switch status {
        case .refused: " bad"
        case .closed, .done: " good"
        default: ""
        }
        return "<span class=\"badge\(tone)\" data-status=\"\(raw)\">\(status?.name(lang) ?? raw)</span>"
    }

    static func kind(_ raw: String, lang: Language) -> String { ServiceRequestKind(rawValue: raw)?.name(lang) ?? raw }

    static func hidden(_ csrf: String) -> HTML { "<input type=\"hidden\" name=\"_csrf\" value=\"\(csrf)\">" }
}
