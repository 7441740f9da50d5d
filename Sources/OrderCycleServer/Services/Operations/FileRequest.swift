import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Files a request (заявка) with the personal service department (DOMAIN §2.4): by the client in
/// its cabinet or through the API, or by its staff on its behalf. A special request names a
/// time (outside working hours is accepted, and marked; the past is refused); a service request
/// names a catalog service open to the client. A request for a packaged service with units left
/// this month is inside the package and costs nothing; otherwise it carries the service's price,
/// for the monthly statement.
struct FileRequest: Sendable {
    let kind: ServiceRequestKind
    let serviceID: UUID?
    let orderID: UUID?
    let productID: UUID?
    let quantity: Int?
    let scheduledAt: Date?
    let outsideHours: Bool
    let description: String
    let clientID: UUID?
    let calendar: CompanyCalendar
    let lang: Language

    init(_ input: ServiceRequestInput, calendar: CompanyCalendar, lang: Language = .en, now: Date) throws {
        var v = FieldInput(lang)
        let kind = v.choice("kind", input.kind, as: ServiceRequestKind.self, required: true)
        let scheduled = v.moment("scheduled_at", input.scheduled_at, required: kind == .special)
        var outside = false
        if let scheduled {
            switch RequestSchedule.check(scheduled, now: now, timeZone: calendar.timeZone) {
            case .inThePast:
                v.add("scheduled_at", en: "is in the past: choose a time from now on (outside working hours is fine)",
                      ru: "уже прошло: выберите время не раньше текущего (можно в нерабочее время)")
            case .outsideHours: outside = true
            case .inHours: break
            }
        }
        if kind == .service, input.service_id == nil { v.add("service_id", en: "is required for a service request", ru: "обязательно для заявки на услугу") }
        if kind == .return || kind == .exchange {
            if input.order_id == nil { v.add("order_id", en: "is required for a return or an exchange: which order?", ru: "обязательно для возврата или обмена: какой заказ?") }
            if input.product_id == nil { v.add("product_id", en: "is required for a return or an exchange: which product?", ru: "обязательно для возврата или обмена: какой товар?") }
            if (input.quantity ?? 0) < 1 { v.add("quantity", en: "must be at least 1", ru: "должно быть не меньше 1") }
        } else {
            if input.product_id != nil { v.add("product_id", en: "is given only for a return or an exchange", ru: "указывается только для возврата или обмена") }
            if input.quantity != nil { v.add("quantity", en: "is given only for a return or an exchange", ru: "указывается только для возврата или обмена") }
        }
        if kind == .change, input.order_id == nil { v.add("order_id", en: "is required for an order change request: which order?", ru: "обязательно для изменения заказа: какой заказ?") }
        if kind == .claim, input.order_id == nil { v.add("order_id", en: "is required for a claim: which order?", ru: "обязательно для претензии: по какому заказу?") }
        let description = v.text("description", input.description, max: 4_000)
        try v.check()
        guard let kind, let description else { throw Problem(.malformed) }
        (self.kind, self.serviceID, self.orderID, self.scheduledAt, self.outsideHours) = (kind, input.service_id, input.order_id, scheduled, outside)
        (self.productID, self.quantity) = (input.product_id, input.quantity)
        (self.description, self.clientID, self.calendar, self.lang) = (description, input.client_id, calendar, lang)
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> ServiceRequestDTO {
        var v = FieldInput(lang)
        // A client files for itself; another client's id reads as no client at all.
        let client: UUID?
        if actor.role == .client {
            client = actor.clientID
            if let clientID, clientID != actor.clientID { v.add("client_id", en: "is not a client", ru: "такого клиента нет") }
        } else {
            client = clientID
            if clientID == nil { v.required("client_id") }
        }
        var segment: UUID?
        if let client {
            if let row = try await db.sql.raw("SELECT segment_id FROM clients WHERE id = \(bind: client)").first() {
                segment = try row.decode(column: "segment_id", as: UUID.self)
            } else if clientID != nil {
                v.add("client_id", en: "is not a client", ru: "такого клиента нет")
            }
        }
        if let orderID {
            let owner = try await db.sql.raw("SELECT client_id FROM orders WHERE id = \(bind: orderID)").first()?.decode(column: "client_id", as: UUID.self)
            if owner == nil || owner != client {
                v.add("order_id", en: "is not an order of this client", ru: "это не заказ этого клиента")
            } else if let productID, let quantity {
                // The goods returned or exchanged are the order's: no more than it had of them.
                let ordered = try await db.sql.raw("""
                    SELECT CAST(COALESCE(SUM(quantity), 0) AS BIGINT) AS n FROM order_lines WHERE order_id = \(bind: orderID) AND product_id = \(bind: productID)
                    """).first()?.decode(column: "n", as: Int.self) ?? 0
                if ordered == 0 {
                    v.add("product_id", en: "is not a product of this order", ru: "этого товара нет в заказе")
                } else if quantity > ordered {
                    v.add("quantity", en: "is more than the order has (\(ordered))", ru: "больше, чем в заказе (\(ordered))")
                }
            }
        }
        let day = calendar.day(of: now)
        let month = ServicesInput.month(of: now, calendar)
        var subscription: SubscriptionDTO?
        var package: PackageDTO?
        if let client, segment != nil {
            subscription = try await SubscriptionQueries.inForce(client, on: day, on: db)
            if let subscription { package = try await CatalogQueries.package(subscription.package_id, on: db) }
        }
        var service: ServiceDTO?
        if let serviceID, let segment {
            service = try await CatalogQueries.service(serviceID, on: db)
            let packaged = package?.services.contains { $0.service_id == serviceID } ?? false
            if let s = service, !(s.active && (s.segment_ids.isEmpty || s.segment_ids.contains(segment)) || packaged) {
                service = nil
            }
            if service == nil { v.add("service_id", en: "is not a service offered to this client", ru: "эта услуга не предлагается этому клиенту") }
        }
        try v.check()
        guard let client else { throw Problem(.malformed) }
        // A claim filed as a request is the order's claim (the claims API answers it too).
        if kind == .claim, let orderID {
            let claim = try await FileClaim(orderID: orderID, reason: ClaimReason.other.rawValue, description: description, lang: lang)
                .run(by: actor, calendar: calendar, now: now, on: db)
            guard let dto = try await RequestQueries.request(try claim.requireID(), on: db) else { throw Problem(.notFound) }
            return dto
        }
        // Two requests filed at once must not both take the month's last included unit: on
        // PostgreSQL the client's row is held until this transaction ends, so the second counts
        // the first's unit (NO KEY: orders and requests may still name the client meanwhile); on
        // SQLite the write transaction already holds the one writer lock before it reads.
        if package != nil, db.isPostgres {
            try await db.sql.raw("SELECT id FROM clients WHERE id = \(bind: client) FOR NO KEY UPDATE").run()
        }
        let allowance = try await package.asyncMap { try await SubscriptionQueries.allowance($0, clientID: client, month: month, on: db) }
        let (inside, price) = RequestPricing.price(serviceID: service?.id.uuidString, servicePriceMinor: service?.price_minor ?? 0, allowance: allowance)
        let id = UUID()
        let channel = actor.role == .client ? "client" : (actor.userID == nil ? "integration" : "staff")
        try await db.sql.raw("""
            INSERT INTO service_requests (id, version, client_id, kind, service_id, order_id, product_id, quantity, scheduled_at, outside_hours, description, status,
                                          inside_package, price_minor, currency, month, channel, filed_by, created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: client), \(bind: kind.rawValue), \(bind: service?.id), \(bind: orderID), \(bind: productID), \(bind: quantity), \(bind: scheduledAt),
                    \(bind: outsideHours), \(bind: description), \(bind: ServiceRequestStatus.new.rawValue), \(bind: inside), \(bind: price),
                    \(bind: service?.currency ?? package?.currency ?? "UAH"), \(bind: month), \(bind: channel), \(bind: actor.userID), \(bind: now), \(bind: now))
            """).run()
        if kind == .change, let orderID {
            try await RequestWrites.mirrorChange(id, orderID: orderID, clientID: client, description: description, day: day, now: now, on: db)
        }
        guard let dto = try await RequestQueries.request(id, on: db) else { throw Problem(.notFound) }
        try await RequestWrites.audit(actor, .create, before: nil, after: dto, now: now, on: db)
        return dto
    }
}

/// The writes the request operations share: the audit entry's snapshot.
enum RequestWrites {
    /// What the audit trail keeps of a request: the fields a person decides on.
    struct Snapshot: Encodable, Sendable {
        var kind: String
        var service_id: UUID?
        var order_id: UUID?
        var scheduled_at: Date?
        var description: String
        var status: String
        var inside_package: Bool
        var price_minor: Int64
        var assignee_id: UUID?
        var satisfied: Bool?
        var reason: String?

