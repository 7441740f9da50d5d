import Vapor

/// The clients area's routes: clients, segments, managers' workload and absences (API and
/// pages). Paths come from `APIRoute.Clients` and `PageRoute.Clients`.
enum ClientsRoutes {
    static func register(_ routes: any RoutesBuilder) {
        SegmentsAPI.register(routes)
        ClientsAPI.register(routes)
        ManagersAPI.register(routes)
        AbsencesAPI.register(routes)
        InvitationsAPI.register(routes)
        ClientsPages.register(routes)
        InvitationsSection.register(routes)
    }
}
