import Vapor

/// The hotline chat: its API (`APIRoute.Chat`), pages (`PageRoute.Chat`) and what it takes over
/// the live socket.
enum ChatRoutes {
    static func register(_ app: Application) {
        ChatAPI.register(app)
        ChatPages.register(app)
        ChatSocket.install(app)
    }
}
