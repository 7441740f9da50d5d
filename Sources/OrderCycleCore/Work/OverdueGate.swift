import Foundation

/// The Kanban board's gate on pulling a task (DOMAIN §2.2: "failure to complete assignments
/// blocks the system, literally paralysing the responsible employee's work").
///
/// **Decision** (DOMAIN §2.2): an employee who has an overdue open task cannot pull a new task
/// until the overdue one is done or its deadline is renegotiated with a recorded reason; and a
/// column at its work-in-progress limit takes no more tasks. Pulling one of the employee's own
/// overdue tasks is allowed — working on it is what the block is for. The overdue check comes
/// first, as it is the employee's own block; the WIP limit applies to every pull.
public enum OverdueGate {
    /// Whether the employee may pull `taskID` into `column` at `instant`, given every task the
    /// employee is responsible for (done ones are ignored).
    public static func decide<TaskID, Column>(
        pulling taskID: TaskID,
        into column: ColumnOccupancy<Column>,
        responsibleFor tasks: some Sequence<WorkTask<TaskID>>,
        at instant: Date
    ) -> PullDecision<TaskID, Column> {
        let overdue = tasks.enumerated()
            .filter { $0.element.id != taskID && $0.element.isOverdue(at: instant) }
            // Most overdue first; equal deadlines keep the given order.
            .sorted { ($0.element.deadline.current, $0.offset) < ($1.element.deadline.current, $1.offset) }
            .map(\.element.id)
        if !overdue.isEmpty { return .refuse(.overdueTasks(overdue)) }
        if column.isFull, let limit = column.wipLimit { return .refuse(.columnFull(column.column, limit: limit)) }
        return .allow
    }
}

/// The gate's answer.
public enum PullDecision<TaskID: Hashable & Sendable, Column: Hashable & Sendable>: Hashable, Sendable {
    case allow
    case refuse(PullRefusal<TaskID, Column>)

    public var isAllowed: Bool { self == .allow }
}

/// Why a pull was refused.
public enum PullRefusal<TaskID: Hashable & Sendable, Column: Hashable & Sendable>: Hashable, Sendable {
    /// The employee's overdue open tasks, most overdue first: finish them or renegotiate
    /// their deadlines with a reason.
    case overdueTasks([TaskID])
    /// The column holds its work-in-progress limit already.
    case columnFull(Column, limit: Int)

    public var code: String {
        switch self {
        case .overdueTasks: "overdue_tasks"
        case .columnFull: "column_full"
        }
    }

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case let (.overdueTasks(ids), .en):
            "You have \(ids.count) overdue task(s). Finish them or agree a new deadline with a reason before taking new work."
        case let (.overdueTasks(ids), .ru):
            "У вас просроченных задач: \(ids.count). Выполните их или согласуйте новый срок с указанием причины, прежде чем брать новую работу."
        case let (.columnFull(_, limit), .en):
            "The column has reached its limit of \(limit) task(s) in progress. Finish one first."
        case let (.columnFull(_, limit), .ru):
            "Колонка заполнена: предел незавершённой работы — \(limit). Сначала завершите одну из задач."
        }
    }
}
