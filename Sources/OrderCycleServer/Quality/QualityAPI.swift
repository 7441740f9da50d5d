import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Every quality figure through the API (`/api/v1/quality/…`).
enum QualityAPI {
    static let readers: Access = .only(.analyst, .admin, .manager)

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Quality.dashboard, access: readers, use: dashboard)
        routes.endpoint(.GET, APIRoute.Quality.orders, access: readers, use: orders)
        routes.endpoint(.GET, APIRoute.Quality.requests, access: readers, use: requests)
        routes.endpoint(.GET, APIRoute.Quality.stock, access: readers, use: stock)
        routes.endpoint(.GET, APIRoute.Quality.products, access: readers, use: products)
        routes.endpoint(.POST, APIRoute.Quality.costOfService, access: readers, use: costOfService)
        routes.endpoint(.GET, APIRoute.Quality.losses, access: readers, use: losses)
    }

    static func report(_ req: Request, _ parameters: QualityParameters) async throws -> QualityReport {
        try await QualityReport.build(
            on: req.db, period: parameters.period, grouping: parameters.grouping, restriction: parameters.selection,
            today: parameters.today, lang: req.language)
    }

    @Sendable static func dashboard(req: Request) async throws -> QualityDashboardDTO {
        let parameters = try QualityParameters(req)
        return QualityDashboardDTO(try await report(req, parameters), lang: req.language)
    }

    /// `indicator` (a quality indicator, or `cycle`) and `misses=true` choose the orders.
    static func drillTarget(_ req: Request) throws -> (indicator: QualityIndicator?, cycle: Bool, misses: Bool) {
        let raw = req.query[String.self, at: "indicator"] ?? ""
        let misses: Bool
        switch req.query[String.self, at: "misses"] {
        case nil, "false": misses = false
        case "true": misses = true
        default: throw Problem.field("misses", "must be true or false")
        }
        if raw.isEmpty { return (nil, false, misses) }
        if raw == "cycle" { return (nil, true, false) }
        guard let indicator = QualityIndicator(rawValue: raw) else {
            throw Problem.field("indicator", "must be cycle or one of: " + QualityIndicator.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return (indicator, false, misses)
    }

    @Sendable static func orders(req: Request) async throws -> Page<QualityRecords.OrderRow> {
        let parameters = try QualityParameters(req)
        let target = try drillTarget(req)
        return try await QualityRecords.orders(on: req.db, parameters: parameters, indicator: target.indicator, cycle: target.cycle,
                                               misses: target.misses, page: try PageRequest(req, ordering: .day))
    }

    /// `kind=change_request` (default) or `claim`.
    static func requestKind(_ req: Request) throws -> Bool {
        switch req.query[String.self, at: "kind"] ?? "change_request" {
        case "change_request": return false
        case "claim": return true
        default: throw Problem.field("kind", "must be change_request or claim")
        }
    }

    @Sendable static func requests(req: Request) async throws -> Page<QualityRecords.RequestRow> {
        let parameters = try QualityParameters(req)
        return try await QualityRecords.requests(on: req.db, parameters: parameters, claims: try requestKind(req), page: try PageRequest(req, ordering: .moment))
    }

    @Sendable static func stock(req: Request) async throws -> Page<QualityRecords.StockRow> {
        let category = req.query[String.self, at: "category"].flatMap { $0.isEmpty ? nil : $0 }
        return try await QualityRecords.stock(on: req.db, category: category, page: try PageRequest(req, ordering: .text))
    }

    @Sendable static func products(req: Request) async throws -> Page<QualityRecords.ProductRow> {
        let parameters = try QualityParameters(req)
        return try await QualityRecords.products(on: req.db, parameters: parameters, page: try PageRequest(req, ordering: .text))
    }

    struct CostBody: Content {
        var cost: [LevelPoint]?
        var loss: [LevelPoint]?
    }

    struct CostDTO: Content {
        var samples: [CostOfServiceSample]
        var optimum: CostOfServiceSample
    }

    @Sendable static func costOfService(req: Request) async throws -> CostDTO {
        let body = try req.content.decode(CostBody.self)
        let optimum = try CostOfServiceInput.optimum(cost: body.cost ?? [], loss: body.loss ?? [])
        return CostDTO(samples: optimum.samples, optimum: optimum.optimum)
    }

    struct LossesDTO: Content {
        var points: [LevelPoint]
        var periods: [LossPoint]
    }

    @Sendable static func losses(req: Request) async throws -> LossesDTO {
        let parameters = try QualityParameters(req)
        let estimate = try await LossEstimate.build(req, parameters)
        return LossesDTO(points: estimate.points, periods: estimate.periods)
    }
}
