import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Twelve months of orders with their lines, stage times, promises, claims, ratings, change
/// requests and the invoices of those invoiced — deterministic for a seed. Volume goes in large transactions of multi-row INSERTs
/// (a million orders in minutes); the per-step status history is written for the first
/// `historyLimit` orders only, while every order carries its milestones and figures.
enum DemoOrders {
    static let historyLimit = 20_000
    static let chunk = 25_000
    /// Chunks stored between two commits (100,000 orders): other writers wait at most that long.
    static let chunksPerCommit = 4

    struct Catalogue {
        struct Item { var id: UUID; var price: Int64; var isNew: Bool; var madeToOrder: Bool }
        var products: [Item]
        struct Customer { var id: UUID; var segment: UUID; var manager: UUID?; var isInternal: Bool }
        var clients: [Customer]
    }

    /// Products of a logistics supplier, with stock and norms.
    static let productNames: [(String, String, String)] = [
        ("Pallet, euro 1200×800", "Паллета евро 1200×800", "Packaging"), ("Stretch film 500 mm", "Стрейч-плёнка 500 мм", "Packaging"),
        ("Carton box 600×400×400", "Гофрокороб 600×400×400", "Packaging"), ("Cargo strap 5 t", "Стяжной ремень 5 т", "Securing"),
        ("Container seal", "Пломба контейнерная", "Securing"), ("Hand pallet truck", "Гидравлическая тележка", "Equipment"),
        ("Warehouse rack 2 m", "Стеллаж складской 2 м", "Equipment"), ("Label printer", "Принтер этикеток", "Equipment"),
        ("Thermal labels 100×150", "Термоэтикетки 100×150", "Consumables"), ("Custom crate", "Ящик по размерам заказчика", "Made to order"),
        ("Insulated box", "Изотермический короб", "Made to order"), ("Steel cage pallet", "Сетчатый контейнер", "Made to order"),
    ]

    static func generate(_ app: Application, orders total: Int, seed: UInt64, until: Date) async throws -> Int {
        let db = app.db
        var random = DemoRandom(seed: seed &+ 7)
        let calendar = CompanyCalendar(timeZone: app.appConfig.timeZone)
        let catalogue = try await prepareCatalogue(db, app: app, random: &random)
        guard total > 0, !catalogue.clients.isEmpty else { return 0 }
        let creator = try await User.query(on: db).filter(\.$role == .operator).first()?.id

        // A second run adds after the first instead of colliding with its numbers and ids.
        let offset = try await db.sql.raw("SELECT COUNT(*) AS n FROM orders WHERE number LIKE 'ORD-DEMO-%'").first(decodingColumn: "n", as: Int.self) ?? 0
        let loaded = try await QualityRollupCompaction.paused(app) { try await db.bulkLoad { conn in
            try await bulkLoadSettings(on: conn, true)
            // Two cores, two jobs: the next chunk is made (and on SQLite, encoded) while the
            // database stores this one.
            let sqlite = !conn.isPostgres
            @Sendable func make(_ created: Int) -> Task<(PreparedRows, DemoRollup), any Error>? {
                guard created < total else { return nil }
                let first = offset + created
                return Task {
                    var rng = DemoRandom(seed: seed &+ UInt64(first) &* 31)
                    let (tables, summed) = makeChunk(count: min(chunk, total - created), startingAt: first, catalogue: catalogue,
                                                     creator: creator, calendar: calendar, until: until, random: &rng)
                    return (try PreparedRows(tables, sqlite: sqlite), summed)
                }
            }
            // The made chunks, the next one being made, and what was summed: read and advanced by
            // one transaction at a time, never at once.
            final class Pipeline: @unchecked Sendable {
                var created = 0
                var rollup = DemoRollup()
                var next: Task<(PreparedRows, DemoRollup), any Error>?
                var spent = Spent()
            }
            let line = Pipeline()
            line.next = make(0)
            var spent: Spent { get { line.spent } set { line.spent = newValue } }
            var rollup: DemoRollup { line.rollup }
            var created: Int { line.created }
            var next: Task<(PreparedRows, DemoRollup), any Error>? { line.next }
            do {
                while line.next != nil {
                    try await conn.write(app) { tx in
                        // The quality roll-ups get the load's sums at its end rather than a row per
                        // write; the triggers are back before each commit, so no other write misses
                        // them, and the mark tells a later start to rebuild if the end never comes.
                        // Several chunks go in one transaction: dropping and making the triggers
                        // again costs as much as storing thousands of rows.
                        try await line.spent.time(\.triggers) { try await QualityRollupTriggers.remove(on: tx) }
                        for _ in 0..<chunksPerCommit {
                            guard let pending = line.next else { break }
                            let (stored, summed) = try await line.spent.time(\.waiting) { try await pending.value }
                            line.created += min(chunk, total - line.created)
                            line.next = make(line.created)
                            line.spent.time(\.merging) { line.rollup.merge(summed) }
                            try await line.spent.time(\.storing) { try await stored.store(on: tx) }
                        }
                        try await line.spent.time(\.triggers) {
                            try await QualityRollupTriggers.install(on: tx)
                            try await QualityRollupRebuild.markLoading(on: tx)
                        }
                    }
                }
                let rows = try await spent.time(\.rollups) { rollup.inserts() }
                let endSpent = try await conn.write(app) { tx in
                    var spent = Spent()
                    try await spent.time(\.rollups) {
                        for table in rows { try await table.flush(on: tx) }
                        try await QualityRollupRebuild.clearLoading(on: tx)
                    }
                    try await spent.time(\.stock) { try await reconcileStock(creator: creator, now: until, on: tx) }
                    // The orders invoiced or later get their invoices, numbered in the order issued.
                    _ = try await spent.time(\.invoices) { try await DemoInvoices.issue(on: tx) }
                    return spent
                }
                spent.add(endSpent)
                app.logger.debug("demo orders: \(spent)")
            } catch {
                next?.cancel()
                try? await bulkLoadSettings(on: conn, false)
                throw error
            }
            try await bulkLoadSettings(on: conn, false)
            return created
        } }
        return loaded
    }

