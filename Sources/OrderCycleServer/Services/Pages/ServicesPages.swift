import Vapor

/// The service department's pages (`PageRoute.Services`), each bound to its access rule.
enum ServicesPages {
    static func register(_ routes: any RoutesBuilder) {
        let staff: Access = .staff
        routes.endpoint(.GET, PageRoute.Services.catalog, access: staff, use: CatalogPage.render)
        routes.endpoint(.POST, PageRoute.Services.catalog, access: ServicesAccess.catalogKeepers, use: CatalogPage.create)
        routes.endpoint(.GET, PageRoute.Services.service, access: ServicesAccess.catalogKeepers, use: CatalogPage.edit)
        routes.endpoint(.POST, PageRoute.Services.service, access: ServicesAccess.catalogKeepers, use: CatalogPage.save)
        routes.endpoint(.POST, PageRoute.Services.retire, access: ServicesAccess.catalogKeepers, use: CatalogPage.retire)
        routes.endpoint(.GET, PageRoute.Services.packages, access: staff, use: PackagesPage.render)
        routes.endpoint(.POST, PageRoute.Services.packages, access: ServicesAccess.catalogKeepers, use: PackagesPage.create)
        routes.endpoint(.POST, PageRoute.Services.subscriptions, access: ServicesAccess.accountKeepers, use: ClientServicesSection.connect)
        routes.endpoint(.GET, PageRoute.Services.requests, access: ServicesAccess.staffReaders, use: RequestsPages.queue)
        routes.endpoint(.GET, PageRoute.Services.request, access: ServicesAccess.ownerReaders, use: RequestsPages.show)
        routes.endpoint(.POST, PageRoute.Services.transitions, access: ServicesAccess.workers, use: RequestsPages.move)
        routes.endpoint(.GET, PageRoute.Services.cabinetRequests, access: .only(.client), use: CabinetRequestsPage.render)
        routes.endpoint(.POST, PageRoute.Services.cabinetRequests, access: .only(.client), use: CabinetRequestsPage.file)
        routes.endpoint(.POST, PageRoute.Services.upsellOffers, access: ServicesAccess.accountKeepers, use: ClientServicesSection.offer)
        routes.endpoint(.POST, PageRoute.Services.upsellOutcome, access: ServicesAccess.accountKeepers, use: ClientServicesSection.answer)
        routes.endpoint(.GET, PageRoute.Services.statement, access: ServicesAccess.staffReaders, use: StatementPage.staff)
        routes.endpoint(.GET, PageRoute.Services.cabinetStatement, access: .only(.client), use: StatementPage.cabinet)
    }
}
