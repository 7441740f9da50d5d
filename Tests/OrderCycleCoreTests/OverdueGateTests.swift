import Foundation
import Testing
@testable import OrderCycleCore

@Suite("An overdue task blocks pulling new work (DOMAIN §2.2)")
struct OverdueGateTests {
    // Fixed clock: 2025-06-02 10:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_748_858_400)
    static let hour: TimeInterval = 3600
    static let inProgress = ColumnOccupancy(column: TaskStatus.inProgress, taskCount: 2, wipLimit: 5)

    static func task(_ id: Int, _ status: TaskStatus, dueIn hours: Double) -> WorkTask<Int> {
        WorkTask(id: id, status: status, deadline: TaskDeadline(now.addingTimeInterval(hours * hour)))
    }

    @Test func anEmployeeWithoutOverdueTasksMayPull() {
        // setup
        let tasks = [Self.task(1, .inProgress, dueIn: 4), Self.task(2, .todo, dueIn: 24)]

        // MUT
        let decision = OverdueGate.decide(pulling: 2, into: Self.inProgress, responsibleFor: tasks, at: Self.now)

        // validate
        #expect(decision == .allow)
    }

    @Test func anOverdueTaskRefusesANewPullAndNamesIt() {
        // setup
        let tasks = [Self.task(1, .inProgress, dueIn: -2), Self.task(2, .todo, dueIn: 24)]

        // MUT
        let decision = OverdueGate.decide(pulling: 2, into: Self.inProgress, responsibleFor: tasks, at: Self.now)

        // validate
        #expect(decision == .refuse(.overdueTasks([1])))
    }

    @Test func overdueTasksAreListedMostOverdueFirst() {
        // setup
        let tasks = [
            Self.task(1, .inProgress, dueIn: -1),
            Self.task(2, .blocked, dueIn: -30),
            Self.task(3, .todo, dueIn: -5),
            Self.task(4, .todo, dueIn: 24),
        ]

        // MUT
        let decision = OverdueGate.decide(pulling: 4, into: Self.inProgress, responsibleFor: tasks, at: Self.now)

        // validate
        #expect(decision == .refuse(.overdueTasks([2, 3, 1])))
    }

    @Test func aDoneTaskPastItsDeadlineDoesNotBlock() {
        // setup
        let tasks = [Self.task(1, .done, dueIn: -48), Self.task(2, .todo, dueIn: 24)]

        // MUT
        let decision = OverdueGate.decide(pulling: 2, into: Self.inProgress, responsibleFor: tasks, at: Self.now)

        // validate
        #expect(decision == .allow)
    }

    @Test func anOverdueTaskItselfMayBePulled() {
        // setup
        let tasks = [Self.task(1, .todo, dueIn: -3)]

        // MUT
        let decision = OverdueGate.decide(pulling: 1, into: Self.inProgress, responsibleFor: tasks, at: Self.now)

        // validate
        #expect(decision == .allow)
    }

    @Test func aTaskAtItsDeadlineIsNotYetOverdue() {
        // setup
        let tasks = [Self.task(1, .inProgress, dueIn: 0), Self.task(2, .todo, dueIn: 24)]

        // MUT
        let decision = OverdueGate.decide(pulling: 2, into: Self.inProgress, responsibleFor: tasks, at: Self.now)

        // validate
        #expect(decision == .allow)
    }

    @Test func aDeadlineRenegotiatedWithAReasonLiftsTheBlock() throws {
        // setup
        var late = Self.task(1, .inProgress, dueIn: -2)
        late.deadline = try late.deadline.renegotiated(
            to: Self.now.addingTimeInterval(24 * Self.hour),
            reason: "Client moved the loading slot to tomorrow",
            at: Self.now.addingTimeInterval(-Self.hour))
        let tasks = [late, Self.task(2, .todo, dueIn: 24)]

        // MUT
        let decision = OverdueGate.decide(pulling: 2, into: Self.inProgress, responsibleFor: tasks, at: Self.now)

        // validate
        #expect(decision == .allow)
    }

    @Test func aRenegotiatedDeadlineThatPassesBlocksAgain() throws {
        // setup
        var late = Self.task(1, .inProgress, dueIn: -48)
        late.deadline = try late.deadline.renegotiated(
            to: Self.now.addingTimeInterval(-Self.hour), reason: "Waiting for customs",
            at: Self.now.addingTimeInterval(-30 * Self.hour))
        let tasks = [late, Self.task(2, .todo, dueIn: 24)]

        // MUT
        let decision = OverdueGate.decide(pulling: 2, into: Self.inProgress, responsibleFor: tasks, at: Self.now)

        // validate
        #expect(decision == .refuse(.overdueTasks([1])))
    }

