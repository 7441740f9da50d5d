import Fluent
import Foundation
import Vapor

/// The schema's history: every migration OrderCycle has shipped, in the order it runs. This
/// list is the only one; a new migration is appended at its end, and a shipped one is never
/// edited, reordered or recorded under another name, because a database made by an earlier release has
/// run the list up to its own end and Fluent runs only the names it has not recorded.
///
/// The migrations live together in this folder rather than in each area's folder: the history
/// is one sequence that crosses the areas (the quality roll-ups are filled from orders, lines,
/// stages, claims and change requests), and a migration describes the schema at one moment,
/// not an area's current code — so each one writes its SQL out and calls nothing from the
/// areas, which a reader can check here at a glance.
///
/// Names: `Create<Tables>` makes tables (`CreateOrders`, `CreateQualityRollups`);
/// `Update<Tables>Add<What>` adds columns, indexes, triggers or tables to what exists
/// (`UpdateOrdersAddSplitFrom`). Fluent records a migration by its `name`, by default
/// `OrderCycleServer.<type name>`; a migration renamed after it shipped keeps the recorded name
/// by overriding `name`, or a database made before the rename would run it a second time.
enum Migrations {
    /// `timeZone`: the company's, for the migrations that derive days from moments.
    static func all(timeZone: TimeZone) -> [any Migration] { [
        // Accounts
        CreateUsers(),
        CreateWebSessions(),
        CreateApiTokens(),
        CreateLoginThrottles(),
        // Platform: idempotent requests and the audit trail
        CreateIdempotencyKeys(),
        CreateAuditEvents(),
        // Clients, their managers, telephony and live pages
        CreateSegments(),
        CreateManagerSegments(),
        CreateClients(),
        CreateClientContacts(),
        CreateClientPhones(),
        CreateClientEmails(),
        CreateClientAddresses(),
        CreateManagerAssignments(),
        CreateManagerAbsences(),
        CreateCalls(),
        CreateLiveConnections(),
        UpdateClientListsAddPosition(),
        // Stock and orders
        CreateProducts(),
        CreateStockItems(),
        CreateStockMovements(),
        CreateNumberSeries(),
        CreateOrders(),
        CreateOrderLines(),
        CreateOrderEvents(),
        CreateStageIntervals(),
        CreateExecutionPlans(),
        CreateInvoices(),
        CreateClaims(),
        CreateOrderComments(),
        CreateOrderChangeRequests(),
        UpdateOrdersAddDeliveryMethod(),
        UpdateOrdersAddSplitFrom(),
        CreateClaimPhotos(),
        UpdateOrdersAddListIndexes(),
        UpdateClaimsAddCreatedDay(timeZone: timeZone),
        // Quality
        CreateServiceStandards(),
        CreateQualityRollups(),
        UpdateQualityRollupsAddConsumerMonths(),
        // Work: teams, their Kanban boards and tasks
        CreateTeams(),
        CreateTeamMembers(),
        CreateBoards(),
        CreateBoardColumns(),
        CreateTasks(),
        CreateTaskCoworkers(),
        CreateTaskChecklistItems(),
        CreateTaskComments(),
        CreateTaskDeadlineRenegotiations(),
        CreateTaskGateOverrides(),
        CreateTaskGateRefusals(),
        CreateTaskReminders(),
        // Support: SLA policies, tickets, their threads, pauses and escalations
        CreateSLAPolicies(),
        CreateTickets(),
        CreateTicketMessages(),
        CreateTicketPauses(),
        CreateTicketEscalations(),
        // Order history import: facts brought in, not recorded by OrderCycle
        UpdateOrdersAddImported(),
        // Branches: the catalog and the nearest-branch search
        CreateBranches(),
        // Fleet: vehicles, drivers and the clients' vehicle orders
        CreateVehicles(),
        CreateDrivers(),
        CreateVehicleOrders(),
        // Services: the catalog, subscription packages, clients' requests, upsell offers
        CreateServices(),
        CreateServiceSegments(),
        CreateServicePackages(),
        CreateSubscriptions(),
        CreateServiceRequests(),
        CreateUpsellOffers(),
        // Fleet: a vehicle order carries an order of the cycle, and the client's rating
        UpdateVehicleOrdersAddOrderAndRating(),
        // Work: the task control's figures read from one index
        UpdateTasksAddDoneCoveringIndex(),
        // Hotline chat: chats, their messages, the operators available for chats
        CreateChats(),
        // Services: returns and exchanges name the goods that come back and go out
        UpdateServiceRequestsAddGoods(),
        // Client access: invitations of a client's contacts to the cabinet
        CreateClientInvitations(),
        // Notifications: what happened to a person's clients, orders, claims, tasks, tickets and requests
        CreateNotifications(),
        // Orders: the list sorted by any column
        UpdateOrdersAddSortIndexes(),
        // Branches: a branch's photo
        CreateBranchPhotos(),
        // Support: images attached to tickets and their messages
        CreateTicketAttachments(),
        // Support: SLA policies by subscription package
        UpdateSLAPoliciesAddPackage(),
        // Company: the seller's details, and what each invoice took of them
        CreateCompanyDetails(),
        // Quality: every grouping of the report read from monthly roll-ups, product categories too
        UpdateQualityRollupsAddCategoryMonths(),
        // Quality: the order-line roll-up triggers follow only what a line adds
        UpdateQualityRollupsLineTriggers(),
        // Quality: the grouping by client read from roll-ups of its own
        UpdateQualityRollupsAddClientMonths(),
        // Quality: the category roll-ups follow an INSERT's order lines once per statement
        UpdateQualityRollupsCategoryLineInsert(),
        // Quality: a year's kinds by client and tallies by category read in an index's order
        UpdateQualityRollupsAddYearIndexes(),
    ] }

    static func register(on app: Application) {
        for migration in all(timeZone: app.appConfig.timeZone) { app.migrations.add(migration) }
    }
}
