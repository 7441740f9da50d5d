import Vapor

/// Registers the clients area with its telephony, live updates and client cabinet (API and
/// pages); `routes.swift` calls this once, at the end of `configure`.
enum ClientsArea {
    static func register(_ app: Application) throws {
        try LiveUpdates.install(app)
        LiveUpdates.register(app)
        TelephonyAPI.register(app)
        SegmentsAPI.register(app)
        ClientsAPI.register(app)
        ManagersAPI.register(app)
        AbsencesAPI.register(app)
        ClientsPages.register(app)
        CabinetAPI.register(app)
        CabinetPages.register(app)
    }
}
