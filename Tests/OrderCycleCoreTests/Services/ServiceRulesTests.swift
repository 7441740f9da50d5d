import Foundation
import Testing
@testable import OrderCycleCore

@Suite("The personal service department's rules: requests, package allowance, η, F, upsell (DOMAIN §2.4, §4.2)")
struct ServiceRulesTests {
    @Test func requestsMoveThroughTheirStatesAndSayWhatAStepNeeds() {
        #expect(RequestTransitionCheck.check(from: .new, to: .accepted, satisfied: nil, reason: nil) == .allowed)
        #expect(RequestTransitionCheck.check(from: .new, to: .planned, satisfied: nil, reason: nil) == .illegal(from: .new, to: .planned))
        #expect(RequestTransitionCheck.check(from: .new, to: .refused, satisfied: nil, reason: "  ") == .needs(field: "reason"))
        #expect(RequestTransitionCheck.check(from: .new, to: .refused, satisfied: nil, reason: "No trucks on Sunday") == .allowed)
        #expect(RequestTransitionCheck.check(from: .done, to: .closed, satisfied: nil, reason: nil) == .needs(field: "satisfied"))
        #expect(RequestTransitionCheck.check(from: .done, to: .closed, satisfied: true, reason: nil) == .allowed)
        #expect(RequestTransitionCheck.check(from: .done, to: .closed, satisfied: false, reason: nil) == .needs(field: "reason"))
        #expect(RequestTransitionCheck.check(from: .done, to: .closed, satisfied: false, reason: "Two hours late") == .allowed)
        #expect(RequestTransitionCheck.check(from: .closed, to: .done, satisfied: nil, reason: nil) == .illegal(from: .closed, to: .done))
        #expect(RequestTransitionCheck.check(from: .refused, to: .accepted, satisfied: nil, reason: nil) != .allowed)
        #expect(RequestTransitionCheck.check(from: .planned, to: .planned, satisfied: nil, reason: nil) == .allowed)
        #expect(RequestTransitionCheck.illegal(from: .new, to: .closed).message(.ru) == "Заявку нельзя перевести из «Новая» в «Закрыта».")
        #expect(ServiceRequestStatus.allCases.filter(\.isDecided) == [.refused, .closed])
    }

    @Test func thePackageCoversRequestsUntilTheMonthsAllowanceIsUsed() {
        let allowance = PackageAllowance(included: ["night-intake": 2, "labels": 5], used: ["night-intake": 2, "labels": 1])
        #expect(allowance.left("night-intake") == 0)
        #expect(allowance.left("labels") == 4)
        #expect(allowance.left("training") == 0)
        func price(_ service: String?, _ minor: Int64, _ allowance: PackageAllowance?) -> [Int64] {
            let p = RequestPricing.price(serviceID: service, servicePriceMinor: minor, allowance: allowance)
            return [p.insidePackage ? 1 : 0, p.priceMinor]
        }
        #expect(price("night-intake", 150_00, allowance) == [0, 150_00])
        #expect(price("labels", 10_00, allowance) == [1, 0])
        #expect(price("labels", 10_00, nil) == [0, 10_00])
        #expect(price(nil, 0, allowance) == [0, 0])
    }

