import Foundation
import OrderCycleCore

/// Every path of the JSON API under /api/v1, with a namespace per area; the same paths are
/// written in openapi.yaml. Handlers build `Location` headers from it
/// (`APIRoute.Orders.order(dto.id)`), and areas register their endpoints with it, giving the
/// method and the access rule there (`routes.endpoint(.GET, APIRoute.Orders.order, access: readers, use: show)`).
/// Kept apart from `PageRoute` because the two surfaces answer differently (problem+json and
/// bearer tokens here, pages, redirects and CSRF there) and are versioned differently.
/// A new area adds a namespace here, lists it in `all`, and registers in its `<Area>Routes.register`.
enum APIRoute {
    static let all: [any CataloguePath] = [
        Platform.all, Accounts.all, Users.all, Audit.all, Stock.all, Orders.all, Clients.all, Telephony.all, Cabinet.all, Quality.all,
        Work.all, Support.all, Chat.all, Branches.all, Fleet.all, Services.all, Notifications.all, Company.all,
    ].flatMap { $0 }

    enum Company {
        /// The seller's details (name, address, tax id, bank, VAT rate, payment terms) invoices carry.
        static let company = RoutePath<Void>("/api/v1/company")
        static let all: [any CataloguePath] = [company]
    }

    enum Notifications {
        static let notifications = RoutePath<Void>("/api/v1/notifications")
        static let read = RoutePath<Void>("/api/v1/notifications/read")
        static let settings = RoutePath<Void>("/api/v1/notifications/settings")
        static let all: [any CataloguePath] = [notifications, read, settings]
    }

    enum Platform {
        static let openAPI = RoutePath<Void>("/api/v1/openapi.yaml")
        static let all: [any CataloguePath] = [openAPI]
    }

    enum Accounts {
        static let login = RoutePath<Void>("/api/v1/auth/login")
        static let logout = RoutePath<Void>("/api/v1/auth/logout")
        static let me = RoutePath<Void>("/api/v1/me")
        static let integrationTokens = RoutePath<Void>("/api/v1/integration-tokens")
        static let integrationToken = RoutePath<UUID>("/api/v1/integration-tokens/:id")
        static let all: [any CataloguePath] = [login, logout, me, integrationTokens, integrationToken]
    }

    enum Users {
        static let users = RoutePath<Void>("/api/v1/users")
        static let user = RoutePath<UUID>("/api/v1/users/:id")
        static let all: [any CataloguePath] = [users, user]
    }

    enum Audit {
        static let events = RoutePath<Void>("/api/v1/audit-events")
        static let all: [any CataloguePath] = [events]
    }

    enum Stock {
        static let products = RoutePath<Void>("/api/v1/products")
        static let product = RoutePath<UUID>("/api/v1/products/:id")
        static let stockMovements = RoutePath<UUID>("/api/v1/products/:id/stock-movements")
        static let all: [any CataloguePath] = [products, product, stockMovements]
    }

    enum Orders {
        static let orders = RoutePath<Void>("/api/v1/orders")
        static let order = RoutePath<UUID>("/api/v1/orders/:id")
        static let transitions = RoutePath<UUID>("/api/v1/orders/:id/transitions")
        static let stage = RoutePath<(UUID, Stage)>("/api/v1/orders/:id/stages/:stage")
        static let reserve = RoutePath<UUID>("/api/v1/orders/:id/reserve")
        static let split = RoutePath<UUID>("/api/v1/orders/:id/split")
        static let rating = RoutePath<UUID>("/api/v1/orders/:id/rating")
        static let comments = RoutePath<UUID>("/api/v1/orders/:id/comments")
        static let orderClaims = RoutePath<UUID>("/api/v1/orders/:id/claims")
        static let plan = RoutePath<UUID>("/api/v1/orders/:id/plan")
        static let planAdvance = RoutePath<UUID>("/api/v1/orders/:id/plan/advance")
        static let planRevisions = RoutePath<UUID>("/api/v1/orders/:id/plan/revisions")
        static let claims = RoutePath<Void>("/api/v1/claims")
        static let claim = RoutePath<UUID>("/api/v1/claims/:id")
        static let claimPhotos = RoutePath<UUID>("/api/v1/claims/:id/photos")
        /// A claim's photo: the claim's id, then the photo's.
        static let claimPhoto = RoutePath<(UUID, UUID)>("/api/v1/claims/:id/photos/:photo")
        static let all: [any CataloguePath] = [
            orders, order, transitions, stage, reserve, split, rating, comments, orderClaims, plan, planAdvance,
            planRevisions, claims, claim, claimPhotos, claimPhoto,
        ]
    }

