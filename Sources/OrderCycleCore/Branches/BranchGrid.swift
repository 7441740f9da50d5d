import Foundation

/// The branches on a grid of latitude/longitude cells, for the nearest-branch search
/// (DOMAIN §2.5) without measuring the distance to every branch.
///
/// The search looks at the cells around the user ring by ring until it holds `limit` branches
/// that pass the filter; the farthest of them bounds the answer. It then measures every branch
/// in the cells that the spherical cap of that radius touches (its latitude band and the
/// longitude span `asin(sin(r/R) / cos φ)`, all longitudes near a pole), so the answer is exact —
/// the same as measuring every branch — while a search touches a few cells and a few dozen
/// branches. Ties in distance go to the smaller id, so the order never depends on the grid.
///
/// A value type: the server builds a new grid on every change of the catalog and swaps it in.
public struct BranchGrid<ID: Hashable & Comparable & Sendable, Item: Sendable>: Sendable {
    public struct Entry: Sendable {
        public var id: ID
        public var point: GeoPoint
        public var item: Item
        public init(id: ID, point: GeoPoint, item: Item) { self.id = id; self.point = point; self.item = item }
    }

    public struct Hit: Sendable {
        public var id: ID
        public var item: Item
        public var distanceKm: Double
    }

    private struct Cell: Hashable, Sendable {
        var y: Int
        var x: Int
    }

    /// The side of a cell in degrees.
    public let cellDegrees: Double
    private let rows: Int
    private let columns: Int
    private var cells: [Cell: [Entry]] = [:]
    public private(set) var count = 0

    public init(cellDegrees: Double = 1, entries: [Entry] = []) {
        precondition(cellDegrees > 0 && cellDegrees <= 30)
        self.cellDegrees = cellDegrees
        self.rows = Int((180 / cellDegrees).rounded(.up))
        self.columns = Int((360 / cellDegrees).rounded(.up))
        for entry in entries { insert(entry) }
    }

    public mutating func insert(_ entry: Entry) {
        cells[cell(of: entry.point), default: []].append(entry)
        count += 1
    }

    private func cell(of p: GeoPoint) -> Cell {
        Cell(y: min(rows - 1, max(0, Int(((p.lat + 90) / cellDegrees).rounded(.down)))), x: wrap(Int(((p.lon + 180) / cellDegrees).rounded(.down))))
    }

    private func wrap(_ x: Int) -> Int { ((x % columns) + columns) % columns }

    /// The `limit` nearest entries that pass `filter`, nearest first.
    public func nearest(to origin: GeoPoint, limit: Int, where filter: (Item) -> Bool = { _ in true }) -> [Hit] {
        guard limit > 0, count > 0 else { return [] }
        let center = cell(of: origin)
        var best: [Hit] = []
        var seen = Set<Cell>()
        func take(_ c: Cell) {
            guard seen.insert(c).inserted, let entries = cells[c] else { return }
            for e in entries where filter(e.item) {
                best.append(Hit(id: e.id, item: e.item, distanceKm: origin.distanceKm(to: e.point)))
            }
        }
        // Rings until `limit` candidates are held; a ring wider than the occupied cells is
        // replaced by a look at every occupied cell (a sparse grid or a rare service).
        var radius = 0
        var scannedAll = false
        let maxRadius = max(rows, columns / 2 + 1)
        while best.count < limit, radius <= maxRadius {
            if radius * 8 > cells.count {
                for c in cells.keys { take(c) }
                scannedAll = true
                break
            }
            for c in ring(center, radius) { take(c) }
            radius += 1
        }
        guard !best.isEmpty else { return [] }
        best.sort(by: Self.closer)
        // Every cell the cap of the current k-th distance touches: nothing nearer can lie outside it.
        if !scannedAll {
            let reach = best[min(limit, best.count) - 1].distanceKm
            for c in capCells(origin, radiusKm: reach) { take(c) }
            best.sort(by: Self.closer)
        }
        return Array(best.prefix(limit))
    }

    private static func closer(_ a: Hit, _ b: Hit) -> Bool {
        a.distanceKm != b.distanceKm ? a.distanceKm < b.distanceKm : a.id < b.id
    }

    /// The cells at Chebyshev distance `r` from `c` (longitude wraps, latitude stops at the poles).
    private func ring(_ c: Cell, _ r: Int) -> [Cell] {
        if r == 0 { return [c] }
        var out: [Cell] = []
        let span = min(r, columns / 2)
        for dy in -r...r {
            let y = c.y + dy
            guard (0..<rows).contains(y) else { continue }
            if abs(dy) == r {
                for dx in -span...span { out.append(Cell(y: y, x: wrap(c.x + dx))) }
            } else if r <= columns / 2 {
                out.append(Cell(y: y, x: wrap(c.x - r)))
                out.append(Cell(y: y, x: wrap(c.x + r)))
            }
        }
        return out
    }

    /// The occupied cells that intersect the bounding box of the spherical cap of `radiusKm` around `p`.
    private func capCells(_ p: GeoPoint, radiusKm: Double) -> [Cell] {
        let angular = radiusKm / GeoPoint.earthRadiusKm
        let dLat = angular * 180 / .pi
        let south = p.lat - dLat, north = p.lat + dLat
        let y0 = max(0, Int(((south + 90) / cellDegrees).rounded(.down)))
        let y1 = min(rows - 1, Int(((north + 90) / cellDegrees).rounded(.down)))
        var xs: [Int]
        if north >= 90 || south <= -90 || angular >= .pi / 2 {
            xs = Array(0..<columns)
        } else {
            let dLon = asin(min(1, sin(angular) / cos(p.lat * .pi / 180))) * 180 / .pi
            let x0 = Int(((p.lon - dLon + 180) / cellDegrees).rounded(.down))
            let x1 = Int(((p.lon + dLon + 180) / cellDegrees).rounded(.down))
            xs = x1 - x0 + 1 >= columns ? Array(0..<columns) : (x0...x1).map(wrap)
        }
        // A cap wider than the occupied cells: walk the occupied cells instead of the box.
        if (y1 - y0 + 1) * xs.count > cells.count {
            let ys = y0...y1, set = Set(xs)
            return cells.keys.filter { ys.contains($0.y) && set.contains($0.x) }
        }
        var out: [Cell] = []
        for y in y0...max(y0, y1) { for x in xs { out.append(Cell(y: y, x: x)) } }
        return out
    }
}