    /// Where a load's time went, for `LOG_LEVEL=debug`.
    struct Spent: CustomStringConvertible, Sendable {
        var waiting = 0.0, merging = 0.0, triggers = 0.0, storing = 0.0, rollups = 0.0, stock = 0.0, invoices = 0.0
        mutating func time<T>(_ part: WritableKeyPath<Spent, Double>, _ body: () async throws -> T) async rethrows -> T {
            let started = ContinuousClock.now
            defer { self[keyPath: part] += (ContinuousClock.now - started).seconds }
            return try await body()
        }
        mutating func time(_ part: WritableKeyPath<Spent, Double>, _ body: () -> Void) {
            let started = ContinuousClock.now
            body()
            self[keyPath: part] += (ContinuousClock.now - started).seconds
        }
        mutating func add(_ other: Spent) {
            for part: WritableKeyPath<Spent, Double> in [\.waiting, \.merging, \.triggers, \.storing, \.rollups, \.stock, \.invoices] { self[keyPath: part] += other[keyPath: part] }
        }
        var description: String {
            String(format: "waiting for chunks %.1f s, merging roll-ups %.1f s, triggers %.1f s, storing %.1f s, roll-up rows %.1f s, stock %.1f s, invoices %.1f s",
                   waiting, merging, triggers, storing, rollups, stock, invoices)
        }
    }

    /// The statuses in which an order's lines hold stock: placed, not yet shipped or cancelled.
    static let holdingStock: [OrderStatus] = [.placed, .invoiced, .picked]

    /// The orders are written past the stock ledger, so afterwards each product's reserve is set
    /// to what its open orders' lines hold (with enough on hand for it), as if they had been
    /// placed through the ledger: dispatching or cancelling a demo order then finds its reserve.
    private struct HeldRow: Decodable { var product_id: UUID; var n: Int }