    enum Clients {
        static let clients = RoutePath<Void>("/api/v1/clients")
        static let client = RoutePath<UUID>("/api/v1/clients/:id")
        static let assignments = RoutePath<UUID>("/api/v1/clients/:id/assignments")
        static let reassign = RoutePath<UUID>("/api/v1/clients/:id/reassign")
        static let invitations = RoutePath<UUID>("/api/v1/clients/:id/invitations")
        static let managerReassignClients = RoutePath<UUID>("/api/v1/managers/:id/reassign-clients")
        static let managerSegments = RoutePath<UUID>("/api/v1/managers/:id/segments")
        static let workload = RoutePath<Void>("/api/v1/managers/workload")
        static let segments = RoutePath<Void>("/api/v1/segments")
        static let segment = RoutePath<UUID>("/api/v1/segments/:id")
        static let absences = RoutePath<Void>("/api/v1/absences")
        static let absence = RoutePath<UUID>("/api/v1/absences/:id")
        static let all: [any CataloguePath] = [
            clients, client, assignments, reassign, invitations, managerReassignClients, managerSegments, workload, segments,
            segment, absences, absence,
        ]
    }

    enum Telephony {
        static let calls = RoutePath<Void>("/api/v1/telephony/calls")
        static let call = RoutePath<UUID>("/api/v1/telephony/calls/:id")
        static let lookup = RoutePath<Void>("/api/v1/telephony/lookup")
        static let clientCalls = RoutePath<UUID>("/api/v1/clients/:id/calls")
        static let all: [any CataloguePath] = [calls, call, lookup, clientCalls]
    }

    enum Cabinet {
        static let cabinet = RoutePath<Void>("/api/v1/cabinet")
        static let contacts = RoutePath<Void>("/api/v1/cabinet/contacts")
        static let contact = RoutePath<UUID>("/api/v1/cabinet/contacts/:id")
        static let all: [any CataloguePath] = [cabinet, contacts, contact]
    }

    enum Quality {
        static let dashboard = RoutePath<Void>("/api/v1/quality/dashboard")
        static let orders = RoutePath<Void>("/api/v1/quality/orders")
        static let requests = RoutePath<Void>("/api/v1/quality/requests")
        static let serviceRequests = RoutePath<Void>("/api/v1/quality/service-requests")
        static let stock = RoutePath<Void>("/api/v1/quality/stock")
        static let products = RoutePath<Void>("/api/v1/quality/products")
        static let costOfService = RoutePath<Void>("/api/v1/quality/cost-of-service")
        static let losses = RoutePath<Void>("/api/v1/quality/cost-of-service/losses")
        static let standards = RoutePath<Void>("/api/v1/quality/standards")
        static let standard = RoutePath<UUID>("/api/v1/quality/standards/:id")
        static let all: [any CataloguePath] = [
            dashboard, orders, requests, stock, products, costOfService, losses, standards, standard, serviceRequests,
        ]
    }

    enum Work {
        static let tasks = RoutePath<Void>("/api/v1/tasks")
        static let task = RoutePath<UUID>("/api/v1/tasks/:id")
        static let pull = RoutePath<UUID>("/api/v1/tasks/:id/pull")
        static let move = RoutePath<UUID>("/api/v1/tasks/:id/move")
        static let complete = RoutePath<UUID>("/api/v1/tasks/:id/complete")
        static let deadline = RoutePath<UUID>("/api/v1/tasks/:id/deadline")
        static let comments = RoutePath<UUID>("/api/v1/tasks/:id/comments")
        static let checklist = RoutePath<UUID>("/api/v1/tasks/:id/checklist")
        /// A checklist item: the task's id, then the item's.
        static let checklistItem = RoutePath<(UUID, UUID)>("/api/v1/tasks/:id/checklist/:item")
        static let boards = RoutePath<Void>("/api/v1/boards")
        static let board = RoutePath<UUID>("/api/v1/boards/:id")
        /// A column's cards after the board's first page: the board's id, then the column's.
        static let columnCards = RoutePath<(UUID, UUID)>("/api/v1/boards/:id/columns/:column/cards")
        static let gateOverrides = RoutePath<Void>("/api/v1/gate-overrides")
        /// A board's columns as its supervisor sets them up: the board's id; then the column's.
        static let columns = RoutePath<UUID>("/api/v1/boards/:id/columns")
        static let column = RoutePath<(UUID, UUID)>("/api/v1/boards/:id/columns/:column")
        static let teams = RoutePath<Void>("/api/v1/teams")
        /// A team's member: the team's id, then the user's.
        static let teamMember = RoutePath<(UUID, UUID)>("/api/v1/teams/:id/members/:user")
        /// Control of the work: the reader's tasks, the team's overdue ones, the week's deadlines, the people's figures.
        static let control = RoutePath<Void>("/api/v1/tasks/control")
        static let all: [any CataloguePath] = [
            tasks, task, pull, move, complete, deadline, comments, checklist, checklistItem, boards, board, columnCards, gateOverrides, control,
            columns, column, teams, teamMember,
        ]
    }

