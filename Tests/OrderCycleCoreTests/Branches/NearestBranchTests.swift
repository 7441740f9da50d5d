import Foundation
import Testing
@testable import OrderCycleCore

@Suite("The nearest branch: great-circle distance and the grid (DOMAIN §2.5)")
struct NearestBranchTests {
    static let moscow = GeoPoint(lat: 55.7558, lon: 37.6173)
    static let petersburg = GeoPoint(lat: 59.9343, lon: 30.3351)
    static let almaty = GeoPoint(lat: 43.2389, lon: 76.8897)

    @Test func distancesMatchHandComputedGreatCircles() {
        // Moscow–Saint Petersburg is about 634 km as the crow flies (633 on the sphere); Moscow–Almaty about 3,100 km.
        #expect(abs(Self.moscow.distanceKm(to: Self.petersburg) - 633.0) < 1)
        #expect(abs(Self.moscow.distanceKm(to: Self.almaty) - 3105) < 10)
        #expect(Self.moscow.distanceKm(to: Self.moscow) == 0)
        // One degree of latitude on the meridian, and the antipode (half the circumference).
        #expect(abs(GeoPoint(lat: 0, lon: 0).distanceKm(to: GeoPoint(lat: 1, lon: 0)) - GeoPoint.kmPerDegree) < 1e-6)
        #expect(abs(GeoPoint(lat: 0, lon: 0).distanceKm(to: GeoPoint(lat: 0, lon: 180)) - .pi * GeoPoint.earthRadiusKm) < 1e-6)
        // Across the antimeridian: 179.9°E to 179.9°W is 0.2° of longitude, not 359.8°.
        #expect(GeoPoint(lat: 0, lon: 179.9).distanceKm(to: GeoPoint(lat: 0, lon: -179.9)) < 23)
    }

    @Test func coordinatesOutOfRangeAreRefused() {
        #expect(GeoPoint(checking: 90.0001, 0) == nil)
        #expect(GeoPoint(checking: 0, -180.5) == nil)
        #expect(GeoPoint(checking: .nan, 0) == nil)
        #expect(GeoPoint(checking: -90, 180) != nil)
    }

    /// The grid answers exactly what measuring every branch answers, wherever the user stands:
    /// in a dense city, between sparse towns, near a pole and across the antimeridian.
    @Test func theGridAnswersWhatAScanOfEveryBranchAnswers() {
        var rng = SplitMix(seed: 7)
        var entries: [BranchGrid<Int, Int>.Entry] = []
        for i in 0..<3_000 {
            // Most branches around a few cities, some anywhere, some at the edges of the map.
            let p: GeoPoint
            switch i % 10 {
            case 0: p = GeoPoint(lat: rng.next(in: -89.9...89.9), lon: rng.next(in: -180...179.99))
            case 1: p = GeoPoint(lat: rng.next(in: 60...89.9), lon: rng.next(in: 170...179.99))
            default:
                let c = [Self.moscow, Self.petersburg, Self.almaty][i % 3]
                p = GeoPoint(lat: c.lat + rng.next(in: -2...2), lon: c.lon + rng.next(in: -3...3))
            }
            entries.append(.init(id: i, point: p, item: i % 4))
        }
        for cell in [0.5, 1, 5] {
            let grid = BranchGrid(cellDegrees: cell, entries: entries)
            for _ in 0..<60 {
                let origin = GeoPoint(lat: rng.next(in: -89...89.9), lon: rng.next(in: -180...179.99))
                let cases: [(limit: Int, service: Int?)] = [(1, nil), (5, nil), (20, 3)]
                for (limit, service) in cases {
                    let filter: (Int) -> Bool = { service == nil || $0 == service }
                    var measured: [(id: Int, d: Double)] = []
                    for e in entries where filter(e.item) { measured.append((id: e.id, d: origin.distanceKm(to: e.point))) }
                    measured.sort { (a: (id: Int, d: Double), b: (id: Int, d: Double)) -> Bool in a.d != b.d ? a.d < b.d : a.id < b.id }
                    let scan: [Int] = measured.prefix(limit).map { $0.id }
                    let found = grid.nearest(to: origin, limit: limit, where: filter).map(\.id)
                    #expect(found == Array(scan), "cell \(cell) at \(origin)")
                }
            }
        }
    }

    @Test func anEmptyGridOrAServiceNoBranchOffersFindsNothing() {
        #expect(BranchGrid<Int, Int>().nearest(to: Self.moscow, limit: 3).isEmpty)
        let grid = BranchGrid(entries: [.init(id: 1, point: Self.moscow, item: 0)])
        #expect(grid.nearest(to: Self.almaty, limit: 3, where: { $0 == 1 }).isEmpty)
        #expect(grid.nearest(to: Self.almaty, limit: 3).map(\.id) == [1])
    }

    @Test func citiesAreFoundByTheirNameInEitherLanguage() throws {
        let directory = try CityDirectory(csv: """
            name_en,name_ru,country,lat,lon,population
            Moscow,Москва,RU,55.7558,37.6173,13000000
            Nizhny Novgorod,Нижний Новгород,RU,56.3269,44.0059,1200000
            Novosibirsk,Новосибирск,RU,55.0084,82.9357,1600000
            Almaty,Алматы,KZ,43.2389,76.8897,2200000
            """)
        #expect(directory.match("москва")?.nameEn == "Moscow")
        #expect(directory.match("г. Москва, ул. Тверская, 1")?.nameEn == "Moscow")
        #expect(directory.match("Nizhny Novgorod")?.nameRu == "Нижний Новгород")
        #expect(directory.match("ул. Рождественская 5, Нижний Новгород")?.nameEn == "Nizhny Novgorod")
        #expect(directory.match("новосиб")?.nameEn == "Novosibirsk")
        #expect(directory.match("АЛМАТЫ")?.country == "KZ")
        #expect(directory.match("Atlantis") == nil)
        #expect(directory.match("  ") == nil)
    }
}

/// A small deterministic generator for the tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + Double(next() >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
    }
}
