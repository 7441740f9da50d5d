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
        routes.endpoint(.GET, APIRoute.Quality.serviceRequests, access: readers, use: serviceRequests)
        routes.endpoint(.GET, APIRoute.Quality.stock, access: readers, use: stock)
        routes.endpoint(.GET, APIRoute.Quality.products, access: readers, use: products)
        routes.endpoint(.POST, APIRoute.Quality.costOfService, access: readers, use: costOfService)
        routes.endpoint(.GET, APIRoute.Quality.losses, access: readers, use: losses)
    }

    @Sendable static func dashboard(req: Request) async throws -> QualityDashboardDTO {
        let parameters = try QualityParameters(req)
        return QualityDashboardDTO(try await QualityReport.build(req, parameters), lang: req.language)
    }

    @Sendable static func orders(req: Request) async throws -> Page<QualityRecords.OrderRow> {
        let parameters = try QualityParameters(req)
        let target = try QualityDrill.target(req)
        return try await QualityRecords.orders(on: req.db, parameters: parameters, indicator: target.indicator, cycle: target.cycle,
                                               misses: target.misses, page: try PageRequest(req, ordering: .day))
    }

    @Sendable static func requests(req: Request) async throws -> Page<QualityRecords.RequestRow> {
        let parameters = try QualityParameters(req)
        return try await QualityRecords.requests(on: req.db, parameters: parameters, claims: try QualityDrill.requestKind(req), page: try PageRequest(req, ordering: .moment))
    }

    @Sendable static func serviceRequests(req: Request) async throws -> Page<QualityServiceRequests.RecordRow> {
        let parameters = try QualityParameters(req)
        return try await QualityServiceRequests.records(on: req.db, parameters: parameters, indicator: try QualityDrill.serviceIndicator(req),
                                                       page: try PageRequest(req, ordering: .moment))
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
