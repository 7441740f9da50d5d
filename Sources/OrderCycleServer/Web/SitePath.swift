import Foundation

/// The web pages' paths, used both to register the routes and to build links, so no link can
/// point to a page that does not exist.
enum SitePath {
    static let home = "/"
    static let login = "/login"
    static let logout = "/logout"
    static let language = "/language"
    static let users = "/users"
    static let newUser = "/users/new"
    static let userPattern = "/users/:id"
    static func user(_ id: UUID) -> String { "/users/\(id.uuidString)" }
    static let integrationTokens = "/integrations"
    static let audit = "/audit"
    static let stylesheet = "/assets/app.css"
    static let pageScript = "/assets/page.js"
}
