import Foundation

/// The Kanban board's gate on pulling a task (DOMAIN §2.2: "failure to complete assignments
/// blocks the system, literally paralysing the responsible employee's work").
///
/// **Decision** (DOMAIN §2.2): an employee who has an overdue open task cannot pull a new task
/// until the overdue one is done or its deadline is renegotiated with a recorded reason; and a
/// column at its work-in-progress limit takes no more tasks. Pulling one of the employee's own
/// overdue tasks is allowed — working on it is what the block is for. The overdue check comes
/// first, as it is the employee's own block; the WIP limit applies to every pull.
///
/// The same block holds when someone else hands the employee a task: assigning new work to a
/// person with overdue work is refused like their own pull, or the block would be one
/// reassignment away from meaningless. A supervisor's override (`GateOverride`) lifts the
/// overdue block for one pull or assignment; it never lifts a WIP limit, which protects the
/// column and the person rather than judging them.
public enum OverdueGate {
    /// Whether the employee may pull `taskID` into `column` at `instant`, given every task the
    /// employee is responsible for (done ones are ignored).
    public static func decide<TaskID, Column>(
        pulling taskID: TaskID,
        into column: ColumnOccupancy<Column>,
        responsibleFor tasks: some Sequence<WorkTask<TaskID>>,
        at instant: Date
    ) -> PullDecision<TaskID, Column> {
        decide(pulling: taskID, into: column, responsibleFor: tasks, person: nil, overridden: false, at: instant)
    }

    /// As above, with the employee's own work-in-progress load, and whether a supervisor's
    /// override lets this one pull past overdue work. Order: overdue, column, person.
    public static func decide<TaskID, Column>(
        pulling taskID: TaskID,
        into column: ColumnOccupancy<Column>,
        responsibleFor tasks: some Sequence<WorkTask<TaskID>>,
        person: PersonLoad?,
        overridden: Bool,
        at instant: Date
    ) -> PullDecision<TaskID, Column> {
        if !overridden {
            let overdue = overdueTasks(of: tasks, besides: taskID, at: instant)
            if !overdue.isEmpty { return .refuse(.overdueTasks(overdue)) }
        }
        if column.isFull, column.strict, let limit = column.wipLimit { return .refuse(.columnFull(column.column, limit: limit)) }
        if let person, person.isFull, let limit = person.wipLimit { return .refuse(.personFull(limit: limit)) }
        return .allow
    }

    /// Whether `taskID` may be given to an employee responsible for `tasks`. `person` is their
    /// load when the task is already in progress (it then adds to it), `nil` otherwise.
    public static func decideAssignment<TaskID, Column>(
        of taskID: TaskID,
        toOneResponsibleFor tasks: some Sequence<WorkTask<TaskID>>,
        person: PersonLoad?,
        overridden: Bool,
        at instant: Date
    ) -> PullDecision<TaskID, Column> {
        if !overridden {
            let overdue = overdueTasks(of: tasks, besides: taskID, at: instant)
            if !overdue.isEmpty { return .refuse(.overdueTasks(overdue)) }
        }
        if let person, person.isFull, let limit = person.wipLimit { return .refuse(.personFull(limit: limit)) }
        return .allow
    }

    /// The overdue open tasks other than `taskID`, most overdue first; equal deadlines keep the given order.
    public static func overdueTasks<TaskID>(of tasks: some Sequence<WorkTask<TaskID>>, besides taskID: TaskID?, at instant: Date) -> [TaskID] {
        tasks.enumerated()
            .filter { $0.element.id != taskID && $0.element.isOverdue(at: instant) }
            .sorted { ($0.element.deadline.current, $0.offset) < ($1.element.deadline.current, $1.offset) }
            .map(\.element.id)
    }
}

/// The gate's answer.
public enum PullDecision<TaskID: Hashable & Sendable, Column: Hashable & Sendable>: Hashable, Sendable {
    case allow
    case refuse(PullRefusal<TaskID, Column>)

    public var isAllowed: Bool { self == .allow }
}

/// Why a pull (or an assignment) was refused.
public enum PullRefusal<TaskID: Hashable & Sendable, Column: Hashable & Sendable>: Hashable, Sendable {
    /// The employee's overdue open tasks, most overdue first: finish them or renegotiate
    /// their deadlines with a reason.
    case overdueTasks([TaskID])
    /// The column holds its work-in-progress limit already.
    case columnFull(Column, limit: Int)
    /// The employee has their own limit of tasks in progress already.
    case personFull(limit: Int)

    public var code: String {
        switch self {
        case .overdueTasks: "overdue_tasks"
        case .columnFull: "column_full"
        case .personFull: "person_full"
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
        case let (.personFull(limit), .en):
            "The limit of \(limit) task(s) in progress per person is reached. Finish one first."
        case let (.personFull(limit), .ru):
            "Достигнут личный предел задач в работе — \(limit). Сначала завершите одну из них."
        }
    }

    /// The message when the refused work was being given to someone else, who is named.
    public func assignmentMessage(_ language: Language, assignee: String) -> String {
        switch (self, language) {
        case let (.overdueTasks(ids), .en):
            "\(assignee) has \(ids.count) overdue task(s): no new work can be assigned until they are done or their deadlines are renegotiated with a reason."
        case let (.overdueTasks(ids), .ru):
            "У сотрудника \(assignee) просроченных задач: \(ids.count). Новую работу нельзя назначить, пока они не выполнены или их сроки не перенесены с указанием причины."
        case let (.personFull(limit), .en):
            "\(assignee) has reached the limit of \(limit) task(s) in progress."
        case let (.personFull(limit), .ru):
            "Сотрудник \(assignee) достиг предела задач в работе — \(limit)."
        case (.columnFull, _):
            message(language)
        }
    }
}
