import Vapor

/// The work area's routes: tasks, boards and the overdue gate's override (`APIRoute.Work`).
enum WorkRoutes {
    static func register(_ routes: any RoutesBuilder) {
        WorkAPI.register(routes)
        WorkSetupAPI.register(routes)
        WorkPages.register(routes)
    }
}
