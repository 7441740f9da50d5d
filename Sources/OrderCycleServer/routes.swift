import Vapor

/// Every area registers its API endpoints and pages here, each with its access rule.
func routes(_ app: Application) throws {
    OperationsRoutes.register(app)
    OpenAPIDocument.register(app)
    AccountsPages.register(app)
    AuthAPI.register(app)
    HomePages.register(app)
    UsersAPI.register(app)
    UsersPages.register(app)
    IntegrationTokensAPI.register(app)
    IntegrationTokensPages.register(app)
    AuditRoutes.register(app)
    ProductsAPI.register(app)
    OrdersRoutes.register(app)
    try ClientsArea.register(app)
    QualityRoutes.register(app)
}
