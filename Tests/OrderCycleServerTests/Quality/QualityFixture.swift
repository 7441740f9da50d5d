import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Vapor

/// Inserts the rows the quality figures read — segments, clients, products with stock, orders
/// with their quality columns, lines, claims, change requests and stages — straight into the
/// database, so each test states exactly the records behind the numbers it expects.
struct QualityFixture {
    let app: Application
    var db: any Database { app.db }
    private static let counter = Counter()

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
    }

    func segment(_ code: String, en: String, ru: String, isInternal: Bool = false) async throws -> UUID {
        let segment = Segment(code: code, nameEN: en, nameRU: ru, isInternal: isInternal)
        try await segment.create(on: db)
        return try segment.requireID()
    }

    func client(_ name: String, segment: UUID, manager: UUID? = nil) async throws -> UUID {
        let client = Client(code: "Q-\(Self.counter.next())", kind: .customer, party: .company, name: name, taxID: nil, segmentID: segment, managerID: manager, now: app.clock.now())
        try await client.create(on: db)
        return try client.requireID()
    }

    func product(_ sku: String, category: String, active: Bool = true, onHand: Int = 0, required: Int = 0) async throws -> UUID {
        let product = Product(sku: sku, name: "Product \(sku)", category: category, unit: "pcs", priceMinor: 1_000, currency: "UAH")
        product.active = active
        try await product.create(on: db)
        try await StockItem(productID: try product.requireID(), onHand: onHand, requiredNorm: required).create(on: db)
        return try product.requireID()
    }

    struct OrderSpec {
        var client: UUID
        var segment: UUID
        var manager: UUID? = nil
        var isInternal = false
        var received: String? = "2026-03-02"
        var status = "delivered"
        var placed = true
        var unsatisfied = false
        var promised: String? = nil
        var reached: String? = nil
        var onTime: Bool? = nil
        var inFull: Bool? = nil
        var expected: Int? = nil
        var actual: Int? = nil
        var claims = 0
        var cycle: Int? = nil
        var interruptions: Int? = nil
        var products: [UUID] = []
        var totalMinor = 10_000
    }

    @discardableResult
    func order(_ spec: OrderSpec) async throws -> UUID {
        let id = UUID()
        let now = Date()
        try await db.sql.insert(into: "orders")
            .columns("id", "version", "number", "client_id", "segment_id", "manager_id", "internal", "channel", "status", "priority",
                     "priority_rank", "currency", "total_minor", "line_count", "promised_day", "promised_milestone", "created_at",
                     "updated_at", "received_day", "placed_at", "unsatisfied_from_stock", "in_full", "reached_day", "on_time",
                     "expected_days", "actual_days", "cycle_seconds", "interruption_seconds", "claim_count")
            .values(SQLBind(id), SQLBind(1), SQLBind("Q-\(Self.counter.next())"), SQLBind(spec.client), SQLBind(spec.segment),
                    SQLBind(spec.manager), SQLBind(spec.isInternal), SQLBind("phone"), SQLBind(spec.status), SQLBind("normal"),
                    SQLBind(1), SQLBind("UAH"), SQLBind(Int64(spec.totalMinor)), SQLBind(spec.products.count), SQLBind(spec.promised),
                    SQLBind("delivery"), SQLBind(now), SQLBind(now), SQLBind(spec.received), SQLBind(spec.placed ? now : nil),
                    SQLBind(spec.unsatisfied), SQLBind(spec.inFull), SQLBind(spec.reached), SQLBind(spec.onTime), SQLBind(spec.expected),
                    SQLBind(spec.actual), SQLBind(spec.cycle.map(Int64.init)), SQLBind(spec.interruptions.map(Int64.init)), SQLBind(spec.claims))
            .run()
        for (index, product) in spec.products.enumerated() {
            try await db.sql.insert(into: "order_lines")
                .columns("id", "order_id", "line_no", "product_id", "quantity", "unit_price_minor", "reserved_quantity")
                .values(SQLBind(UUID()), SQLBind(id), SQLBind(index + 1), SQLBind(product), SQLBind(1), SQLBind(Int64(1_000)), SQLBind(0))
                .run()
        }
        return id
    }

    func claim(order: UUID, client: UUID, status: String, at: Date) async throws {
        try await db.sql.insert(into: "claims")
            .columns("id", "version", "order_id", "client_id", "reason", "description", "status", "created_at", "created_day")
            .values(SQLBind(UUID()), SQLBind(1), SQLBind(order), SQLBind(client), SQLBind("late"), SQLBind("Came late"), SQLBind(status), SQLBind(at),
                    SQLBind(CompanyCalendar(timeZone: app.appConfig.timeZone).day(of: at).description))
            .run()
    }

    func changeRequest(order: UUID, client: UUID, status: String, day: String) async throws {
        try await db.sql.insert(into: "order_change_requests")
            .columns("id", "version", "order_id", "client_id", "description", "status", "created_at", "created_day")
            .values(SQLBind(UUID()), SQLBind(1), SQLBind(order), SQLBind(client), SQLBind("Move the date"), SQLBind(status), SQLBind(Date()), SQLBind(day))
            .run()
    }

    func stage(order: UUID, _ stage: Stage, seconds: Int) async throws {
        try await db.sql.insert(into: "stage_intervals")
            .columns("id", "order_id", "stage", "skipped", "duration_seconds")
            .values(SQLBind(UUID()), SQLBind(order), SQLBind(stage.rawValue), SQLBind(false), SQLBind(Int64(seconds)))
            .run()
    }

    /// Noon of a day in Kyiv, as a moment.
    static func moment(_ day: String) -> Date {
        let calendar = CompanyCalendar(timeZone: TimeZone(identifier: "Europe/Kyiv")!)
        return calendar.start(of: CalendarDay(iso: day)!).addingTimeInterval(12 * 3600)
    }
}

