import Vapor

/// The accounts area's routes: signing in and out (API and pages), the language switch and
/// the integration tokens. Paths come from `PageRoute.Accounts` and `APIRoute.Accounts`.
enum AccountsRoutes {
    static func register(_ routes: any RoutesBuilder) {
        AuthAPI.register(routes)
        AccountsPages.register(routes)
        InvitationPages.register(routes)
        IntegrationTokensAPI.register(routes)
        IntegrationTokensPages.register(routes)
    }
}
