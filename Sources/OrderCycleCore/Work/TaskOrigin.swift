/// Which way a task goes (DOMAIN §2.2: "every incoming and outgoing task is registered"):
/// incoming work comes to the company (from a client, a call, an order or a claim); outgoing
/// work is what the company owes someone (a client, a colleague, a department).
public enum TaskDirection: String, CaseIterable, Codable, Sendable {
    case incoming
    case outgoing

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.incoming, .en): "Incoming"
        case (.incoming, .ru): "Входящая"
        case (.outgoing, .en): "Outgoing"
        case (.outgoing, .ru): "Исходящая"
        }
    }
}

/// How a task came to be registered: by a person, by a program through the API, or by an event
/// the system saw (a claim filed, an order late for its promise, a call nobody answered).
public enum TaskSource: String, CaseIterable, Codable, Sendable {
    case manual
    case api
    case claim
    case lateOrder = "late_order"
    case missedCall = "missed_call"
    case serviceRequest = "service_request"

    /// Whether the system registered the task itself. Such a task is registered even for a
    /// person the overdue gate blocks: the gate stops new work being taken, never work being lost.
    public var isAutomatic: Bool { self == .claim || self == .lateOrder || self == .missedCall || self == .serviceRequest }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.manual, .en): "By hand"
        case (.manual, .ru): "Вручную"
        case (.api, .en): "Through the API"
        case (.api, .ru): "Через API"
        case (.claim, .en): "A claim"
        case (.claim, .ru): "Претензия"
        case (.lateOrder, .en): "A late order"
        case (.lateOrder, .ru): "Просроченный заказ"
        case (.missedCall, .en): "A missed call"
        case (.missedCall, .ru): "Пропущенный звонок"
        case (.serviceRequest, .en): "A client's request"
        case (.serviceRequest, .ru): "Заявка клиента"
        }
    }
}
