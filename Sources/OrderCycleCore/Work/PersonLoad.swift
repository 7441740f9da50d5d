/// How much work one employee has in progress against their own limit (DOMAIN §2.2: the board
/// tracks tasks so they finish on time — a person juggling too many finishes none of them).
/// Only tasks in progress count: work waiting in "to do" is not yet being done.
public struct PersonLoad: Hashable, Sendable, Codable {
    /// The employee's tasks in progress now, not counting the one about to be taken.
    public var inProgress: Int
    /// The most tasks the employee may have in progress; `nil` for no limit.
    public var wipLimit: Int?

    public init(inProgress: Int, wipLimit: Int?) {
        self.inProgress = inProgress
        self.wipLimit = wipLimit
    }

    /// Whether one more task in progress would exceed the limit.
    public var isFull: Bool {
        wipLimit.map { inProgress >= $0 } ?? false
    }
}
