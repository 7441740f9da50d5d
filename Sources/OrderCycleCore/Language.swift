/// A language the domain can name its things in: the UI is bilingual, and DOMAIN.md keeps
/// the Russian terms of the source texts for the Russian labels.
public enum Language: String, Sendable, Codable, CaseIterable {
    case en
    case ru
}
