import Testing
@testable import OrderCycleCore

@Suite("A new client gets a manager (DOMAIN §2.1)")
struct ManagerAssignmentTests {
    typealias Candidate = ManagerCandidate<Int, String>

    @Test func picksTheSegmentManagerWithFewestClientsInThatSegment() {
        // setup
        let candidates = [
            Candidate(id: 1, segments: ["retail", "wholesale"], activeClients: ["retail": 9, "wholesale": 1]),
            Candidate(id: 2, segments: ["retail"], activeClients: ["retail": 4]),
            Candidate(id: 3, segments: ["wholesale"], activeClients: ["wholesale": 0]),
        ]

        // MUT
        let assignment = ManagerAssignment.choose(forSegment: "retail", among: candidates)

        // validate
        #expect(assignment == ManagerAssignment(managerID: 2, servesSegment: true))
    }

    @Test func countsOnlyTheClientsOfTheClientsSegment() {
        // setup: manager 1 holds more clients overall but fewer wholesale ones
        let candidates = [
            Candidate(id: 1, segments: ["retail", "wholesale"], activeClients: ["retail": 20, "wholesale": 2]),
            Candidate(id: 2, segments: ["wholesale"], activeClients: ["wholesale": 3]),
        ]

        // MUT
        let assignment = ManagerAssignment.choose(forSegment: "wholesale", among: candidates)

        // validate
        #expect(assignment?.managerID == 1)
    }

    @Test func breaksATieBySmallestID() {
        // setup
        let candidates = [
            Candidate(id: 7, segments: ["retail"], activeClients: ["retail": 3]),
            Candidate(id: 4, segments: ["retail"], activeClients: ["retail": 3]),
            Candidate(id: 5, segments: ["retail"], activeClients: ["retail": 3]),
        ]

        // MUT
        let assignment = ManagerAssignment.choose(forSegment: "retail", among: candidates)

        // validate
        #expect(assignment?.managerID == 4)
    }

    @Test func skipsInactiveManagers() {
        // setup
        let candidates = [
            Candidate(id: 1, isActive: false, segments: ["retail"]),
            Candidate(id: 2, segments: ["retail"], activeClients: ["retail": 50]),
        ]

        // MUT
        let assignment = ManagerAssignment.choose(forSegment: "retail", among: candidates)

        // validate
        #expect(assignment?.managerID == 2)
    }

    @Test func fallsBackToFewestClientsOverallWhenNobodyServesTheSegment() {
        // setup
        let candidates = [
            Candidate(id: 1, segments: ["retail"], activeClients: ["retail": 5, "wholesale": 1]),
            Candidate(id: 2, segments: ["wholesale"], activeClients: ["wholesale": 4]),
            Candidate(id: 3, isActive: false, segments: ["export"]),
        ]

        // MUT
        let assignment = ManagerAssignment.choose(forSegment: "export", among: candidates)

        // validate
        #expect(assignment == ManagerAssignment(managerID: 2, servesSegment: false))
    }

    @Test func aClientWithoutSegmentGoesToTheLeastLoadedManager() {
        // setup
        let candidates = [
            Candidate(id: 1, segments: ["retail"], activeClients: ["retail": 2]),
            Candidate(id: 2, segments: ["wholesale"], activeClients: ["wholesale": 2]),
        ]

        // MUT
        let assignment = ManagerAssignment.choose(forSegment: nil, among: candidates)

        // validate
        #expect(assignment == ManagerAssignment(managerID: 1, servesSegment: false))
    }

    @Test func nobodyIsAssignedWhenNoManagerIsActive() {
        // setup
        let candidates = [Candidate(id: 1, isActive: false, segments: ["retail"])]

        // MUT / validate
        #expect(ManagerAssignment.choose(forSegment: "retail", among: candidates) == nil)
    }
}
