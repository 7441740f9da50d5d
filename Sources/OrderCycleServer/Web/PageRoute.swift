import Foundation
import OrderCycleCore

/// Every path the server answers outside /api: the pages and their forms, the assets, the live
/// socket and the probes. One type for the whole web surface, with a namespace per area, so that
/// a reader sees every URL of the site in one file (and `/orders/new` next to `/orders/:id`),
/// while each area's `register` and pages name only their own: `PageRoute.Orders.order(id)`.
///
/// Paths only: the method and the access rule are given where the area registers the route
/// (`routes.endpoint(.GET, PageRoute.Orders.order, access: OrderPage.viewers, use: show)`),
/// since one path often serves a page (GET) and its form (POST) to different roles.
/// A new area adds a namespace here, lists it in `all`, and registers its routes in its own
/// `<Area>Routes.register`.
enum PageRoute {
    static let all: [any CataloguePath] = [
        Observability.all, Live.all, Accounts.all, Home.all, Users.all, Audit.all, Orders.all, Clients.all, Cabinet.all, Quality.all,
        Work.all, Telephony.all, Support.all, Chat.all, Branches.all, Fleet.all, Services.all, ClientApp.all, Notifications.all,
        Stock.all, Company.all,
    ].flatMap { $0 }

    enum Stock {
        /// The catalogue with stock balances, and one product's card with its ledger.
        static let products = RoutePath<Void>("/products")
        static let product = RoutePath<UUID>("/products/:id")
        /// A receipt or a counted adjustment from the product card.
        static let movements = RoutePath<UUID>("/products/:id/movements")
        static let all: [any CataloguePath] = [products, product, movements]
    }

    enum Company {
        /// The seller's details the invoice carries, set by an administrator.
        static let settings = RoutePath<Void>("/settings/company")
        static let all: [any CataloguePath] = [settings]
    }

    enum Notifications {
        /// What happened to the reader's clients, orders, claims, tasks, tickets and requests, and which kinds they want.
        static let list = RoutePath<Void>("/notifications")
        static let read = RoutePath<Void>("/notifications/read")
        static let settings = RoutePath<Void>("/notifications/settings")
        static let all: [any CataloguePath] = [list, read, settings]
    }

    enum Observability {
        static let health = RoutePath<Void>("/healthz")
        static let ready = RoutePath<Void>("/readyz")
        static let metrics = RoutePath<Void>("/metrics")
        static let stylesheet = RoutePath<Void>("/assets/app.css")
        static let pageScript = RoutePath<Void>("/assets/page.js")
        static let all: [any CataloguePath] = [health, ready, metrics, stylesheet, pageScript]
    }

    enum Live {
        static let socket = RoutePath<Void>("/live")
        static let script = RoutePath<Void>("/assets/live.js")
        static let all: [any CataloguePath] = [socket, script]
    }

    enum Accounts {
        static let login = RoutePath<Void>("/login")
        static let logout = RoutePath<Void>("/logout")
        static let language = RoutePath<Void>("/language")
        static let integrationTokens = RoutePath<Void>("/integrations")
        /// A client's invitation: the one-time link where the invited person sets a password.
        static let invitation = RoutePath<String>("/invitations/:token")
        static let all: [any CataloguePath] = [login, logout, language, integrationTokens, invitation]

        /// The login page that sends the visitor back to `next` (already percent-encoded) once signed in.
        static func loginPage(next encoded: String) -> String { login() + "?next=" + encoded }
    }

    enum Home {
        static let home = RoutePath<Void>("/")
        static let search = RoutePath<Void>("/search")
        static let all: [any CataloguePath] = [home, search]
    }

    enum Users {
        static let users = RoutePath<Void>("/users")
        static let newUser = RoutePath<Void>("/users/new")
        static let user = RoutePath<UUID>("/users/:id")
        static let all: [any CataloguePath] = [users, newUser, user]
    }

    enum Audit {
        static let trail = RoutePath<Void>("/audit")
        static let all: [any CataloguePath] = [trail]
    }

