/// A text written once for both languages, "English / Русский" — how the system titles the work
/// it registers itself (a late order, a claim, a missed call), since it cannot know who will read
/// it. Each reader sees their own half; any other text reads as it was typed.
public enum BilingualText {
    public static func reading(_ text: String, in language: Language) -> String {
        guard let split = text.range(of: " / ", options: .backwards) else { return text }
        let english = text[..<split.lowerBound], russian = text[split.upperBound...]
        guard !english.isEmpty, !russian.isEmpty, !hasCyrillic(english), hasCyrillic(russian) else { return text }
        return String(language == .ru ? russian : english)
    }

    private static func hasCyrillic(_ s: Substring) -> Bool {
        s.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }
}
