import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Control of the work (DOMAIN §2.2: "no deadline is missed"): what the reader must do next,
/// what their team let slip, what falls due this week, and per person over a period how much
/// was done and how much of it on time — the same model for `GET /api/v1/tasks/control` and
/// the page `/tasks/control`.
///
/// Who sees what: staff in a working role see their own teams (their own figures among them);
/// administrators and analysts every team; an analyst reads only, as everywhere. A client is
/// refused. A team or person outside what the reader sees answers 404, as if it did not exist.
enum TaskControl {
    /// Everyone who works on boards, and the analyst who reads them.
    static let readers: Access = WorkAccess.staffReaders

    /// How many tasks each list carries.
    static let listLimit = 50
    /// The period a reader gets unless they name one: the last 30 days, today included.
    static let defaultDays = 30
    /// The longest period one read covers.
    static let maxDays = 366

    /// What the reader asked for, checked.
    struct Parameters: Sendable, Equatable {
        var teamID: UUID?
        var personID: UUID?
        var from: CalendarDay
        var to: CalendarDay

        /// Reads `team_id`, `person_id`, `from` and `to` (YYYY-MM-DD, both included); 422 with the fields that are wrong.
        init(_ req: Request, today: CalendarDay) throws {
            var query = ListFilters(req)
            teamID = query.id("team_id")
            personID = query.id("person_id")
            let to = query.day("to") ?? today
            let from = query.day("from") ?? to.adding(days: -(TaskControl.defaultDays - 1))
            if from > to {
                query.fail("from", "must not be later than “to”", "не может быть позже «по»")
            } else if from.days(to: to) >= TaskControl.maxDays {
                query.fail("from", "the period must be at most \(TaskControl.maxDays) days", "период — не больше \(TaskControl.maxDays) дней")
            }
            try query.check()
            (self.from, self.to) = (from, to)
        }
    }

    /// Everything the control shows.
    struct Model: Sendable {
        var parameters: Parameters
        var teams: [TaskControlQueries.TeamOption]
        var myTasks: [TaskCardDTO]
        var teamOverdue: [TaskCardDTO]
        var dueThisWeek: [TaskCardDTO]
        var people: [TaskControlQueries.PersonFigures]
        var reminders: [TaskControlQueries.Reminder]
        /// The first moment of the period and the first after it, in the company's time zone.
        var periodStart: Date
        var periodEnd: Date
        var weekEnd: Date
    }

    /// The teams (and person) `actor` may read, narrowed to those asked for; 404 for a team or a person outside them.
    static func scope(for actor: Principal, _ p: Parameters, on db: any Database) async throws -> TaskControlQueries.Scope {
        guard let me = actor.userID else { throw Problem(.forbidden) }
        let visible: TaskControlQueries.Scope = WorkAccess.seesAllBoards(actor) ? .allTeams() : .teamsOf(me)
        var scope = visible
        if let team = p.teamID {
            let inside = try await TaskControlQueries.teams(visible, on: db).contains { $0.id == team }
            guard inside else { throw Problem(.notFound) }
            scope = .team(team)
        }
        if let person = p.personID {
            guard try await TaskControlQueries.includes(person, in: scope, on: db) else { throw Problem(.notFound) }
            scope.person = person
        }
        return scope
    }

    static func model(_ req: Request) async throws -> Model {
        let actor = try req.actor
        let now = req.clock.now()
        let zone = req.application.appConfig.timeZone
        let calendar = CompanyCalendar(timeZone: zone)
        let p = try Parameters(req, today: calendar.day(of: now))
        let db = req.db
        let scope = try await scope(for: actor, p, on: db)
        let visible: TaskControlQueries.Scope = WorkAccess.seesAllBoards(actor) ? .allTeams() : .teamsOf(actor.userID ?? UUID())
        let start = calendar.start(of: p.from), end = calendar.start(of: p.to.adding(days: 1))
        let weekEnd = endOfWeek(now, timeZone: zone)
        let me = actor.userID ?? UUID()
        return Model(
            parameters: p,
            teams: try await TaskControlQueries.teams(visible, on: db),
            myTasks: try await TaskControlQueries.myTasks(me, now: now, limit: listLimit, on: db),
            teamOverdue: try await TaskControlQueries.openTasks(scope, deadlineFrom: nil, to: now, now: now, limit: listLimit, on: db),
            dueThisWeek: try await TaskControlQueries.openTasks(scope, deadlineFrom: now, to: weekEnd, now: now, limit: listLimit, on: db),
            people: try await TaskControlQueries.figures(scope, from: start, to: end, now: now, on: db),
            reminders: try await TaskControlQueries.reminders(of: me, since: now.addingTimeInterval(-24 * 3600), on: db),
            periodStart: start, periodEnd: end, weekEnd: weekEnd)
    }