    enum Orders {
        static let list = RoutePath<Void>("/orders")
        static let new = RoutePath<Void>("/orders/new")
        static let order = RoutePath<UUID>("/orders/:id")
        static let step = RoutePath<UUID>("/orders/:id/step")
        static let stage = RoutePath<UUID>("/orders/:id/stage")
        static let rating = RoutePath<UUID>("/orders/:id/rating")
        static let claim = RoutePath<UUID>("/orders/:id/claim")
        static let comment = RoutePath<UUID>("/orders/:id/comment")
        static let changeRequest = RoutePath<UUID>("/orders/:id/change-requests")
        /// A return, an exchange or a warranty case for the order's goods, filed by its staff.
        static let goodsRequest = RoutePath<UUID>("/orders/:id/goods-requests")
        static let reserve = RoutePath<UUID>("/orders/:id/reserve")
        static let split = RoutePath<UUID>("/orders/:id/split")
        static let plan = RoutePath<UUID>("/orders/:id/plan")
        static let invoice = RoutePath<UUID>("/orders/:id/invoice")
        static let pickingList = RoutePath<UUID>("/orders/:id/picking-list")
        static let portfolio = RoutePath<Void>("/portfolio")
        static let portfolioCSV = RoutePath<Void>("/portfolio.csv")
        static let cycleTime = RoutePath<Void>("/cycle-time")
        static let control = RoutePath<Void>("/control")
        static let claims = RoutePath<Void>("/claims")
        static let claimWork = RoutePath<UUID>("/claims/:id")
        /// A claim's photo: the claim's id, then the photo's.
        static let claimPhoto = RoutePath<(UUID, UUID)>("/claims/:id/photos/:photo")
        static let all: [any CataloguePath] = [
            list, new, order, step, stage, rating, claim, comment, changeRequest, goodsRequest, reserve, split, plan, invoice, pickingList,
            portfolio, portfolioCSV, cycleTime, control, claims, claimWork, claimPhoto,
        ]
    }

    enum Clients {
        static let list = RoutePath<Void>("/clients")
        static let new = RoutePath<Void>("/clients/new")
        static let export = RoutePath<Void>("/clients/export.csv")
        static let card = RoutePath<UUID>("/clients/:id")
        static let edit = RoutePath<UUID>("/clients/:id/edit")
        static let archive = RoutePath<UUID>("/clients/:id/archive")
        static let reassign = RoutePath<UUID>("/clients/:id/reassign")
        /// Staff invite one of the client's contacts to the cabinet.
        static let invitations = RoutePath<UUID>("/clients/:id/invitations")
        static let segments = RoutePath<Void>("/segments")
        static let workload = RoutePath<Void>("/managers/workload")
        static let managerReassign = RoutePath<UUID>("/managers/:id/reassign")
        static let absences = RoutePath<Void>("/absences")
        static let absenceEnd = RoutePath<UUID>("/absences/:id/end")
        static let all: [any CataloguePath] = [
            list, new, export, card, edit, archive, reassign, invitations, segments, workload, managerReassign, absences, absenceEnd,
        ]

        /// The new-client form with a phone already filled in (from an unknown caller's card).
        static func newClientForm(phone: String) -> String {
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            return new() + "?phone=" + (phone.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }
    }

    enum Cabinet {
        static let home = RoutePath<Void>("/cabinet")
        static let contacts = RoutePath<Void>("/cabinet/contacts")
        static let contact = RoutePath<UUID>("/cabinet/contacts/:id")
        static let contactDelete = RoutePath<UUID>("/cabinet/contacts/:id/delete")
        static let all: [any CataloguePath] = [home, contacts, contact, contactDelete]
    }

    enum Quality {
        static let dashboard = RoutePath<Void>("/quality")
        static let print = RoutePath<Void>("/quality/print")
        static let csv = RoutePath<Void>("/quality/export.csv")
        static let json = RoutePath<Void>("/quality/export.json")
        static let orders = RoutePath<Void>("/quality/orders")
        static let requests = RoutePath<Void>("/quality/requests")
        static let serviceRequests = RoutePath<Void>("/quality/service-requests")
        static let stock = RoutePath<Void>("/quality/stock")
        static let products = RoutePath<Void>("/quality/products")
        static let standards = RoutePath<Void>("/quality/standards")
        static let newStandard = RoutePath<Void>("/quality/standards/new")
        static let standard = RoutePath<UUID>("/quality/standards/:id")
        static let cost = RoutePath<Void>("/quality/cost")
        static let all: [any CataloguePath] = [
            dashboard, print, csv, json, orders, requests, stock, products, standards, newStandard, standard, cost, serviceRequests,
        ]

        /// The page listing the records behind an indicator's figure for the question `query`;
        /// η and F counted from service requests list those requests.
        static func records(_ indicator: QualityIndicator, query: String, misses: Bool = false, serviceRequests: Bool = false) -> String {
            if serviceRequests, QualityServiceRequests.indicators.contains(indicator) {
                return "\(self.serviceRequests())?\(query)&indicator=\(indicator.rawValue)"
            }
            switch indicator {
            case .demandSaturation: return stock()
            case .orderCoverage: return "\(products())?\(query)"
            case .flexibility: return "\(requests())?\(query)"
            default: return "\(orders())?\(query)&indicator=\(indicator.rawValue)" + (misses ? "&misses=true" : "")
            }
        }
    }

