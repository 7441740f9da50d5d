/// Where an order stands in its processing (DOMAIN §3.2): compose → transmit → receive →
/// place (accept into work) → invoice → pick → dispatch → delivered → accepted by the buyer;
/// or cancelled, with a reason, before dispatch.
///
/// **Decision**: the steps are taken one at a time in this order (none skipped), so every
/// order's history shows each step; `delivered` and `accepted` are the two ends of the
/// seller's and buyer's cycles (DOMAIN §3.1).
public enum OrderStatus: String, CaseIterable, Codable, Sendable {
    case draft
    case sent
    case received
    case placed
    case invoiced
    case picked
    case dispatched
    case delivered
    case accepted
    case cancelled

    /// The processing steps in order; `cancelled` is off the line.
    public static let processingOrder: [OrderStatus] = [
        .draft, .sent, .received, .placed, .invoiced, .picked, .dispatched, .delivered, .accepted,
    ]

    /// The statuses this one may move to next.
    public var allowedNext: [OrderStatus] {
        guard let index = Self.processingOrder.firstIndex(of: self) else { return [] }
        var next: [OrderStatus] = []
        if index + 1 < Self.processingOrder.count { next.append(Self.processingOrder[index + 1]) }
        if canBeCancelled { next.append(.cancelled) }
        return next
    }

    public func canTransition(to next: OrderStatus) -> Bool {
        allowedNext.contains(next)
    }

    /// DOMAIN §3.2: cancelling is possible before dispatch.
    public var canBeCancelled: Bool {
        switch self {
        case .draft, .sent, .received, .placed, .invoiced, .picked: true
        case .dispatched, .delivered, .accepted, .cancelled: false
        }
    }

    /// **Decision**: an order is open until the buyer accepted it or it was cancelled — a
    /// delivered order still waits for the buyer's confirmation.
    public var isOpen: Bool { !isTerminal }

    /// Accepted and cancelled orders never change again.
    public var isTerminal: Bool { self == .accepted || self == .cancelled }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.draft, .en): "Draft"
        case (.draft, .ru): "Черновик"
        case (.sent, .en): "Sent"
        case (.sent, .ru): "Передан"
        case (.received, .en): "Received"
        case (.received, .ru): "Получен"
        case (.placed, .en): "Placed"
        case (.placed, .ru): "Принят в работу"
        case (.invoiced, .en): "Invoiced"
        case (.invoiced, .ru): "Счёт выставлен"
        case (.picked, .en): "Picked"
        case (.picked, .ru): "Укомплектован"
        case (.dispatched, .en): "Dispatched"
        case (.dispatched, .ru): "Отгружен"
        case (.delivered, .en): "Delivered"
        case (.delivered, .ru): "Доставлен"
        case (.accepted, .en): "Accepted"
        case (.accepted, .ru): "Получение подтверждено"
        case (.cancelled, .en): "Cancelled"
        case (.cancelled, .ru): "Отменён"
        }
    }
}