        init(_ r: ServiceRequestDTO) {
            kind = r.kind; service_id = r.service_id; order_id = r.order_id; scheduled_at = r.scheduled_at; description = r.description
            status = r.status; inside_package = r.inside_package; price_minor = r.price_minor; assignee_id = r.assignee_id
            satisfied = r.satisfied; reason = r.reason
        }
    }

    /// An order change request is a request of kind `change`; its order keeps the row of
    /// `order_change_requests` under the same id, which the quality roll-up's trigger counts for
    /// flexibility F by the day it was made (`open`, then `satisfied` or `refused`).
    static func mirrorChange(_ id: UUID, orderID: UUID, clientID: UUID, description: String, day: CalendarDay, now: Date, on db: any Database) async throws {
        try await db.sql.raw("""
            INSERT INTO order_change_requests (id, version, order_id, client_id, description, status, created_at, created_day)
            VALUES (\(bind: id), 1, \(bind: orderID), \(bind: clientID), \(bind: description), 'open', \(bind: now), \(bind: day.description))
            """).run()
    }

    /// The order change row follows its request: its description while open, its decision when
    /// refused or closed (closed unsatisfied is a refused change).
    static func mirrorChange(_ request: ServiceRequestDTO, by actor: Principal, now: Date, on db: any Database) async throws {
        guard request.kind == ServiceRequestKind.change.rawValue else { return }
        let status = ServiceRequestStatus(rawValue: request.status) ?? .new
        if status.isDecided {
            try await db.sql.raw("""
                UPDATE order_change_requests SET status = \(bind: status == .closed && request.satisfied == true ? "satisfied" : "refused"),
                       decided_at = \(bind: now), decided_by = \(bind: actor.userID), version = version + 1
                WHERE id = \(bind: request.id) AND status = 'open'
                """).run()
        } else {
            try await db.sql.raw("UPDATE order_change_requests SET description = \(bind: request.description), version = version + 1 WHERE id = \(bind: request.id) AND status = 'open'").run()
        }
    }