    enum Work {
        static let tasks = RoutePath<Void>("/tasks")
        static let task = RoutePath<UUID>("/tasks/:id")
        static let pull = RoutePath<UUID>("/tasks/:id/pull")
        static let move = RoutePath<UUID>("/tasks/:id/move")
        static let complete = RoutePath<UUID>("/tasks/:id/complete")
        static let deadline = RoutePath<UUID>("/tasks/:id/deadline")
        static let comment = RoutePath<UUID>("/tasks/:id/comments")
        static let checklist = RoutePath<UUID>("/tasks/:id/checklist")
        /// A checklist step: the task's id, then the step's.
        static let checklistItem = RoutePath<(UUID, UUID)>("/tasks/:id/checklist/:item")
        /// A supervisor's one-time pass through the overdue gate for the task's responsible person.
        static let override = RoutePath<UUID>("/tasks/:id/override")
        static let boards = RoutePath<Void>("/boards")
        static let board = RoutePath<UUID>("/boards/:id")
        static let boardScript = RoutePath<Void>("/assets/board.js")
        static let sortableScript = RoutePath<Void>("/assets/sortable.min.js")
        /// Control of the work: the reader's tasks, the team's overdue ones, the week's deadlines, the people's figures.
        static let control = RoutePath<Void>("/tasks/control")
        /// A board's set-up: its columns with their limits; a new column; one column's form and its removal.
        static let boardSettings = RoutePath<UUID>("/boards/:id/settings")
        static let boardColumns = RoutePath<UUID>("/boards/:id/settings/columns")
        static let boardColumn = RoutePath<(UUID, UUID)>("/boards/:id/settings/columns/:column")
        static let boardColumnRemove = RoutePath<(UUID, UUID)>("/boards/:id/settings/columns/:column/remove")
        /// Teams with their members and boards, as an administrator sets them up.
        static let teams = RoutePath<Void>("/teams")
        static let teamMembers = RoutePath<UUID>("/teams/:id/members")
        static let teamMemberRemove = RoutePath<(UUID, UUID)>("/teams/:id/members/:user/remove")
        static let teamBoards = RoutePath<UUID>("/teams/:id/boards")
        static let all: [any CataloguePath] = [
            tasks, task, pull, move, complete, deadline, comment, checklist, checklistItem, override, boards, board, boardScript, sortableScript, control,
            boardSettings, boardColumns, boardColumn, boardColumnRemove, teams, teamMembers, teamMemberRemove, teamBoards,
        ]
    }

    enum Telephony {
        /// A person's calls: routed to them, answered by them, or from the clients they manage.
        static let calls = RoutePath<Void>("/calls")
        /// How a call ended, set by the person who took it (the pop-up, the call list, the client card).
        static let outcome = RoutePath<UUID>("/calls/:id/outcome")
        static let all: [any CataloguePath] = [calls, outcome]
    }

    enum Support {
        /// The operator's queue by priority with SLA countdowns, and (POST) a ticket opened by staff.
        static let queue = RoutePath<Void>("/support")
        static let ticket = RoutePath<UUID>("/tickets/:id")
        static let edit = RoutePath<UUID>("/tickets/:id/edit")
        static let messages = RoutePath<UUID>("/tickets/:id/messages")
        static let transitions = RoutePath<UUID>("/tickets/:id/transitions")
        static let rating = RoutePath<UUID>("/tickets/:id/rating")
        /// An image attached to the ticket or one of its messages: the ticket's id, then the attachment's.
        static let attachment = RoutePath<(UUID, UUID)>("/tickets/:id/attachments/:attachment")
        /// The client's tickets and its new ticket form.
        static let cabinet = RoutePath<Void>("/cabinet/support")
        /// How support kept its promises over a period.
        static let report = RoutePath<Void>("/support/report")
        /// The tickets one figure of the report counts.
        static let reportTickets = RoutePath<Void>("/support/report/tickets")
        /// The SLA policies, and (POST) a new one; each policy's page changes it.
        static let policies = RoutePath<Void>("/support/sla-policies")
        static let policy = RoutePath<UUID>("/support/sla-policies/:id")
        static let all: [any CataloguePath] = [queue, ticket, edit, messages, transitions, rating, attachment, cabinet, report, reportTickets, policies, policy]
    }

