/// Why a buyer claims against an order (DOMAIN §3.3 item 6, §4.1 post-sale: claims, exchange, warranty).
public enum ClaimReason: String, CaseIterable, Codable, Sendable {
    case damaged, shortage, late, wrongItem = "wrong_item", quality, returned, other

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.damaged, .en): "Damaged"
        case (.damaged, .ru): "Повреждение"
        case (.shortage, .en): "Shortage"
        case (.shortage, .ru): "Недостача"
        case (.late, .en): "Late delivery"
        case (.late, .ru): "Опоздание"
        case (.wrongItem, .en): "Wrong item"
        case (.wrongItem, .ru): "Не тот товар"
        case (.quality, .en): "Quality"
        case (.quality, .ru): "Качество"
        case (.returned, .en): "Return"
        case (.returned, .ru): "Возврат"
        case (.other, .en): "Other"
        case (.other, .ru): "Другое"
        }
    }
}

/// A claim is worked by staff until it is resolved or rejected.
public enum ClaimStatus: String, CaseIterable, Codable, Sendable {
    case open, inProgress = "in_progress", resolved, rejected

    public var isOpen: Bool { self == .open || self == .inProgress }

    public var allowedNext: [ClaimStatus] {
        switch self {
        case .open: [.inProgress, .resolved, .rejected]
        case .inProgress: [.resolved, .rejected]
        case .resolved, .rejected: []
        }
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.open, .en): "Open"
        case (.open, .ru): "Открыта"
        case (.inProgress, .en): "In progress"
        case (.inProgress, .ru): "В работе"
        case (.resolved, .en): "Resolved"
        case (.resolved, .ru): "Урегулирована"
        case (.rejected, .en): "Rejected"
        case (.rejected, .ru): "Отклонена"
        }
    }
}
