import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// The month's allowance under concurrency: requests filed at the same moment for a packaged
/// service with one unit left — only one of them is inside the package, the others are priced.
@Suite("Services: the month's last included unit under concurrency")
struct RequestAllowanceRaceTests {
    @Test func requestsFiledAtOnceDoNotBothTakeTheLastIncludedUnit() async throws {
        let clock = ManualClock(ServicesWorld.start)
        try await withApp(clock: clock.clock) { app in
            let w = try await ServicesWorld.make(app, clock: clock)
            #expect(try await w.connect(w.acme.id, from: "2026-03-01").status == .created)
            // Business includes two intakes a month; one is used, one is left.
            #expect(try w.request(try await w.file("service", service: "intake", at: ServicesWorld.tenPM, token: w.acmeToken)).inside_package)
            // Several rounds, each racing for the one unit left: refusing the winner gives it back.
            let racers = 12
            for round in 0..<4 {
                let filed = try await withThrowingTaskGroup(of: ServiceRequestDTO.self) { group in
                    for n in 0..<racers {
                        group.addTask {
                            let token = n.isMultiple(of: 2) ? w.acmeToken : w.manager.token
                            let response = try await w.file("service", service: "intake", at: ServicesWorld.tenPM, client: n.isMultiple(of: 2) ? nil : w.acme.id,
                                                             token: token, description: "Round \(round), racer \(n)")
                            #expect(response.status == .created, "\(response.text)")
                            return try w.request(response)
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(filed.count == racers)
                #expect(filed.filter(\.inside_package).count == 1, "round \(round): \(filed.map(\.inside_package))")
                #expect(filed.filter { !$0.inside_package }.allSatisfy { $0.price_minor == 150_00 })
                if round < 3, let winner = filed.first(where: \.inside_package) {
                    #expect(try await w.move(winner.id, to: "refused", reason: "Raced again").status == .ok)
                }
            }
            let package = try await app.api(.GET, "/api/v1/clients/\(w.acme.id)/package", headers: .bearer(w.acmeToken))
            let intake = ((package.json["allowance"] as? [[String: Any]]) ?? []).first { $0["service_id"] as? String == w.services["intake"]?.uuidString }
            #expect(intake?["left"] as? Int == 0, "\(package.text)")
        }
    }
}
