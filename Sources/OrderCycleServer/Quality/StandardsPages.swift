import Foundation
import OrderCycleCore
import Vapor

/// The pages where analysts and administrators set the service standards per segment.
/// Values are entered in percent, as the dashboard shows them.
enum StandardsPages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Quality.standards, access: QualityAPI.readers, use: list)
        routes.endpoint(.GET, PageRoute.Quality.newStandard, access: StandardsAPI.editors, use: newForm)
        routes.endpoint(.POST, PageRoute.Quality.standards, access: StandardsAPI.editors, use: create)
        routes.endpoint(.GET, PageRoute.Quality.standard, access: QualityAPI.readers, use: show)
        routes.endpoint(.POST, PageRoute.Quality.standard, access: StandardsAPI.editors, use: update)
    }

    static func canEdit(_ req: Request) -> Bool { req.principal.map { $0.role == .analyst || $0.role == .admin } ?? false }

    @Sendable static func list(req: Request) async throws -> Response {
        let lang = req.language
        let listing = try await StandardsQueries.listing(on: req.db, lang: lang)
        let rows = listing.items.map { s -> HTML in
            let name = s.segment_name ?? lang.t("Default (all segments without their own)", "По умолчанию (для сегментов без своего)")
            let set = s.indicators.map(\.indicator.symbol).joined(separator: ", ")
            return "<tr><td><a href=\"\(PageRoute.Quality.standard(s.id))\">\(name)</a></td><td>\(set.isEmpty ? "—" : set)</td><td>\(s.version)</td></tr>"
        }.joined
        let following = listing.following_default.map { seg -> HTML in
            let action: HTML = canEdit(req) ? " · <a href=\"\(PageRoute.Quality.newStandard())?segment=\(seg.id)\">\(lang.t("set its own", "задать свой"))</a>" : ""
            return "<li>\(seg.name)\(action)</li>"
        }.joined
        let content: HTML = """
        <p class="no-print"><a href="\(PageRoute.Quality.dashboard())">← \(lang.t("Service quality", "Качество обслуживания"))</a></p>
        <h1>\(lang.t("Service standards", "Стандарты обслуживания"))</h1>
        <p class="muted">\(lang.t("Per segment: a target and an alert threshold for each indicator, and the weights of reliability R.", "По сегментам: цель и порог тревоги для каждого показателя и веса надёжности R."))</p>
        <div class="table-wrap"><table>
          <thead><tr><th>\(lang.t("Standard", "Стандарт"))</th><th>\(lang.t("Indicators with a target", "Показатели с целью"))</th><th>\(lang.t("Version", "Версия"))</th></tr></thead>
          <tbody>\(rows)</tbody>
        </table></div>
        <h2>\(lang.t("Segments following the default", "Сегменты по умолчанию"))</h2>
        <ul>\(following)</ul>
        """
        return Layout(title: lang.t("Service standards", "Стандарты обслуживания"), request: req).render(content)
    }

    /// The form's values as entered: percent strings per indicator and weights.
    struct Values {
        var targets: [QualityIndicator: String] = [:]
        var alerts: [QualityIndicator: String] = [:]
        var weights: [QualityIndicator: String] = [:]

        init() {}

        init(_ dto: StandardSetDTO) {
            for line in dto.indicators {
                let scale = line.indicator.unit == .percent ? 1.0 : 100.0
                targets[line.indicator] = CostOfServiceInput.format(line.target * scale)
                alerts[line.indicator] = CostOfServiceInput.format(line.alert_threshold * scale)
            }
            for (indicator, weight) in dto.weights.values { weights[indicator] = CostOfServiceInput.format(weight) }
        }

        init(form: [String: String]) {
            for indicator in QualityIndicator.allCases {
                targets[indicator] = form["target_\(indicator.rawValue)"]
                alerts[indicator] = form["alert_\(indicator.rawValue)"]
                weights[indicator] = form["weight_\(indicator.rawValue)"]
            }
        }

        /// The API body the form stands for, or the fields' errors.
        func body(segment: UUID?, lang: Language) -> (StandardInput?, [String: String]) {
            var errors: [String: String] = [:]
            var lines: [StandardLine] = []
            for indicator in QualityIndicator.allCases {
                let t = (targets[indicator] ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
                let a = (alerts[indicator] ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
                if t.isEmpty && a.isEmpty { continue }
                guard let target = Double(t), let alert = Double(a) else {
                    errors["target_\(indicator.rawValue)"] = lang.t("enter both numbers, or neither", "введите оба числа или ни одного"); continue
                }
                let scale = indicator.unit == .percent ? 1.0 : 100.0
                lines.append(StandardLine(indicator: indicator, target: target / scale, alert_threshold: alert / scale))
            }
            var weightValues: [String: Double] = [:]
            for indicator in QualityIndicator.reliabilityComponents {
                let w = (weights[indicator] ?? "1").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
                guard let weight = Double(w.isEmpty ? "1" : w) else { errors["weight_\(indicator.rawValue)"] = lang.t("must be a number", "должен быть числом"); continue }
                weightValues[indicator.rawValue] = weight
            }
            return errors.isEmpty ? (StandardInput(segment_id: segment, indicators: lines, weights: weightValues), [:]) : (nil, errors)
        }
    }

    /// Maps the API's field names (`indicators[3]`, `weights.flexibility`) to the form's.
    static func formErrors(_ problem: Problem, body: StandardInput) -> [String: String] {
        var errors: [String: String] = [:]
        for error in problem.errors ?? [] {
            if error.field.hasPrefix("indicators["), let index = Int(error.field.dropFirst("indicators[".count).dropLast()),
               let line = body.indicators?[safeIndex: index] {
                errors["target_\(line.indicator.rawValue)"] = error.message
            } else if error.field.hasPrefix("weights.") {
                errors["weight_\(error.field.dropFirst("weights.".count))"] = error.message
            } else {
                errors["form"] = error.message
            }
        }
        return errors
    }

    static func form(_ req: Request, title: String, action: String, version: Int?, segment: UUID?, values: Values,
                     errors: [String: String], status: HTTPResponseStatus = .ok) -> Response {
        let lang = req.language
        let editable = canEdit(req)
        let rows = QualityIndicator.allCases.map { indicator -> HTML in
            let weight: HTML = QualityIndicator.reliabilityComponents.contains(indicator)
                ? "<input type=\"number\" step=\"any\" min=\"0\" name=\"weight_\(indicator.rawValue)\" value=\"\(values.weights[indicator] ?? "1")\" aria-label=\"\(lang.t("Weight in R", "Вес в R"))\">"
                : "—"
            let error: HTML = errors["target_\(indicator.rawValue)"].map { "<p class=\"field-error\">\($0)</p>" } ?? ""
            let weightError: HTML = errors["weight_\(indicator.rawValue)"].map { "<p class=\"field-error\">\($0)</p>" } ?? ""
            return """
            <tr><td>\(indicator.symbol) · \(indicator.name(lang))<br><span class="muted">\(QualityFormat.direction(indicator, lang: lang))</span></td>\
            <td><input type="number" step="any" name="target_\(indicator.rawValue)" value="\(values.targets[indicator])" aria-label="\(lang.t("Target, %", "Цель, %"))">\(error)</td>\
            <td><input type="number" step="any" name="alert_\(indicator.rawValue)" value="\(values.alerts[indicator])" aria-label="\(lang.t("Alert threshold, %", "Порог тревоги, %"))"></td>\
            <td>\(weight)\(weightError)</td></tr>
            """
        }.joined
        let general: HTML = errors["form"].map { "<p class=\"notice bad\" role=\"alert\">\($0)</p>" } ?? ""
        let hidden: HTML = (version.map { "<input type=\"hidden\" name=\"version\" value=\"\($0)\">" } ?? "") as HTML
        let segmentField: HTML = segment.map { "<input type=\"hidden\" name=\"segment_id\" value=\"\($0)\">" } ?? ""
        let submit: HTML = editable ? "<p><button type=\"submit\" class=\"primary\" id=\"save-standard\">\(lang.t("Save", "Сохранить"))</button></p>" : ""
        let content: HTML = """
        <p class="no-print"><a href="\(PageRoute.Quality.standards())">← \(lang.t("Service standards", "Стандарты обслуживания"))</a></p>
        <h1>\(title)</h1>
        \(general)
        <form method="post" action="\(action)" class="card standards-form" novalidate>
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">\(hidden)\(segmentField)
          <p class="muted">\(lang.t("In percent. Leave both empty for an indicator without a standard. An empty weight counts 1.", "В процентах. Оставьте оба поля пустыми, если у показателя нет стандарта. Пустой вес считается равным 1."))</p>
          <div class="table-wrap"><table>
            <thead><tr><th>\(lang.t("Indicator", "Показатель"))</th><th>\(lang.t("Target, %", "Цель, %"))</th><th>\(lang.t("Alert threshold, %", "Порог тревоги, %"))</th><th>\(lang.t("Weight in R", "Вес в R"))</th></tr></thead>
            <tbody>\(rows)</tbody>
          </table></div>
          \(submit)
        </form>
        """
        return Layout(title: title, request: req).render(content, status: status)
    }

    static func segmentName(_ req: Request, _ id: UUID?) async throws -> String {
        let lang = req.language
        guard let id else { return lang.t("Default standard", "Стандарт по умолчанию") }
        return try await StandardsQueries.segmentName(id, on: req.db, lang: lang) ?? id.uuidString
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard let set = try await StandardsStore.find(try idParameter(req), on: req.db) else { throw Problem(.notFound) }
        let dto = try await StandardsQueries.dto(set, on: req.db, lang: req.language)
        return form(req, title: try await segmentName(req, set.segmentID), action: PageRoute.Quality.standard(set.id), version: set.version,
                    segment: nil, values: Values(dto), errors: [:])
    }

    @Sendable static func newForm(req: Request) async throws -> Response {
        guard let raw = req.query[String.self, at: "segment"], let segment = UUID(uuidString: raw) else { throw Problem(.notFound) }
        let catalog = try await StandardsStore.catalog(on: req.db)
        if let own = catalog.bySegment[segment] { return req.redirect(to: PageRoute.Quality.standard(own.id), redirectType: .normal) }
        let dto = StandardSetDTO(catalog.fallback, segmentName: nil)
        return form(req, title: try await segmentName(req, segment), action: PageRoute.Quality.standards(), version: nil, segment: segment,
                    values: Values(dto), errors: [:])
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let segment = fields["segment_id"].flatMap(UUID.init(uuidString:))
        let values = Values(form: fields)
        let title = try await segmentName(req, segment)
        let lang = req.language
        let (body, errors) = values.body(segment: segment, lang: lang)
        guard let body, let segment else {
            return form(req, title: title, action: PageRoute.Quality.standards(), version: nil, segment: segment, values: values,
                        errors: errors.isEmpty ? ["form": lang.t("Choose the segment from the standards list.", "Выберите сегмент в списке стандартов.")] : errors,
                        status: .unprocessableEntity)
        }
        do {
            let operation = try CreateStandard(segmentID: segment, body, lang: lang)
            let actor = try req.actor
            let requestID = req.requestID
            let id = try await req.write { tx in try await operation.run(by: actor, lang: lang, requestID: requestID, now: req.clock.now(), on: tx).id }
            return req.redirect(to: PageRoute.Quality.standard(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return form(req, title: title, action: PageRoute.Quality.standards(), version: nil, segment: segment, values: values,
                        errors: formErrors(problem, body: body), status: .unprocessableEntity)
        }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try idParameter(req)
        guard let set = try await StandardsStore.find(id, on: req.db) else { throw Problem(.notFound) }
        let fields = try req.content.decode([String: String].self)
        let values = Values(form: fields)
        let title = try await segmentName(req, set.segmentID)
        let version = fields["version"].flatMap(Int.init)
        let lang = req.language
        let (body, errors) = values.body(segment: set.segmentID, lang: lang)
        guard let body else {
            return form(req, title: title, action: PageRoute.Quality.standard(id), version: version, segment: nil, values: values, errors: errors, status: .unprocessableEntity)
        }
        do {
            // The version the form was read at plays the part of If-Match: a stale form is refused.
            let operation = try ReplaceStandard(standardID: id, body, expectedVersion: version ?? -1, lang: lang)
            let actor = try req.actor
            let requestID = req.requestID
            _ = try await req.write { tx in try await operation.run(by: actor, lang: lang, requestID: requestID, now: req.clock.now(), on: tx) }
            return req.redirect(to: PageRoute.Quality.standard(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return form(req, title: title, action: PageRoute.Quality.standard(id), version: version, segment: nil, values: values,
                        errors: formErrors(problem, body: body), status: .unprocessableEntity)
        } catch let problem as Problem where problem.status == 412 {
            return form(req, title: title, action: PageRoute.Quality.standard(id), version: version, segment: nil, values: values,
                        errors: ["form": lang.t("Someone changed this standard meanwhile; reload the page and enter your changes again.",
                                                         "Стандарт тем временем изменили; обновите страницу и внесите изменения заново.")],
                        status: .conflict)
        }
    }
}

fileprivate extension Array {
    subscript(safeIndex index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
