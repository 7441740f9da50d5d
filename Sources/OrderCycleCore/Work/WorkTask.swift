import Foundation

/// A task on the board as the overdue rule sees it: its status and its deadline (DOMAIN §2.2).
public struct WorkTask<TaskID: Hashable & Sendable>: Hashable, Sendable {
    public var id: TaskID
    public var status: TaskStatus
    public var deadline: TaskDeadline

    public init(id: TaskID, status: TaskStatus, deadline: TaskDeadline) {
        self.id = id
        self.status = status
        self.deadline = deadline
    }

    /// Open and past the deadline in force. Blocked tasks count: waiting on someone else is a
    /// reason to renegotiate the deadline, not to let it lapse silently.
    public func isOverdue(at instant: Date) -> Bool {
        status.isOpen && deadline.hasPassed(at: instant)
    }
}

extension WorkTask: Codable where TaskID: Codable {}
