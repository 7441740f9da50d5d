import OrderCycleCore
import Vapor

/// The support area's pages: the operator's queue (with the form that opens a ticket for a
/// client), one ticket with its thread and forms, and the client's tickets in its cabinet. Paths
/// come from `PageRoute.Support`; the access rules are the API's (`SupportAccess`), so a page
/// offers exactly what the API allows, and every form runs the API's operation.
enum SupportPages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Support.queue, access: SupportAccess.policyReaders, use: QueuePage.show)
        routes.endpoint(.POST, PageRoute.Support.queue, access: SupportAccess.agents, use: QueuePage.create)
        routes.endpoint(.GET, PageRoute.Support.ticket, access: SupportAccess.readers, use: TicketPage.show)
        routes.endpoint(.POST, PageRoute.Support.edit, access: SupportAccess.agents, use: TicketPage.edit)
        routes.endpoint(.POST, PageRoute.Support.messages, access: SupportAccess.writers, use: TicketPage.message)
        routes.endpoint(.POST, PageRoute.Support.transitions, access: SupportAccess.writers, use: TicketPage.transition)
        routes.endpoint(.POST, PageRoute.Support.rating, access: SupportAccess.raters, use: TicketPage.rate)
        routes.endpoint(.GET, PageRoute.Support.attachment, access: SupportAccess.readers, use: SupportAPI.attachmentImage)
        routes.endpoint(.GET, PageRoute.Support.cabinet, access: .only(.client), use: CabinetSupportPage.show)
        routes.endpoint(.POST, PageRoute.Support.cabinet, access: .only(.client), use: CabinetSupportPage.create)
        routes.endpoint(.GET, PageRoute.Support.report, access: SupportAccess.policyReaders, use: SupportReportPage.show)
        routes.endpoint(.GET, PageRoute.Support.reportTickets, access: SupportAccess.policyReaders, use: SupportReportTicketsPage.show)
        routes.endpoint(.GET, PageRoute.Support.policies, access: SupportAccess.policyReaders, use: SLAPoliciesPage.show)
        routes.endpoint(.POST, PageRoute.Support.policies, access: SupportAccess.policyWriters, use: SLAPoliciesPage.create)
        routes.endpoint(.GET, PageRoute.Support.policy, access: SupportAccess.policyWriters, use: SLAPoliciesPage.edit)
        routes.endpoint(.POST, PageRoute.Support.policy, access: SupportAccess.policyWriters, use: SLAPoliciesPage.update)
    }
}
