import Fluent
import Foundation
import OrderCycleCore

/// The users as the API and the administrator's pages read them.
enum UserQueries {
    /// One keyset page of users by e-mail.
    static func page(_ page: PageRequest, on db: any Database) async throws -> Page<UserDTO> {
        var query = User.query(on: db).sort(\.$email).sort(\.$id).limit(page.limit + 1)
        if let after = page.after {
            query = query.group(.or) { or in
                or.filter(\.$email > after.key)
                or.group(.and) { and in and.filter(\.$email == after.key).filter(\.$id > after.id) }
            }
        }
        let users = try await query.all()
        let items = try users.prefix(page.limit).map { try $0.toDTO() }
        let next = users.count > page.limit ? items.last.map { Cursor(key: $0.email, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }

    /// A user by id, or "not found".
    static func user(_ id: UUID, on db: any Database) async throws -> User {
        guard let user = try await User.find(id, on: db) else { throw Problem(.notFound) }
        return user
    }
}
