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

    private struct SegmentRow: Decodable { var id: UUID; var name_en: String; var name_ru: String }
    private struct UserRow: Decodable { var id: UUID; var display_name: String }
    private struct ClientRow: Decodable { var id: UUID; var name: String; var segment_id: UUID }

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
            for row in try await db.sql.raw("SELECT id, name_en, name_ru FROM segments WHERE id IN (\(binds: ids))").all(decoding: SegmentRow.self) {
                labels.names[row.id.uuidString] = lang == .ru ? row.name_ru : row.name_en
                labels.segments[row.id.uuidString] = row.id
            }
        case .manager:
            labels.names[QualityGrouping.noManager] = lang.t("No manager", "Без менеджера")
            guard !ids.isEmpty else { break }
            for row in try await db.sql.raw("SELECT id, display_name FROM users WHERE id IN (\(binds: ids))").all(decoding: UserRow.self) {
                labels.names[row.id.uuidString] = row.display_name
            }
        case .client:
            guard !ids.isEmpty else { break }
            for row in try await db.sql.raw("SELECT id, name, segment_id FROM clients WHERE id IN (\(binds: ids))").all(decoding: ClientRow.self) {
                labels.names[row.id.uuidString] = row.name
                labels.segments[row.id.uuidString] = row.segment_id
            }
        }
        return labels
    }
}
