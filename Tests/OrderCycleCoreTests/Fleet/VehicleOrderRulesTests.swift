import Foundation
import Testing
@testable import OrderCycleCore

@Suite("Vehicle orders: the status path, who takes each step, capacity and busy windows (DOMAIN §2.5)")
struct VehicleOrderRulesTests {
    @Test func theDispatcherTakesTheOrderAlongThePathOneStepAtATime() {
        for (from, to) in zip(VehicleOrderStatus.path, VehicleOrderStatus.path.dropFirst()) {
            #expect(VehicleOrderPolicy.check(from: from, to: to, byClient: false, reason: nil) == nil)
        }
        #expect(VehicleOrderPolicy.check(from: .requested, to: .en_route, byClient: false, reason: nil) == .notNext(from: .requested, to: .en_route))
        #expect(VehicleOrderPolicy.check(from: .delivered, to: .requested, byClient: false, reason: nil) == .notNext(from: .delivered, to: .requested))
    }

    @Test func aCancellationNeedsAReasonAndComesBeforeLoading() {
        #expect(VehicleOrderPolicy.check(from: .arrived, to: .cancelled, byClient: false, reason: "client not there") == nil)
        #expect(VehicleOrderPolicy.check(from: .arrived, to: .cancelled, byClient: false, reason: "  ") == .reasonRequired)
        #expect(VehicleOrderPolicy.check(from: .loaded, to: .cancelled, byClient: false, reason: "x") == .notNext(from: .loaded, to: .cancelled))
        #expect(VehicleOrderPolicy.check(from: .cancelled, to: .cancelled, byClient: false, reason: "x") != nil)
    }

    @Test func theClientOnlyCancelsAndOnlyBeforeTheVehicleLeaves() {
        #expect(VehicleOrderPolicy.check(from: .requested, to: .cancelled, byClient: true, reason: "plans changed") == nil)
        #expect(VehicleOrderPolicy.check(from: .assigned, to: .cancelled, byClient: true, reason: "plans changed") == nil)
        #expect(VehicleOrderPolicy.check(from: .en_route, to: .cancelled, byClient: true, reason: "plans changed") == .clientMayNot(.cancelled))
        #expect(VehicleOrderPolicy.check(from: .requested, to: .assigned, byClient: true, reason: nil) == .clientMayNot(.assigned))
        #expect(VehicleOrderPolicy.Refusal.clientMayNot(.cancelled).message(.ru).contains("диспетчеру"))
    }

    @Test func aCargoNoVehicleCarriesIsImpossible() {
        #expect(FleetRules.impossibilities(of: Cargo(weightKg: 800, volumeM3: 4, pieces: 3), type: nil).isEmpty)
        #expect(FleetRules.impossibilities(of: Cargo(weightKg: 25_000, volumeM3: 4, pieces: 1), type: nil).map(\.field) == ["cargo.weight_kg"])
        #expect(FleetRules.impossibilities(of: Cargo(weightKg: 800, volumeM3: 4, pieces: 1), type: .car).map(\.field) == ["cargo.weight_kg", "cargo.volume_m3"])
    }

    @Test func aVehicleTooSmallOrOfAnotherKindIsRefused() {
        let cargo = Cargo(weightKg: 1_200, volumeM3: 8, pieces: 10)
        let van = VehicleCapacity(type: .van, weightKg: 1_500, volumeM3: 12)
        let smallVan = VehicleCapacity(type: .van, weightKg: 1_000, volumeM3: 6)
        #expect(FleetRules.misfits(of: cargo, requested: .van, vehicle: van).isEmpty)
        #expect(FleetRules.misfits(of: cargo, requested: .van, vehicle: smallVan).count == 2)
        #expect(FleetRules.misfits(of: cargo, requested: .truck, vehicle: van).map(\.en).first?.contains("asks for a Truck") == true)
        #expect(FleetRules.misfits(of: cargo, requested: nil, vehicle: van).isEmpty)
    }

    @Test func windowsThatTouchDoNotCollideOverlappingOnesDo() {
        let h: TimeInterval = 3600
        let base = Date(timeIntervalSince1970: 1_800_000_000)
        let w = FleetRules.Window(from: base, to: base + 2 * h)
        let taken: [(id: Int, window: FleetRules.Window)] = [
            (1, .init(from: base - 2 * h, to: base)),          // ends as ours begins
            (2, .init(from: base + h, to: base + 3 * h)),      // overlaps the second hour
            (3, .init(from: base + 2 * h, to: base + 4 * h)),  // begins as ours ends
            (4, .init(from: base - h, to: base + 5 * h)),      // covers ours
        ]
        #expect(FleetRules.collisions(of: w, with: taken) == [2, 4])
    }
}
