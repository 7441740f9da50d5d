import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The whole audit trail, for administrators.
enum AuditRoutes {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Audit.events, access: .only(.admin), use: list)
        routes.endpoint(.GET, PageRoute.Audit.trail, access: .only(.admin), use: page)
    }

    struct EventDTO: Content {
        var id: UUID
        var at: Date
        var actor: String
        var entity: String
        var entity_id: UUID
        var action: String
        var before: String?
        var after: String?
    }

    /// Newest first; the cursor is the last event's time and id.
    @Sendable static func list(req: Request) async throws -> Page<EventDTO> {
        let page = try PageRequest(req, ordering: .moment)
        var query = AuditEvent.query(on: req.db).sort(\.$at, .descending).sort(\.$id, .descending).limit(page.limit + 1)
        if let after = page.after, let at = after.moment {
            query = query.group(.or) { or in
                or.filter(\.$at < at)
                or.group(.and) { and in and.filter(\.$at == at).filter(\.$id < after.id) }
            }
        }
        let events = try await query.all()
        let items = try events.prefix(page.limit).map {
            EventDTO(id: try $0.requireID(), at: $0.at, actor: $0.actorLabel, entity: $0.entity, entity_id: $0.entityID,
                     action: $0.action, before: $0.before, after: $0.after)
        }
        let next = events.count > page.limit ? items.last.map { Cursor(moment: $0.at, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let lang = req.language
        let events = try await list(req: req)
        let tz = req.application.appConfig.timeZone
        let rows = events.items.map { e -> HTML in
            "<tr><td>\(AuditView.moment(e.at, timeZone: tz))</td><td>\(e.actor)</td><td>\(AuditSentence.html(entity: e.entity, action: e.action, before: e.before, after: e.after, lang: lang))</td></tr>"
        }.joined
        let more: HTML = events.next_cursor.map { "<p class=\"pager\"><a href=\"\(PageRoute.Audit.trail())?cursor=\($0)\">\(lang.t("Older", "Раньше")) →</a></p>" } ?? ""
        let content: HTML = """
        <h1>\(lang.t("Audit trail", "Журнал изменений"))</h1>
        <div class="table-wrap"><table>
        <thead><tr><th>\(lang.t("When", "Когда"))</th><th>\(lang.t("Who", "Кто"))</th><th>\(lang.t("What changed", "Что изменилось"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        \(events.items.isEmpty ? EmptyState.html(id: "audit-empty", lang.t("Nothing has been recorded yet.", "Пока ничего не записано."), how: lang.t("Every change appears here with who made it and when: an order moving a step, a client edited, a user or token created. Make the first change anywhere and it is written here.", "Здесь появляется каждое изменение — кто и когда его сделал: шаг заказа, правка клиента, новый пользователь или токен. Сделайте первое изменение где угодно — оно будет записано здесь.")) : "")
        \(more)
        """
        return Layout(title: lang.t("Audit trail", "Журнал изменений"), request: req).render(content)
    }
}
