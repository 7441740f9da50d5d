/// Who a client is to the company (DOMAIN §1): external customers, suppliers and partners, or
/// internal departments and employees that order from each other.
public enum ClientKind: String, CaseIterable, Codable, Sendable {
    case customer
    case supplier
    case partner
    case department
    case employee

    /// Internal clients are measured like external ones, but reports can split them.
    public var isInternal: Bool { self == .department || self == .employee }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.customer, .en): "Customer"
        case (.customer, .ru): "Заказчик"
        case (.supplier, .en): "Supplier"
        case (.supplier, .ru): "Поставщик"
        case (.partner, .en): "Partner"
        case (.partner, .ru): "Партнёр"
        case (.department, .en): "Department"
        case (.department, .ru): "Подразделение"
        case (.employee, .en): "Employee"
        case (.employee, .ru): "Сотрудник"
        }
    }
}

/// A client is a person or a company.
public enum PartyType: String, CaseIterable, Codable, Sendable {
    case person
    case company

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.person, .en): "Person"
        case (.person, .ru): "Физическое лицо"
        case (.company, .en): "Company"
        case (.company, .ru): "Организация"
        }
    }
}