    /// A return done brings its goods back into stock; an exchange done also sends the
    /// replacement out (reserved and shipped against its order), all through the stock ledger.
    /// Not enough stock for the replacement refuses the step, and nothing moves.
    static func moveGoods(_ request: ServiceRequestDTO, by actor: Principal, now: Date, lang: Language, on db: any Database) async throws {
        let kind = ServiceRequestKind(rawValue: request.kind)
        guard kind == .return || kind == .exchange, let product = request.product_id, let quantity = request.quantity, quantity > 0 else { return }
        let note = "\(kind?.name(.en) ?? request.kind): \(PageRoute.Services.request(request.id))"
        try await StockLedger.receive(product: product, quantity: quantity, by: actor.userID, note: note, now: now, on: db)
        guard kind == .exchange, let order = request.order_id else { return }
        let reserved = try await StockLedger.reserve(product: product, upTo: quantity, order: order, by: actor.userID, now: now, on: db)
        guard reserved == quantity else {
            throw Problem(.conflict, detail: lang.t("Not enough in stock to send the replacement.", "Недостаточно товара на складе, чтобы отправить замену."))
        }
        try await StockLedger.ship(product: product, quantity: quantity, order: order, by: actor.userID, now: now, on: db)
    }

    static func audit(_ actor: Principal?, _ action: AuditTrail.Action, before: ServiceRequestDTO?, after: ServiceRequestDTO, now: Date, on db: any Database) async throws {
        try await AuditTrail.record(on: db, actor: actor, entity: "service_requests", id: after.id, action: action,
                                    before: before.map(Snapshot.init), after: Snapshot(after), at: now)
    }
}
