import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Volume data for the support benchmark (`bench/support`): `tickets` tickets over the last year
/// for the clients already in the database, `open` of them still open (new, open or waiting for
/// the client) with their promises running, and `due` of those past a promise no scan has seen
/// yet — the breaches the first scan claims. The rest are resolved or closed.
enum DemoSupportVolume {
    struct Options: Sendable {
        var tickets = 100_000
        var open = 2_000
        var due = 100
        var seed: UInt64 = 17
    }

    static func generate(_ app: Application, options o: Options, now: Date) async throws -> Int {
        let db = app.db
        let clients = try await db.sql.raw("SELECT id FROM clients ORDER BY id LIMIT 500").all().map { try $0.decode(column: "id", as: UUID.self) }
        guard !clients.isEmpty else { throw Abort(.badRequest, reason: "no clients: run `ordercycle demo` first") }
        let zone = app.appConfig.timeZone.identifier
        return try await db.write(app) { tx in
            var rng = DemoRandom(seed: o.seed)
            var insert = BulkInsert("tickets", [
                "id", "version", "client_id", "subject", "description", "priority", "category", "status", "source", "first_response_seconds",
                "resolution_seconds", "sla_calendar", "sla_time_zone", "first_response_due", "resolution_due", "first_response_at", "resolved_at",
                "closed_at", "first_response_elapsed", "resolution_elapsed", "public_replies", "created_at", "updated_at",
            ])
            let priorities = Priority.allCases
            for i in 0..<o.tickets {
                let priority = priorities[Int(rng.next() % UInt64(priorities.count))]
                let first = 4 * 3600, resolution = 24 * 3600
                let isOpen = i < o.open
                let isDue = i < o.due
                let age = isOpen ? Double(rng.next() % 3_600) : Double(3_600 + rng.next() % (365 * 86_400))
                let created = now.addingTimeInterval(-age - (isDue ? 5 * 3600 : 0))
                let status: TicketStatus = isOpen ? [.new, .open, .waitingForClient][i % 3] : (i % 2 == 0 ? .resolved : .closed)
                let answered: Date? = isOpen && status == .new ? nil : created.addingTimeInterval(Double(rng.next() % 3_600))
                let resolved: Date? = isOpen ? nil : created.addingTimeInterval(Double(3_600 + rng.next() % 80_000))
                let firstDue: Date? = answered == nil ? created.addingTimeInterval(Double(first)) : nil
                let resolutionDue: Date? = isOpen && status != .waitingForClient ? created.addingTimeInterval(Double(resolution)) : nil
                insert.add([rng.uuid(), 1, clients[i % clients.count], "Volume ticket \(i + 1)", String?.none, priority.rawValue, String?.none,
                            status.rawValue, TicketSource.api.rawValue, first, resolution, "24x7", zone, firstDue, resolutionDue, answered, resolved,
                            status == .closed ? resolved : nil, answered.map { Int($0.timeIntervalSince(created)) },
                            resolved.map { Int($0.timeIntervalSince(created)) }, answered == nil ? 0 : 1, created, resolved ?? answered ?? created])
            }
            try await insert.flush(on: tx)
            return o.tickets
        }
    }

    /// Times the breach scan `runs` times at `now` (the first pass claims the due breaches, the
    /// rest find none left): the first pass and the percentiles of the others, in milliseconds.
    static func timeScan(_ app: Application, runs: Int, now: Date) async throws -> [String: Double] {
        func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15 }
        let clock = ContinuousClock()
        var started = clock.now
        let claimed = try await TicketBreachScan.run(app, now: now).count
        let first = ms(started.duration(to: clock.now))
        var samples: [Double] = []
        for _ in 0..<max(1, runs) {
            started = clock.now
            _ = try await TicketBreachScan.run(app, now: now)
            samples.append(ms(started.duration(to: clock.now)))
        }
        samples.sort()
        func at(_ q: Double) -> Double { samples[min(samples.count - 1, Int((Double(samples.count) * q).rounded(.up)) - 1)] }
        return ["first_pass_ms": first, "first_pass_breaches": Double(claimed), "runs": Double(samples.count), "p50_ms": at(0.5),
                "p95_ms": at(0.95), "max_ms": samples.last ?? 0]
    }
}

/// `ordercycle demo-tickets [--tickets 100000] [--open 2000] [--due 100] [--time-scan 200]`: fills
/// the tickets of `bench/support` and prints the load time (and the breach scan's timing) as JSON.
struct DemoTicketsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "tickets") var tickets: Int?
        @Option(name: "open") var open: Int?
        @Option(name: "due") var due: Int?
        @Option(name: "time-scan") var timeScan: Int?
    }

    var help: String { "Fills many support tickets for the support benchmark (bench/support)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareStorage(app)
        try await app.autoMigrate()
        var options = DemoSupportVolume.Options()
        if let n = signature.tickets { options.tickets = n }
        if let n = signature.open { options.open = n }
        if let n = signature.due { options.due = n }
        let now = app.clock.now()
        let started = ContinuousClock.now
        let made = try await DemoSupportVolume.generate(app, options: options, now: now)
        var out: [String: String] = ["tickets": "\(made)", "load_seconds": "\(started.duration(to: .now).components.seconds)"]
        if let runs = signature.timeScan, runs > 0 {
            for (key, value) in try await DemoSupportVolume.timeScan(app, runs: runs, now: now) { out["scan_" + key] = String(format: "%.3f", value) }
        }
        let json = try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys])
        context.console.print(String(decoding: json, as: UTF8.self))
    }
}
