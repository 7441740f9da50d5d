import Foundation

/// A task's deadline with its history of renegotiations (DOMAIN §2.2: "no deadline is missed
/// and no agreement is forgotten").
///
/// The deadline in force is the original one, or the last renegotiated one that records a
/// reason: a renegotiation without a reason does not count, so loaded history cannot lift the
/// overdue block by a silent edit.
public struct TaskDeadline: Hashable, Sendable, Codable {
    /// The deadline first agreed.
    public var original: Date
    public var renegotiations: [DeadlineRenegotiation]

    public init(_ original: Date, renegotiations: [DeadlineRenegotiation] = []) {
        self.original = original
        self.renegotiations = renegotiations
    }

    /// The deadline in force.
    public var current: Date {
        renegotiations.last(where: \.hasReason)?.newDeadline ?? original
    }

    /// Whether the deadline in force has passed at `instant` (at the deadline itself it has not).
    public func hasPassed(at instant: Date) -> Bool {
        instant > current
    }

    /// The deadline moved to `newDeadline`, agreed at `instant` for `reason`.
    public func renegotiated(to newDeadline: Date, reason: String, at instant: Date) throws(DeadlineRenegotiationError) -> TaskDeadline {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw .reasonMissing }
        // A deadline already past on agreement would leave the task overdue at once.
        guard newDeadline > instant else { throw .deadlineNotInFuture }
        var copy = self
        copy.renegotiations.append(DeadlineRenegotiation(
            previousDeadline: current, newDeadline: newDeadline, reason: reason, recordedAt: instant))
        return copy
    }
}

/// One agreed move of a deadline, with its reason.
public struct DeadlineRenegotiation: Hashable, Sendable, Codable {
    public var previousDeadline: Date
    public var newDeadline: Date
    public var reason: String
    public var recordedAt: Date

    public init(previousDeadline: Date, newDeadline: Date, reason: String, recordedAt: Date) {
        self.previousDeadline = previousDeadline
        self.newDeadline = newDeadline
        self.reason = reason
        self.recordedAt = recordedAt
    }

    /// Whether a reason was recorded (blank text is none).
    public var hasReason: Bool {
        !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}

/// Why a deadline could not be renegotiated.
public enum DeadlineRenegotiationError: Error, Hashable, Sendable {
    case reasonMissing
    case deadlineNotInFuture

    public var code: String {
        switch self {
        case .reasonMissing: "reason_missing"
        case .deadlineNotInFuture: "deadline_not_in_future"
        }
    }

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.reasonMissing, .en): "A new deadline needs a recorded reason."
        case (.reasonMissing, .ru): "Для переноса срока нужно указать причину."
        case (.deadlineNotInFuture, .en): "The new deadline must be later than now."
        case (.deadlineNotInFuture, .ru): "Новый срок должен быть позже текущего момента."
        }
    }
}
