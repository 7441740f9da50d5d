import Fluent
import OrderCycleCore
import Vapor

/// The clients list: one search box (name, tax id, any phone, e-mail), filters, keyset pages
/// and the CSV export of the same selection.
enum ClientsListPage {
    @Sendable static func render(req: Request) async throws -> Response {
        let lang = req.language
        req.dropEmptyQueryValues()
        var search = try ClientSearch(req)
        // The page shows active clients unless asked otherwise; "all" lifts the filter.
        let activeChoice = req.query[String.self, at: "active"] ?? "true"
        if activeChoice == "all" { search.active = nil } else if req.query[String.self, at: "active"] == nil { search.active = true }
        let page = try await search.page(try PageRequest(req, ordering: .text), regionCode: req.application.appConfig.phoneRegion, on: req.db)
        let segments = try await SegmentQueries.all(on: req.db)
        let managers = try await StaffDirectory.managers(on: req.db)
        let segmentNames = Dictionary(uniqueKeysWithValues: segments.map { ($0.id, lang == .ru ? $0.name_ru : $0.name_en) })

        let rows = page.items.map { c -> HTML in
            let state: HTML = c.active ? "" : " <span class=\"badge bad\">\(lang.t("archived", "в архиве"))</span>"
            return """
            <tr><td>\(c.code)</td><td><a href="\(PageRoute.Clients.card(c.id))">\(c.name)</a>\(state)</td><td>\(c.kind.name(lang))</td>
            <td>\(segmentNames[c.segment_id] ?? c.segment_code)</td><td>\(c.manager_name ?? "—")</td><td>\(c.tax_id ?? "")</td></tr>
            """
        }.joined
        let filters = filterQuery(req, activeChoice: activeChoice)
        let more: HTML = page.next_cursor.map {
            "<p class=\"pager\"><a id=\"next-page\" href=\"\(PageRoute.Clients.list())?\(filters)&cursor=\($0)\">\(lang.t("Next page", "Следующая страница")) →</a></p>"
        } ?? ""
        let kinds = [(value: "", label: lang.t("Any kind", "Любой вид"))] + ClientKind.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }
        let segmentOptions = [(value: "", label: lang.t("Any segment", "Любой сегмент"))] + segments.map { (value: $0.id.uuidString, label: lang == .ru ? $0.name_ru : $0.name_en) }
        let managerOptions = [(value: "", label: lang.t("Any manager", "Любой менеджер"))] + managers.map { (value: $0.id.uuidString, label: $0.name) }
        let activeOptions = [(value: "true", label: lang.t("Active", "Действующие")), (value: "false", label: lang.t("Archived", "В архиве")),
                             (value: "all", label: lang.t("All", "Все"))]
        let canCreate = [Role.admin, .manager, .operator].contains(try req.actor.role)
        let newButton: HTML = canCreate ? "<a class=\"button\" href=\"\(PageRoute.Clients.new())\">\(lang.t("New client", "Новый клиент"))</a>" : ""
        let content: HTML = """
        <h1>\(lang.t("Clients", "Клиенты"))</h1>
        <p>\(newButton) <a class="button secondary" id="export-csv" href="\(PageRoute.Clients.export())?\(filters)">\(lang.t("Export CSV", "Выгрузить CSV"))</a></p>
        <form method="get" action="\(PageRoute.Clients.list())" class="card filters" role="search">
          <label for="q">\(lang.t("Search: name, tax id, phone or e-mail", "Поиск: название, ИНН, телефон или e-mail"))</label>
          <input type="text" id="q" name="q" value="\(search.text)" autocomplete="off">
          <div class="filter-row">
            <div>\(FormField.select(name: "kind", label: lang.t("Kind", "Вид"), options: kinds, selected: search.kind?.rawValue ?? "", error: nil))</div>
            <div>\(FormField.select(name: "segment_id", label: lang.t("Segment", "Сегмент"), options: segmentOptions, selected: search.segmentID?.uuidString ?? "", error: nil))</div>
            <div>\(FormField.select(name: "manager_id", label: lang.t("Manager", "Менеджер"), options: managerOptions, selected: search.managerID?.uuidString ?? "", error: nil))</div>
            <div>\(FormField.select(name: "active", label: lang.t("Status", "Статус"), options: activeOptions, selected: activeChoice, error: nil))</div>
          </div>
          <p><button type="submit" class="primary" id="search-submit">\(lang.t("Find", "Найти"))</button></p>
        </form>
        <div class="table-wrap"><table id="clients">
          <thead><tr><th>\(lang.t("Code", "Код"))</th><th>\(lang.t("Name", "Название"))</th><th>\(lang.t("Kind", "Вид"))</th>
          <th>\(lang.t("Segment", "Сегмент"))</th><th>\(lang.t("Manager", "Менеджер"))</th><th>\(lang.t("Tax id", "ИНН"))</th></tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        \(page.items.isEmpty ? HTML("<p class=\"muted\" id=\"no-clients\">\(lang.t("No clients match.", "Клиенты не найдены."))</p>") : "")
        \(more)
        """
        return Layout(title: lang.t("Clients", "Клиенты"), request: req).render(content)
    }

    /// The current filters as a query string, for the pager and the export link.
    static func filterQuery(_ req: Request, activeChoice: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        var pairs: [(String, String)] = [("active", activeChoice)]
        for name in ["q", "kind", "segment_id", "manager_id"] {
            if let value = req.query[String.self, at: name], !value.isEmpty { pairs.append((name, value)) }
        }
        return pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }
}

/// Staff as the clients area lists them (managers for filters and reassignment).
enum StaffDirectory {
    struct Person: Sendable { var id: UUID; var name: String; var email: String; var active: Bool }

    static func managers(on db: any Database, activeOnly: Bool = false) async throws -> [Person] {
        var query = User.query(on: db).filter(\.$role == .manager).sort(\.$displayName).sort(\.$id)
        if activeOnly { query = query.filter(\.$active == true) }
        return try await query.all().map { Person(id: try $0.requireID(), name: $0.displayName, email: $0.email, active: $0.active) }
    }
}
