import Fluent
import Vapor

/// The schema's history, in order: each area lists its own migrations, and areas come in the
/// order of their foreign keys. Append only: a shipped migration is never edited.
enum Migrations {
    /// `timeZone`: the company's, for the migrations that derive days from moments.
    static func all(timeZone: TimeZone) -> [any Migration] {
        AccountsSchema.migrations
        + PlatformSchema.migrations
        + ClientsSchema.migrations
        + OrdersSchema.migrations(timeZone: timeZone)
        + QualitySchema.migrations
    }

    static func register(on app: Application) {
        for migration in all(timeZone: app.appConfig.timeZone) { app.migrations.add(migration) }
    }
}

enum AccountsSchema {
    static let migrations: [any Migration] = [CreateUsers(), CreateWebSessions(), CreateApiTokens(), CreateLoginThrottles()]
}

enum PlatformSchema {
    static let migrations: [any Migration] = [CreateIdempotencyKeys(), CreateAuditEvents()]
}