    enum Chat {
        /// The client's hotline chat in its cabinet; its form (POST) opens a chat.
        static let cabinet = RoutePath<Void>("/cabinet/chat")
        /// One chat, for its client and for staff (the operator answers here).
        static let chat = RoutePath<UUID>("/chats/:id")
        static let messages = RoutePath<UUID>("/chats/:id/messages")
        static let transitions = RoutePath<UUID>("/chats/:id/transitions")
        /// The operator's "available for chats" mark, set on the support console.
        static let availability = RoutePath<Void>("/support/availability")
        static let script = RoutePath<Void>("/assets/chat.js")
        static let all: [any CataloguePath] = [cabinet, chat, messages, transitions, availability, script]
    }

    enum Branches {
        /// The public catalog; its form (POST) opens a branch.
        static let list = RoutePath<Void>("/branches")
        static let new = RoutePath<Void>("/branches/new")
        /// The nearest branches to the visitor's position or to a typed address or city, on a map.
        static let search = RoutePath<Void>("/branches/search")
        static let branch = RoutePath<UUID>("/branches/:id")
        static let edit = RoutePath<UUID>("/branches/:id/edit")
        /// The edit page's photo form (POST).
        static let photo = RoutePath<UUID>("/branches/:id/photo")
        static let script = RoutePath<Void>("/assets/branches.js")
        static let leafletScript = RoutePath<Void>("/assets/leaflet/leaflet.js")
        static let leafletStyle = RoutePath<Void>("/assets/leaflet/leaflet.css")
        static let all: [any CataloguePath] = [list, new, search, branch, edit, photo, script, leafletScript, leafletStyle]
    }

    enum Fleet {
        /// A client's vehicle orders with the order form; for staff, the dispatcher's board.
        static let vehicleOrders = RoutePath<Void>("/vehicle-orders")
        static let vehicleOrder = RoutePath<UUID>("/vehicle-orders/:id")
        static let transition = RoutePath<UUID>("/vehicle-orders/:id/transitions")
        static let rating = RoutePath<UUID>("/vehicle-orders/:id/rating")
        /// The fleet: vehicles and drivers, with the forms that add them.
        static let fleet = RoutePath<Void>("/fleet")
        static let vehicles = RoutePath<Void>("/fleet/vehicles")
        static let drivers = RoutePath<Void>("/fleet/drivers")
        static let script = RoutePath<Void>("/assets/vehicle-orders.js")
        static let all: [any CataloguePath] = [vehicleOrders, vehicleOrder, transition, rating, fleet, vehicles, drivers, script]
    }

    /// The personal service department: the catalog, packages, a client's package, requests.
    enum Services {
        static let catalog = RoutePath<Void>("/services")
        static let service = RoutePath<UUID>("/services/:id")
        static let retire = RoutePath<UUID>("/services/:id/retire")
        static let packages = RoutePath<Void>("/packages")
        /// Connecting a client to a package, from its card.
        static let subscriptions = RoutePath<UUID>("/clients/:id/subscriptions")
        static let requests = RoutePath<Void>("/requests")
        static let request = RoutePath<UUID>("/requests/:id")
        static let transitions = RoutePath<UUID>("/requests/:id/transitions")
        /// The client's requests in its cabinet, with the form to file one.
        static let cabinetRequests = RoutePath<Void>("/cabinet/requests")
        /// Recording an upsell offer from the card, and the client's answer to it.
        static let upsellOffers = RoutePath<UUID>("/clients/:id/upsell-offers")
        static let upsellOutcome = RoutePath<(UUID, UUID)>("/clients/:id/upsell-offers/:offer")
        /// The monthly statement of requests outside the package, from the card and in the cabinet.
        static let statement = RoutePath<UUID>("/clients/:id/statement")
        static let cabinetStatement = RoutePath<Void>("/cabinet/statement")
        static let all: [any CataloguePath] = [
            catalog, service, retire, packages, subscriptions, requests, request, transitions, cabinetRequests, upsellOffers, upsellOutcome,
            statement, cabinetStatement,
        ]
    }

    /// The client's installable phone app: its shell, manifest, service worker and icons. The
    /// service worker lives under /app and is allowed the scope `/app` (the shell itself).
    enum ClientApp {
        static let shell = RoutePath<Void>("/app")
        static let manifest = RoutePath<Void>("/app/manifest.webmanifest")
        static let serviceWorker = RoutePath<Void>("/app/sw.js")
        static let script = RoutePath<Void>("/app/app.js")
        static let style = RoutePath<Void>("/app/app.css")
        static let iconSVG = RoutePath<Void>("/app/icon.svg")
        static let icon192 = RoutePath<Void>("/app/icon-192.png")
        static let icon512 = RoutePath<Void>("/app/icon-512.png")
        static let all: [any CataloguePath] = [shell, manifest, serviceWorker, script, style, iconSVG, icon192, icon512]
    }
}
