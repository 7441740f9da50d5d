import OrderCycleCore
import Vapor

extension Language {
    /// Every UI text is written in both languages at the place it is used, so no page can
    /// miss a translation: `lang.t("Clients", "Клиенты")`.
    func t(_ en: String, _ ru: String) -> String { self == .ru ? ru : en }

    /// The best language for an `Accept-Language` header; English when nothing fits.
    static func preferred(acceptLanguage header: String?) -> Language {
        guard let header else { return .en }
        var best: (Language, Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let tag = pieces.first else { continue }
            var q = 1.0
            for p in pieces.dropFirst() where p.hasPrefix("q=") { q = Double(p.dropFirst(2)) ?? 0 }
            let language: Language? = tag.hasPrefix("ru") ? .ru : tag.hasPrefix("en") ? .en : nil
            if let language, q > (best?.1 ?? -1) { best = (language, q) }
        }
        return best?.0 ?? .en
    }
}

extension Request {
    static let languageCookie = "oc_lang"

    /// The user's stored choice, else the anonymous visitor's cookie, else the browser's header.
    var language: Language {
        if let chosen = principal?.language { return chosen }
        if let cookie = cookies[Self.languageCookie]?.string, let chosen = Language(rawValue: cookie) { return chosen }
        return Language.preferred(acceptLanguage: headers.first(name: .acceptLanguage))
    }
}
