import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Tasks the system registers itself when something happens that someone must act on (DOMAIN
/// §2.2: every incoming task in one system, so none is lost): a claim filed on an order goes to
/// the client's manager, a call nobody answered becomes a call-back task for the manager. They
/// are written inside the transaction of the event that causes them; a person without a team
/// board gets none (there is nowhere to put it), and the event itself never fails for it.
enum AutomaticTasks {
    /// How long a manager has to take up a claim, and to call a client back.
    static let claimResponse: TimeInterval = 24 * 3600
    static let callBack: TimeInterval = 2 * 3600

    /// A task for the client's manager (else the order's) about a claim just filed.
    @discardableResult
    static func forClaim(_ claimID: UUID, order orderID: UUID, reason: String, by actor: Principal, now: Date, on db: any Database) async throws -> TaskChange? {
        guard let row = try await db.sql.raw("""
            SELECT o.number, COALESCE(c.manager_id, o.manager_id) AS manager_id, o.client_id
            FROM orders o JOIN clients c ON c.id = o.client_id WHERE o.id = \(bind: orderID)
            """).first(),
              let manager = try row.decode(column: "manager_id", as: UUID?.self),
              try await WorkSetup.homeBoard(of: manager, on: db) != nil
        else { return nil }
        let number = try row.decode(column: "number", as: String.self)
        let task = try CreateTask(
            title: "Claim on order \(number): \(reason) / Претензия по заказу \(number)", responsibleID: manager,
            deadline: ISO8601DateFormatter().string(from: now.addingTimeInterval(claimResponse)), priority: Priority.high.rawValue,
            direction: TaskDirection.incoming.rawValue, source: .claim, orderID: orderID, claimID: claimID, lang: .en, now: now)
        return try await task.run(by: actor, now: now, on: db)
    }

    /// A call-back task for the manager of the client who called (the call's routed manager first), when a call went unanswered.
    @discardableResult
    static func forUnansweredCall(_ callID: UUID, by actor: Principal?, now: Date, on db: any Database) async throws -> TaskChange? {
        guard let row = try await db.sql.raw("""
            SELECT k.caller, k.client_id, COALESCE(k.manager_id, c.manager_id) AS manager_id, c.name AS client_name
            FROM calls k LEFT JOIN clients c ON c.id = k.client_id WHERE k.id = \(bind: callID)
            """).first(),
              let manager = try row.decode(column: "manager_id", as: UUID?.self),
              try await WorkSetup.homeBoard(of: manager, on: db) != nil
        else { return nil }
        let caller = try row.decode(column: "caller", as: String.self)
        let name = try row.decode(column: "client_name", as: String?.self) ?? caller
        let task = try CreateTask(
            title: "Call back \(name) (\(caller)) / Перезвонить: \(name)", responsibleID: manager,
            deadline: ISO8601DateFormatter().string(from: now.addingTimeInterval(callBack)), priority: Priority.high.rawValue,
            direction: TaskDirection.outgoing.rawValue, source: .missedCall, clientID: try row.decode(column: "client_id", as: UUID?.self),
            callID: callID, lang: .en, now: now)
        let system = actor ?? Principal(userID: nil, role: .admin, clientID: nil, label: "system", email: nil, language: nil, credential: .bearer(tokenID: UUID()))
        return try await task.run(by: system, now: now, on: db)
    }

    /// A task for the person a client's request was planned for, due when the request is
    /// scheduled (else in a day), so the request sits in their work beside everything else.
    @discardableResult
    static func forServiceRequest(_ request: ServiceRequestDTO, assignee: UUID, by actor: Principal, now: Date, on db: any Database) async throws -> TaskChange? {
        guard try await WorkSetup.homeBoard(of: assignee, on: db) != nil else { return nil }
        let kind = ServiceRequestKind(rawValue: request.kind)
        let due = request.scheduled_at.flatMap { $0 > now ? $0 : nil } ?? now.addingTimeInterval(claimResponse)
        let task = try CreateTask(
            title: String("\(kind?.name(.en) ?? request.kind) for \(request.client_name) / \(kind?.name(.ru) ?? request.kind): \(request.client_name)".prefix(200)),
            description: "\(PageRoute.Services.request(request.id)) · \(request.description.prefix(3_900))", responsibleID: assignee,
            deadline: ISO8601DateFormatter().string(from: due), priority: Priority.normal.rawValue, direction: TaskDirection.incoming.rawValue,
            source: .serviceRequest, clientID: request.client_id, orderID: request.order_id, lang: .en, now: now)
        return try await task.run(by: actor, now: now, on: db)
    }
}
