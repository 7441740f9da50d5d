import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// What one order counts for in the quality figures is defined once, in the core
/// (`OrderMeasure`, `LineMeasure`, `StageMeasure`, `RequestMeasure`). The roll-ups are filled
/// three other ways — by the triggers on every write, by a rebuild from the stored rows, and
/// by a bulk load summing in memory — and each must come to the core's sums, key by key.
@Suite("One counting rule: triggers, rebuild, bulk load and core count every order alike")
struct QualityCountingRuleTests {
    /// A stored order with its lines, stages and requests, as every path sees it at the end.
    struct Sample {
        var id: UUID
        var number: String
        var client: UUID
        var segment: UUID
        var manager: UUID?
        var isInternal: Bool
        var deliveryMethod: String?
        /// `nil` for an order never received: it counts nowhere.
        var facts: OrderFacts?
        var rating: Int?
        var products: [UUID]
        var stages: [(stage: Stage, seconds: Int?, skipped: Bool)]
        var requests: [(kind: QualityRollup.RequestKind, status: String, day: CalendarDay)]
    }

    static let start = CalendarDay(iso: "2026-01-01")!

    /// Facts drawn so that every branch of the rule is taken many times: statuses with and
    /// without a promise (some due before receipt), reached or not, on time, late or not
    /// recorded, in full or not, claims, stockouts, cycles of zero and not complete.
    static func facts(_ r: inout DemoRandom) -> OrderFacts {
        func maybe<T>(_ value: T, _ p: Double = 0.5) -> T? { r.chance(p) ? value : nil }
        let received = start.adding(days: r.int(0...89))
        let statuses: [OrderStatus] = [.received, .placed, .invoiced, .dispatched, .delivered, .accepted, .cancelled]
        return OrderFacts(
            status: statuses[r.int(0...(statuses.count - 1))], receivedDay: received,
            promisedDay: maybe(received.adding(days: r.int(-2...12)), 0.8), isPlaced: r.chance(0.7),
            unsatisfiedFromStock: r.chance(0.3), reachedDay: maybe(received.adding(days: r.int(0...14))),
            onTime: [true, false, nil][r.int(0...2)], inFull: [true, false, nil][r.int(0...2)],
            expectedDays: maybe(r.int(0...12), 0.8), actualDays: maybe(r.int(0...14), 0.8), claims: [0, 0, 1, 2][r.int(0...3)],
            cycleSeconds: [nil, 0, r.int(1...900_000)][r.int(0...2)], interruptionSeconds: maybe(r.int(0...90_000), 0.7))
    }

    static func samples(world: OrderWorld, count: Int, seed: UInt64) -> (before: [Sample], after: [Sample]) {
        var r = DemoRandom(seed: seed)
        let segments = [world.segment, UUID()]
        let managers: [UUID?] = [nil, UUID(), UUID()]
        let methods: [String?] = [nil, "Courier", "Road freight"]
        let products = [world.stocked, world.scarce, world.madeToOrder]
        var before: [Sample] = []
        var after: [Sample] = []
        for n in 0..<count {
            func sample() -> Sample {
                Sample(id: UUID(), number: "T-\(n)", client: [world.client, world.otherClient][r.int(0...1)],
                       segment: segments[r.int(0...1)], manager: managers[r.int(0...2)], isInternal: r.chance(0.3),
                       deliveryMethod: methods[r.int(0...2)], facts: r.chance(0.95) ? facts(&r) : nil, rating: r.chance(0.5) ? r.int(1...5) : nil,
                       products: [], stages: [], requests: [])
            }
            // The order first as it was received, then as it ends: group keys, month and facts change.
            let first = sample()
            var last = sample()
            last.id = first.id
            last.number = first.number
            last.products = (0..<r.int(0...3)).map { _ in products[r.int(0...2)] }
            let stages = Stage.allCases.filter { _ in r.chance(0.4) }
            last.stages = stages.map { ($0, r.chance(0.85) ? r.int(0...200_000) : nil, r.chance(0.15)) }
            last.requests = (0..<r.int(0...3)).map { _ in
                let kind = QualityRollup.RequestKind.allCases[r.int(0...1)]
                let statuses = kind == .claim ? ["open", "resolved", "rejected"] : ["open", "satisfied", "refused"]
                return (kind, statuses[r.int(0...2)], start.adding(days: r.int(0...89)))
            }
            before.append(first)
            after.append(last)
        }
        return (before, after)
    }

