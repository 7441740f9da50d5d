import Fluent
import Vapor

/// The schema's history, in order: each area lists its own migrations, and areas come in the
/// order of their foreign keys. Append only: a shipped migration is never edited.
enum Migrations {
    static let all: [any Migration] =
        AccountsSchema.migrations
        + PlatformSchema.migrations
        + ClientsSchema.migrations
        + OrdersSchema.migrations
        + QualitySchema.migrations

    static func register(on app: Application) {
        for migration in all { app.migrations.add(migration) }
    }
}

enum AccountsSchema {
    static let migrations: [any Migration] = [CreateUsers(), CreateWebSessions(), CreateApiTokens(), CreateLoginThrottles()]
}

enum PlatformSchema {
    static let migrations: [any Migration] = [CreateIdempotencyKeys(), CreateAuditEvents()]
}
