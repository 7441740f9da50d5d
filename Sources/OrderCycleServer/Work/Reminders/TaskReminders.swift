import Fluent
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import OrderCycleCore
import SQLKit
import Vapor

/// Reminders before a deadline (DOMAIN §2.2: "no deadline is missed"): once a minute, every
/// open task whose deadline comes within the lead time (`ORDERCYCLE_TASK_REMINDER_MINUTES`,
/// an hour by default) and whose responsible person was not yet reminded of that deadline gets
/// a reminder: recorded in `task_reminders` (so it is sent once), then pushed live to the
/// person's open pages. A renegotiated deadline is a new deadline and is reminded again.
/// The same pass registers the tasks for orders late for their promise (`LateOrderTasks`).
///
/// Safe with several instances: on PostgreSQL the pass runs inside a transaction that first
/// takes a transaction-level advisory lock without waiting — an instance that does not get it
/// skips this minute, the one that does works alone; the unique key on (task, deadline) would
/// refuse a second reminder even so. On SQLite the one write lock serialises the passes.
enum TaskReminders {
    /// The advisory lock's key: a fixed number no other job uses, paired with the schema's hash,
    /// since advisory locks are server-wide and two deployments (or test runs) may share a server.
    static let advisoryLock: Int32 = 0x0C7A_5C12
    /// How many reminders and late orders one pass handles at most; the rest wait a minute.
    static let batch = 500

    /// What a pass did.
    struct Pass: Sendable, Equatable {
        var reminded: [UUID] = []
        var lateOrderTasks: [UUID] = []
    }

    /// An open task whose deadline is near.
    struct Due: Sendable {
        var taskID: UUID
        var boardID: UUID
        var title: String
        var responsibleID: UUID
        var deadline: Date
    }

    /// The body of the live event a reminder sends to the responsible person's pages.
    struct ReminderEvent: Codable, Sendable, Equatable {
        var kind = "reminder"
        var task_id: UUID
        var board_id: UUID
        var title: String
        var deadline: Date
        var minutes_left: Int
    }

    /// One pass at `now` (the clock's, in the app): records and pushes the reminders due and
    /// registers the late orders' tasks; the events go out once the transaction has committed.
    @discardableResult
    static func run(_ app: Application, now: Date) async throws -> Pass {
        let lead = app.appConfig.taskReminderLead
        let calendar = CompanyCalendar(timeZone: app.appConfig.timeZone)
        let (pass, events, changes) = try await app.openDatabase().write(app) { tx -> (Pass, [(UUID, ReminderEvent)], [TaskChange]) in
            guard try await takeLock(on: tx) else { return (Pass(), [], []) }
            var pass = Pass()
            var events: [(UUID, ReminderEvent)] = []
            for due in try await dueTasks(now: now, lead: lead, on: tx) {
                let inserted = try await tx.sql.raw("""
                    INSERT INTO task_reminders (id, task_id, user_id, deadline, at)
                    VALUES (\(bind: UUID()), \(bind: due.taskID), \(bind: due.responsibleID), \(bind: due.deadline), \(bind: now))
                    ON CONFLICT (task_id, deadline) DO NOTHING RETURNING task_id
                    """).first()
                guard inserted != nil else { continue }
                pass.reminded.append(due.taskID)
                let minutes = Int((due.deadline.timeIntervalSince(now) / 60).rounded(.up))
                events.append((due.responsibleID, ReminderEvent(task_id: due.taskID, board_id: due.boardID, title: due.title, deadline: due.deadline, minutes_left: minutes)))
            }
            let changes = try await LateOrderTasks.register(today: calendar.day(of: now), now: now, limit: batch, on: tx)
            pass.lateOrderTasks = changes.map(\.task.id)
            return (pass, events, changes)
        }
        for (user, event) in events { await publish(event, to: user, app: app) }
        for change in changes { await WorkLive.publish(change.event, app: app) }
        return pass
    }

    /// Takes the pass's advisory lock on PostgreSQL (released when the transaction ends); true on SQLite.
    static func takeLock(on db: any Database) async throws -> Bool {
        guard db.isPostgres else { return true }
        return try await db.sql.raw("SELECT pg_try_advisory_xact_lock(\(bind: advisoryLock), hashtext(current_schema())) AS got").first()?
            .decode(column: "got", as: Bool.self) ?? false
    }

    /// Open tasks due in `(now, now + lead]` not yet reminded of that deadline, soonest first
    /// (`tasks_open_deadline_idx`).
    static func dueTasks(now: Date, lead: TimeInterval, on db: any Database) async throws -> [Due] {
        try await db.sql.raw("""
            SELECT t.id, t.board_id, t.title, t.responsible_id, t.deadline FROM tasks t
            WHERE t.status <> 'done' AND t.deadline > \(bind: now) AND t.deadline <= \(bind: now.addingTimeInterval(lead))
              AND NOT EXISTS (SELECT 1 FROM task_reminders r WHERE r.task_id = t.id AND r.deadline = t.deadline)
            ORDER BY t.deadline, t.id LIMIT \(literal: batch)
            """).all().map {
            Due(taskID: try $0.decode(column: "id", as: UUID.self), boardID: try $0.decode(column: "board_id", as: UUID.self),
                title: try $0.decode(column: "title", as: String.self), responsibleID: try $0.decode(column: "responsible_id", as: UUID.self),
                deadline: try $0.decode(column: "deadline", as: Date.self))
        }
    }

    /// Pushes a reminder to the person's open pages; a lost event never undoes the recorded reminder
    /// (the control page lists it too).
    static func publish(_ event: ReminderEvent, to user: UUID, app: Application) async {
        do {
            let body = String(decoding: try APIJSON.encoder.encode(event), as: UTF8.self)
            try await LiveUpdates.services(app).bus.publish(LiveEvent(userIDs: [user], body: body))
        } catch {
            app.logger.warning("task reminder not pushed", metadata: ["error": "\(error)", "task": "\(event.task_id)"])
        }
    }

    /// Runs a pass every minute while the app runs; stops on shutdown.
    static func lifecycle() -> PeriodicJob {
        PeriodicJob("task reminders", initialDelay: .seconds(30)) { app in _ = try await TaskReminders.run(app, now: app.clock.now()) }
    }
}