    enum Chat {
        static let chats = RoutePath<Void>("/api/v1/chats")
        static let chat = RoutePath<UUID>("/api/v1/chats/:id")
        static let messages = RoutePath<UUID>("/api/v1/chats/:id/messages")
        static let transitions = RoutePath<UUID>("/api/v1/chats/:id/transitions")
        static let read = RoutePath<UUID>("/api/v1/chats/:id/read")
        /// The caller's "available for chats" mark and whether it is on duty.
        static let availability = RoutePath<Void>("/api/v1/chat-availability")
        static let all: [any CataloguePath] = [chats, chat, messages, transitions, read, availability]
    }

    enum Support {
        static let tickets = RoutePath<Void>("/api/v1/tickets")
        static let ticket = RoutePath<UUID>("/api/v1/tickets/:id")
        static let messages = RoutePath<UUID>("/api/v1/tickets/:id/messages")
        static let transitions = RoutePath<UUID>("/api/v1/tickets/:id/transitions")
        static let rating = RoutePath<UUID>("/api/v1/tickets/:id/rating")
        /// Images on a ticket and its messages: the list, and (POST) an upload whose body is the image.
        static let attachments = RoutePath<UUID>("/api/v1/tickets/:id/attachments")
        /// One attachment's image: the ticket's id, then the attachment's.
        static let attachment = RoutePath<(UUID, UUID)>("/api/v1/tickets/:id/attachments/:attachment")
        static let slaPolicies = RoutePath<Void>("/api/v1/sla-policies")
        static let slaPolicy = RoutePath<UUID>("/api/v1/sla-policies/:id")
        /// The mail gateway posts each e-mail to the support address here (integration token).
        static let inboundEmail = RoutePath<Void>("/api/v1/inbound/email")
        /// Breach rate, response and resolution times, CSAT and FCR over a period.
        static let report = RoutePath<Void>("/api/v1/support/report")
        /// The tickets one figure of the report counts (the report's drill-down).
        static let reportTickets = RoutePath<Void>("/api/v1/support/report/tickets")
        static let all: [any CataloguePath] = [tickets, ticket, messages, transitions, rating, attachments, attachment, slaPolicies, slaPolicy, inboundEmail, report, reportTickets]
    }

    enum Branches {
        static let branches = RoutePath<Void>("/api/v1/branches")
        static let branch = RoutePath<UUID>("/api/v1/branches/:id")
        /// The nearest branches to a point or to a typed address or city.
        static let nearest = RoutePath<Void>("/api/v1/branches/nearest")
        /// A branch's photo: the image itself (public), replaced by staff.
        static let photo = RoutePath<UUID>("/api/v1/branches/:id/photo")
        static let all: [any CataloguePath] = [branches, branch, nearest, photo]
    }

    enum Fleet {
        static let vehicles = RoutePath<Void>("/api/v1/vehicles")
        static let drivers = RoutePath<Void>("/api/v1/drivers")
        static let vehicleOrders = RoutePath<Void>("/api/v1/vehicle-orders")
        static let vehicleOrder = RoutePath<UUID>("/api/v1/vehicle-orders/:id")
        static let transitions = RoutePath<UUID>("/api/v1/vehicle-orders/:id/transitions")
        static let rating = RoutePath<UUID>("/api/v1/vehicle-orders/:id/rating")
        static let all: [any CataloguePath] = [vehicles, drivers, vehicleOrders, vehicleOrder, transitions, rating]
    }

    /// The personal service department: the catalog, packages, subscriptions, requests, upsell, figures.
    enum Services {
        static let services = RoutePath<Void>("/api/v1/services")
        static let service = RoutePath<UUID>("/api/v1/services/:id")
        static let packages = RoutePath<Void>("/api/v1/packages")
        static let subscriptions = RoutePath<UUID>("/api/v1/clients/:id/subscriptions")
        static let subscription = RoutePath<(UUID, UUID)>("/api/v1/clients/:id/subscriptions/:subscription")
        static let currentPackage = RoutePath<UUID>("/api/v1/clients/:id/package")
        static let requests = RoutePath<Void>("/api/v1/requests")
        static let request = RoutePath<UUID>("/api/v1/requests/:id")
        static let transitions = RoutePath<UUID>("/api/v1/requests/:id/transitions")
        static let upsell = RoutePath<UUID>("/api/v1/clients/:id/upsell")
        static let statement = RoutePath<UUID>("/api/v1/clients/:id/statement")
        static let figures = RoutePath<Void>("/api/v1/service-figures")
        static let upsellOffers = RoutePath<UUID>("/api/v1/clients/:id/upsell-offers")
        /// The client's answer to an offer: the client's id, then the offer's.
        static let upsellOutcome = RoutePath<(UUID, UUID)>("/api/v1/clients/:id/upsell-offers/:offer/outcome")
        static let all: [any CataloguePath] = [
            services, service, packages, subscriptions, subscription, currentPackage, requests, request, transitions, upsell, figures,
            upsellOffers, upsellOutcome, statement,
        ]
    }
}