    private static func reconcileStock(creator: UUID?, now: Date, on db: any Database) async throws {
        var held: [UUID: Int] = [:]
        for row in try await db.sql.raw("""
            SELECT l.product_id, CAST(SUM(l.reserved_quantity) AS BIGINT) AS n FROM order_lines l JOIN orders o ON o.id = l.order_id
            WHERE o.status IN (\(binds: holdingStock.map(\.rawValue))) GROUP BY l.product_id
            """).all(decoding: HeldRow.self) {
            held[row.product_id] = row.n
        }
        let products = try await db.sql.raw("SELECT product_id FROM stock_items").all(decodingColumn: "product_id", as: UUID.self)
        for product in StockLedger.inLockOrder(Array(Set(products).union(held.keys)), product: { $0 }) {
            try await StockLedger.reconcile(product: product, reserved: held[product] ?? 0, by: creator, note: "Open demo orders", now: now, on: db)
        }
    }

    /// The number of the `n`-th demo order (from 0); fixed width, so numbers sort as they count.
    static func number(_ n: Int) -> String { String(format: "ORD-DEMO-%07d", n + 1) }

    /// For the load only, on SQLite: a larger page cache (`BulkLoadCache`), and each chunk's
    /// commit skips its own fsync (`synchronous=NORMAL`: in WAL mode a crash may lose the last
    /// chunks but never corrupts the file — acceptable for generated data, which the command can
    /// simply make again). The server's settings come back afterwards.
    private static func bulkLoadSettings(on conn: any Database, _ loading: Bool) async throws {
        guard !conn.isPostgres else { return }
        try await BulkLoadCache.set(loading ? bulkCacheKiB : nil, on: conn)
        try await conn.sqlRaw("PRAGMA synchronous = \(loading ? "NORMAL" : "FULL")")
    }

    /// One GiB: the machine the demo runs on has many times that; the default is 2,000 KiB.
    static let bulkCacheKiB = 1_048_576

    private static func prepareCatalogue(_ db: any Database, app: Application, random: inout DemoRandom) async throws -> Catalogue {
        if try await Product.query(on: db).count() == 0 {
            try await db.write(app) { tx in
                var r = DemoRandom(seed: 99)
                for (i, item) in productNames.enumerated() {
                    let madeToOrder = item.2 == "Made to order"
                    let product = Product(id: r.uuid(), sku: String(format: "SKU-%04d", i + 1), name: item.0, category: item.2, unit: "pcs",
                                          priceMinor: Int64(r.int(5...900)) * 100, currency: "UAH", isNew: i == productNames.count - 1, madeToOrder: madeToOrder)
                    try await product.create(on: tx)
                    try await StockItem(productID: product.id!, onHand: madeToOrder ? 0 : r.int(50...5_000), requiredNorm: madeToOrder ? 0 : r.int(100...1_500)).create(on: tx)
                }
            }
        }
        let products = try await Product.query(on: db).filter(\.$active == true).all().map {
            Catalogue.Item(id: $0.id!, price: $0.priceMinor, isNew: $0.isNew, madeToOrder: $0.madeToOrder)
        }
        if try await Client.query(on: db).count() == 0 { try await seedMinimalClients(db, app: app) }
        let clients = try await Client.query(on: db).filter(\.$active == true).all().map {
            Catalogue.Customer(id: $0.id!, segment: $0.segmentID, manager: $0.managerID, isInternal: $0.kind.isInternal)
        }
        return Catalogue(products: products, clients: clients)
    }

