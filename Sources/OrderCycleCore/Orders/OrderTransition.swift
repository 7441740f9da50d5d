import Foundation

/// Why an order cannot move to the requested status.
public enum OrderTransitionError: Error, Hashable, Sendable {
    /// The step is not next in line (or the order is already past dispatch / finished).
    case notAllowed(from: OrderStatus, to: OrderStatus)
    /// Cancelling needs a non-blank reason (DOMAIN §3.2).
    case reasonRequired
}

/// One accepted step of an order's status, ready to be stored in its history.
public struct OrderTransition: Hashable, Sendable, Codable {
    public let from: OrderStatus
    public let to: OrderStatus
    /// The reason given, trimmed; always present for a cancellation.
    public let reason: String?
}

extension OrderStatus {
    /// Checks a step against the state machine and returns it as a record.
    ///
    /// A reason is required to cancel and kept, as a note, for any other step when given.
    public func transition(to next: OrderStatus, reason: String? = nil) throws(OrderTransitionError) -> OrderTransition {
        guard canTransition(to: next) else { throw .notAllowed(from: self, to: next) }
        let trimmed = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        let note = (trimmed?.isEmpty ?? true) ? nil : trimmed
        if next == .cancelled, note == nil { throw .reasonRequired }
        return OrderTransition(from: self, to: next, reason: note)
    }
}
