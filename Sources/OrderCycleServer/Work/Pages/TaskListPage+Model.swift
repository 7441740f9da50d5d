import Foundation
import OrderCycleCore
import Vapor

extension TaskListPage {
    /// The list's filter as the address gives it: `status` (open by default, or a status, or
    /// all), `overdue=1`, `week=1`.
    struct Filter: Sendable, Equatable {
        var status: String = "open"
        var overdue = false
        var week = false

        static let statuses = ["open", "all"] + TaskStatus.allCases.map(\.rawValue)

        init() {}

        init(_ req: Request) {
            if let raw = req.query[String.self, at: "status"], Self.statuses.contains(raw) { status = raw }
            overdue = req.query[String.self, at: "overdue"] == "1"
            week = req.query[String.self, at: "week"] == "1"
        }

        func query(clock: PageMoments, now: Date) -> TaskPageQueries.MyFilter {
            var f = TaskPageQueries.MyFilter()
            f.status = TaskStatus(rawValue: status)
            f.open = status == "open"
            f.overdue = overdue
            if week { f.due = clock.week(of: now) }
            return f
        }
    }

    /// A board and its columns, for the new task's "board / column" choice.
    struct BoardChoice: Sendable {
        var board: BoardSummaryDTO
        var columns: [BoardQueries.ColumnRow]
    }

    /// What the page shows: the person's tasks under the filter, and the new task form with
    /// what it may offer.
    struct Model: Sendable {
        var filter: Filter
        var tasks: [TaskCardDTO]
        var more: Bool
        var boardNames: [UUID: String]
        var canCreate: Bool
        var assignees: [TaskPageQueries.Person]
        var boards: [BoardChoice]
        var clients: [TaskPageQueries.ClientOption]

        static func load(_ req: Request, filter: Filter) async throws -> Model {
            let actor = try req.actor
            let db = req.db
            let now = req.clock.now()
            let clock = PageMoments(req)
            var tasks: [TaskCardDTO] = []
            if let me = actor.userID {
                tasks = try await TaskPageQueries.myTasks(of: me, filter: filter.query(clock: clock, now: now), now: now, on: db)
            }
            let more = tasks.count > TaskPageQueries.listLimit
            let summaries = try await BoardQueries.boards(visibleTo: actor, on: db)
            let canCreate = WorkAccess.workerRoles.contains(actor.role)
            var boards: [BoardChoice] = []
            var assignees: [TaskPageQueries.Person] = []
            var clients: [TaskPageQueries.ClientOption] = []
            if canCreate {
                for board in summaries {
                    boards.append(BoardChoice(board: board, columns: try await BoardQueries.columns(of: board.id, on: db).filter { $0.status != .done }))
                }
                assignees = try await TaskPageQueries.assignees(for: actor, on: db)
                clients = try await TaskPageQueries.clients(on: db)
            }
            return Model(filter: filter, tasks: Array(tasks.prefix(TaskPageQueries.listLimit)), more: more,
                         boardNames: Dictionary(summaries.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
                         canCreate: canCreate, assignees: assignees, boards: boards, clients: clients)
        }
    }

    /// The new task form as sent, kept to show it again beside its errors.
    struct Form: Content, Sendable {
        var title: String?
        var description: String?
        var responsible_id: String?
        var deadline: String?
        var priority: String?
        var board: String?
        var client_id: String?
        var order: String?
        var visible_to_client: String?

        /// The board, and the column when one was chosen ("board:column").
        var place: (board: UUID?, column: UUID?) {
            let parts = (board ?? "").split(separator: ":").map(String.init)
            return (parts.first.flatMap(UUID.init(uuidString:)), parts.count > 1 ? UUID(uuidString: parts[1]) : nil)
        }
    }
}
