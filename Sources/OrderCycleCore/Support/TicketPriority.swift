/// How urgent a support ticket is (DOMAIN §2.3 Decision: support tickets with priority); the
/// priority chooses the ticket's SLA targets.
public enum TicketPriority: String, CaseIterable, Codable, Sendable, Comparable {
    case low
    case normal
    case high
    /// The client's critical software or shipping is down.
    case critical

    public static func < (lhs: TicketPriority, rhs: TicketPriority) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.low, .en): "Low"
        case (.low, .ru): "Низкий"
        case (.normal, .en): "Normal"
        case (.normal, .ru): "Обычный"
        case (.high, .en): "High"
        case (.high, .ru): "Высокий"
        case (.critical, .en): "Critical"
        case (.critical, .ru): "Критический"
        }
    }
}
