import Fluent
import Vapor

/// The schema's history, in order. Append only: a shipped migration is never edited.
enum Migrations {
    static func register(on app: Application) {
        // accounts
        app.migrations.add(CreateUsers())
        app.migrations.add(CreateWebSessions())
        app.migrations.add(CreateApiTokens())
        app.migrations.add(CreateLoginThrottles())
        // platform
        app.migrations.add(CreateIdempotencyKeys())
        app.migrations.add(CreateAuditEvents())
    }
}
