/// A board column's load against its work-in-progress limit (DOMAIN §2.2 Decision: columns
/// have WIP limits, so work is finished before more is started).
public struct ColumnOccupancy<Column: Hashable & Sendable>: Hashable, Sendable {
    public var column: Column
    /// Tasks in the column now, not counting the one about to be pulled in.
    public var taskCount: Int
    /// The most tasks the column may hold; `nil` for no limit.
    public var wipLimit: Int?

    public init(column: Column, taskCount: Int, wipLimit: Int?) {
        self.column = column
        self.taskCount = taskCount
        self.wipLimit = wipLimit
    }

    /// Whether one more task would exceed the limit.
    public var isFull: Bool {
        wipLimit.map { taskCount >= $0 } ?? false
    }
}

extension ColumnOccupancy: Codable where Column: Codable {}
