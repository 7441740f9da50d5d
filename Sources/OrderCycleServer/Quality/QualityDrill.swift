import Foundation
import OrderCycleCore
import Vapor

/// What a drill-down into the quality figures asks for, read from the query string the same way
/// for the API and for the pages.
enum QualityDrill {
    /// `indicator` (a quality indicator, or `cycle`) and `misses=true` choose the orders.
    static func target(_ req: Request) throws -> (indicator: QualityIndicator?, cycle: Bool, misses: Bool) {
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

    /// `kind=change_request` (default) or `claim`.
    static func requestKind(_ req: Request) throws -> Bool {
        switch req.query[String.self, at: "kind"] ?? "change_request" {
        case "change_request": return false
        case "claim": return true
        default: throw Problem.field("kind", "must be change_request or claim")
        }
    }

    /// `indicator=` one of the figures service requests give (default F).
    static func serviceIndicator(_ req: Request) throws -> QualityIndicator {
        let raw = req.query[String.self, at: "indicator"] ?? QualityIndicator.flexibility.rawValue
        guard let indicator = QualityIndicator(rawValue: raw), QualityServiceRequests.indicators.contains(indicator) else {
            throw Problem.field("indicator", "must be one of: " + QualityServiceRequests.indicators.map(\.rawValue).sorted().joined(separator: ", "))
        }
        return indicator
    }
}
