import OrderCycleCore

/// What a notification is about; each person chooses which kinds they are told of.
enum NotificationKind: String, CaseIterable, Codable, Sendable {
    case order, claim, comment, client, task, ticket, request

    /// The kinds a role can be told of: a client's user has no clients or tasks of its own.
    static func offered(to role: Role) -> [NotificationKind] {
        role == .client ? [.order, .claim, .comment, .ticket, .request] : allCases
    }

    func name(_ lang: Language) -> String {
        switch self {
        case .order: lang.t("Orders: new and their status", "Заказы: новые и смена статуса")
        case .claim: lang.t("Claims", "Претензии")
        case .comment: lang.t("Comments on orders", "Комментарии к заказам")
        case .client: lang.t("My clients", "Мои клиенты")
        case .task: lang.t("Tasks", "Задачи")
        case .ticket: lang.t("Support tickets", "Обращения в поддержку")
        case .request: lang.t("Service requests", "Заявки на услуги")
        }
    }
}
