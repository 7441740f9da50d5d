import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Volume data for the work benchmark (`bench/tasks`): one board with `tasks` tasks of which
/// `visible` are open (to do, in progress, waiting) and the rest done, and one employee
/// (`holder`, an existing user) responsible for `open` of the open ones, one of them overdue, so
/// that every pull they try is refused by the overdue gate after it has read all its inputs.
enum DemoWorkVolume {
    struct Options: Sendable {
        var tasks = 50_000
        var visible = 1_000
        var holderEmail: String
        var open = 500
        var seed: UInt64 = 42
    }

    struct Made: Codable, Sendable {
        var board_id: UUID
        var holder_id: UUID
        /// Another person's task "to do" for the holder to try to pull.
        var pull_task_id: UUID
    }

    static func generate(_ app: Application, options o: Options, now: Date) async throws -> Made {
        let db = app.db
        guard let holder = try await User.query(on: db).filter(\.$email == o.holderEmail).first()?.requireID() else {
            throw Abort(.badRequest, reason: "no user \(o.holderEmail): create it first (ordercycle create-user)")
        }
        let hash = try await app.password.async.hash(Secrets.token())
        return try await db.write(app) { tx in
            var rng = DemoRandom(seed: o.seed &+ 50_000)
            let team = try await WorkSetup.createTeam(name: "Volume \(UUID().uuidString.prefix(8))", now: now, on: tx)
            let columns: [WorkSetup.ColumnSpec] = [
                .init(nameEN: "To do", nameRU: "К выполнению", status: .todo, wipLimit: nil),
                .init(nameEN: "In progress", nameRU: "В работе", status: .inProgress, wipLimit: nil),
                .init(nameEN: "Waiting", nameRU: "Ожидание", status: .blocked, wipLimit: nil),
                .init(nameEN: "Done", nameRU: "Выполнено", status: .done, wipLimit: nil),
            ]
            let (board, ids) = try await WorkSetup.createBoard(team: team, name: "Volume board", columns: columns, now: now, on: tx)
            // The holder's own limit leaves room: the refusal is the overdue task's, after the person's load is counted too.
            try await WorkSetup.setMember(holder, of: team, wipLimit: 1_000, now: now, on: tx)
            var others: [UUID] = []
            for i in 0..<10 {
                let user = User(email: "volume-\(i)-\(UUID().uuidString.prefix(6).lowercased())@bench.example", passwordHash: hash,
                                displayName: "Volume worker \(i)", role: .worker)
                try await user.create(on: tx)
                let id = try user.requireID()
                try await WorkSetup.setMember(id, of: team, wipLimit: 1_000, now: now, on: tx)
                others.append(id)
            }
            var insert = BulkInsert("tasks", [
                "id", "version", "board_id", "column_id", "rank", "title", "description", "direction", "source", "responsible_id", "creator_id",
                "deadline_original", "deadline", "priority", "status", "client_id", "order_id", "claim_id", "call_id", "visible_to_client",
                "created_at", "updated_at", "done_at",
            ])
            var pullTask: UUID?
            let hour = 3600.0
            for i in 0..<o.tasks {
                let id = rng.uuid(sequence: UInt64(i + 1))
                let openTask = i < o.visible
                let mine = i < o.open
                let responsible = mine ? holder : others[i % others.count]
                var status = TaskStatus.done, column = ids[3]
                var deadline = now.addingTimeInterval(-Double(1 + rng.next() % 2_000) * hour)
                var doneAt: Date? = deadline.addingTimeInterval(Double(rng.next() % 20) * hour - 10 * hour)
                if openTask {
                    doneAt = nil
                    deadline = now.addingTimeInterval(Double(2 + rng.next() % 500) * hour)
                    switch i % 10 {
                    case 0: (status, column) = (.inProgress, ids[1])
                    case 1: (status, column) = (.blocked, ids[2])
                    default: (status, column) = (.todo, ids[0])
                    }
                    // The holder's one overdue task.
                    if i == 2 { deadline = now.addingTimeInterval(-hour) }
                    if !mine, status == .todo, pullTask == nil { pullTask = id }
                }
                let created = min(deadline, doneAt ?? deadline).addingTimeInterval(-48 * hour)
                insert.add([id, 1, board, column, Double(i + 1) * 1024, "Volume task \(i + 1)", String?.none, TaskDirection.incoming.rawValue,
                            TaskSource.api.rawValue, responsible, UUID?.none, deadline, deadline, Priority.normal.rawValue, status.rawValue,
                            UUID?.none, UUID?.none, UUID?.none, UUID?.none, false, created, doneAt ?? created, doneAt])
            }
            try await insert.flush(on: tx)
            guard let pullTask else { throw Abort(.badRequest, reason: "--visible must exceed --open for a task to pull") }
            return Made(board_id: board, holder_id: holder, pull_task_id: pullTask)
        }
    }