    // MARK: - (a) the triggers

    static func orderValues(_ s: Sample) -> [String: any Encodable & Sendable] {
        let f = s.facts
        return [
            "client_id": s.client, "segment_id": s.segment, "manager_id": s.manager, "internal": s.isInternal,
            "delivery_method": s.deliveryMethod, "status": (f?.status ?? .sent).rawValue,
            "promised_day": f?.promisedDay?.description, "received_day": f?.receivedDay.description,
            "placed_at": f?.isPlaced == true ? Date(timeIntervalSince1970: 1_767_300_000) : nil as Date?,
            "unsatisfied_from_stock": f?.unsatisfiedFromStock ?? false, "in_full": f?.inFull, "reached_day": f?.reachedDay?.description,
            "on_time": f?.onTime, "expected_days": f?.expectedDays, "actual_days": f?.actualDays, "claim_count": f?.claims ?? 0,
            "cycle_seconds": f?.cycleSeconds.map(Int64.init), "interruption_seconds": f?.interruptionSeconds.map(Int64.init), "rating": s.rating,
        ]
    }

    /// Writes the orders as they were, their lines, stages and requests, then the orders as they
    /// end and the requests decided: every insert, update and delete trigger runs.
    static func write(before: [Sample], after: [Sample], on db: any Database) async throws {
        let now = Date(timeIntervalSince1970: 1_767_225_600)
        let varying = orderValues(before[0]).keys.sorted()
        var orders = BulkInsert("orders", ["id", "version", "number", "channel", "priority", "priority_rank", "currency", "total_minor", "line_count",
                                           "promised_milestone", "created_at", "updated_at"] + varying)
        for s in before {
            let values = orderValues(s)
            let fixed: [any Encodable & Sendable] = [s.id, 1, s.number, OrderChannel.allCases[0].rawValue, Priority.normal.rawValue,
                                                     Priority.normal.rank, "UAH", Int64(100), s.products.count,
                                                     PromisedMilestone.delivery.rawValue, now, now]
            orders.add(fixed + varying.map { values[$0]! })
        }
        try await orders.flush(on: db)

        var lines = BulkInsert("order_lines", ["id", "order_id", "line_no", "product_id", "quantity", "unit_price_minor", "reserved_quantity"])
        var stages = BulkInsert("stage_intervals", ["id", "order_id", "stage", "skipped", "duration_seconds"])
        var claims = BulkInsert("claims", ["id", "version", "order_id", "client_id", "reason", "description", "status", "created_at", "created_day"])
        var changes = BulkInsert("order_change_requests", ["id", "version", "order_id", "client_id", "description", "status", "created_at", "created_day"])
        var decide: [(table: String, id: UUID, status: String)] = []
        for (i, s) in after.enumerated() {
            // The first line is stored with another product and changed later; one more line
            // is stored and deleted later.
            if let first = s.products.first {
                var stored = s.products
                stored[0] = s.products.last!
                stored.append(first)
                for (n, product) in stored.enumerated() { lines.add([UUID(), s.id, n + 1, product, 1, Int64(100), 0]) }
            }
            for stage in s.stages {
                // Stages of every other order are first stored unmeasured and measured later.
                stages.add([UUID(), s.id, stage.stage.rawValue, stage.skipped, i % 2 == 0 ? stage.seconds.map(Int64.init) : nil as Int64?])
            }
            for request in s.requests {
                let id = UUID()
                let stored = i % 2 == 0 ? request.status : "open"
                if request.kind == .claim {
                    claims.add([id, 1, s.id, s.client, ClaimReason.allCases[0].rawValue, "Damaged", stored, now, request.day.description])
                } else {
                    changes.add([id, 1, s.id, s.client, "Move the date", stored, now, request.day.description])
                }
                if stored != request.status { decide.append((request.kind.table, id, request.status)) }
            }
        }
        for insert in [lines, stages, claims, changes] { try await insert.flush(on: db) }
        for (table, id, status) in decide {
            try await db.sql.update(table).set("status", to: status).where("id", .equal, id).run()
        }

        for s in after {
            var update = db.sql.update("orders")
            for (column, value) in orderValues(s) { update = update.set(column, to: value) }
            try await update.where("id", .equal, s.id).run()
        }
        for (i, s) in after.enumerated() {
            if !s.products.isEmpty {
                try await db.sql.update("order_lines").set("product_id", to: s.products[0])
                    .where("order_id", .equal, s.id).where("line_no", .equal, 1).run()
                try await db.sql.delete(from: "order_lines").where("order_id", .equal, s.id).where("line_no", .equal, s.products.count + 1).run()
            }
            if i % 2 == 1 {
                for stage in s.stages {
                    try await db.sql.update("stage_intervals").set("duration_seconds", to: stage.seconds.map(Int64.init))
                        .where("order_id", .equal, s.id).where("stage", .equal, stage.stage.rawValue).run()
                }
            }
        }
    }