    /// Orders need clients; when the clients area has not filled any, a few are made here.
    private static func seedMinimalClients(_ db: any Database, app: Application) async throws {
        try await db.write(app) { tx in
            var r = DemoRandom(seed: 5)
            let segments = [Segment(id: r.uuid(), code: "key", nameEN: "Key accounts", nameRU: "Ключевые клиенты"),
                            Segment(id: r.uuid(), code: "wholesale", nameEN: "Wholesale", nameRU: "Опт"),
                            Segment(id: r.uuid(), code: "retail", nameEN: "Retail", nameRU: "Розница"),
                            Segment(id: r.uuid(), code: "internal", nameEN: "Internal", nameRU: "Внутренние", isInternal: true)]
            for s in segments where try await Segment.query(on: tx).filter(\.$code == s.code).count() == 0 { try await s.create(on: tx) }
            let all = try await Segment.query(on: tx).all()
            let manager = try await User.query(on: tx).filter(\.$role == .manager).first()?.id
            for i in 0..<60 {
                let segment = all[i % all.count]
                let kind: ClientKind = segment.isInternal ? .department : (i % 7 == 0 ? .partner : .customer)
                try await Client(id: r.uuid(), code: String(format: "C-%06d", i + 1), kind: kind, party: .company,
                                 name: "Demo client \(i + 1)", taxID: nil, segmentID: segment.id!, managerID: manager, now: app.clock.now()).create(on: tx)
            }
        }
    }

    static let orderColumns = ["id", "version", "number", "client_id", "segment_id", "manager_id", "internal", "channel", "status", "priority", "priority_rank",
                               "currency", "total_minor", "line_count", "requested_day", "promised_day", "promised_milestone", "created_by", "created_at", "updated_at",
                               "sent_at", "received_at", "received_day", "placed_at", "invoiced_at", "picked_at", "dispatched_at", "delivered_at", "accepted_at",
                               "cancelled_at", "cancel_reason", "unsatisfied_from_stock", "in_full", "reached_day", "on_time", "expected_days", "actual_days",
                               "cycle_seconds", "buyer_cycle_seconds", "interruption_seconds", "overlap_seconds", "claim_count", "rating", "delivery_method"]

    /// The rows of `count` orders from number `first` on, table by table in the order they are
    /// stored (parents before children), with the quality roll-ups of those orders. Every order
    /// draws from `r` in the same order — the order itself, what became of it, then its rows —
    /// so a seed always gives the same data.
    static func makeChunk(count: Int, startingAt first: Int, catalogue: Catalogue, creator: UUID?, calendar: CompanyCalendar,
                          until: Date, random r: inout DemoRandom) -> ([BulkInsert], DemoRollup) {
        var rows = ChunkRows()
        for n in first..<(first + count) {
            var ids = OrderIDs(order: n)
            let order = DrawnOrder.draw(n, id: ids.next(&r), catalogue: catalogue, calendar: calendar, until: until, random: &r)
            let outcome = Outcome.draw(order, calendar: calendar, until: until, random: &r)
            rows.addOrder(order, outcome, creator: creator, calendar: calendar)
            rows.addLines(order, outcome, ids: &ids, random: &r)
            rows.addStages(order, outcome, ids: &ids, random: &r)
            if n < historyLimit { rows.addHistory(order, creator: creator, ids: &ids, random: &r) }
            // Orders in work carry an approved plan: the windows they were meant to keep, a little
            // tighter than what happens, so operational control has drift to show.
            if [.received, .placed, .invoiced, .picked, .dispatched].contains(order.status) {
                rows.addPlan(order, creator: creator, ids: &ids, random: &r)
            }
            if outcome.claimed { rows.addClaim(order, outcome, calendar: calendar, until: until, ids: &ids, random: &r) }
            if r.chance(0.03) { rows.addChangeRequest(order, outcome, calendar: calendar, until: until, ids: &ids, random: &r) }
        }
        return (rows.tables, rows.rollup)
    }

    /// Ids in load order: each order's own rows follow its id (see `DemoRandom.uuid(sequence:)`).
    struct OrderIDs {
        var sequence: UInt64
        init(order n: Int) { sequence = UInt64(n) << 8 }
        mutating func next(_ r: inout DemoRandom) -> UUID {
            sequence += 1
            return r.uuid(sequence: sequence)
        }
    }

    /// One demo order as drawn: who ordered what and when, how its stages ran one after another
    /// (with occasional waits between, the interruptions), and where it stands at `until`.
    struct DrawnOrder {
        var n: Int
        var id: UUID
        var client: Catalogue.Customer
        var received: Date
        var sent: Date
        var priority: Priority
        var items: [(Catalogue.Item, Int)]
        var madeToOrder: Bool
        var isNew: Bool
        var unsatisfied: Bool
        var promisedDay: CalendarDay
        var deliveryMethod: String
        var times: [(Stage, Date, Date)]
        var deliveredAt: Date
        var acceptedAt: Date
        var dispatchedAt: Date
        var placedAt: Date
        var invoicedAt: Date
        var pickedAt: Date
        var cancelled: Bool
        var status: OrderStatus
        var cancelledAt: Date?

