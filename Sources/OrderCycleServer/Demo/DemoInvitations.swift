import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// A second client's login, made the way a real one is: the client's manager invites a contact
/// (`InviteContact`) and the contact sets a password through the link (`AcceptInvitation`). The
/// first client's login (`client@ordercycle.demo`) is the one the support demo makes.
enum DemoInvitations {
    static let clientEmail = "client2@ordercycle.demo"

    static func generate(_ app: Application, now: Date) async throws {
        guard try await User.query(on: app.db).filter(\.$email == clientEmail).count() == 0,
              let row = try await app.db.sql.raw("""
                  SELECT id, manager_id FROM clients WHERE active = \(bind: true) AND manager_id IS NOT NULL ORDER BY code LIMIT 1 OFFSET 1
                  """).first(),
              let admin = try await User.query(on: app.db).filter(\.$email == "admin@ordercycle.demo").first()
        else { return }
        let clientID = try row.decode(column: "id", as: UUID.self)
        let actor = Principal(userID: admin.id, role: .admin, clientID: nil, label: admin.displayName, email: admin.email,
                              language: nil, credential: .bearer(tokenID: UUID()))
        let invite = try InviteContact(clientID: clientID, contactID: nil, email: clientEmail)
        let made = try await app.db.write(app) { tx in try await invite.run(by: actor, linkBase: "", now: now, on: tx) }
        let token = String((made.url ?? "").split(separator: "/").last ?? "")
        let accept = try AcceptInvitation(token: token, password: DemoData.password, repeated: DemoData.password, lang: .ru)
        let hash = try await app.password.async.hash(DemoData.password)
        _ = try await app.db.write(app) { tx in try await accept.run(passwordHash: hash, now: now, on: tx) }
    }
}
