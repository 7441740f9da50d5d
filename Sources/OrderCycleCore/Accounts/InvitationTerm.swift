import Foundation

/// What a client's invitation to the cabinet may still do. A link is a password in all but name:
/// it opens once, and only for 72 hours after staff made it, so a link found later in a mailbox
/// or a chat history opens nothing.
public enum InvitationState: String, Sendable, Equatable, CaseIterable, Codable {
    case open, used, expired

    public func name(_ lang: Language) -> String {
        switch (self, lang) {
        case (.open, .en): "waiting"
        case (.open, .ru): "ожидает"
        case (.used, .en): "used"
        case (.used, .ru): "использовано"
        case (.expired, .en): "expired"
        case (.expired, .ru): "истекло"
        }
    }
}

public enum InvitationTerm {
    /// How long a link stays valid after it is made.
    public static let lifetime: TimeInterval = 72 * 3600

    public static func expiry(madeAt: Date) -> Date { madeAt.addingTimeInterval(lifetime) }

    /// Used wins over expired: a link set a password once, whatever the time now.
    public static func state(expiresAt: Date, usedAt: Date?, now: Date) -> InvitationState {
        if usedAt != nil { return .used }
        return now < expiresAt ? .open : .expired
    }
}
