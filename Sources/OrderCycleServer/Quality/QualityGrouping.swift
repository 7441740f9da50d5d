import Foundation
import OrderCycleCore

/// How a report splits the orders: all together, or by segment, manager, client, internal vs
/// external, product category, or delivery method. Segment, manager, client and internal are read
/// from the order as they were when it came in; an order with lines of several categories counts
/// in each.
enum QualityGrouping: String, Sendable, Codable, CaseIterable {
    case all, segment, manager, client
    case origin = "internal"
    case category
    case deliveryMethod = "delivery_method"

    func name(_ lang: Language) -> String {
        switch self {
        case .all: lang.t("All orders", "Все заказы")
        case .segment: lang.t("Segment", "Сегмент")
        case .manager: lang.t("Manager", "Менеджер")
        case .client: lang.t("Client", "Клиент")
        case .origin: lang.t("Internal / external", "Внутренние / внешние")
        case .category: lang.t("Product category", "Категория продукции")
        case .deliveryMethod: lang.t("Delivery method", "Способ доставки")
        }
    }

    /// Group keys that are ids (segments, managers, clients) are decoded as UUIDs.
    var keyIsID: Bool { self == .segment || self == .manager || self == .client }

    /// The key of the orders without a manager.
    static let noManager = "none"
    /// The key of the orders without a delivery method.
    static let noDeliveryMethod = "none"
}

/// One group of a grouping, or no restriction at all: which orders a figure is about.
struct QualitySelection: Hashable, Sendable {
    var grouping: QualityGrouping
    /// `nil`: every group.
    var key: String?

    static let everything = QualitySelection(grouping: .all)

    /// Every group of `grouping`: always a selection, as no key needs checking.
    init(grouping: QualityGrouping) {
        self.grouping = grouping
        self.key = nil
    }

    /// The grouping that actually narrows the orders: none (`.all`) without a key.
    var narrowing: QualityGrouping { key == nil ? .all : grouping }

    /// `nil` when the key cannot name a group of this grouping.
    init?(grouping: QualityGrouping, key: String?) {
        self.grouping = grouping
        self.key = key
        guard let key, grouping != .all else { self.key = nil; return }
        if key.hasControlCharacters { return nil }
        switch grouping {
        case .segment, .client: if UUID(uuidString: key) == nil { return nil }
        case .manager: if key != QualityGrouping.noManager && UUID(uuidString: key) == nil { return nil }
        case .origin: if key != "internal" && key != "external" { return nil }
        case .category, .deliveryMethod: if key.isEmpty || key.count > 200 { return nil }
        case .all: break
        }
    }
}
