import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The standards of one segment (or the company's default): target and alert threshold per
/// indicator, and the weights of reliability R. An indicator without a standard has no status.
struct StandardSet: Sendable {
    var id: UUID
    var version: Int
    /// `nil`: the company's default.
    var segmentID: UUID?
    var standards: [QualityIndicator: ServiceStandard]
    var weights: ReliabilityWeights
    var updatedAt: Date

    func standard(_ indicator: QualityIndicator) -> ServiceStandard? { standards[indicator] }

    fileprivate static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}

/// A standard as stored and as the API shows it.
struct StandardLine: Content, Sendable, Equatable {
    var indicator: QualityIndicator
    var target: Double
    var alert_threshold: Double

    init(indicator: QualityIndicator, target: Double, alert_threshold: Double) {
        self.indicator = indicator
        self.target = target
        self.alert_threshold = alert_threshold
    }

    init(_ standard: ServiceStandard) {
        indicator = standard.indicator
        target = standard.target
        alert_threshold = standard.alertThreshold
    }
}

/// The weights of R keyed by their indicators' names, as stored and as the API shows them.
struct WeightsJSON: Codable, Sendable {
    var values: [QualityIndicator: Double]

    init(_ weights: ReliabilityWeights) {
        values = Dictionary(uniqueKeysWithValues: QualityIndicator.reliabilityComponents.map { ($0, weights.weight(for: $0)) })
    }

    init(from decoder: any Decoder) throws { values = try [QualityIndicator: Double](from: decoder) }
    func encode(to encoder: any Encoder) throws { try values.encode(to: encoder) }

    func weights() throws -> ReliabilityWeights {
        try ReliabilityWeights(
            stockoutProbability: values[.stockoutProbability] ?? 1, demandSaturation: values[.demandSaturation] ?? 1,
            orderCoverage: values[.orderCoverage] ?? 1, timeExpectations: values[.timeExpectations] ?? 1,
            uninterruptedExecution: values[.uninterruptedExecution] ?? 1, flexibility: values[.flexibility] ?? 1,
            serviceDeficiency: values[.serviceDeficiency] ?? 1)
    }
}

/// Reads and writes the standards; every write is versioned and audited by the caller's transaction.
enum StandardsStore {
    static let table = "service_standards"

    /// The default and every segment's own standard.
    struct Catalog: Sendable {
        var fallback: StandardSet
        var bySegment: [UUID: StandardSet]

        /// The standard a segment is held to: its own, else the default.
        func forSegment(_ id: UUID?) -> StandardSet { id.flatMap { bySegment[$0] } ?? fallback }
    }

    static func catalog(on db: any Database) async throws -> Catalog {
        let sets = try await db.sql.raw("SELECT id, version, segment_id, indicators, weights, updated_at FROM service_standards").all(decoding: Row.self).map { try $0.set() }
        guard let fallback = sets.first(where: { $0.segmentID == nil }) else { throw Problem(.internalError, detail: "The default service standard is missing") }
        var bySegment: [UUID: StandardSet] = [:]
        for set in sets { if let segment = set.segmentID { bySegment[segment] = set } }
        return Catalog(fallback: fallback, bySegment: bySegment)
    }

    static func find(_ id: UUID, on db: any Database) async throws -> StandardSet? {
        try await db.sql.raw("SELECT id, version, segment_id, indicators, weights, updated_at FROM service_standards WHERE id = \(bind: id)").first(decoding: Row.self)?.set()
    }

    static func insert(_ set: StandardSet, by user: UUID?, on db: any Database) async throws {
        try await db.sql.insert(into: table)
            .columns("id", "version", "segment_id", "indicators", "weights", "updated_at", "updated_by")
            .values(SQLBind(set.id), SQLBind(set.version), SQLBind(set.segmentID), SQLBind(indicatorsJSON(set)),
                    SQLBind(StandardSet.encode(WeightsJSON(set.weights))), SQLBind(set.updatedAt), SQLBind(user))
            .run()
    }

    /// Writes the content of `set`; the version was advanced by `ETag.advance` in the same transaction.
    static func update(_ set: StandardSet, by user: UUID?, on db: any Database) async throws {
        try await db.sql.update(table)
            .set("indicators", to: SQLBind(indicatorsJSON(set)))
            .set("weights", to: SQLBind(StandardSet.encode(WeightsJSON(set.weights))))
            .set("updated_at", to: SQLBind(set.updatedAt))
            .set("updated_by", to: SQLBind(user))
            .where("id", .equal, SQLBind(set.id))
            .run()
    }

    private static func indicatorsJSON(_ set: StandardSet) -> String {
        StandardSet.encode(QualityIndicator.allCases.compactMap { set.standards[$0] }.map(StandardLine.init))
    }

    /// A stored set: the standards and the weights are JSON text.
    private struct Row: Decodable {
        var id: UUID
        var version: Int
        var segment_id: UUID?
        var indicators: String
        var weights: String
        var updated_at: Date

        func set() throws -> StandardSet {
            var standards: [QualityIndicator: ServiceStandard] = [:]
            for line in try JSONDecoder().decode([StandardLine].self, from: Data(indicators.utf8)) {
                standards[line.indicator] = try ServiceStandard(indicator: line.indicator, target: line.target, alertThreshold: line.alert_threshold)
            }
            let weights = try JSONDecoder().decode(WeightsJSON.self, from: Data(weights.utf8)).weights()
            return StandardSet(id: id, version: version, segmentID: segment_id, standards: standards, weights: weights, updatedAt: updated_at)
        }
    }
}
