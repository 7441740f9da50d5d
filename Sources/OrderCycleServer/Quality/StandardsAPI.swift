import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Service standards through the API: everyone who reads the dashboard may read them, analysts
/// and administrators set them.
enum StandardsAPI {
    static let editors: Access = .only(.analyst, .admin)

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Quality.standards, access: QualityAPI.readers, use: list)
        routes.endpoint(.POST, APIRoute.Quality.standards, access: editors, use: create)
        routes.endpoint(.GET, APIRoute.Quality.standard, access: QualityAPI.readers, use: show)
        routes.endpoint(.PUT, APIRoute.Quality.standard, access: editors, use: replace)
    }

    struct ListDTO: Content {
        var items: [StandardSetDTO]
        /// Segments that follow the default (no standard of their own).
        var following_default: [SegmentRef]
    }

    struct SegmentRef: Content {
        var id: UUID
        var name: String
    }

    /// Segment names in the request's language, in one query.
    static func segmentNames(on db: any Database, lang: Language) async throws -> [(id: UUID, name: String)] {
        try await db.sql.raw("SELECT id, name_en, name_ru FROM segments ORDER BY code").all().map { row in
            (try row.decode(column: "id", as: UUID.self), try row.decode(column: lang == .ru ? "name_ru" : "name_en", as: String.self))
        }
    }

    @Sendable static func list(req: Request) async throws -> ListDTO {
        try await StandardsQueries.listing(on: req.db, lang: req.language)
    }

    static func dto(_ set: StandardSet, on db: any Database, lang: Language) async throws -> StandardSetDTO {
        let name = try await set.segmentID.asyncMap { id in try await segmentNames(on: db, lang: lang).first { $0.id == id }?.name } ?? nil
        return StandardSetDTO(set, segmentName: name)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard let set = try await StandardsStore.find(try idParameter(req), on: req.db) else { throw Problem(.notFound) }
        return try await dto(set, on: req.db, lang: req.language).encodeResponse(for: req).withETag(set.version)
    }

    struct Body: Content {
        var segment_id: UUID?
        var indicators: [StandardLine]?
        var weights: [String: Double]?
    }

    /// Checks a body's standards and weights; every invalid field is reported at once.
    static func validated(_ body: Body) throws -> (standards: [QualityIndicator: ServiceStandard], weights: ReliabilityWeights) {
        var v = FieldValidator()
        var standards: [QualityIndicator: ServiceStandard] = [:]
        for (i, line) in (body.indicators ?? []).enumerated() {
            let field = "indicators[\(i)]"
            let range: ClosedRange<Double> = line.indicator.unit == .percent ? 0...100 : 0...1
            guard range.contains(line.target), range.contains(line.alert_threshold) else {
                v.add(field, "target and alert_threshold must lie in \(Int(range.lowerBound))…\(Int(range.upperBound))"); continue
            }
            if standards[line.indicator] != nil { v.add(field, "\(line.indicator.rawValue) is given twice"); continue }
            do {
                standards[line.indicator] = try ServiceStandard(indicator: line.indicator, target: line.target, alertThreshold: line.alert_threshold)
            } catch {
                v.add(field, line.indicator.direction == .maximise
                      ? "alert_threshold must not be above target (higher is better)"
                      : "alert_threshold must not be below target (lower is better)")
            }
        }
        var values: [QualityIndicator: Double] = [:]
        for (name, weight) in body.weights ?? [:] {
            guard let indicator = QualityIndicator(rawValue: name), QualityIndicator.reliabilityComponents.contains(indicator) else {
                v.add("weights.\(name)", "is not a component of reliability"); continue
            }
            guard weight.isFinite, weight >= 0, weight <= 1000 else { v.add("weights.\(name)", "must be a number from 0 to 1000"); continue }
            values[indicator] = weight
        }
        if !values.isEmpty, QualityIndicator.reliabilityComponents.allSatisfy({ (values[$0] ?? 1) == 0 }) {
            v.add("weights", "at least one weight must be above 0")
        }
        try v.check()
        var json = WeightsJSON(.equal)
        for (indicator, weight) in values { json.values[indicator] = weight }
        return (standards, try json.weights())
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.content.decode(Body.self)
        guard let segment = body.segment_id else { throw Problem.field("segment_id", "is required: the default standard exists already") }
        let operation = try CreateStandard(segmentID: segment, body)
        let actor = try req.actor
        let requestID = req.requestID
        let lang = req.language
        return try await Idempotency.create(req) { tx in
            let dto = try await operation.run(by: actor, lang: lang, requestID: requestID, now: req.clock.now(), on: tx)
            return try CreatedResponse(dto, location: APIRoute.Quality.standard(dto.id), version: 1)
        }
    }

    @Sendable static func replace(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(Body.self)
        let operation = try ReplaceStandard(standardID: id, body, expectedVersion: expected)
        let actor = try req.actor
        let requestID = req.requestID
        let lang = req.language
        let dto = try await req.write { tx in try await operation.run(by: actor, lang: lang, requestID: requestID, now: req.clock.now(), on: tx) }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }
}