        /// Whether the order has come as far as `s` (a cancelled order reached nothing).
        func reached(_ s: OrderStatus) -> Bool {
            guard status != .cancelled else { return false }
            return OrderStatus.processingOrder.firstIndex(of: status)! >= OrderStatus.processingOrder.firstIndex(of: s)!
        }

        static func draw(_ n: Int, id: UUID, catalogue: Catalogue, calendar: CompanyCalendar, until: Date, random r: inout DemoRandom) -> DrawnOrder {
            let year = 365 * 86_400.0
            let client = catalogue.clients[r.int(0...(catalogue.clients.count - 1))]
            // Received in the last twelve months, in working hours.
            var received = until.addingTimeInterval(-Double.random(in: 0..<year, using: &r))
            received = calendar.start(of: calendar.day(of: received)).addingTimeInterval(r.hours(8...18))
            let sent = received.addingTimeInterval(-r.hours(0.05...6))
            let age = until.timeIntervalSince(received) / 86_400
            let priority = [Priority.low, .normal, .normal, .normal, .high, .urgent][r.int(0...5)]

            var items: [(Catalogue.Item, Int)] = []
            for _ in 0..<r.int(1...4) { items.append((catalogue.products[r.int(0...(catalogue.products.count - 1))], r.int(1...40))) }
            let madeToOrder = items.contains { $0.0.madeToOrder }
            let isNew = items.contains { $0.0.isNew }
            let unsatisfied = !madeToOrder && r.chance(0.07)
            let leadDays = (madeToOrder ? 10 : 3) + r.int(0...4)
            let promisedDay = calendar.day(of: received).adding(days: leadDays)
            let deliveryMethod = madeToOrder ? "Road freight" : ["Courier", "Road freight", "Self pickup"][n % 3]

            // Stage times: one after another with occasional waits between (the interruptions).
            var cursor = received
            var times: [(Stage, Date, Date)] = []
            func stage(_ s: Stage, _ hours: ClosedRange<Double>) {
                let start = cursor.addingTimeInterval(r.chance(0.3) ? r.hours(0.5...20) : 0)
                let end = start.addingTimeInterval(r.hours(hours))
                times.append((s, start, end))
                cursor = end
            }
            stage(.receipt, 0.3...6)
            if isNew { stage(.technicalPreparation, 8...72) }
            if madeToOrder { stage(.materials, 12...96); stage(.launchPreparation, 2...12); stage(.production, 16...120) }
            if unsatisfied { cursor = cursor.addingTimeInterval(r.hours(24...120)) }
            stage(.delivery, 12...110)
            let deliveredAt = cursor
            let acceptedAt = deliveredAt.addingTimeInterval(r.hours(0.5...30))
            let dispatchedAt = times.last!.1.addingTimeInterval(r.hours(1...6))
            let placedAt = times[0].2
            let invoicedAt = placedAt.addingTimeInterval(r.hours(0.1...2))
            let pickedAt = times.last!.1

            // Where the order stands now, given how long ago it came in.
            let cancelled = r.chance(0.03)
            var status: OrderStatus
            if cancelled { status = .cancelled }
            else if acceptedAt <= until { status = r.chance(0.93) ? .accepted : .delivered }
            else if deliveredAt <= until { status = .delivered }
            else if dispatchedAt <= until { status = .dispatched }
            else if pickedAt <= until { status = .picked }
            else if invoicedAt <= until { status = .invoiced }
            else if placedAt <= until { status = .placed }
            else { status = .received }
            if age < 0 { status = .received }
            let cancelledAt = cancelled ? placedAt.addingTimeInterval(r.hours(1...48)) : nil
            return DrawnOrder(n: n, id: id, client: client, received: received, sent: sent, priority: priority, items: items,
                              madeToOrder: madeToOrder, isNew: isNew, unsatisfied: unsatisfied, promisedDay: promisedDay,
                              deliveryMethod: deliveryMethod, times: times, deliveredAt: deliveredAt, acceptedAt: acceptedAt,
                              dispatchedAt: dispatchedAt, placedAt: placedAt, invoicedAt: invoicedAt, pickedAt: pickedAt,
                              cancelled: cancelled, status: status, cancelledAt: cancelledAt)
        }
    }