/// The March 2026 world of the hand-computed expectations in `QualityReportTests`.
///
/// Segment A (retail): clients c1, c2; segment B (wholesale): client c3.
/// | order | client | received | promised | unsat. | reached | on time | in full | exp/act | claims |
/// | o1 | c1 | 03-02 | 03-05 | yes | 03-04 | yes | yes | 3/2 | 0 |
/// | o2 | c1 | 03-03 | 03-05 | no  | 03-07 | no  | yes | 2/4 | 1 |
/// | o3 | c2 | 03-04 | 03-09 | no  | 03-09 | yes | no  | 5/5 | 0 |
/// | o4 | c3 | 03-05 | 03-10 | yes | —     | —   | —   | —   | 0 |
/// | o5 | c3 | 03-06 | 03-07 | yes | 03-06 | yes | yes | 1/0 | 1 |
/// and o6 of c1 in February (received 02-20, unsatisfied, not reached), a draft of c2.
struct MarchWorld {
    var fixture: QualityFixture
    var segmentA: UUID, segmentB: UUID
    var c1: UUID, c2: UUID, c3: UUID
    var manager: UUID
    var orders: [UUID]

    static func make(_ app: Application) async throws -> MarchWorld {
        let f = QualityFixture(app: app)
        let (manager, _) = try await makeUser(app, role: .manager)
        let managerID = try manager.requireID()
        let a = try await f.segment("retail", en: "Retail", ru: "Розница")
        let b = try await f.segment("wholesale", en: "Wholesale", ru: "Опт")
        let c1 = try await f.client("Client One", segment: a, manager: managerID)
        let c2 = try await f.client("Client Two", segment: a)
        let c3 = try await f.client("Client Three", segment: b)
        let p1 = try await f.product("P1", category: "Boxes", onHand: 5, required: 10)
        let p2 = try await f.product("P2", category: "Boxes", onHand: 20, required: 10)
        let p3 = try await f.product("P3", category: "Pallets", active: false, onHand: 3, required: 0)
        typealias S = QualityFixture.OrderSpec
        let o1 = try await f.order(S(client: c1, segment: a, manager: managerID, received: "2026-03-02", unsatisfied: true, promised: "2026-03-05",
                                     reached: "2026-03-04", onTime: true, inFull: true, expected: 3, actual: 2, cycle: 360_000, interruptions: 36_000, products: [p1]))
        let o2 = try await f.order(S(client: c1, segment: a, manager: managerID, received: "2026-03-03", promised: "2026-03-05",
                                     reached: "2026-03-07", onTime: false, inFull: true, expected: 2, actual: 4, claims: 1, cycle: 200_000, interruptions: 0, products: [p1, p2]))
        let o3 = try await f.order(S(client: c2, segment: a, received: "2026-03-04", promised: "2026-03-09",
                                     reached: "2026-03-09", onTime: true, inFull: false, expected: 5, actual: 5, products: [p3]))
        let o4 = try await f.order(S(client: c3, segment: b, received: "2026-03-05", status: "placed", unsatisfied: true, promised: "2026-03-10", products: [p2]))
        let o5 = try await f.order(S(client: c3, segment: b, received: "2026-03-06", unsatisfied: true, promised: "2026-03-07",
                                     reached: "2026-03-06", onTime: true, inFull: true, expected: 1, actual: 0, claims: 1, products: [p1]))
        let o6 = try await f.order(S(client: c1, segment: a, manager: managerID, received: "2026-02-20", status: "placed", unsatisfied: true, promised: "2026-02-25", products: [p1]))
        try await f.order(S(client: c2, segment: a, received: nil, status: "draft", placed: false, products: [p3]))
        try await f.changeRequest(order: o1, client: c1, status: "satisfied", day: "2026-03-10")
        try await f.changeRequest(order: o3, client: c2, status: "refused", day: "2026-03-11")
        try await f.changeRequest(order: o2, client: c1, status: "open", day: "2026-03-12")
        try await f.claim(order: o2, client: c1, status: "resolved", at: QualityFixture.moment("2026-03-08"))
        try await f.claim(order: o5, client: c3, status: "rejected", at: QualityFixture.moment("2026-03-31"))
        try await f.stage(order: o1, .receipt, seconds: 36_000)
        try await f.stage(order: o1, .delivery, seconds: 288_000)
        try await f.stage(order: o2, .receipt, seconds: 20_000)
        try await f.stage(order: o2, .production, seconds: 180_000)
        return MarchWorld(fixture: f, segmentA: a, segmentB: b, c1: c1, c2: c2, c3: c3, manager: managerID, orders: [o1, o2, o3, o4, o5, o6])
    }
}
