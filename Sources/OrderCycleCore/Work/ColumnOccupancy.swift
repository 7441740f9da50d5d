/// A board column's load against its work-in-progress limit (DOMAIN §2.2 Decision: columns
/// have WIP limits, so work is finished before more is started).
///
/// A strict limit refuses the task that would exceed it; a soft one lets it in with a warning,
/// for teams that want to see the overload rather than stop at it.
public struct ColumnOccupancy<Column: Hashable & Sendable>: Hashable, Sendable {
    public var column: Column
    /// Tasks in the column now, not counting the one about to be pulled in.
    public var taskCount: Int
    /// The most tasks the column may hold; `nil` for no limit.
    public var wipLimit: Int?
    /// Whether the limit refuses (`true`) or only warns (`false`).
    public var strict: Bool

    public init(column: Column, taskCount: Int, wipLimit: Int?, strict: Bool = true) {
        self.column = column
        self.taskCount = taskCount
        self.wipLimit = wipLimit
        self.strict = strict
    }

    /// Whether one more task would exceed the limit.
    public var isFull: Bool {
        wipLimit.map { taskCount >= $0 } ?? false
    }

    /// Whether one more task would exceed a soft limit: allowed, with a warning.
    public var isOverSoftLimit: Bool { isFull && !strict }
}

extension ColumnOccupancy: Codable where Column: Codable {}
