import Vapor

/// The areas, each registering its own API endpoints and pages with their access rules.
/// Paths come from the two route catalogues, `PageRoute` (the web) and `APIRoute` (/api/v1);
/// a new area adds its namespace to each catalogue it serves, a `<Area>Routes.register`
/// in its folder, and a line here.
func routes(_ app: Application) throws {
    ObservabilityRoutes.register(app)
    PlatformRoutes.register(app)
    AccountsRoutes.register(app)
    HomeRoutes.register(app)
    UsersRoutes.register(app)
    AuditRoutes.register(app)
    StockRoutes.register(app)
    OrdersRoutes.register(app)
    try LiveRoutes.register(app)
    TelephonyRoutes.register(app)
    ClientsRoutes.register(app)
    CabinetRoutes.register(app)
    QualityRoutes.register(app)
    WorkRoutes.register(app)
    ServicesRoutes.register(app)
    TaskControl.register(app)
    SupportRoutes.register(app)
    ChatRoutes.register(app)
    BranchesRoutes.register(app)
    FleetRoutes.register(app)
    ClientAppRoutes.register(app)
    NotificationsRoutes.register(app)
    CompanyRoutes.register(app)
}