    /// What became of a drawn order: its milestones, the stages recorded so far and the
    /// figures they give; whether it drew a claim, its rating and whether it came in full.
    struct Outcome {
        var milestones: OrderMilestones
        var recorded: [StageInterval]
        var figures: OrderFigures.Result
        var claimed: Bool
        var rating: Int?
        var inFull: Bool?
        /// The roll-up keys the order is counted under, in the month it was received.
        var group: DemoRollup.Group

        static func draw(_ o: DrawnOrder, calendar: CompanyCalendar, until: Date, random r: inout DemoRandom) -> Outcome {
            let milestones = OrderMilestones(sentAt: o.sent, receivedAt: o.received, deliveredAt: o.reached(.delivered) ? o.deliveredAt : nil,
                                             acceptedAt: o.reached(.accepted) ? o.acceptedAt : nil)
            let recorded = o.times.filter { o.reached(.placed) || $0.0 == .receipt }.map { t -> StageInterval in
                StageInterval(stage: t.0, start: t.1, end: t.2 <= until && (o.reached(.delivered) || t.0 != .delivery) ? t.2 : nil)
            }
            let figures = OrderFigures.compute(milestones: milestones, dispatchedAt: o.reached(.dispatched) ? o.dispatchedAt : nil,
                                               promisedDay: o.promisedDay.description, milestone: .delivery, stages: recorded,
                                               calendar: calendar, asOf: until)
            let claimed = o.reached(.delivered) && r.chance(figures.onTime == false ? 0.12 : 0.03)
            let rating: Int? = o.reached(.accepted) && r.chance(0.6) ? min(5, max(1, (figures.onTime == false ? 3 : 5) - r.int(0...2) + (claimed ? -1 : 0))) : nil
            let inFull: Bool? = o.reached(.delivered) ? !o.unsatisfied || r.chance(0.5) : nil
            let receivedDay = calendar.day(of: o.received)
            let group = DemoRollup.Group(month: String(receivedDay.description.prefix(7)), segment: o.client.segment, manager: o.client.manager,
                                         isInternal: o.client.isInternal, deliveryMethod: o.deliveryMethod)
            return Outcome(milestones: milestones, recorded: recorded, figures: figures, claimed: claimed, rating: rating, inFull: inFull, group: group)
        }
    }

    /// The tables one chunk fills, and the roll-ups of its orders.
    struct ChunkRows {
        var orders = BulkInsert("orders", orderColumns)
        var lines = BulkInsert("order_lines", ["id", "order_id", "line_no", "product_id", "quantity", "unit_price_minor", "reserved_quantity"])
        var stages = BulkInsert("stage_intervals", ["id", "order_id", "stage", "started_at", "finished_at", "skipped", "skip_reason", "duration_seconds"])
        var events = BulkInsert("order_events", ["id", "order_id", "from_status", "to_status", "at", "by_user_id", "by_label", "reason"])
        var claims = BulkInsert("claims", ["id", "version", "order_id", "client_id", "reason", "description", "status", "resolution", "created_by", "created_at",
                                           "created_day", "resolved_at"])
        var plans = BulkInsert("execution_plans", ["id", "version", "order_id", "revision", "state", "current", "reason", "created_by", "created_at", "agreed_by", "agreed_at", "approved_by", "approved_at"])
        var planStages = BulkInsert("plan_stages", ["id", "plan_id", "stage", "planned_start", "planned_end", "skipped"])
        var changes = BulkInsert("order_change_requests", ["id", "version", "order_id", "client_id", "description", "status", "created_at", "created_day", "decided_at", "decided_by"])
        var rollup = DemoRollup()

