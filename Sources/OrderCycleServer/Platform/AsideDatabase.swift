import Fluent
import Vapor

extension Request {
    /// A database to read from beside `db`, so that a report's independent reads run side by
    /// side. SQLite's pool keeps one connection per event loop (the driver allows no more), so
    /// this is another loop's; PostgreSQL's keeps several per loop, so this is `db` itself. On
    /// one event loop it is `db` too, and the reads take turns as before.
    var asideDB: any Database {
        guard !db.isPostgres, !db.inTransaction else { return db }
        for loop in application.eventLoopGroup.makeIterator() where loop !== eventLoop {
            if let aside = application.databases.database(logger: logger, on: loop) { return aside }
        }
        return db
    }
}
