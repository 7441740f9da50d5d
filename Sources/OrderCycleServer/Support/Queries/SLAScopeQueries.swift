import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// The segments and subscription packages an SLA policy may name, by id, with their names in
/// both languages, for the policies page.
enum SLAScopeQueries {
    struct Scope: Decodable, Sendable { var id: UUID; var name_en: String; var name_ru: String }

    static func segments(on db: any Database) async throws -> [Scope] {
        try await db.sql.raw("SELECT id, name_en, name_ru FROM segments ORDER BY code").all(decoding: Scope.self)
    }

    static func packages(on db: any Database) async throws -> [Scope] {
        try await db.sql.raw("SELECT id, name_en, name_ru FROM service_packages ORDER BY code").all(decoding: Scope.self)
    }
}
