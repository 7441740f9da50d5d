import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Who sees and works on which boards and tasks (DOMAIN §2.2 and the roles): staff work with
/// their teams' boards; an administrator with all of them; an analyst reads every board and
/// changes none; a client sees only the tasks about itself that staff marked visible to it.
/// Anything a person may not see answers 404, as if it did not exist.
enum WorkAccess {
    /// The roles that do the work on boards.
    static let workerRoles: [Role] = [.admin, .manager, .logistician, .worker, .operator]
    static let workers: Access = .roles(Set(workerRoles))
    /// Staff who read boards (the analyst too).
    static let staffReaders: Access = .roles(Set(workerRoles + [.analyst]))
    /// Task reads: staff and clients (a client sees its visible tasks only).
    static let taskReaders: Access = .roles(Set(workerRoles + [.analyst, .client]))

    static func seesAllBoards(_ actor: Principal) -> Bool { actor.role == .admin || actor.role == .analyst }

    /// The SQL condition (starting with " AND") that limits tasks aliased `alias` to those `actor` sees.
    static func taskVisibility(_ actor: Principal, alias t: String) -> SQLQueryString {
        if seesAllBoards(actor) { return "" }
        if actor.role == .client {
            return " AND \(unsafeRaw: t).client_id = \(bind: actor.clientID ?? UUID()) AND \(unsafeRaw: t).visible_to_client = \(bind: true)"
        }
        let me = actor.userID ?? UUID()
        return """
             AND (\(unsafeRaw: t).board_id IN (SELECT b.id FROM boards b JOIN team_members m ON m.team_id = b.team_id WHERE m.user_id = \(bind: me))
                  OR \(unsafeRaw: t).responsible_id = \(bind: me) OR \(unsafeRaw: t).creator_id = \(bind: me)
                  OR EXISTS (SELECT 1 FROM task_coworkers w WHERE w.task_id = \(unsafeRaw: t).id AND w.user_id = \(bind: me)))
            """
    }

    static func isMember(_ userID: UUID?, of teamID: UUID, on db: any Database) async throws -> Bool {
        guard let userID else { return false }
        return try await db.sql.raw("SELECT 1 AS x FROM team_members WHERE team_id = \(bind: teamID) AND user_id = \(bind: userID)").first() != nil
    }

    /// Whether `userID` supervises a team `employeeID` belongs to.
    static func supervises(_ userID: UUID?, employee employeeID: UUID, on db: any Database) async throws -> Bool {
        guard let userID else { return false }
        return try await db.sql.raw("""
            SELECT 1 AS x FROM team_members s JOIN team_members e ON e.team_id = s.team_id
            WHERE s.user_id = \(bind: userID) AND s.is_supervisor = \(bind: true) AND e.user_id = \(bind: employeeID)
            """).first() != nil
    }

    static func isSupervisor(_ userID: UUID?, of teamID: UUID, on db: any Database) async throws -> Bool {
        guard let userID else { return false }
        return try await db.sql.raw("""
            SELECT 1 AS x FROM team_members WHERE team_id = \(bind: teamID) AND user_id = \(bind: userID) AND is_supervisor = \(bind: true)
            """).first() != nil
    }

    /// The board if `actor` may set up its columns and limits: an administrator, or a supervisor
    /// of the board's team. Anyone else who sees the board gets 403; who does not, 404.
    static func configurableBoard(_ id: UUID, by actor: Principal, on db: any Database) async throws -> BoardQueries.BoardRow {
        let board = try await visibleBoard(id, to: actor, on: db)
        if actor.role == .admin { return board }
        guard try await isSupervisor(actor.userID, of: board.teamID, on: db) else { throw Problem(.forbidden) }
        return board
    }

    /// The board if `actor` may see it, else 404.
    static func visibleBoard(_ id: UUID, to actor: Principal, on db: any Database) async throws -> BoardQueries.BoardRow {
        guard let board = try await BoardQueries.board(id, on: db) else { throw Problem(.notFound) }
        if seesAllBoards(actor) { return board }
        guard actor.role.isStaff, try await isMember(actor.userID, of: board.teamID, on: db) else { throw Problem(.notFound) }
        return board
    }

    /// The task if `actor` may see it, else 404.
    static func visibleTask(_ id: UUID, to actor: Principal, on db: any Database) async throws -> TaskQueries.TaskRow {
        guard let task = try await TaskQueries.row(id, on: db) else { throw Problem(.notFound) }
        if seesAllBoards(actor) { return task }
        if actor.role == .client {
            guard task.visibleToClient, task.clientID != nil, task.clientID == actor.clientID else { throw Problem(.notFound) }
            return task
        }
        guard let me = actor.userID else { throw Problem(.notFound) }
        if task.responsibleID == me || task.creatorID == me { return task }
        if try await isMember(me, of: task.teamID, on: db) { return task }
        if try await db.sql.raw("SELECT 1 AS x FROM task_coworkers WHERE task_id = \(bind: id) AND user_id = \(bind: me)").first() != nil { return task }
        throw Problem(.notFound)
    }

    /// The task if `actor` may change it: one they see, in a working role (an analyst reads only).
    static func workableTask(_ id: UUID, by actor: Principal, on db: any Database) async throws -> TaskQueries.TaskRow {
        let task = try await visibleTask(id, to: actor, on: db)
        guard workerRoles.contains(actor.role) else { throw Problem(.forbidden) }
        return task
    }
}
