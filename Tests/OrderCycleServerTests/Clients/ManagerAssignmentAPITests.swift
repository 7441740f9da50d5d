import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Single client-manager: assignment, reassignment, workload, absences")
struct ManagerAssignmentAPITests {
    @Test func aNewClientGoesToTheSegmentsManagerWithTheFewestActiveClients() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let wholesale = try await ClientFixtures.segment(app, code: "wholesale")
            let (busy, token) = try await ClientFixtures.manager(app, serving: [retail])
            let (free, _) = try await ClientFixtures.manager(app, serving: [retail])
            let (other, _) = try await ClientFixtures.manager(app, serving: [wholesale])
            // The first goes by id among equals; then the other retail manager has fewer.
            let first = try await ClientFixtures.client(app, token: token, name: "A", segment: retail)
            let second = try await ClientFixtures.client(app, token: token, name: "B", segment: retail)
            let ids = [busy.id!, free.id!].sorted { $0.uuidString < $1.uuidString }
            #expect(first.manager?.id == ids[0])
            #expect(second.manager?.id == ids[1])
            let third = try await ClientFixtures.client(app, token: token, name: "C", segment: wholesale)
            #expect(third.manager?.id == other.id)
            let history = try await app.api(.GET, "/api/v1/clients/\(third.id)/assignments", headers: .bearer(token)).decoded(ClientsAPI.AssignmentList.self)
            #expect(history.items.map(\.reason) == [AssignmentHistory.automatic])
        }
    }

    @Test func anAdministratorReassignsOneClientWithAReasonAndTheHistoryIsKept() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (first, token) = try await ClientFixtures.manager(app, serving: [retail])
            let client = try await ClientFixtures.client(app, token: token, name: "Moving Ltd", segment: retail)
            let (second, _) = try await ClientFixtures.manager(app, serving: [])
            let (_, admin) = try await makeUser(app, role: .admin)
            let body = ["manager_id": second.id!.uuidString, "reason": "Key account moves to Kyiv office"]
            let refused = try await app.api(.POST, "/api/v1/clients/\(client.id)/reassign", headers: .bearer(token, [("If-Match", "*")]), json: body)
            #expect(refused.status == .forbidden)
            let moved = try await app.api(.POST, "/api/v1/clients/\(client.id)/reassign", headers: .bearer(admin, [("If-Match", "\"1\"")]), json: body)
            #expect(moved.status == .ok)
            #expect(try moved.decoded(ClientDTO.self).manager?.id == second.id)
            let history = try await app.api(.GET, "/api/v1/clients/\(client.id)/assignments", headers: .bearer(admin)).decoded(ClientsAPI.AssignmentList.self)
            #expect(history.items.count == 2)
            #expect(history.items[0].from_manager_id == first.id && history.items[0].to_manager_id == second.id)
            #expect(history.items[0].reason == "Key account moves to Kyiv office")
        }
    }

    @Test func reassignmentNeedsAReason() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (_, token) = try await ClientFixtures.manager(app, serving: [retail])
            let client = try await ClientFixtures.client(app, token: token, name: "Moving Ltd", segment: retail)
            let (second, _) = try await ClientFixtures.manager(app, serving: [])
            let (_, admin) = try await makeUser(app, role: .admin)
            let response = try await app.api(.POST, "/api/v1/clients/\(client.id)/reassign", headers: .bearer(admin, [("If-Match", "*")]),
                                             json: ["manager_id": second.id!.uuidString])
            #expect(response.status == .unprocessableEntity)
        }
    }

    @Test func allClientsOfALeavingManagerAreSpreadByTheRule() async throws {
        try await withApp { app in
            let retail = try await ClientFixtures.segment(app, code: "retail")
            let (leaving, token) = try await ClientFixtures.manager(app, serving: [retail])
            for i in 0..<4 { _ = try await ClientFixtures.client(app, token: token, name: "Client \(i)", segment: retail) }
            let (a, _) = try await ClientFixtures.manager(app, serving: [retail])
            let (b, _) = try await ClientFixtures.manager(app, serving: [retail])
            let (_, admin) = try await makeUser(app, role: .admin)
            let response = try await app.api(.POST, "/api/v1/managers/\(leaving.id!)/reassign-clients", headers: .bearer(admin),
                                             json: ["reason": "Leaves the company"])
            #expect(response.status == .ok)
            let result = try response.decoded(ManagersAPI.ReassignAllResult.self)
            #expect(result.moved == 4)
            let counts = Dictionary(grouping: result.items, by: \.to_manager_id).mapValues(\.count)
            #expect(counts[a.id!] == 2 && counts[b.id!] == 2)
            let workload = try await app.api(.GET, "/api/v1/managers/workload", headers: .bearer(admin)).decoded(ManagersAPI.Workload.self)
            #expect(workload.items.first { $0.manager_id == leaving.id }?.active_clients == 0)
            #expect(workload.items.first { $0.manager_id == a.id }?.active_clients == 2)
        }
    }

    @Test func aManagerRecordsOnlyTheirOwnAbsence() async throws {
        try await withApp { app in
            let (me, token) = try await ClientFixtures.manager(app, serving: [])
            let (deputy, _) = try await ClientFixtures.manager(app, serving: [])
            let (colleague, _) = try await ClientFixtures.manager(app, serving: [])
            let now = Date()
            let own = AbsenceBody(deputy_id: deputy.id, starts_at: now, ends_at: now.addingTimeInterval(86_400))
            let created = try await app.api(.POST, "/api/v1/absences", headers: .bearer(token), json: own)
            #expect(created.status == .created)
            #expect(try created.decoded(AbsenceStore.AbsenceDTO.self).manager_id == me.id)
            var foreign = own
            foreign.manager_id = colleague.id
            let refused = try await app.api(.POST, "/api/v1/absences", headers: .bearer(token), json: foreign)
            #expect(refused.status == .unprocessableEntity)
            let backwards = AbsenceBody(starts_at: now, ends_at: now.addingTimeInterval(-60))
            #expect(try await app.api(.POST, "/api/v1/absences", headers: .bearer(token), json: backwards).status == .unprocessableEntity)
        }
    }

    struct AbsenceBody: Encodable, Sendable {
        var manager_id: UUID?
        var deputy_id: UUID?
        var starts_at: Date
        var ends_at: Date
    }
}
