import Foundation
import Testing
@testable import OrderCycleCore

@Suite("Person limits, soft columns, assignments and a supervisor's override (DOMAIN §2.2)")
struct GateLimitsTests {
    // Fixed clock: 2025-06-02 10:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_748_858_400)
    static let hour: TimeInterval = 3600
    static let roomy = ColumnOccupancy(column: "doing", taskCount: 1, wipLimit: 5)

    static func task(_ id: Int, _ status: TaskStatus, dueIn hours: Double) -> WorkTask<Int> {
        WorkTask(id: id, status: status, deadline: TaskDeadline(now.addingTimeInterval(hours * hour)))
    }

    @Test func aPersonAtTheirLimitIsRefusedWithPersonFull() {
        let tasks = [Self.task(1, .inProgress, dueIn: 4), Self.task(2, .todo, dueIn: 24)]
        let decision = OverdueGate.decide(pulling: 2, into: Self.roomy, responsibleFor: tasks,
                                          person: PersonLoad(inProgress: 1, wipLimit: 1), overridden: false, at: Self.now)
        #expect(decision == .refuse(.personFull(limit: 1)))
        #expect(PullRefusal<Int, String>.personFull(limit: 1).code == "person_full")
        // Below the limit, or without one, the pull goes through.
        #expect(OverdueGate.decide(pulling: 2, into: Self.roomy, responsibleFor: tasks, person: PersonLoad(inProgress: 1, wipLimit: 2), overridden: false, at: Self.now) == .allow)
        #expect(OverdueGate.decide(pulling: 2, into: Self.roomy, responsibleFor: tasks, person: PersonLoad(inProgress: 9, wipLimit: nil), overridden: false, at: Self.now) == .allow)
    }

    @Test func aSoftColumnLimitLetsThePullInAndSaysSo() {
        let soft = ColumnOccupancy(column: "doing", taskCount: 3, wipLimit: 3, strict: false)
        let strict = ColumnOccupancy(column: "doing", taskCount: 3, wipLimit: 3, strict: true)
        #expect(OverdueGate.decide(pulling: 1, into: soft, responsibleFor: [WorkTask<Int>](), at: Self.now) == .allow)
        #expect(soft.isOverSoftLimit)
        #expect(OverdueGate.decide(pulling: 1, into: strict, responsibleFor: [WorkTask<Int>](), at: Self.now) == .refuse(.columnFull("doing", limit: 3)))
        #expect(!strict.isOverSoftLimit)
    }

    @Test func overdueWorkComesBeforeTheColumnAndTheColumnBeforeThePerson() {
        let full = ColumnOccupancy(column: "doing", taskCount: 3, wipLimit: 3)
        let late = [Self.task(1, .inProgress, dueIn: -1)]
        let busy = PersonLoad(inProgress: 2, wipLimit: 2)
        #expect(OverdueGate.decide(pulling: 9, into: full, responsibleFor: late, person: busy, overridden: false, at: Self.now) == .refuse(.overdueTasks([1])))
        #expect(OverdueGate.decide(pulling: 9, into: full, responsibleFor: [WorkTask<Int>](), person: busy, overridden: false, at: Self.now) == .refuse(.columnFull("doing", limit: 3)))
    }

    @Test func assigningToSomeoneWithOverdueWorkIsRefusedLikeTheirPull() {
        let tasks = [Self.task(1, .todo, dueIn: -5), Self.task(2, .inProgress, dueIn: -1), Self.task(3, .todo, dueIn: 8)]
        let refused: PullDecision<Int, String> = OverdueGate.decideAssignment(of: 3, toOneResponsibleFor: tasks, person: nil, overridden: false, at: Self.now)
        #expect(refused == .refuse(.overdueTasks([1, 2])))
        #expect(PullRefusal<Int, String>.overdueTasks([1, 2]).assignmentMessage(.en, assignee: "Olga").hasPrefix("Olga has 2 overdue"))
        // Handing someone their own overdue task back is no new work.
        let own: PullDecision<Int, String> = OverdueGate.decideAssignment(of: 1, toOneResponsibleFor: [Self.task(1, .todo, dueIn: -5)], person: nil, overridden: false, at: Self.now)
        #expect(own == .allow)
        // An in-progress task adds to the assignee's load.
        let busy: PullDecision<Int, String> = OverdueGate.decideAssignment(of: 3, toOneResponsibleFor: [Self.task(3, .inProgress, dueIn: 8)], person: PersonLoad(inProgress: 3, wipLimit: 3), overridden: false, at: Self.now)
        #expect(busy == .refuse(.personFull(limit: 3)))
    }

    @Test func anOverrideLiftsTheOverdueBlockButNoLimit() {
        let late = [Self.task(1, .inProgress, dueIn: -1)]
        #expect(OverdueGate.decide(pulling: 9, into: Self.roomy, responsibleFor: late, person: nil, overridden: true, at: Self.now) == .allow)
        let full = ColumnOccupancy(column: "doing", taskCount: 5, wipLimit: 5)
        #expect(OverdueGate.decide(pulling: 9, into: full, responsibleFor: late, person: nil, overridden: true, at: Self.now) == .refuse(.columnFull("doing", limit: 5)))
        let assigned: PullDecision<Int, String> = OverdueGate.decideAssignment(of: 9, toOneResponsibleFor: late, person: nil, overridden: true, at: Self.now)
        #expect(assigned == .allow)
    }

    @Test func anOverrideNeedsASupervisorAReasonAndAnotherPersonAndIsUsedOnce() throws {
        #expect(throws: GateOverrideError.notSupervisor) { try GateOverride.grant(reason: "Urgent", isSupervisor: false, forSelf: false, at: Self.now) }
        #expect(throws: GateOverrideError.ownBlock) { try GateOverride.grant(reason: "Urgent", isSupervisor: true, forSelf: true, at: Self.now) }
        #expect(throws: GateOverrideError.reasonMissing) { try GateOverride.grant(reason: "  \n", isSupervisor: true, forSelf: false, at: Self.now) }
        let granted = try GateOverride.grant(reason: "  Client's line is down ", isSupervisor: true, forSelf: false, at: Self.now)
        #expect(granted.reason == "Client's line is down")
        #expect(granted.isAvailable)
        let used = try granted.used(at: Self.now.addingTimeInterval(60))
        #expect(!used.isAvailable)
        #expect(throws: GateOverrideError.alreadyUsed) { try used.used(at: Self.now.addingTimeInterval(120)) }
    }
}
