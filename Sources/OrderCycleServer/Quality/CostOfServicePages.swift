import Foundation
import OrderCycleCore
import Vapor

/// Cost of service against losses (DOMAIN §4.3): the analyst enters points of both curves, or
/// takes the losses from the data; the page draws the three curves with the optimum marked.
enum CostOfServicePages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Quality.cost, access: QualityAPI.readers, use: show)
        routes.endpoint(.POST, PageRoute.Quality.cost, access: QualityAPI.readers, use: compute)
    }

    /// A starting example, so the page shows the idea before anything is entered.
    static let exampleCost = "80 100\n90 160\n95 260\n98 480\n100 900"
    static let exampleLoss = "80 700\n90 380\n95 220\n98 150\n100 120"

    @Sendable static func show(req: Request) async throws -> Response {
        let parameters = try QualityParameters(req)
        var loss = exampleLoss
        var note: String?
        if req.query[String.self, at: "from_data"] == "1" {
            let estimate = try await LossEstimate.build(req, parameters)
            loss = CostOfServiceInput.text(estimate.points)
            note = req.language.t(
                "Losses from the data: per period of the trend, η by count (in %) against the value of the orders with a claim or cancelled.",
                "Потери по данным: для каждого периода тренда — η по количеству (в %) и стоимость заказов с претензиями или отменённых.")
        }
        return render(req, parameters: parameters, cost: exampleCost, loss: loss, note: note)
    }

    struct Form: Content {
        var cost: String?
        var loss: String?
    }

    @Sendable static func compute(req: Request) async throws -> Response {
        let parameters = try QualityParameters(req)
        let form = try req.content.decode(Form.self)
        return render(req, parameters: parameters, cost: form.cost ?? "", loss: form.loss ?? "", note: nil)
    }

    static func render(_ req: Request, parameters: QualityParameters, cost: String, loss: String, note: String?) -> Response {
        let lang = req.language
        var errors: [String: String] = [:]
        var chart: HTML = ""
        let costPoints = CostOfServiceInput.parse(cost), lossPoints = CostOfServiceInput.parse(loss)
        if case .failure(let e) = costPoints { errors["cost"] = lang.t("Line \(e.line) is not “level amount”.", "Строка \(e.line) не в виде «уровень сумма».") }
        if case .failure(let e) = lossPoints { errors["loss"] = lang.t("Line \(e.line) is not “level amount”.", "Строка \(e.line) не в виде «уровень сумма».") }
        if case .success(let c) = costPoints, case .success(let l) = lossPoints {
            do {
                let optimum = try CostOfServiceInput.optimum(cost: c, loss: l, lang: lang)
                let best = optimum.optimum
                chart = """
                <p class="figure" id="optimum">\(lang.t("Optimum service level", "Оптимальный уровень обслуживания")): \(CostOfServiceInput.format(best.level)) · \
                \(lang.t("total", "сумма")) \(CostOfServiceInput.format(best.total)) (\(lang.t("cost", "затраты")) \(CostOfServiceInput.format(best.cost)), \(lang.t("losses", "потери")) \(CostOfServiceInput.format(best.loss)))</p>
                \(QualityCharts.costCurves(optimum, lang: lang))
                """
            } catch let problem as Problem {
                for e in problem.errors ?? [] { errors[e.field] = e.message }
            } catch {
                errors["cost"] = "\(error)"
            }
        }
        let title = lang.t("Cost of service against losses", "Затраты на сервис и потери")
        let noteHTML: HTML = note.map { "<p class=\"notice\">\($0)</p>" } ?? ""
        let content: HTML = """
        <p class="no-print"><a href="\(PageRoute.Quality.dashboard())?\(parameters.query)">← \(lang.t("Service quality", "Качество обслуживания"))</a></p>
        <h1>\(title)</h1>
        <p class="muted">\(lang.t("Cost of service rises steeply as the level nears 100 %; losses from poor service fall as it rises. The optimum level minimises their sum. Curves are interpolated linearly between the points.", "Затраты на сервис резко растут при приближении уровня к 100 %, потери от плохого обслуживания с ростом уровня падают. Оптимальный уровень минимизирует их сумму. Между точками кривые интерполируются линейно."))</p>
        \(noteHTML)
        \(chart)
        <form method="post" action="\(PageRoute.Quality.cost())?\(parameters.query)" class="card no-print" novalidate>
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
          <div class="filter-row">
            <div><label for="cost">\(lang.t("Cost of service: “level amount” per line", "Затраты на сервис: «уровень сумма» в строке"))</label>
            <textarea id="cost" name="cost" rows="8">\(cost)</textarea>\(FormField.errorLine(name: "cost", errors["cost"]))</div>
            <div><label for="loss">\(lang.t("Losses from poor service: “level amount” per line", "Потери от плохого обслуживания: «уровень сумма» в строке"))</label>
            <textarea id="loss" name="loss" rows="8">\(loss)</textarea>\(FormField.errorLine(name: "loss", errors["loss"]))</div>
          </div>
          <p><button type="submit" class="primary" id="find-optimum">\(lang.t("Find the optimum", "Найти оптимум"))</button>
          <a href="\(PageRoute.Quality.cost())?\(parameters.query)&from_data=1">\(lang.t("Take the losses from the data", "Взять потери из данных"))</a></p>
        </form>
        """
        return Layout(title: title, request: req).render(content, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
