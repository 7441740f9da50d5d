import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The public branch pages, open with no login (DOMAIN §2.5, the client app's catalog): the
/// list, the nearest-branch search with its map, and one branch. They show what the public API
/// shows — never the staff notes or an inactive branch.
enum BranchPublicPages {
    // MARK: the list

    @Sendable static func list(req: Request) async throws -> Response {
        let lang = req.language
        let staff = BranchesAccess.seesPrivate(req.principal)
        let page = try await BranchQueries.list(includeInactive: staff, service: nil, page: PageRequest(limit: PageRequest.maxLimit), on: req.db)
        let catalog = try await CatalogQueries.services(activeOnly: true, on: req.db)
        let (today, _) = BranchHours.local(req.clock.now(), in: req.application.appConfig.timeZone)
        let now = req.clock.now(), zone = req.application.appConfig.timeZone
        let rows = page.items.map { b -> HTML in
            let hours = b.hours.parsed
            return """
            <tr data-branch-id="\(b.id)"><td><a href="\(PageRoute.Branches.branch(b.id))">\(b.name(lang))</a>\(b.active ? "" : HTML(" <span class=\"badge\">\(lang.t("inactive", "не работает"))</span>"))</td>
            <td>\(b.address)</td><td>\(openBadge(hours.isOpen(at: now, in: zone), lang: lang)) \(TodayDTO(hours, day: today).line(lang))</td></tr>
            """
        }.joined
        let more: HTML = page.next_cursor == nil ? "" : "<p class=\"muted\">\(lang.t("Only the first \(PageRequest.maxLimit) are listed; search for the nearest.", "Показаны первые \(PageRequest.maxLimit); найдите ближайшие через поиск."))</p>"
        let manage: HTML = BranchesAccess.managerRoles.contains(req.principal?.role ?? .client)
            ? "<p><a class=\"button\" href=\"\(PageRoute.Branches.new())\" id=\"new-branch\">\(lang.t("New branch", "Новое отделение"))</a></p>" : ""
        let table: HTML = page.items.isEmpty ? "<p class=\"card muted\">\(lang.t("No branches yet.", "Отделений пока нет."))</p>" : """
            <div class="table-wrap"><table id="branch-list"><thead><tr><th>\(lang.t("Branch", "Отделение"))</th><th>\(lang.t("Address", "Адрес"))</th>
            <th>\(lang.t("Today", "Сегодня"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        let content: HTML = """
        <div class="branches">
        <h1>\(lang.t("Our branches", "Наши отделения"))</h1>
        \(searchForm(q: nil, service: nil, catalog: catalog, errors: FormErrors([]), lang: lang))
        \(manage)
        \(table)
        \(more)
        </div>
        """
        return render(req, title: lang.t("Branches", "Отделения"), content: content)
    }

    static func openBadge(_ open: Bool, lang: Language) -> HTML {
        open ? "<span class=\"badge open-now\">\(lang.t("open now", "открыто"))</span>"
             : "<span class=\"badge closed-now\">\(lang.t("closed now", "закрыто"))</span>"
    }

    /// The search form; the service is one of the catalog's active services (`catalog`), by name.
    static func searchForm(q: String?, service: String?, catalog: [ServiceDTO], errors: FormErrors, lang: Language) -> HTML {
        let options = catalog.map { s -> HTML in
            "<option value=\"\(s.code)\"\(s.code == service ? " selected" : "")>\(s.name(lang))</option>"
        }.joined
        return """
        <form method="get" action="\(PageRoute.Branches.search())" class="card branch-search" id="nearest-form">
          <input type="hidden" name="lat" id="nearest-lat" value="">
          <input type="hidden" name="lon" id="nearest-lon" value="">
          <div class="filter-inline">
          <label for="q">\(lang.t("Address or city", "Адрес или город"))</label>
          <input type="search" id="q" name="q" value="\(q)" placeholder="\(lang.t("e.g. Kazan", "например, Казань"))"\(errors["q"] == nil ? "" : HTML(" aria-invalid=\"true\" aria-describedby=\"q-error\""))>
          <label for="service">\(lang.t("Service", "Услуга"))</label>
          <select id="service" name="service"><option value="">\(lang.t("Any service", "Любая услуга"))</option>\(options)</select>
          <button type="submit" class="primary" id="nearest-submit">\(lang.t("Find the nearest", "Найти ближайшее"))</button>
          <button type="button" class="button secondary" id="locate" data-locate>\(lang.t("Use my location", "По моему местоположению"))</button>
          </div>
          \(FormField.errorLine(name: "q", errors["q"] ?? errors["lat"] ?? errors["lon"]))
          \(FormField.errorLine(name: "service", errors["service"] ?? errors["limit"]))
          <p class="muted locate-status" id="locate-status" aria-live="polite"></p>
        </form>
        """
    }

    // MARK: the search

    @Sendable static func search(req: Request) async throws -> Response {
        req.dropEmptyQueryValues()
        let lang = req.language
        let q = req.query[String.self, at: "q"], service = req.query[String.self, at: "service"]
        let tileURL = req.application.appConfig.mapTileURL
        let catalog = try await CatalogQueries.services(activeOnly: true, on: req.db)
        let answer: NearestAnswerDTO
        do {
            let query = try NearestQuery(req, lang: lang, defaultLimit: 10)
            answer = try await BranchSearch.nearest(from: query.origin, service: query.service, limit: query.limit, catalog: BranchCatalog.of(req.application),
                                                    timeZone: req.application.appConfig.timeZone, now: req.clock.now(), lang: lang, on: req.db)
        } catch let problem as Problem where problem.errors != nil {
            let content: HTML = """
            <div class="branches"><h1>\(lang.t("The nearest branch", "Ближайшее отделение"))</h1>
            \(searchForm(q: q, service: service, catalog: catalog, errors: FormErrors(problem.errors ?? []), lang: lang))</div>
            """
            return render(req, title: lang.t("Nearest branch", "Ближайшее отделение"), content: content, status: .unprocessableEntity)
        }
        let user = GeoPoint(lat: answer.origin.lat, lon: answer.origin.lon)
        let rows = answer.items.enumerated().map { i, b -> HTML in
            """
            <li class="card nearest-item" data-branch-id="\(b.id)">
            <h2><span class="badge">\(i + 1)</span> <a href="\(PageRoute.Branches.branch(b.id))">\(lang == .ru ? b.name_ru : b.name_en)</a>
            <span class="distance">\(String(format: "%.1f", b.distance_km)) \(lang.t("km", "км"))</span></h2>
            <p>\(b.address)</p>
            <p>\(openBadge(b.open_now, lang: lang)) \(lang.t("Today:", "Сегодня:")) \(b.today.line(lang))</p>
            \(BranchMap.routeLinks(to: GeoPoint(lat: b.lat, lon: b.lon), from: user, lang: lang))
            </li>
            """
        }.joined
        let points = [BranchMap.Point(label: answer.origin.matched ?? lang.t("You are here", "Вы здесь"), lat: user.lat, lon: user.lon)]
            + answer.items.enumerated().map { i, b in
                BranchMap.Point(label: lang == .ru ? b.name_ru : b.name_en, lat: b.lat, lon: b.lon, link: PageRoute.Branches.branch(b.id), number: i + 1)
            }
        let empty: HTML = answer.items.isEmpty ? "<p class=\"card muted\" id=\"nearest-empty\">\(lang.t("No branch offers this service.", "Нет отделений с этой услугой."))</p>" : ""
        let from: HTML = answer.origin.matched.map { "<p class=\"muted\" id=\"matched\">\(lang.t("Measured from", "Расстояние от")): \($0)</p>" } ?? ""
        let content: HTML = """
        <div class="branches">
        <h1>\(lang.t("The nearest branch", "Ближайшее отделение"))</h1>
        \(searchForm(q: q, service: service, catalog: catalog, errors: FormErrors([]), lang: lang))
        \(from)
        \(empty)
        <div class="nearest-grid"><ol class="nearest" id="nearest-list">\(rows)</ol>
        \(BranchMap.svg(points, lang: lang, tileURL: tileURL))</div>
        </div>
        """
        return render(req, title: lang.t("Nearest branch", "Ближайшее отделение"), content: content, tileURL: tileURL)
    }

    // MARK: one branch

    @Sendable static func show(req: Request) async throws -> Response {
        let lang = req.language
        let staff = BranchesAccess.seesPrivate(req.principal)
        guard let b = try await BranchQueries.branch(try idParameter(req), on: req.db), b.active || staff else { throw Problem(.notFound) }
        let zone = req.application.appConfig.timeZone, now = req.clock.now()
        let hours = b.hours.parsed
        let (today, _) = BranchHours.local(now, in: zone)
        let tileURL = req.application.appConfig.mapTileURL
        let dayRows = BranchHours.Weekday.allCases.map { d -> HTML in
            let line = hours.week[d].map { h in TodayDTO(BranchHours(week: [d: h]), day: nextDay(d, from: today)).line(lang) } ?? lang.t("day off", "выходной")
            let current: HTML = today.weekday == d ? " class=\"today\"" : ""
            return "<tr\(current)><th>\(d.name(lang))</th><td>\(line)</td></tr>"
        }.joined
        let week: HTML = hours.alwaysOpen
            ? "<p id=\"hours-247\">\(lang.t("Open 24 hours, 7 days a week.", "Работает круглосуточно, без выходных."))</p>"
            : "<table class=\"hours\" id=\"branch-hours\"><tbody>\(dayRows)</tbody></table>"
        let upcoming = hours.holidays.filter { $0.date >= today }.prefix(10).map { h -> HTML in
            let name = h.name.map { " — \($0)" } ?? ""
            return "<li>\(h.date.description)\(name): \(TodayDTO(hours, day: h.date).line(lang))</li>"
        }
        let holidays: HTML = upcoming.isEmpty ? "" : "<h3>\(lang.t("Holidays", "Праздничные дни"))</h3><ul class=\"holidays\">\(upcoming.joined)</ul>"
        let phoneLinks = b.phones.map { p -> HTML in
            let number = p.split(separator: " ").first.map(String.init) ?? p
            return "<a href=\"tel:\(number)\">\(p)</a>"
        }
        let phones: HTML = b.phones.isEmpty ? "" : "<p class=\"phones\">\(HTML.join(phoneLinks, separator: " · "))</p>"
        // A code the service catalog knows is shown by its name in the reader's language.
        let named = Dictionary(try await CatalogQueries.services(on: req.db).map { ($0.code, $0.name(lang)) }, uniquingKeysWith: { a, _ in a })
        let serviceBadges = b.services.map { s -> HTML in "<span class=\"badge\" data-service=\"\(s)\">\(named[s] ?? s)</span>" }
        let photo: HTML = try await BranchQueries.hasPhoto(b.id, on: req.db)
            ? "<p><img id=\"branch-photo\" class=\"branch-photo\" src=\"\(APIRoute.Branches.photo(b.id))\" alt=\"\(lang.t("The branch", "Отделение")) \(b.name(lang))\"></p>" : ""
        let services: HTML = b.services.isEmpty ? "" : "<p class=\"services\">\(lang.t("Services:", "Услуги:")) \(HTML.join(serviceBadges, separator: " "))</p>"
        let notes: HTML = b.internal_notes.map { "<p class=\"pre\" id=\"internal-notes\">\($0)</p>" } ?? ""
        let editLink: HTML = BranchesAccess.managerRoles.contains(req.principal?.role ?? .client)
            ? "<p><a class=\"button\" href=\"\(PageRoute.Branches.edit(b.id))\" id=\"edit-branch\">\(lang.t("Edit", "Изменить"))</a></p>" : ""
        let staffPart: HTML = !staff ? "" : "<section class=\"card staff-only\"><h2>\(lang.t("For staff", "Для сотрудников"))</h2>\(notes)\(editLink)</section>"
        let map = BranchMap.svg([.init(label: b.name(lang), lat: b.lat, lon: b.lon, link: PageRoute.Branches.branch(b.id), number: 1)], lang: lang, tileURL: tileURL)
        let content: HTML = """
        <div class="branches branch-page">
        <p class="crumbs"><a href="\(PageRoute.Branches.list())">\(lang.t("Branches", "Отделения"))</a></p>
        <h1>\(b.name(lang))</h1>
        <p class="address">\(b.address)</p>
        \(photo)
        <p>\(openBadge(hours.isOpen(at: now, in: zone), lang: lang)) \(lang.t("Today:", "Сегодня:")) \(TodayDTO(hours, day: today).line(lang))</p>
        \(phones)
        \(services)
        \(BranchMap.routeLinks(to: b.point, from: nil, lang: lang))
        <div class="nearest-grid"><section class="card"><h2>\(lang.t("Hours", "Часы работы"))</h2>\(week)\(holidays)</section>
        \(map)</div>
        \(staffPart)
        </div>
        """
        return render(req, title: b.name(lang), content: content, tileURL: tileURL)
    }

    /// The next calendar day (from `day` on) that falls on `weekday`, to show that weekday's hours.
    private static func nextDay(_ weekday: BranchHours.Weekday, from day: CalendarDay) -> CalendarDay {
        (0..<7).map { day.adding(days: $0) }.first { $0.weekday == weekday } ?? day
    }

    /// The page in the layout, with the branch script, and Leaflet when map tiles are configured.
    static func render(_ req: Request, title: String, content: HTML, tileURL: String? = nil, status: HTTPResponseStatus = .ok) -> Response {
        let leaflet: HTML = tileURL == nil ? "" : """
            <link rel="stylesheet" href="\(PageRoute.Branches.leafletStyle())">
            <script src="\(PageRoute.Branches.leafletScript())" defer></script>
            """
        let page: HTML = "\(content)\(leaflet)<script src=\"\(PageRoute.Branches.script())\" defer></script>"
        let response = Layout(title: title, request: req).render(page, status: status)
        if let policy = BranchMap.contentSecurityPolicy(tileURL: tileURL) {
            response.headers.replaceOrAdd(name: "Content-Security-Policy", value: policy)
        }
        return response
    }
}
