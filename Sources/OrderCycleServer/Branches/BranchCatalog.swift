import Fluent
import Foundation
import NIOConcurrencyHelpers
import OrderCycleCore
import Vapor

/// The active branches in memory, on a grid for the nearest-branch search (DOMAIN §2.5), so a
/// search measures a few dozen branches instead of all of them and reads one counter from the
/// database. Every change of a branch moves the counter in its own transaction; a search that
/// finds the counter moved rebuilds the grid first (once, whoever asks first), so each instance
/// behind a load balancer answers from the catalog as committed, with no message between them.
final class BranchCatalog: Sendable {
    struct Snapshot: Sendable {
        var version: Int64
        var grid: BranchGrid<String, BranchDTO>
        var branches: [BranchDTO]
        /// Each branch's address and names folded for matching typed text (`CityDirectory.fold`).
        var searchText: [String]
    }

    private let state = NIOLockedValueBox<Snapshot?>(nil)
    /// One rebuild at a time; the others wait for it rather than rebuild alike.
    private let rebuilding = AsyncSerial()

    /// The grid's cell: one degree of latitude and longitude (about 111 × 60 km in Russia).
    static let cellDegrees = 1.0

    /// The catalog as committed now.
    func current(on db: any Database) async throws -> Snapshot {
        let version = try await BranchQueries.catalogVersion(on: db)
        if let s = state.withLockedValue({ $0 }), s.version == version { return s }
        return try await rebuilding.run {
            if let s = self.state.withLockedValue({ $0 }), s.version >= version { return s }
            let seen = try await BranchQueries.catalogVersion(on: db)
            let branches = try await BranchQueries.active(on: db)
            let grid = BranchGrid(cellDegrees: Self.cellDegrees, entries: branches.map { .init(id: $0.id.uuidString, point: $0.point, item: $0) })
            let text = branches.map { CityDirectory.fold("\($0.address) \($0.name_en) \($0.name_ru)") }
            let snapshot = Snapshot(version: seen, grid: grid, branches: branches, searchText: text)
            self.state.withLockedValue { $0 = snapshot }
            return snapshot
        }
    }

    /// Forgets the grid at once (after this instance's own change), not waiting for the next search.
    func invalidate() { state.withLockedValue { $0 = nil } }

    private struct Key: StorageKey { typealias Value = BranchCatalog }

    static func install(_ app: Application) { app.storage[Key.self] = BranchCatalog() }

    static func of(_ app: Application) -> BranchCatalog {
        guard let catalog = app.storage[Key.self] else { preconditionFailure("BranchCatalog.install runs when the routes are registered") }
        return catalog
    }
}

/// Runs one closure at a time, in arrival order.
actor AsyncSerial {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        if busy { await withCheckedContinuation { waiting.append($0) } } else { busy = true }
        defer { if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() } }
        return try await body()
    }
}