    @Test func aRenegotiationWithoutReasonIsRefused() {
        // setup
        let deadline = TaskDeadline(Self.now)

        // MUT / validate
        #expect(throws: DeadlineRenegotiationError.reasonMissing) {
            try deadline.renegotiated(to: Self.now.addingTimeInterval(Self.hour), reason: "  ", at: Self.now)
        }
    }

    @Test func aRecordedRenegotiationWithBlankReasonDoesNotMoveTheDeadline() {
        // setup: history loaded from storage, edited without a reason
        let original = Self.now.addingTimeInterval(-2 * Self.hour)
        let deadline = TaskDeadline(original, renegotiations: [
            DeadlineRenegotiation(previousDeadline: original, newDeadline: Self.now.addingTimeInterval(Self.hour),
                                  reason: "", recordedAt: Self.now),
        ])

        // MUT / validate
        #expect(deadline.current == original)
        #expect(deadline.hasPassed(at: Self.now))
    }

    @Test func aRenegotiatedDeadlineMustLieAhead() {
        // setup
        let deadline = TaskDeadline(Self.now)

        // MUT / validate
        #expect(throws: DeadlineRenegotiationError.deadlineNotInFuture) {
            try deadline.renegotiated(to: Self.now.addingTimeInterval(-Self.hour), reason: "Typo", at: Self.now)
        }
    }

    @Test func aFullColumnRefusesThePull() {
        // setup
        let column = ColumnOccupancy(column: TaskStatus.inProgress, taskCount: 3, wipLimit: 3)
        let tasks = [Self.task(9, .todo, dueIn: 24)]

        // MUT
        let decision = OverdueGate.decide(pulling: 9, into: column, responsibleFor: tasks, at: Self.now)

        // validate
        #expect(decision == .refuse(.columnFull(.inProgress, limit: 3)))
    }

    @Test func aColumnBelowItsLimitOrWithoutOneAcceptsThePull() {
        // setup
        let belowLimit = ColumnOccupancy(column: "picking", taskCount: 2, wipLimit: 3)
        let unlimited = ColumnOccupancy(column: "backlog", taskCount: 500, wipLimit: nil)
        let tasks = [Self.task(9, .todo, dueIn: 24)]

        // MUT / validate
        #expect(OverdueGate.decide(pulling: 9, into: belowLimit, responsibleFor: tasks, at: Self.now).isAllowed)
        #expect(OverdueGate.decide(pulling: 9, into: unlimited, responsibleFor: tasks, at: Self.now).isAllowed)
    }

    @Test func theOverdueBlockIsReportedBeforeAFullColumn() {
        // setup
        let column = ColumnOccupancy(column: TaskStatus.inProgress, taskCount: 3, wipLimit: 3)
        let tasks = [Self.task(1, .inProgress, dueIn: -1), Self.task(9, .todo, dueIn: 24)]

        // MUT
        let decision = OverdueGate.decide(pulling: 9, into: column, responsibleFor: tasks, at: Self.now)

        // validate
        #expect(decision == .refuse(.overdueTasks([1])))
    }
}

@Suite("A task moves todo → in_progress → done (DOMAIN §2.2)")
struct TaskStatusTests {
    @Test func theMainPathIsAllowed() {
        #expect(TaskStatus.todo.canMove(to: .inProgress))
        #expect(TaskStatus.inProgress.canMove(to: .done))
    }

    @Test func blockedWorkResumes() {
        #expect(TaskStatus.inProgress.canMove(to: .blocked))
        #expect(TaskStatus.blocked.canMove(to: .inProgress))
    }

    @Test func doneIsFinal() {
        #expect(TaskStatus.done.next.isEmpty)
        #expect(!TaskStatus.done.isOpen)
    }

    @Test func aTaskCannotSkipTheWork() {
        #expect(!TaskStatus.todo.canMove(to: .done))
    }

    @Test func rawValuesAreSnakeCase() {
        #expect(TaskStatus.allCases.map(\.rawValue) == ["todo", "in_progress", "blocked", "done"])
    }
}