    // MARK: - (b) the bulk load

    static func demoRollup(_ samples: [Sample]) -> DemoRollup {
        var rollup = DemoRollup()
        for s in samples {
            // A decided request counts in the month it was made, whether or not its order was received.
            for request in s.requests where request.status != "open" {
                let made = DemoRollup.Group(month: String(request.day.description.prefix(7)), segment: s.segment, manager: s.manager,
                                            isInternal: s.isInternal, deliveryMethod: s.deliveryMethod)
                rollup.addRequest(request.kind, satisfied: request.status == request.kind.satisfied, client: s.client, in: made)
            }
            guard let f = s.facts else { continue }
            let group = DemoRollup.Group(month: f.month, segment: s.segment, manager: s.manager, isInternal: s.isInternal, deliveryMethod: s.deliveryMethod)
            var figures = OrderFigures.Result()
            figures.reachedDay = f.reachedDay?.description
            figures.onTime = f.onTime
            figures.expectedDays = f.expectedDays
            figures.actualDays = f.actualDays
            figures.cycleSeconds = f.cycleSeconds.map(Int64.init)
            figures.interruptionSeconds = f.interruptionSeconds.map(Int64.init)
            rollup.add(DemoRollup.Order(client: s.client, received: f.receivedDay, promised: f.promisedDay, status: f.status, placed: f.isPlaced,
                                        unsatisfiedFromStock: f.unsatisfiedFromStock, inFull: f.inFull, claims: f.claims, figures: figures), in: group)
            for product in s.products { rollup.addLine(product: product, client: s.client, in: group) }
            for stage in s.stages where StageMeasure.counts(skipped: stage.skipped, seconds: stage.seconds, cycleSeconds: f.cycleSeconds) {
                rollup.addStage(stage.stage, seconds: stage.seconds!, cycle: f.cycleSeconds!, client: s.client, in: group)
            }
        }
        return rollup
    }

    // MARK: - (c) the core, summed here

