import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// A new order as composed by staff, by the buyer in the cabinet, or by an integration.
struct OrderDraft: Sendable {
    struct Line: Sendable { var productID: UUID?; var sku: String?; var quantity: Int?; var unitPriceMinor: Int64? }

    var clientID: UUID?
    var channel: String?
    var priority: String?
    var requestedDate: String?
    var promisedDate: String?
    var notes: String?
    var externalRef: String?
    var deliveryMethod: String?
    /// "draft" (to send later) or "received" (taken by staff, e.g. over the phone).
    var initialStatus: String?
    var lines: [Line]
    /// The language of the field messages the new-order form shows (the API answers in English).
    var lang: Language = .en

    static let maxLines = 5_000

    /// A created order with what was written beside it, as its answer shows them.
    struct Created: Sendable {
        var order: Order
        var clientName: String
        var lines: [OrderDTO.Line]
        var event: OrderEvent
    }

    /// Validates every field, naming each invalid one, and creates the order with its lines.
    func create(by actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> Order {
        try await compose(by: actor, calendar: calendar, now: now, on: db).order
    }

    /// `create`, keeping what it wrote, so the answer needs not read it back.
    func compose(by actor: Principal, calendar: CompanyCalendar, now: Date, on db: any Database) async throws -> Created {
        var v = FieldValidator(lang: lang)
        let clientID = actor.role == .client ? actor.clientID : self.clientID
        if clientID == nil { v.add("client_id", lang.t("is required", "обязательное поле")) }
        let channel = actor.role == .client ? .cabinet : (channel.map { OrderChannel(rawValue: $0) } ?? .some(.phone))
        if channel == nil { v.add("channel", lang.t("must be one of: ", "допустимо: ") + OrderChannel.allCases.map(\.rawValue).joined(separator: ", ")) }
        if actor.role == .client { refuseStaffFields(into: &v) }
        let priority = actor.role == .client ? .normal : priority.map { Priority(rawValue: $0) } ?? .some(.normal)
        if priority == nil { v.add("priority", lang.t("must be one of: ", "допустимо: ") + Priority.allCases.map(\.rawValue).joined(separator: ", ")) }
        let requested = Self.day(requestedDate, field: "requested_date", into: &v)
        // A new order asks for delivery from today on: a past date would become a promise broken
        // before it was made. Orders that really lie in the past arrive by the history import.
        let today = calendar.day(of: now)
        if let requested, requested < today {
            v.add("requested_date", lang.t("must not be in the past: the earliest is \(today)", "не может быть в прошлом: не раньше \(today)"))
        }
        let promised = actor.role == .client ? nil : Self.day(promisedDate, field: "promised_date", into: &v)
        let status: OrderStatus? = switch initialStatus ?? "draft" {
        case "draft": .draft
        case "received" where actor.role != .client: .received
        default: nil
        }
        if status == nil { v.add("status", actor.role == .client ? lang.t("must be draft", "допустимо: draft") : lang.t("must be draft or received", "допустимо: draft или received")) }
        let notes = v.text("notes", notes, required: false, max: 4_000)
        let externalRef = v.text("external_ref", externalRef, required: false, max: 100)
        let deliveryMethod = v.text("delivery_method", deliveryMethod, required: false, max: 100)
        if lines.isEmpty { v.add("lines", lang.t("must have at least one line", "нужна хотя бы одна позиция")) }
        if lines.count > Self.maxLines { v.add("lines", lang.t("must have at most \(Self.maxLines) lines", "не больше \(Self.maxLines) позиций")) }
        for (i, line) in lines.enumerated() {
            if line.productID == nil && (line.sku ?? "").isEmpty { v.add("lines[\(i)].product_id", lang.t("is required (or sku)", "обязательное поле (или sku)")) }
            if let sku = line.sku, !Self.couldBeSKU(sku) { v.add("lines[\(i)].sku", lang.t("must be at most 64 characters without control characters", "не длиннее 64 символов, без управляющих символов")) }
            guard let q = line.quantity else { v.add("lines[\(i)].quantity", lang.t("is required", "обязательное поле")); continue }
            if q < 1 || q > 1_000_000 { v.add("lines[\(i)].quantity", lang.t("must be from 1 to 1000000", "от 1 до 1000000")) }
            if actor.role != .client, let p = line.unitPriceMinor, p < 0 || p > 1_000_000_000_000 { v.add("lines[\(i)].unit_price_minor", lang.t("must be from 0 to 10^12", "от 0 до 10^12")) }
        }
        // Look up the client and products too before refusing, so one answer names every bad field.
        let client = try await clientID.asyncMap { try await Orderer.find($0, on: db) } ?? nil
        if clientID != nil, client?.active != true { v.add("client_id", lang.t("is not an active client", "не действующий клиент")) }
        let products = lines.count <= Self.maxLines ? try await resolveProducts(on: db) : []
        for (i, line) in lines.enumerated() where i < products.count && products[i] == nil && (line.productID != nil || !(line.sku ?? "").isEmpty) {
            v.add("lines[\(i)].product_id", lang.t("is not an active product", "не действующий товар"))
        }
        let (checkedChannel, checkedStatus, checkedPriority) = try v.check(channel, status, priority)
        guard let client else { throw Problem.field("client_id", "is required") }

        let currency = products.compactMap { $0?.currency }.first ?? "UAH"
        let order = try await Order.numbered(at: now, by: actor.userID, calendar: calendar, on: db)
        order.clientID = client.id
        order.segmentID = client.segment_id
        order.managerID = client.manager_id
        order.isInternal = ClientKind(rawValue: client.kind)?.isInternal ?? false
        order.channel = checkedChannel
        order.status = checkedStatus
        order.priority = checkedPriority
        order.priorityRank = checkedPriority.rank
        order.currency = currency
        order.notes = notes
        order.externalRef = externalRef
        order.deliveryMethod = deliveryMethod
        order.requestedDay = requested?.description
        order.promisedDay = (promised ?? requested)?.description
        order.promisedMilestone = .delivery
        order.lineCount = lines.count
        if status == .received {
            order.sentAt = now
            order.receivedAt = now
            order.receivedDay = calendar.day(of: now).description
        }
        var total: Int64 = 0
        var rows: [OrderLine] = []
        var answered: [OrderDTO.Line] = []
        let orderID = try order.requireID()
        for (i, line) in lines.enumerated() {
            // Every line was resolved to an active product above, or the draft was refused.
            guard i < products.count, let product = products[i], let quantity = line.quantity else {
                throw Problem.field("lines[\(i)].product_id", "is not an active product")
            }
            // A client's line never carries a price (refused above): it is the catalogue's.
            let price = line.unitPriceMinor ?? product.price_minor
            // Each line fits in Int64, but thousands of them may not: refuse instead of trapping.
            let (amount, lineOverflow) = price.multipliedReportingOverflow(by: Int64(quantity))
            let (sum, totalOverflow) = total.addingReportingOverflow(amount)
            if lineOverflow || totalOverflow { throw Problem.field("lines", "make an order total too large to record") }
            total = sum
            rows.append(OrderLine(orderID: orderID, lineNo: i + 1, productID: product.id, quantity: quantity, unitPriceMinor: price))
            answered.append(OrderDTO.Line(line_no: i + 1, product_id: product.id, sku: product.sku, name: product.name, quantity: quantity,
                                          unit_price_minor: price, reserved_quantity: 0, made_to_order: product.made_to_order))
        }
        order.totalMinor = total
        try await order.create(on: db)
        CardChange.announce(.clients([order.clientID]))
        try await OrderLine.insert(rows, on: db)
        let event = OrderEvent(orderID: orderID, from: nil, to: order.status, at: now, by: actor, reason: nil)
        try await event.create(on: db)
        // The last contact is shown to the minute, so it moves only when a minute or more old: orders
        // for one client at once then neither write nor lock the client's row (on PostgreSQL a
        // written row would hold every other order of that client until commit).
        try await db.sql.raw("""
            UPDATE clients SET last_contact_at = \(bind: now)
            WHERE id = \(bind: order.clientID) AND (last_contact_at IS NULL OR last_contact_at < \(bind: now.addingTimeInterval(-60)))
            """).run()
        return Created(order: order, clientName: client.name, lines: answered, event: event)
    }

    /// The price, the promised date and the priority are staff's word to the buyer, not the
    /// buyer's own: a client naming any of them is refused, so a cabinet order cannot total 0.00.
    private func refuseStaffFields(into v: inout FieldValidator) {
        for (i, line) in lines.enumerated() where line.unitPriceMinor != nil {
            v.add("lines[\(i)].unit_price_minor", lang.t("is set from the catalogue, not by the client", "берётся из каталога, клиент её не задаёт"))
        }
        if promisedDate != nil { v.add("promised_date", lang.t("is promised by staff, not set by the client", "обещают сотрудники, клиент её не задаёт")) }
        if priority != nil { v.add("priority", lang.t("is set by staff, not by the client", "задают сотрудники, не клиент")) }
    }

    private func resolveProducts(on db: any Database) async throws -> [Offered?] {
        let ids = lines.compactMap(\.productID)
        let skus = lines.compactMap(\.sku).filter(Self.couldBeSKU)
        var byID: [UUID: Offered] = [:], bySKU: [String: Offered] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500) {
            for p in try await Offered.active(ids: Array(ids[chunk..<min(chunk + 500, ids.count)]), on: db) { byID[p.id] = p }
        }
        for chunk in stride(from: 0, to: skus.count, by: 500) {
            for p in try await Offered.active(skus: Array(skus[chunk..<min(chunk + 500, skus.count)]), on: db) { bySKU[p.sku] = p }
        }
        return lines.map { line in line.productID.flatMap { byID[$0] } ?? line.sku.flatMap { bySKU[$0] } }
    }

    /// Whether a line's `sku` could name a product: a product's SKU is at most 64 code points
    /// with no control characters, and PostgreSQL's text could not even hold a NUL to compare.
    static func couldBeSKU(_ sku: String) -> Bool {
        sku.unicodeScalars.count <= 64 && !sku.hasControlCharacters
    }

    private static func day(_ text: String?, field: String, into v: inout FieldValidator) -> CalendarDay? {
        guard let text, !text.isEmpty else { return nil }
        guard let day = CalendarDay(iso: text), (2000...2100).contains(day.year) else {
            v.add(field, v.lang.t("must be a date YYYY-MM-DD between 2000 and 2100", "дата ГГГГ-ММ-ДД с 2000 по 2100 год"))
            return nil
        }
        return day
    }
}
