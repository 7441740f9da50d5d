import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The names of a report's groups, read in one query per grouping (never one per group), and
/// each group's segment where it has one, which decides the standard it is held to.
struct QualityLabels: Sendable {
    var names: [String: String] = [:]
    var segments: [String: UUID] = [:]

    func label(_ key: String) -> String { names[key] ?? key }
    func segment(_ key: String) -> UUID? { segments[key] }

    /// Read by position: a year's report by client names thousands of clients.
    static func lookup(_ keys: Set<String>, grouping: QualityGrouping, on db: any Database, lang: Language) async throws -> QualityLabels {
        var labels = QualityLabels()
        let ids = keys.compactMap(UUID.init(text:))
        switch grouping {
        case .all:
            labels.names["all"] = lang.t("All orders", "Все заказы")
        case .origin:
            labels.names["internal"] = lang.t("Internal", "Внутренние")
            labels.names["external"] = lang.t("External", "Внешние")
        case .category:
            break
        case .deliveryMethod:
            labels.names[QualityGrouping.noDeliveryMethod] = lang.t("Not stated", "Не указан")
        case .segment:
            guard !ids.isEmpty else { break }
            let name = lang == .ru ? "name_ru" : "name_en"
            for (id, label) in try await db.rowsByPosition("SELECT id, \(unsafeRaw: name) FROM segments WHERE id IN (\(binds: ids))", { row in
                (try row.uuid(0), try row.string(1))
            }) {
                labels.names[id.uuidString] = label
                labels.segments[id.uuidString] = id
            }
        case .manager:
            labels.names[QualityGrouping.noManager] = lang.t("No manager", "Без менеджера")
            guard !ids.isEmpty else { break }
            for (id, label) in try await db.rowsByPosition("SELECT id, display_name FROM users WHERE id IN (\(binds: ids))", { row in
                (try row.uuid(0), try row.string(1))
            }) {
                labels.names[id.uuidString] = label
            }
        case .client:
            guard !ids.isEmpty else { break }
            for (id, label, segment) in try await db.rowsByPosition("SELECT id, name, segment_id FROM clients WHERE id IN (\(binds: ids))", { row in
                (try row.uuid(0), try row.string(1), try row.uuid(2))
            }) {
                labels.names[id.uuidString] = label
                labels.segments[id.uuidString] = segment
            }
        }
        return labels
    }
}