    static func coreRows(_ samples: [Sample]) -> [BulkInsert] {
        struct Key: Hashable { var values: [String] }
        func text(_ value: any Encodable & Sendable) -> String { "\(value)" }
        var sums: [String: [Key: ([any Encodable & Sendable], [Int])]] = [:]
        func add<M: QualityMeasure>(_ table: QualityRollup.Table, _ keys: [any Encodable & Sendable], _ tally: QualityTally<M>) {
            #expect(table.measures == M.columns)
            let key = Key(values: keys.map(text))
            let old = sums[table.name, default: [:]][key]?.1 ?? Array(repeating: 0, count: M.allCases.count)
            sums[table.name, default: [:]][key] = (keys, zip(old, tally.values).map(+))
        }
        /// A counted stage, in a roll-up whose one measure counts them.
        func counted(_ table: QualityRollup.Table, _ keys: [any Encodable & Sendable]) {
            let key = Key(values: keys.map(text))
            sums[table.name, default: [:]][key] = (keys, [(sums[table.name]?[key]?.1.first ?? 0) + 1])
        }
        for s in samples {
            let group: [any Encodable & Sendable] = [s.segment, s.manager, s.isInternal, s.deliveryMethod]
            for request in s.requests where request.status != "open" {
                let decided = QualityTally<RequestMeasure> { $0.contribution(satisfied: request.status == request.kind.satisfied) }
                add(QualityRollup.requests, [String(request.day.description.prefix(7)), request.kind.rawValue] + group, decided)
                add(QualityClientRollup.requests, [String(request.day.description.prefix(7)), request.kind.rawValue, s.client], decided)
            }
            guard let f = s.facts else { continue }
            add(QualityRollup.orders, [f.month, s.client] + group, OrderTally(f))
            add(QualityRollup.consumers, [f.month, s.client, s.segment, s.manager, s.isInternal], OrderTally(f))
            for product in s.products {
                add(QualityRollup.kinds, [f.month] + group + [product], QualityTally<LineMeasure> { $0.contribution })
                add(QualityClientRollup.kinds, [f.month, s.client, product], QualityTally<LineMeasure> { $0.contribution })
            }
            for stage in s.stages {
                guard StageMeasure.counts(skipped: stage.skipped, seconds: stage.seconds, cycleSeconds: f.cycleSeconds),
                      let seconds = stage.seconds, let cycle = f.cycleSeconds else { continue }
                add(QualityRollup.stages, [f.month] + group + [stage.stage.rawValue],
                    QualityTally<StageMeasure> { $0.contribution(seconds: seconds, cycleSeconds: cycle) })
                counted(QualityClientRollup.stages, [f.month, s.client])
            }
        }
        return QualityRollup.tables.map { table in
            var insert = BulkInsert(table.name, table.columns)
            for (keys, values) in (sums[table.name] ?? [:]).values { insert.add(keys + values.map { $0 as any Encodable & Sendable }) }
            return insert
        }
    }

    static func replaceRollups(with inserts: [BulkInsert], on db: any Database) async throws {
        for table in QualityRollup.tables { try await db.sqlRaw("DELETE FROM \(table.name)") }
        for insert in inserts { try await insert.flush(on: db) }
    }

    @Test func theTriggersTheRebuildTheBulkLoadAndTheCoreCountAlike() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (before, after) = Self.samples(world: world, count: 160, seed: 11)

            try await Self.write(before: before, after: after, on: app.db)
            let triggered = try await QualityRollupTests.snapshot(app.db)
            #expect(triggered.values.allSatisfy { !$0.isEmpty }, "every roll-up holds rows")

            try await app.db.write(app) { tx in try await QualityRollupRebuild.run(on: tx) }
            let rebuilt = try await QualityRollupTests.snapshot(app.db)

            try await Self.replaceRollups(with: Self.demoRollup(after).inserts(), on: app.db)
            let loaded = try await QualityRollupTests.snapshot(app.db)

            try await Self.replaceRollups(with: Self.coreRows(after), on: app.db)
            let core = try await QualityRollupTests.snapshot(app.db)

            #expect((core[QualityRollup.orders.name]?.count ?? 0) > 100, "the orders spread over many keys")
            for table in QualityRollup.tables {
                #expect(triggered[table.name] == core[table.name], "\(table.name): the triggers")
                #expect(rebuilt[table.name] == core[table.name], "\(table.name): the rebuild")
                #expect(loaded[table.name] == core[table.name], "\(table.name): the bulk load")
            }

            // The comparison sees a single order counted otherwise: a claim on a perfect one.
            var claimed = after
            let perfect = try #require(claimed.firstIndex { $0.facts?.outcome?.isPerfect == true })
            claimed[perfect].facts?.claims = 1
            try await Self.replaceRollups(with: Self.coreRows(claimed), on: app.db)
            #expect(try await QualityRollupTests.snapshot(app.db)[QualityRollup.orders.name] != core[QualityRollup.orders.name])
        }
    }

    /// The stored roll-ups' measure columns are the core measures' names, in their order.
    @Test func theRollUpColumnsAreTheCoreMeasures() {
        #expect(QualityRollup.orders.measures == OrderMeasure.columns)
        #expect(QualityRollup.consumers.measures == OrderMeasure.columns)
        #expect(QualityRollup.kinds.measures == LineMeasure.columns)
        #expect(QualityRollup.stages.measures == StageMeasure.columns)
        #expect(QualityRollup.requests.measures == RequestMeasure.columns)
        #expect(QualityClientRollup.kinds.measures == LineMeasure.columns)
        #expect(QualityClientRollup.requests.measures == RequestMeasure.columns)
    }
}
