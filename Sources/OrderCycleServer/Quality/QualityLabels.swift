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

    static func lookup(_ keys: Set<String>, grouping: QualityGrouping, on db: any Database, lang: Language) async throws -> QualityLabels {
        var labels = QualityLabels()
        let ids = keys.compactMap(UUID.init(uuidString:))
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
            for row in try await db.sql.raw("SELECT id, name_en, name_ru FROM segments WHERE id IN (\(binds: ids))").all() {
                let id = try row.decode(column: "id", as: UUID.self)
                labels.names[id.uuidString] = try row.decode(column: lang == .ru ? "name_ru" : "name_en", as: String.self)
                labels.segments[id.uuidString] = id
            }
        case .manager:
            labels.names[QualityGrouping.noManager] = lang.t("No manager", "Без менеджера")
            guard !ids.isEmpty else { break }
            for row in try await db.sql.raw("SELECT id, display_name FROM users WHERE id IN (\(binds: ids))").all() {
                labels.names[try row.decode(column: "id", as: UUID.self).uuidString] = try row.decode(column: "display_name", as: String.self)
            }
        case .client:
            guard !ids.isEmpty else { break }
            for row in try await db.sql.raw("SELECT id, name, segment_id FROM clients WHERE id IN (\(binds: ids))").all() {
                let id = try row.decode(column: "id", as: UUID.self).uuidString
                labels.names[id] = try row.decode(column: "name", as: String.self)
                labels.segments[id] = try row.decode(column: "segment_id", as: UUID.self)
            }
        }
        return labels
    }
}
