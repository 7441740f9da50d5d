/// Where a task stands (DOMAIN §2.2: every task has a responsible person, a deadline, a status).
///
/// `todo → in_progress → done`, with `blocked` for work that waits on someone else. A blocked
/// task stays open — and can still be overdue — until it is done. `done` is final: follow-up
/// work is a new task, so the record of which deadlines were met stays true.
public enum TaskStatus: String, CaseIterable, Codable, Sendable {
    case todo
    case inProgress = "in_progress"
    case blocked
    case done

    /// Whether the task still needs work.
    public var isOpen: Bool { self != .done }

    /// The statuses a task may move to from this one.
    public var next: Set<TaskStatus> {
        switch self {
        case .todo: [.inProgress, .blocked]
        // Back to todo: an employee may put a pulled task back on the board.
        case .inProgress: [.done, .blocked, .todo]
        case .blocked: [.inProgress, .todo]
        case .done: []
        }
    }

    public func canMove(to status: TaskStatus) -> Bool {
        next.contains(status)
    }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.todo, .en): "To do"
        case (.todo, .ru): "К выполнению"
        case (.inProgress, .en): "In progress"
        case (.inProgress, .ru): "В работе"
        case (.blocked, .en): "Blocked"
        case (.blocked, .ru): "Заблокирована"
        case (.done, .en): "Done"
        case (.done, .ru): "Выполнена"
        }
    }
}
