import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import NIOSSL
import OrderCycleSQLiteSettings
import Vapor

/// Wires the app: storage, middleware, migrations and routes. Everything it reads comes from
/// `AppConfig`, which is read in one place.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.appConfig = config
    if !app.hasClock { app.clock = .system }
    app.storage[SQLiteWriteLockKey.self] = SQLiteWriteLock()
    app.storage[GroupCommitKey.self] = GroupCommit()
    APIJSON.install()
    MetricsBootstrap.install()

    try useDatabase(app, config: config)
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    app.routes.defaultMaxBodySize = ByteCount(value: config.maxBodySize)
    app.http.server.configuration.responseCompression = .enabled(initialByteBufferCapacity: 1024)
    app.servers.use { app in AnsweringHTTPServer(inner: app.http.server.shared, https: app.appConfig.secureCookies, logger: app.logger) }

    // The security headers wrap everything, so that every answer carries them; the error edge
    // comes next, so that every failure below it becomes a problem or a page.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeaders(https: config.secureCookies))
    app.middleware.use(RequestIDMiddleware())
    app.middleware.use(ProblemMiddleware())
    app.middleware.use(NulRefusal())
    app.middleware.use(MethodNotAllowed())
    app.middleware.use(BodyLimit(maxBytes: config.maxBodySize))
    app.middleware.use(CSRF.CookieWriter(secure: config.secureCookies))
    let tokens = BearerTokenCache(keeps: !config.storage.isPostgres)
    app.bearerTokens = tokens
    app.middleware.use(Authenticator(config: config, tokens: tokens))
    app.middleware.use(NotificationBell.Middleware())

    Migrations.register(on: app)
    app.decoyPasswordHash = try await app.password.async.hash(Secrets.token())

    try routes(app)
}

/// The passes the server runs in the background while it serves: the roll-ups' compaction, task
/// reminders and the tickets' breach scan. A one-off command (an import, the demo, a migration)
/// runs none of them: they would queue for its write lock and find its database shut at its end.
func useBackgroundPasses(_ app: Application) {
    app.lifecycle.use(QualityRollupCompaction.Lifecycle())
    app.lifecycle.use(TaskReminders.lifecycle())
    app.lifecycle.use(TicketBreachScan.lifecycle())
}

private func useDatabase(_ app: Application, config: AppConfig) throws {
    // A request waits for a connection (30 s unless configured) before it is answered 503:
    // a machine busy with other work slows writes down without turning them into refusals.
    let wait = TimeAmount.milliseconds(Int64(config.databaseWait * 1_000))
    switch config.storage {
    case .sqlite(let path):
        // Every connection reads the file through a memory map: a report reads the same roll-up
        // pages on every request, which a page cache of 2 MB copied from the file each time.
        // (Registering fails only when out of memory; the connections then read as before.)
        _ = ordercycle_sqlite_map_files()
        app.databases.use(.sqlite(.file(path), maxConnectionsPerEventLoop: 1, connectionPoolTimeout: wait), as: .sqlite)
        // Write transactions run on a connection of their own (`SQLiteWriter`).
        let writer = SQLiteWriterSlot(path: path)
        app.storage[SQLiteWriterSlotKey.self] = writer
        app.lifecycle.use(writer)
        // Short indexed reads under load run on connections of the same kind (`SQLiteQuickReads`).
        let quick = SQLiteQuickReads(path: path)
        app.storage[SQLiteQuickReadsKey.self] = quick
        app.lifecycle.use(quick)
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory, maxConnectionsPerEventLoop: 1, connectionPoolTimeout: wait), as: .sqlite)
    case .postgres(let url):
        var pg = try SQLPostgresConfiguration(url: url)
        if url.contains("sslmode=disable") || !url.contains("sslmode") { pg.coreConfiguration.tls = .disable }
        if let schema = config.postgresSchema { pg.searchPath = [schema] }
        // Fluent pools per event loop; spread the configured total over the loops.
        let perLoop = max(1, config.postgresPoolSize / max(1, System.coreCount))
        app.databases.use(.postgres(configuration: pg, maxConnectionsPerEventLoop: perLoop, connectionPoolTimeout: wait), as: .psql)
        // Order numbers are drawn outside the order's transaction (`NumberSeries`), on connections
        // of their own: a draw never waits for a connection that a waiting transaction holds.
        app.databases.use(.postgres(configuration: pg, maxConnectionsPerEventLoop: 1, connectionPoolTimeout: wait), as: .numbers, isDefault: false)
    }
}

/// SQLite in WAL mode: readers never block the writer. The bundled SQLite keeps its default
/// `synchronous=FULL`, so a committed write (and the 201 that follows it) survives a process
/// crash and a power loss. Run once after start, as `journal_mode=WAL` persists in the file.
func prepareStorage(_ app: Application) async throws {
    let db = app.db
    if !db.isPostgres {
        _ = try await db.sql.raw("PRAGMA journal_mode=WAL").all()
    }
}
