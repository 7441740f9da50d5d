import OrderCycleCore
import Vapor

/// The first page after login: what this role works on today. Areas add their cards as they land.
enum HomePages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Home.home, access: .authenticated, use: home)
    }

    @Sendable static func home(req: Request) async throws -> Response {
        let p = try req.actor
        let lang = req.language
        let focus: String = switch p.role {
        case .admin: lang.t("People, integrations and the audit trail.", "Пользователи, интеграции и журнал изменений.")
        case .manager: lang.t("Your clients, their calls and orders.", "Ваши клиенты, их звонки и заказы.")
        case .operator: lang.t("The hotline: incoming calls, clients' requests and support tickets.", "Горячая линия: входящие звонки, заявки клиентов и обращения в поддержку.")
        case .logistician: lang.t("The order portfolio, execution plans and stages.", "Портфель заказов, планы выполнения и этапы.")
        case .worker: lang.t("Your tasks on the board.", "Ваши задачи на доске.")
        case .analyst: lang.t("Service level and the quality indicators.", "Уровень обслуживания и показатели качества.")
        case .client: lang.t("Your orders, requests and your manager.", "Ваши заказы, заявки и ваш менеджер.")
        }
        let links = NavigationItem.visible(to: p.role).filter { $0.path != PageRoute.Home.home() }.map { item -> HTML in
            "<li><a href=\"\(item.path)\">\(lang.t(item.en, item.ru))</a></li>"
        }.joined
        let quality = try await QualityHomeCard.card(req)
        let upsell = try await UpsellHomeCard.card(req)
        let content: HTML = """
        <h1>\(lang.t("Welcome", "Добро пожаловать")), \(p.label)</h1>
        <div class="grid">
          <section class="card"><h2>\(p.role.name(lang))</h2><p class="muted">\(focus)</p><ul>\(links)</ul></section>
          \(quality)
          \(upsell)
        </div>
        """
        return Layout(title: lang.t("Home", "Главная"), request: req).render(content)
    }
}