    /// The first moment of next Monday in the company's time zone: "this week" ends there.
    static func endOfWeek(_ now: Date, timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        return calendar.dateInterval(of: .weekOfYear, for: now)?.end ?? now.addingTimeInterval(7 * 86_400)
    }

    // MARK: API

    struct PeriodDTO: Content, Sendable, Equatable {
        var from: String
        var to: String
    }

    struct TeamDTO: Content, Sendable, Equatable {
        var id: UUID
        var name: String
    }

    /// One person's figures; `on_time_share` and `mean_lateness_hours` are null (never 0) when
    /// nothing was measured: no task finished, or none finished late.
    struct PersonDTO: Content, Sendable, Equatable {
        var user_id: UUID
        var name: String
        var done: Int
        var done_on_time: Int
        var on_time_share: Double?
        var mean_lateness_hours: Double?
        var times_blocked: Int
        var open: Int
        var overdue: Int

        enum CodingKeys: String, CodingKey {
            case user_id, name, done, done_on_time, on_time_share, mean_lateness_hours, times_blocked, open, overdue
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(user_id, forKey: .user_id)
            try c.encode(name, forKey: .name)
            try c.encode(done, forKey: .done)
            try c.encode(done_on_time, forKey: .done_on_time)
            try c.encode(on_time_share, forKey: .on_time_share)
            try c.encode(mean_lateness_hours, forKey: .mean_lateness_hours)
            try c.encode(times_blocked, forKey: .times_blocked)
            try c.encode(open, forKey: .open)
            try c.encode(overdue, forKey: .overdue)
        }
    }

    struct ReminderDTO: Content, Sendable, Equatable {
        var task_id: UUID
        var title: String
        var deadline: Date
        var at: Date
    }

    struct ControlDTO: Content, Sendable {
        var period: PeriodDTO
        var team_id: UUID?
        var person_id: UUID?
        var teams: [TeamDTO]
        var my_tasks: [TaskCardDTO]
        var team_overdue: [TaskCardDTO]
        var due_this_week: [TaskCardDTO]
        var week_ends_at: Date
        var people: [PersonDTO]
        var reminders: [ReminderDTO]
    }

    static func dto(_ m: Model) -> ControlDTO {
        ControlDTO(
            period: PeriodDTO(from: m.parameters.from.description, to: m.parameters.to.description),
            team_id: m.parameters.teamID, person_id: m.parameters.personID,
            teams: m.teams.map { TeamDTO(id: $0.id, name: $0.name) },
            my_tasks: m.myTasks, team_overdue: m.teamOverdue, due_this_week: m.dueThisWeek, week_ends_at: m.weekEnd,
            people: m.people.map {
                PersonDTO(user_id: $0.userID, name: $0.name, done: $0.done, done_on_time: $0.doneOnTime, on_time_share: $0.onTimeShare,
                          mean_lateness_hours: $0.meanLatenessHours, times_blocked: $0.blocked, open: $0.open, overdue: $0.overdue)
            },
            reminders: m.reminders.map { ReminderDTO(task_id: $0.taskID, title: $0.title, deadline: $0.deadline, at: $0.at) })
    }

    @Sendable static func api(req: Request) async throws -> ControlDTO {
        dto(try await model(req))
    }

    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Work.control, access: readers, use: api)
        routes.endpoint(.GET, PageRoute.Work.control, access: readers, use: TaskControlPage.page)
    }
}