        /// Parents before children.
        var tables: [BulkInsert] { [orders, lines, stages, events, claims, changes, plans, planStages] }

        mutating func addOrder(_ o: DrawnOrder, _ outcome: Outcome, creator: UUID?, calendar: CompanyCalendar) {
            let (figures, milestones, group, client, received) = (outcome.figures, outcome.milestones, outcome.group, o.client, o.received)
            let total = o.items.reduce(Int64(0)) { $0 + $1.0.price * Int64($1.1) }
            rollup.add(DemoRollup.Order(client: client.id, received: calendar.day(of: received), promised: o.promisedDay, status: o.status, placed: o.reached(.placed),
                                        unsatisfiedFromStock: o.unsatisfied, inFull: outcome.inFull, claims: outcome.claimed ? 1 : 0, figures: figures), in: group)
            orders.add([o.id, 1, number(o.n), client.id, client.segment, client.manager, client.isInternal, OrderChannel.allCases[o.n % 5].rawValue, o.status.rawValue,
                        o.priority.rawValue, o.priority.rank, "UAH", total, o.items.count, nil as String?, o.promisedDay.description, PromisedMilestone.delivery.rawValue,
                        creator, o.sent, o.reached(.delivered) ? o.deliveredAt : received, o.sent, received, calendar.day(of: received).description,
                        o.reached(.placed) ? o.placedAt : nil as Date?, o.reached(.invoiced) ? o.invoicedAt : nil as Date?, o.reached(.picked) ? o.pickedAt : nil as Date?,
                        o.reached(.dispatched) ? o.dispatchedAt : nil as Date?, milestones.deliveredAt, milestones.acceptedAt, o.cancelledAt,
                        o.cancelled ? "Client withdrew the order" : nil as String?, o.unsatisfied, outcome.inFull,
                        figures.reachedDay, figures.onTime, figures.expectedDays, figures.actualDays, figures.cycleSeconds, figures.buyerCycleSeconds,
                        figures.interruptionSeconds, figures.overlapSeconds, outcome.claimed ? 1 : 0, outcome.rating, o.deliveryMethod])
        }

        mutating func addLines(_ o: DrawnOrder, _ outcome: Outcome, ids: inout OrderIDs, random r: inout DemoRandom) {
            for (i, item) in o.items.enumerated() {
                let reserved = o.reached(.placed) && !item.0.madeToOrder ? (o.unsatisfied && i == 0 ? item.1 / 2 : item.1) : 0
                lines.add([ids.next(&r), o.id, i + 1, item.0.id, item.1, item.0.price, reserved])
                rollup.addLine(product: item.0.id, client: o.client.id, in: outcome.group)
            }
        }

        /// The stages recorded so far, and those a placed order skips.
        mutating func addStages(_ o: DrawnOrder, _ outcome: Outcome, ids: inout OrderIDs, random r: inout DemoRandom) {
            let figures = outcome.figures
            for interval in outcome.recorded {
                if let seconds = figures.stageSeconds[interval.stage], let cycle = figures.cycleSeconds {
                    rollup.addStage(interval.stage, seconds: seconds, cycle: Int(cycle), client: o.client.id, in: outcome.group)
                }
                stages.add([ids.next(&r), o.id, interval.stage.rawValue, interval.start, interval.end, false, nil as String?,
                            figures.stageSeconds[interval.stage].map(Int64.init)])
            }
            if o.reached(.placed) {
                if !o.isNew { stages.add([ids.next(&r), o.id, Stage.technicalPreparation.rawValue, nil as Date?, nil as Date?, true, "Repeat products", nil as Int64?]) }
                if !o.madeToOrder {
                    for skipped in [Stage.materials, .launchPreparation, .production] {
                        stages.add([ids.next(&r), o.id, skipped.rawValue, nil as Date?, nil as Date?, true, "Shipped from stock", nil as Int64?])
                    }
                }
            }
        }

