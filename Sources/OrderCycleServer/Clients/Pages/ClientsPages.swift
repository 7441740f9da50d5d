import Fluent
import OrderCycleCore
import Vapor

/// The clients area's pages and their access rules.
enum ClientsPages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Clients.list, access: ClientsAccess.read, use: ClientsListPage.render)
        routes.endpoint(.GET, PageRoute.Clients.export, access: ClientsAccess.read, use: ClientsCSV.export)
        routes.endpoint(.GET, PageRoute.Clients.new, access: ClientsAccess.write, use: ClientFormPage.newForm)
        routes.endpoint(.POST, PageRoute.Clients.list, access: ClientsAccess.write, use: ClientFormPage.create)
        routes.endpoint(.GET, PageRoute.Clients.card, access: ClientsAccess.read, use: ClientCardPage.render)
        routes.endpoint(.GET, PageRoute.Clients.edit, access: ClientsAccess.write, use: ClientFormPage.editForm)
        routes.endpoint(.POST, PageRoute.Clients.card, access: ClientsAccess.write, use: ClientFormPage.update)
        routes.endpoint(.POST, PageRoute.Clients.archive, access: ClientsAccess.write, use: ClientCardPage.archive)
        routes.endpoint(.POST, PageRoute.Clients.reassign, access: .only(.admin), use: reassign)
        routes.endpoint(.GET, PageRoute.Clients.segments, access: .only(.admin), use: SegmentsPage.render)
        routes.endpoint(.POST, PageRoute.Clients.segments, access: .only(.admin), use: SegmentsPage.create)
        routes.endpoint(.GET, PageRoute.Clients.workload, access: .only(.admin, .manager), use: WorkloadPage.render)
        routes.endpoint(.POST, PageRoute.Clients.managerReassign, access: .only(.admin), use: WorkloadPage.reassignAll)
        routes.endpoint(.GET, PageRoute.Clients.absences, access: .only(.admin, .manager, .operator), use: AbsencesPage.render)
        routes.endpoint(.POST, PageRoute.Clients.absences, access: .only(.admin, .manager), use: AbsencesPage.create)
        routes.endpoint(.POST, PageRoute.Clients.absenceEnd, access: .only(.admin, .manager), use: AbsencesPage.end)
    }

    struct ReassignForm: Content { var manager_id: String?; var reason: String? }

    @Sendable static func reassign(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let form = try req.content.decode(ReassignForm.self)
        let operation = try ReassignClient(clientID: id, managerID: form.manager_id.flatMap(UUID.init(uuidString:)), reason: form.reason,
                                           expectedVersion: nil, lang: req.language)
        let actor = try req.actor
        _ = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        return req.redirect(to: PageRoute.Clients.card(id), redirectType: .normal)
    }
}
