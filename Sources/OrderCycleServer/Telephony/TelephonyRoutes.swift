import Vapor

/// The telephony area's routes: incoming calls, the caller lookup and the call list with its outcome form. Paths come from `APIRoute.Telephony`.
enum TelephonyRoutes {
    static func register(_ routes: any RoutesBuilder) {
        TelephonyAPI.register(routes)
        CallsPage.register(routes)
    }
}
