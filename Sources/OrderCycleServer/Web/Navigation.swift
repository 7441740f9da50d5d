import OrderCycleCore

/// The main menu: each entry names the roles that see it. Areas add their entries here as
/// they land, so the menu shows only what the person may open.
struct NavigationItem: Sendable {
    var path: String
    var en: String
    var ru: String
    var roles: Set<Role>

    static let all: [NavigationItem] = [
        .init(path: SitePath.home, en: "Home", ru: "Главная", roles: Set(Role.allCases)),
        .init(path: ClientPaths.list, en: "Clients", ru: "Клиенты", roles: [.admin, .manager, .operator, .logistician, .analyst]),
        .init(path: ClientPaths.workload, en: "Managers", ru: "Менеджеры", roles: [.admin, .manager]),
        .init(path: ClientPaths.absences, en: "Absences", ru: "Отсутствия", roles: [.admin, .manager, .operator]),
        .init(path: ClientPaths.segments, en: "Segments", ru: "Сегменты", roles: [.admin]),
        .init(path: CabinetPaths.home, en: "My account", ru: "Мой кабинет", roles: [.client]),
        .init(path: OrderPaths.list, en: "Orders", ru: "Заказы", roles: Set(Role.allCases)),
        .init(path: OrderPaths.portfolio, en: "Portfolio", ru: "Портфель", roles: [.manager, .operator, .logistician, .worker, .analyst, .admin]),
        .init(path: QualityPaths.dashboard, en: "Service quality", ru: "Качество обслуживания", roles: [.analyst, .admin, .manager]),
        .init(path: "/control", en: "Control", ru: "Контроль", roles: [.manager, .logistician, .worker, .analyst, .admin]),
        .init(path: OrderPaths.claims, en: "Claims", ru: "Претензии", roles: [.manager, .operator, .admin, .client]),
        .init(path: OrderPaths.cycleTime, en: "Cycle time", ru: "Цикл", roles: [.manager, .logistician, .analyst, .admin]),
        .init(path: SitePath.users, en: "Users", ru: "Пользователи", roles: [.admin]),
        .init(path: SitePath.integrationTokens, en: "Integrations", ru: "Интеграции", roles: [.admin]),
        .init(path: SitePath.audit, en: "Audit trail", ru: "Журнал изменений", roles: [.admin]),
    ]

    static func visible(to role: Role) -> [NavigationItem] { all.filter { $0.roles.contains(role) } }
}
