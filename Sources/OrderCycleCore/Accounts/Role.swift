/// Who a person is to the system (DOMAIN §1): the staff roles and the client who logs in to
/// the personal cabinet. Every route declares the roles it serves.
public enum Role: String, CaseIterable, Codable, Sendable {
    case admin
    case manager      // client manager (клиент-менеджер)
    case `operator`   // hotline / 24x7 support
    case logistician  // planner
    case worker       // production or warehouse
    case analyst      // read-only figures
    case client       // a client's user: sees its own data only

    public var isStaff: Bool { self != .client }

    public static let staff: [Role] = allCases.filter(\.isStaff)

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.admin, .en): "Administrator"
        case (.admin, .ru): "Администратор"
        case (.manager, .en): "Client manager"
        case (.manager, .ru): "Клиент-менеджер"
        case (.operator, .en): "Operator"
        case (.operator, .ru): "Оператор"
        case (.logistician, .en): "Logistician"
        case (.logistician, .ru): "Логист"
        case (.worker, .en): "Worker"
        case (.worker, .ru): "Исполнитель"
        case (.analyst, .en): "Analyst"
        case (.analyst, .ru): "Аналитик"
        case (.client, .en): "Client"
        case (.client, .ru): "Клиент"
        }
    }
}
