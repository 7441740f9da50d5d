/// How urgent a piece of work is: an order (the portfolio sorts by it) or a support ticket (its
/// SLA targets follow it, DOMAIN §2.3 Decision: support tickets with priority). Ordered from
/// low to urgent; the raw values are what the API and the database hold.
public enum Priority: String, CaseIterable, Codable, Sendable, Comparable {
    case low
    case normal
    case high
    /// The most urgent: for a ticket, the client's critical software or shipping is down.
    case urgent

    public var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.low, .en): "Low"
        case (.low, .ru): "Низкий"
        case (.normal, .en): "Normal"
        case (.normal, .ru): "Обычный"
        case (.high, .en): "High"
        case (.high, .ru): "Высокий"
        case (.urgent, .en): "Urgent"
        case (.urgent, .ru): "Срочный"
        }
    }
}
