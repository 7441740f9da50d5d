import Fluent
import SQLKit

/// Phones, e-mails and addresses keep the order they were written in (the first is the one to call).
struct UpdateClientListsAddPosition: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("client_phones").field("position", .int, .required, .sql(.default(0))).update()
        try await database.schema("client_emails").field("position", .int, .required, .sql(.default(0))).update()
        try await database.schema("client_addresses").field("position", .int, .required, .sql(.default(0))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("client_phones").deleteField("position").update()
        try await database.schema("client_emails").deleteField("position").update()
        try await database.schema("client_addresses").deleteField("position").update()
    }
}