    @Test func serviceLevelCountsTheCatalogOpenToTheSegmentAndThePackage() throws {
        let catalog = [
            ServiceOffer(serviceID: "a", standardMinutes: 30, active: true, segments: []),
            ServiceOffer(serviceID: "b", standardMinutes: 60, active: true, segments: ["wholesale"]),
            ServiceOffer(serviceID: "c", standardMinutes: 10, active: false, segments: []),
            ServiceOffer(serviceID: "d", standardMinutes: 90, active: true, segments: ["retail"]),
        ]
        // Wholesale: a and b open to it, c retired but in its package; d is another segment's.
        let possible = ServiceOffer.possibleNorms(catalog, segment: "wholesale", packageServices: ["c"])
        #expect(possible == ["a": 30, "b": 60, "c": 10])
        // Client 1 got a and d (d not possible: does not count); client 2 (retail: a, d) got d.
        let one = ServiceFigures.ClientUse(possibleNorms: possible, provided: ["a", "d"])
        let two = ServiceFigures.ClientUse(possibleNorms: ServiceOffer.possibleNorms(catalog, segment: "retail", packageServices: []), provided: ["d"])
        let level = try ServiceFigures.serviceLevel([one, two])
        // By count (1 + 1) / (3 + 2) = 0.4; by time (30 + 90) / (100 + 120) = 120 / 220.
        #expect(level.byCount == .measured(0.4))
        #expect(level.byTime == .measured(120.0 / 220.0))
        #expect(try ServiceFigures.serviceLevel([]).byCount == .noData)
    }

    @Test func flexibilityIsSatisfiedOverDecidedAndNullWithoutDecisions() throws {
        let decided: [(status: ServiceRequestStatus, satisfied: Bool?)] = [
            (.closed, true), (.closed, true), (.closed, false), (.refused, nil), (.planned, nil), (.done, nil),
        ]
        #expect(try ServiceFigures.flexibility(decided: decided) == .measured(0.5))
        #expect(try ServiceFigures.flexibility(decided: [(.new, nil), (.accepted, nil)]) == .noData)
    }

    @Test func upsellSuggestsThePackageThatSavesMostPerMonth() {
        // Three months, 6 night intakes at 150.00 each = 900.00: 2 a month.
        let purchases = [Upsell.Purchase(serviceID: "night", count: 6, paidMinor: 900_00), Upsell.Purchase(serviceID: "rare", count: 1, paidMinor: 50_00)]
        let current = Upsell.Offer(packageID: "start", priceMinor: 100_00, included: ["labels": 5])
        let offers = [
            current,
            // Covers 2 a month (300.00) for 200.00 more: saves 100.00.
            Upsell.Offer(packageID: "business", priceMinor: 300_00, included: ["night": 4]),
            // Covers 1 a month (150.00) for 20.00 more: saves 130.00.
            Upsell.Offer(packageID: "light", priceMinor: 120_00, included: ["night": 1]),
            // Covers "rare" (1/3 a month: 16.67) for 400.00 more: no saving.
            Upsell.Offer(packageID: "premium", priceMinor: 500_00, included: ["night": 10, "rare": 5]),
        ]
        let out = Upsell.suggestions(purchases: purchases, months: 3, offers: offers, currentPackage: current)
        #expect(out.count == 1)
        #expect(out.first?.packageID == "light")
        #expect(out.first?.savingPerMonthMinor == 130_00)
        #expect(out.first?.paidMinor == 900_00)
        #expect(Upsell.suggestions(purchases: [], months: 3, offers: offers, currentPackage: nil).isEmpty)
    }
}

@Suite("A request's time: outside working hours accepted and marked, the past refused")
struct RequestScheduleTests {
    static let kyiv = TimeZone(identifier: "Europe/Kyiv")!
    // Wednesday 2025-06-04 10:00 Kyiv (07:00 UTC).
    static let now = Date(timeIntervalSince1970: 1_749_020_400)

    @Test func tenPMIsOutsideHoursTenAMInsideAndYesterdayIsPast() {
        #expect(RequestSchedule.check(Self.now.addingTimeInterval(3600), now: Self.now, timeZone: Self.kyiv) == .inHours)
        #expect(RequestSchedule.check(Self.now.addingTimeInterval(12 * 3600), now: Self.now, timeZone: Self.kyiv) == .outsideHours)
        // Saturday 10:00.
        #expect(RequestSchedule.check(Self.now.addingTimeInterval(3 * 86_400), now: Self.now, timeZone: Self.kyiv) == .outsideHours)
        #expect(RequestSchedule.check(Self.now.addingTimeInterval(-86_400), now: Self.now, timeZone: Self.kyiv) == .inThePast)
    }
}
