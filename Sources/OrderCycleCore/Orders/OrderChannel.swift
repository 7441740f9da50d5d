/// How an order reached the company (DOMAIN §3.2, "transmit").
public enum OrderChannel: String, CaseIterable, Codable, Sendable {
    case phone, email, cabinet, api, other

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.phone, .en): "Phone"
        case (.phone, .ru): "Телефон"
        case (.email, .en): "E-mail"
        case (.email, .ru): "E-mail"
        case (.cabinet, .en): "Client cabinet"
        case (.cabinet, .ru): "Личный кабинет"
        case (.api, .en): "API"
        case (.api, .ru): "API"
        case (.other, .en): "Other"
        case (.other, .ru): "Другое"
        }
    }
}

/// How urgent an order is; the portfolio sorts by it.
public enum OrderPriority: String, CaseIterable, Codable, Sendable, Comparable {
    case low, normal, high, urgent

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
