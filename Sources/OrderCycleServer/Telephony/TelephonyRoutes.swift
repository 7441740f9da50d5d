import Vapor

/// The telephony area's routes: incoming calls and the caller lookup. Paths come from `APIRoute.Telephony`.
enum TelephonyRoutes {
    static func register(_ routes: any RoutesBuilder) {
        TelephonyAPI.register(routes)
    }
}
