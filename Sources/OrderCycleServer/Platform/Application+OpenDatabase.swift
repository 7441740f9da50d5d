import FluentKit
import Vapor

extension Application {
    /// The database for work that can outlive the app's databases: a socket's message, a live
    /// page's presence, an event announced after its write. Fluent's `db` stops the process once
    /// the app has shut its databases down (at exit, at the end of a test), and a socket or a
    /// timer can still fire then; this throws instead, and the work ends there.
    func openDatabase(_ id: DatabaseID? = nil) throws -> any Database {
        guard let db = databases.database(id, logger: logger, on: eventLoopGroup.any()) else {
            throw Problem(.unavailable, detail: "The server is stopping")
        }
        return db
    }
}
