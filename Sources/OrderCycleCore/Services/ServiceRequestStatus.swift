/// What a client asks the personal service department for (DOMAIN §2.4, issue "requests"):
/// a special request (a service at a time and place, possibly outside working hours), a service
/// from the catalog, a change to an order, and the post-sale kinds — a claim on an order among
/// them, worked through the same steps as any request.
public enum ServiceRequestKind: String, CaseIterable, Codable, Sendable {
    case special
    case service
    case change
    case warranty
    case `return`
    case exchange
    case training
    case claim

    /// A claim asks for no service of the catalog: it counts in flexibility F when decided, but
    /// does not make its client one whose service level η is measured.
    public var asksForService: Bool { self != .claim }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.special, .en): "Special request"
        case (.special, .ru): "Особая заявка"
        case (.service, .en): "Service"
        case (.service, .ru): "Услуга"
        case (.change, .en): "Order change"
        case (.change, .ru): "Изменение заказа"
        case (.warranty, .en): "Warranty case"
        case (.warranty, .ru): "Гарантийный случай"
        case (.return, .en): "Return"
        case (.return, .ru): "Возврат"
        case (.exchange, .en): "Exchange"
        case (.exchange, .ru): "Обмен"
        case (.training, .en): "User training"
        case (.training, .ru): "Обучение пользователей"
        case (.claim, .en): "Claim"
        case (.claim, .ru): "Претензия"
        }
    }
}

/// Where a request stands. The personal manager accepts or refuses a new request (a refusal
/// says why), plans it (who, when), has it done, and closes it satisfied or not (DOMAIN §2.4:
/// the manager "accepts special requests, controls their execution"). `refused` and `closed`
/// are final: they are the decisions flexibility F counts.
public enum ServiceRequestStatus: String, CaseIterable, Codable, Sendable {
    case new
    case accepted
    case refused
    case planned
    case done
    case closed

    /// The statuses a request may move to from this one. A planned request may be planned
    /// again (another person or time); an accepted one may be done without a plan (done at once).
    public var next: Set<ServiceRequestStatus> {
        switch self {
        case .new: [.accepted, .refused]
        case .accepted: [.planned, .done, .refused]
        case .planned: [.planned, .done, .refused]
        case .done: [.closed]
        case .refused, .closed: []
        }
    }

    public var isOpen: Bool { self != .refused && self != .closed }

    /// Whether the request was decided one way or the other (F's denominator).
    public var isDecided: Bool { !isOpen }

    /// Whether the service was actually given (η counts it as provided).
    public var isProvided: Bool { self == .done || self == .closed }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.new, .en): "New"
        case (.new, .ru): "Новая"
        case (.accepted, .en): "Accepted"
        case (.accepted, .ru): "Принята"
        case (.refused, .en): "Refused"
        case (.refused, .ru): "Отклонена"
        case (.planned, .en): "Planned"
        case (.planned, .ru): "Запланирована"
        case (.done, .en): "Done"
        case (.done, .ru): "Выполнена"
        case (.closed, .en): "Closed"
        case (.closed, .ru): "Закрыта"
        }
    }
}

/// The decision on one step of a request: whether it may be taken, and if not, why — in both
/// languages, for the API's problem and the page's message.
public enum RequestTransitionCheck: Equatable, Sendable {
    case allowed
    /// The step is not in the state machine.
    case illegal(from: ServiceRequestStatus, to: ServiceRequestStatus)
    /// A field the step needs is missing (`reason` for a refusal, `satisfied` for a close, and
    /// `reason` for a close that was not satisfied).
    case needs(field: String)

    /// The rule: refusing needs a reason; closing needs `satisfied`, and a reason when the client
    /// was not satisfied, so that every unsatisfied request says what went wrong.
    public static func check(from: ServiceRequestStatus, to: ServiceRequestStatus, satisfied: Bool?, reason: String?) -> RequestTransitionCheck {
        guard from.next.contains(to) else { return .illegal(from: from, to: to) }
        let hasReason = !(reason ?? "").allSatisfy(\.isWhitespace)
        switch to {
        case .refused where !hasReason: return .needs(field: "reason")
        case .closed where satisfied == nil: return .needs(field: "satisfied")
        case .closed where satisfied == false && !hasReason: return .needs(field: "reason")
        default: return .allowed
        }
    }

    public func message(_ language: Language) -> String? {
        switch (self, language) {
        case (.allowed, _): nil
        case let (.illegal(from, to), .en): "A request cannot go from “\(from.name(.en))” to “\(to.name(.en))”."
        case let (.illegal(from, to), .ru): "Заявку нельзя перевести из «\(from.name(.ru))» в «\(to.name(.ru))»."
        case (.needs("satisfied"), .en): "is required to close a request: was the client satisfied?"
        case (.needs("satisfied"), .ru): "нужно для закрытия заявки: клиент удовлетворён?"
        case (.needs, .en): "is required: say why"
        case (.needs, .ru): "обязательно: укажите причину"
        }
    }
}
