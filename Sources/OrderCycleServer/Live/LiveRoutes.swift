import Vapor

/// The live updates: the hub and event bus that push changes to open pages, installed here
/// together with the socket and its script. Paths come from `PageRoute.Live`.
enum LiveRoutes {
    static func register(_ app: Application) throws {
        try LiveUpdates.install(app)
        LiveUpdates.register(app)
    }
}
