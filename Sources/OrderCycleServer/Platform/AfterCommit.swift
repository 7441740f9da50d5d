import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Work a write finds it must do once its transaction has committed, and never if it rolls
/// back: telling open pages what changed. `Database.write` gives each transaction one of these
/// and runs what was added after the commit; outside such a transaction `add` does nothing, and
/// what the work would have announced is still read from the database on the next page.
final class AfterCommit: Sendable {
    typealias Action = @Sendable (Application) async -> Void

    @TaskLocal static var current: AfterCommit?

    private let actions = NIOLockedValueBox<[Action]>([])

    static func add(_ action: @escaping Action) {
        current?.actions.withLockedValue { $0.append(action) }
    }

    /// A transaction that runs again (a PostgreSQL serialisation failure) starts with none.
    func reset() { actions.withLockedValue { $0 = [] } }

    func run(_ app: Application) async {
        let pending = actions.withLockedValue { list in defer { list = [] }; return list }
        for action in pending { await action(app) }
    }
}
