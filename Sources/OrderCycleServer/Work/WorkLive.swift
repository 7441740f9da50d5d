import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// What happened to a task on a board, pushed live to everyone who may have that board open
/// (its team, the task's responsible person and co-workers, administrators), on every
/// instance through the event bus. The page reloads the card or the column it names; the
/// event carries ids only, so nothing reaches a screen that the page's own read would not show.
///
/// Body: `{"kind":"board","board_id":…,"task_id":…,"change":…,"column_id":…,"version":…}`;
/// `change` is one of `BoardChange`'s raw values.
struct BoardEvent: Codable, Sendable, Equatable {
    var kind = "board"
    var board_id: UUID
    var task_id: UUID
    var change: String
    var column_id: UUID
    var version: Int
}

/// The kinds of change a board event names.
enum BoardChange: String, Sendable {
    case created, updated, pulled, moved, completed, deadline, comment, checklist
}

/// A work operation's outcome: the task as the actor now sees it, and the board event to
/// publish once the transaction has committed.
struct TaskChange: Sendable {
    var task: TaskDTO
    var change: BoardChange

    var event: BoardEvent {
        BoardEvent(board_id: task.board_id, task_id: task.id, change: change.rawValue, column_id: task.column_id, version: task.version)
    }
}

enum WorkLive {
    /// Publishes the event; a lost event must never fail the change that already committed.
    static func publish(_ event: BoardEvent, app: Application) async {
        do {
            let rows = try await app.openDatabase().sql.raw("""
                SELECT m.user_id FROM team_members m JOIN boards b ON b.team_id = m.team_id WHERE b.id = \(bind: event.board_id)
                UNION SELECT t.responsible_id FROM tasks t WHERE t.id = \(bind: event.task_id)
                UNION SELECT w.user_id FROM task_coworkers w WHERE w.task_id = \(bind: event.task_id)
                """).all()
            let users = try rows.map { try $0.decode(column: "user_id", as: UUID.self) }
            let body = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
            try await LiveUpdates.services(app).bus.publish(LiveEvent(userIDs: users, roles: [.admin], body: body))
        } catch {
            app.logger.warning("board event not pushed", metadata: ["error": "\(error)", "board": "\(event.board_id)"])
        }
    }
}
