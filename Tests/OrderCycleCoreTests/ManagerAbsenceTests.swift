import Foundation
import Testing
@testable import OrderCycleCore

@Suite("A call for an absent manager reaches a deputy or the operators (DOMAIN §2.1)")
struct ManagerAbsenceTests {
    // Fixed clock: 2025-06-02 (Monday) 10:00 UTC and a week of leave around it.
    static let monday = Date(timeIntervalSince1970: 1_748_858_400)
    static let weekBefore = monday.addingTimeInterval(-7 * 86_400)
    static let weekAfter = monday.addingTimeInterval(7 * 86_400)

    static func away(_ manager: String, deputy: String?) -> ManagerAbsence<String> {
        ManagerAbsence(managerID: manager, from: weekBefore, to: weekAfter, deputyID: deputy)
    }

    @Test func aPresentManagerTakesTheirOwnCall() {
        // setup
        let absences = [Self.away("olena", deputy: "ivan")]

        // MUT / validate
        #expect(ManagerAbsence.callRecipient(for: "petro", at: Self.monday, absences: absences) == "petro")
    }

    @Test func anAbsentManagersCallGoesToTheDeputy() {
        // setup
        let absences = [Self.away("olena", deputy: "ivan")]

        // MUT / validate
        #expect(ManagerAbsence.callRecipient(for: "olena", at: Self.monday, absences: absences) == "ivan")
    }

    @Test func theManagerIsBackAtTheEndOfTheAbsence() {
        // setup
        let absences = [Self.away("olena", deputy: "ivan")]

        // MUT / validate
        #expect(ManagerAbsence.callRecipient(for: "olena", at: Self.weekAfter, absences: absences) == "olena")
        #expect(ManagerAbsence.callRecipient(for: "olena", at: Self.weekBefore, absences: absences) == "ivan")
    }

    @Test func anAbsenceWithoutDeputySendsTheCallToOperators() {
        // setup
        let absences = [Self.away("olena", deputy: nil)]

        // MUT / validate
        #expect(ManagerAbsence.callRecipient(for: "olena", at: Self.monday, absences: absences) == nil)
    }

    @Test func anAbsentDeputyPassesTheCallToTheirOwnDeputy() {
        // setup
        let absences = [Self.away("olena", deputy: "ivan"), Self.away("ivan", deputy: "maria")]

        // MUT / validate
        #expect(ManagerAbsence.callRecipient(for: "olena", at: Self.monday, absences: absences) == "maria")
    }

    @Test func anAbsentDeputyWithoutDeputySendsTheCallToOperators() {
        // setup
        let absences = [Self.away("olena", deputy: "ivan"), Self.away("ivan", deputy: nil)]

        // MUT / validate
        #expect(ManagerAbsence.callRecipient(for: "olena", at: Self.monday, absences: absences) == nil)
    }

    @Test func deputiesStandingInForEachOtherSendTheCallToOperators() {
        // setup
        let absences = [Self.away("olena", deputy: "ivan"), Self.away("ivan", deputy: "olena")]

        // MUT / validate
        #expect(ManagerAbsence.callRecipient(for: "olena", at: Self.monday, absences: absences) == nil)
    }

    @Test func aLongChainOfAbsentDeputiesStopsAfterThreeHops() {
        // setup: a → b → c → d are away, e is in
        let chain = ["a", "b", "c", "d", "e"]
        let absences = zip(chain, chain.dropFirst()).map { Self.away($0, deputy: $1) }

        // MUT / validate
        #expect(ManagerAbsence.callRecipient(for: "b", at: Self.monday, absences: absences) == "e")
        #expect(ManagerAbsence.callRecipient(for: "a", at: Self.monday, absences: absences) == nil)
    }

    @Test func theLatestOverlappingAbsenceDecidesTheDeputy() {
        // setup: a sick day inside a planned leave names a different deputy
        let leave = Self.away("olena", deputy: "ivan")
        let sickDay = ManagerAbsence(
            managerID: "olena", from: Self.monday.addingTimeInterval(-3600),
            to: Self.monday.addingTimeInterval(8 * 3600), deputyID: "maria")

        // MUT / validate
        #expect(ManagerAbsence.callRecipient(for: "olena", at: Self.monday, absences: [leave, sickDay]) == "maria")
    }
}
