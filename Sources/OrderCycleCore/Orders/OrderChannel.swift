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
