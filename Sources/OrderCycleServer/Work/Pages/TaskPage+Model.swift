import Foundation
import OrderCycleCore
import Vapor

extension TaskPage {
    /// What the task page shows, and what the person looking may do with it.
    struct Model: Sendable {
        var task: TaskDTO
        var columns: [BoardQueries.ColumnRow]
        var names: [UUID: String]
        var clientName: String?
        var orderNumber: String?
        /// Staff in a working role: the forms show (an analyst and a client read only).
        var canWork: Bool
        /// A supervisor of the responsible person (or an administrator), who may let them
        /// through the overdue gate once.
        var canOverride: Bool
        var isClient: Bool
        var me: UUID?

        static func load(_ id: UUID, _ req: Request) async throws -> Model {
            let actor = try req.actor
            let db = req.db
            let row = try await WorkAccess.visibleTask(id, to: actor, on: db)
            let isClient = actor.role == .client
            guard let task = try await TaskQueries.detail(id, lang: req.language, forClient: isClient, now: req.clock.now(), on: db) else {
                throw Problem(.notFound)
            }
            let canWork = WorkAccess.workerRoles.contains(actor.role)
            var canOverride = false
            if canWork, task.status != TaskStatus.done.rawValue, row.responsibleID != actor.userID {
                canOverride = try await actor.role == .admin ? true : WorkAccess.supervises(actor.userID, employee: row.responsibleID, on: db)
            }
            let people = task.coworker_ids + task.renegotiations.compactMap(\.recorded_by_id) + (task.creator_id.map { [$0] } ?? [])
            var columns: [BoardQueries.ColumnRow] = []
            var names: [UUID: String] = [:]
            if !isClient {
                columns = try await BoardQueries.columns(of: task.board_id, on: db)
                names = try await TaskPageQueries.names(of: people, on: db)
            }
            var clientName: String?
            var orderNumber: String?
            if let client = task.client_id { clientName = try await TaskPageQueries.clientName(client, on: db) }
            if let order = task.order_id { orderNumber = try await TaskPageQueries.orderNumber(order, on: db) }
            return Model(
                task: task, columns: columns, names: names, clientName: clientName, orderNumber: orderNumber,
                canWork: canWork, canOverride: canOverride, isClient: isClient, me: actor.userID)
        }
    }

    /// The renegotiation form as sent, kept to show it again beside its errors.
    struct DeadlineForm: Content, Sendable {
        var deadline: String?
        var reason: String?
        var agreed_by: String?
        var return_to: String?
    }

    /// What a refused or invalid form leaves on the page: the refusal or message at the top,
    /// and the field errors and values of the form that was sent.
    struct Feedback: Sendable {
        var notice: HTML = ""
        var deadline = DeadlineForm()
        var errors = FormErrors([])
        /// Which form the field errors belong to: "deadline", "comment", "checklist", "override".
        var form: String?
        var values: [String: String] = [:]
    }
}
