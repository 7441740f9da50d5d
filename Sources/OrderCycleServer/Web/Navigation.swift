import OrderCycleCore

/// The main menu: each entry names the roles that see it. Areas add their entries here as
/// they land, so the menu shows only what the person may open.
struct NavigationItem: Sendable {
    var path: String
    var en: String
    var ru: String
    var roles: Set<Role>

    static let all: [NavigationItem] = [
        .init(path: PageRoute.Home.home(), en: "Home", ru: "Главная", roles: Set(Role.allCases)),
        .init(path: PageRoute.Clients.list(), en: "Clients", ru: "Клиенты", roles: [.admin, .manager, .operator, .logistician, .analyst]),
        .init(path: PageRoute.Clients.workload(), en: "Managers", ru: "Менеджеры", roles: [.admin, .manager]),
        .init(path: PageRoute.Clients.absences(), en: "Absences", ru: "Отсутствия", roles: [.admin, .manager, .operator]),
        .init(path: PageRoute.Clients.segments(), en: "Segments", ru: "Сегменты", roles: [.admin]),
        .init(path: PageRoute.Cabinet.home(), en: "My account", ru: "Мой кабинет", roles: [.client]),
        .init(path: PageRoute.Orders.list(), en: "Orders", ru: "Заказы", roles: Set(Role.allCases)),
        .init(path: PageRoute.Orders.portfolio(), en: "Portfolio", ru: "Портфель", roles: [.manager, .operator, .logistician, .worker, .analyst, .admin]),
        .init(path: PageRoute.Quality.dashboard(), en: "Service quality", ru: "Качество обслуживания", roles: [.analyst, .admin, .manager]),
        .init(path: PageRoute.Orders.control(), en: "Control", ru: "Контроль", roles: [.manager, .logistician, .worker, .analyst, .admin]),
        .init(path: PageRoute.Orders.claims(), en: "Claims", ru: "Претензии", roles: [.manager, .operator, .admin, .client]),
        .init(path: PageRoute.Orders.cycleTime(), en: "Cycle time", ru: "Цикл", roles: [.manager, .logistician, .analyst, .admin]),
        .init(path: PageRoute.Stock.products(), en: "Products", ru: "Товары", roles: [.admin, .manager, .operator, .logistician, .worker, .analyst]),
        .init(path: PageRoute.Company.settings(), en: "Company", ru: "Компания", roles: [.admin]),
        .init(path: PageRoute.Users.users(), en: "Users", ru: "Пользователи", roles: [.admin]),
        .init(path: PageRoute.Accounts.integrationTokens(), en: "Integrations", ru: "Интеграции", roles: [.admin]),
        .init(path: PageRoute.Audit.trail(), en: "Audit trail", ru: "Журнал изменений", roles: [.admin]),
        .init(path: PageRoute.Work.control(), en: "Task control", ru: "Контроль задач", roles: [.admin, .manager, .logistician, .worker, .operator, .analyst]),
        .init(path: PageRoute.Work.tasks(), en: "Tasks", ru: "Задачи", roles: [.admin, .manager, .logistician, .worker, .operator]),
        .init(path: PageRoute.Work.boards(), en: "Boards", ru: "Доски", roles: [.admin, .manager, .logistician, .worker, .operator, .analyst]),
        .init(path: PageRoute.Telephony.calls(), en: "Calls", ru: "Звонки", roles: [.admin, .manager, .operator]),
        .init(path: PageRoute.Support.queue(), en: "Support", ru: "Поддержка", roles: [.admin, .manager, .operator, .analyst]),
        .init(path: PageRoute.Support.cabinet(), en: "Support", ru: "Поддержка", roles: [.client]),
        .init(path: PageRoute.Chat.cabinet(), en: "Chat", ru: "Чат", roles: [.client]),
        .init(path: PageRoute.Branches.list(), en: "Branches", ru: "Отделения", roles: Set(Role.allCases)),
        .init(path: PageRoute.Fleet.vehicleOrders(), en: "Vehicle orders", ru: "Заказ машин", roles: [.admin, .logistician, .manager, .operator, .client]),
        .init(path: PageRoute.Services.requests(), en: "Requests", ru: "Заявки", roles: [.admin, .manager, .operator, .logistician, .worker, .analyst]),
        .init(path: PageRoute.Services.cabinetRequests(), en: "My requests", ru: "Мои заявки", roles: [.client]),
        .init(path: PageRoute.ClientApp.shell(), en: "Phone app", ru: "Приложение", roles: [.client]),
    ]

    static func visible(to role: Role) -> [NavigationItem] { all.filter { $0.roles.contains(role) } }
}
