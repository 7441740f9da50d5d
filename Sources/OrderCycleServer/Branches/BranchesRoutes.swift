import Fluent
import Vapor

/// The branch catalog's routes (`APIRoute.Branches`, `PageRoute.Branches`): the public list,
/// page and nearest-branch search, and the staff's forms that keep the catalog.
enum BranchesRoutes {
    static func register(_ app: Application) {
        BranchCatalog.install(app)
        BranchesAPI.register(app)
        app.endpoint(.GET, PageRoute.Branches.list, access: .open, use: BranchPublicPages.list)
        app.endpoint(.POST, PageRoute.Branches.list, access: BranchesAccess.managers, use: BranchFormPage.create)
        app.endpoint(.GET, PageRoute.Branches.new, access: BranchesAccess.managers, use: BranchFormPage.new)
        app.endpoint(.GET, PageRoute.Branches.search, access: .open, use: BranchPublicPages.search)
        app.endpoint(.GET, PageRoute.Branches.branch, access: .open, use: BranchPublicPages.show)
        app.endpoint(.GET, PageRoute.Branches.edit, access: BranchesAccess.managers, use: BranchFormPage.edit)
        app.endpoint(.POST, PageRoute.Branches.edit, access: BranchesAccess.managers, use: BranchFormPage.update)
        app.endpoint(.POST, PageRoute.Branches.photo, access: BranchesAccess.managers, use: BranchFormPage.photo)
        app.endpoint(.GET, PageRoute.Branches.script, access: .open) { _ in BranchesScript.response() }
        app.endpoint(.GET, PageRoute.Branches.leafletScript, access: .open) { _ in BranchesScript.leafletResponse() }
        app.endpoint(.GET, PageRoute.Branches.leafletStyle, access: .open) { _ in BranchesScript.leafletStyleResponse() }
    }
}
