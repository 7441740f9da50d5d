import Foundation

/// A supervisor's permission for one blocked employee to take one task despite overdue work
/// (DOMAIN §2.2: the block is the rule, but a supervisor may decide an urgent job comes first).
/// It carries a reason, is recorded, and is spent by the first pull or assignment it lets
/// through, so it never becomes a standing exemption.
public struct GateOverride: Hashable, Sendable, Codable {
    public var reason: String
    public var grantedAt: Date
    /// When a pull or an assignment used it; `nil` while it is still available.
    public var usedAt: Date?

    public init(reason: String, grantedAt: Date, usedAt: Date? = nil) {
        self.reason = reason
        self.grantedAt = grantedAt
        self.usedAt = usedAt
    }

    public var isAvailable: Bool { usedAt == nil }

    /// An override granted at `instant` by someone who `isSupervisor` of the employee's team
    /// (or an administrator), for `reason`. Nobody overrides their own block: that would make
    /// the rule optional for supervisors.
    public static func grant(reason: String, isSupervisor: Bool, forSelf: Bool, at instant: Date) throws(GateOverrideError) -> GateOverride {
        guard isSupervisor else { throw .notSupervisor }
        guard !forSelf else { throw .ownBlock }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw .reasonMissing }
        return GateOverride(reason: reason, grantedAt: instant)
    }

    /// The override spent at `instant`; an override already used cannot be used again.
    public func used(at instant: Date) throws(GateOverrideError) -> GateOverride {
        guard isAvailable else { throw .alreadyUsed }
        var copy = self
        copy.usedAt = instant
        return copy
    }
}

/// Why an override could not be granted or used.
public enum GateOverrideError: Error, Hashable, Sendable {
    case notSupervisor
    case ownBlock
    case reasonMissing
    case alreadyUsed

    public var code: String {
        switch self {
        case .notSupervisor: "not_supervisor"
        case .ownBlock: "own_block"
        case .reasonMissing: "reason_missing"
        case .alreadyUsed: "override_used"
        }
    }

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.notSupervisor, .en): "Only a supervisor of the employee's team may let a task through."
        case (.notSupervisor, .ru): "Пропустить задачу может только руководитель команды сотрудника."
        case (.ownBlock, .en): "A supervisor cannot lift their own block."
        case (.ownBlock, .ru): "Руководитель не может снять блокировку с самого себя."
        case (.reasonMissing, .en): "Letting a task through needs a recorded reason."
        case (.reasonMissing, .ru): "Чтобы пропустить задачу, нужно указать причину."
        case (.alreadyUsed, .en): "This permission has been used already."
        case (.alreadyUsed, .ru): "Это разрешение уже использовано."
        }
    }
}