        /// The per-step status history.
        mutating func addHistory(_ o: DrawnOrder, creator: UUID?, ids: inout OrderIDs, random r: inout DemoRandom) {
            var previous: OrderStatus? = nil
            let steps: [(OrderStatus, Date)] = [(.draft, o.sent), (.sent, o.sent), (.received, o.received), (.placed, o.placedAt), (.invoiced, o.invoicedAt),
                                                (.picked, o.pickedAt), (.dispatched, o.dispatchedAt), (.delivered, o.deliveredAt), (.accepted, o.acceptedAt)]
            for (step, at) in steps where step == .draft || o.reached(step) {
                events.add([ids.next(&r), o.id, previous?.rawValue, step.rawValue, at, creator, "demo", nil as String?])
                previous = step
            }
            if let cancelledAt = o.cancelledAt { events.add([ids.next(&r), o.id, previous?.rawValue, OrderStatus.cancelled.rawValue, cancelledAt, creator, "demo", "Client withdrew the order"]) }
        }

        mutating func addPlan(_ o: DrawnOrder, creator: UUID?, ids: inout OrderIDs, random r: inout DemoRandom) {
            let received = o.received
            let planID = ids.next(&r)
            plans.add([planID, 1, o.id, 1, ExecutionPlanState.approved.rawValue, true, nil as String?, creator, received, creator, received, creator, received])
            var plannedCursor = received
            for stage in Stage.allCases {
                if let t = o.times.first(where: { $0.0 == stage }) {
                    let length = t.2.timeIntervalSince(t.1) * Double.random(in: 0.6...1.1, using: &r)
                    planStages.add([ids.next(&r), planID, stage.rawValue, plannedCursor, plannedCursor.addingTimeInterval(length), false])
                    plannedCursor = plannedCursor.addingTimeInterval(length)
                } else {
                    planStages.add([ids.next(&r), planID, stage.rawValue, nil as Date?, nil as Date?, true])
                }
            }
        }

        mutating func addClaim(_ o: DrawnOrder, _ outcome: Outcome, calendar: CompanyCalendar, until: Date, ids: inout OrderIDs, random r: inout DemoRandom) {
            let deliveredAt = o.deliveredAt
            let reason = [ClaimReason.damaged, .shortage, .late, .wrongItem, .quality, .returned][r.int(0...5)]
            let resolved = deliveredAt.addingTimeInterval(r.hours(24...240)) <= until
            let claimID = ids.next(&r)
            let state: ClaimStatus = resolved ? (r.chance(0.8) ? .resolved : .rejected) : .open
            let filedAt = deliveredAt.addingTimeInterval(r.hours(1...48))
            let filedDay = calendar.day(of: filedAt).description
            claims.add([claimID, 1, o.id, o.client.id, reason.rawValue, "Reported on delivery", state.rawValue,
                        resolved ? "Settled with the client" : nil as String?, nil as UUID?, filedAt, filedDay,
                        resolved ? deliveredAt.addingTimeInterval(r.hours(48...240)) : nil as Date?])
            if resolved {
                var made = outcome.group
                made.month = String(filedDay.prefix(7))
                rollup.addRequest(.claim, satisfied: state == .resolved, client: o.client.id, in: made)
            }
        }

        mutating func addChangeRequest(_ o: DrawnOrder, _ outcome: Outcome, calendar: CompanyCalendar, until: Date, ids: inout OrderIDs, random r: inout DemoRandom) {
            let at = o.received.addingTimeInterval(r.hours(1...24))
            let state = at.addingTimeInterval(86_400) <= until ? (r.chance(0.9) ? "satisfied" : "refused") : "open"
            changes.add([ids.next(&r), 1, o.id, o.client.id, "Move the delivery date", state, at, calendar.day(of: at).description,
                         state == "open" ? nil as Date? : at.addingTimeInterval(r.hours(1...20)), nil as UUID?])
            if state != "open" {
                var made = outcome.group
                made.month = String(calendar.day(of: at).description.prefix(7))
                rollup.addRequest(.changeRequest, satisfied: state == "satisfied", client: o.client.id, in: made)
            }
        }
    }
}