    /// Times the gate's decision on the holder pulling `made.pull_task_id`, `runs` times, as the
    /// pull runs it (its reads and the core's rule, in a transaction that is then rolled back):
    /// the milliseconds at the 50th and 95th percentiles and the worst.
    static func timeGate(_ app: Application, made: Made, runs: Int, now: Date) async throws -> [String: Double] {
        let actor = Principal(userID: made.holder_id, role: .worker, clientID: nil, label: "bench", email: nil, language: nil, credential: .bearer(tokenID: UUID()))
        let db = app.db
        guard let task = try await TaskQueries.row(made.pull_task_id, on: db),
              let column = try await BoardQueries.firstColumn(of: made.board_id, status: .inProgress, on: db) else { return [:] }
        var samples: [Double] = []
        var refused = 0
        for _ in 0..<max(1, runs) {
            let started = ContinuousClock.now
            do {
                try await db.transaction { tx in
                    _ = try await WorkGate.checkTaking(task, into: column, employee: made.holder_id, personTakesOn: true, checkOverdue: true,
                                                      action: .pull, actor: actor, lang: .en, now: now, on: tx)
                }
            } catch is WorkGate.Refused {
                refused += 1
            }
            let elapsed = started.duration(to: .now)
            samples.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        samples.sort()
        func at(_ q: Double) -> Double { samples[min(samples.count - 1, Int((Double(samples.count) * q).rounded(.up)) - 1)] }
        return ["runs": Double(samples.count), "refused": Double(refused), "p50_ms": at(0.5), "p95_ms": at(0.95), "max_ms": samples.last ?? 0]
    }
}

/// `ordercycle demo-tasks --holder EMAIL [--tasks 50000] [--visible 1000] [--open 500] [--time-gate 2000]`:
/// fills the volume board of `bench/tasks` and prints its ids (and the gate's timing) as JSON.
struct DemoTasksCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "holder") var holder: String?
        @Option(name: "tasks") var tasks: Int?
        @Option(name: "visible") var visible: Int?
        @Option(name: "open") var open: Int?
        @Option(name: "time-gate") var timeGate: Int?
    }

    var help: String { "Fills a board with many tasks for the work benchmark (bench/tasks)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let holder = signature.holder else { throw Abort(.badRequest, reason: "--holder EMAIL is required") }
        try await prepareStorage(app)
        try await app.autoMigrate()
        var options = DemoWorkVolume.Options(holderEmail: holder)
        if let n = signature.tasks { options.tasks = n }
        if let n = signature.visible { options.visible = n }
        if let n = signature.open { options.open = n }
        let now = app.clock.now()
        let started = ContinuousClock.now
        let made = try await DemoWorkVolume.generate(app, options: options, now: now)
        let seconds = started.duration(to: .now).components.seconds
        var out: [String: String] = ["board_id": made.board_id.uuidString, "holder_id": made.holder_id.uuidString,
                                     "pull_task_id": made.pull_task_id.uuidString, "load_seconds": "\(seconds)"]
        if let runs = signature.timeGate, runs > 0 {
            for (key, value) in try await DemoWorkVolume.timeGate(app, made: made, runs: runs, now: now) {
                out["gate_" + key] = String(format: "%.3f", value)
            }
        }
        let json = try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys])
        context.console.print(String(decoding: json, as: UTF8.self))
    }
}
