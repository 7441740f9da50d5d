import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Handing clients from one manager to another, always with a reason and a kept history.
enum Reassignment {
    /// One client to `managerID`; returns the card after the change.
    static func client(_ clientID: UUID, to managerID: UUID, reason: String, expected: Int?, actor: Principal?, now: Date, on tx: any Database) async throws -> ClientDTO {
        try await requireActiveManager(managerID, field: "manager_id", on: tx)
        let version = try await ETag.advance(Client.schema, id: clientID, expected: expected, on: tx)
        guard var before = try await ClientStore.card(clientID, on: tx) else { throw Problem(.notFound) }
        before.version = version - 1
        try await tx.sql.update(Client.schema).set("manager_id", to: managerID).set("updated_at", to: now).where("id", .equal, clientID).run()
        try await AssignmentHistory.record(clientID: clientID, from: before.manager?.id, to: managerID, reason: reason, by: actor?.userID, at: now, on: tx)
        guard let after = try await ClientStore.card(clientID, on: tx) else { throw Problem(.notFound) }
        try await AuditTrail.record(on: tx, actor: actor, entity: Client.schema, id: clientID, action: .update, before: before, after: after, at: now)
        return after
    }

    struct Moved: Sendable, Codable { var clientID: UUID; var from: UUID; var to: UUID }

    /// What a bulk reassignment changes on each client, as its audit trail shows it.
    struct ManagerChange: Encodable { var manager_id: UUID; var reason: String? }

    /// Every client of `managerID` (e.g. a manager who leaves): to `target` when given, else
    /// each to the manager the assignment rule picks among the others, so the load stays even.
    static func allClients(of managerID: UUID, to target: UUID?, reason: String, actor: Principal?, now at: Date, on tx: any Database) async throws -> [Moved] {
        if let target {
            if target == managerID { throw Problem.field("to_manager_id", "must be another manager") }
            try await requireActiveManager(target, field: "to_manager_id", on: tx)
        }
        let rows = try await tx.sql.raw("""
            SELECT id, segment_id, active FROM clients WHERE manager_id = \(bind: managerID) ORDER BY search_name, id
            """).all()
        var pool = try await ManagerPool.candidates(on: tx).filter { $0.id != managerID.uuidString }
        var moves: [Moved] = []
        for row in rows {
            let clientID = try row.decode(column: "id", as: UUID.self)
            let segment = try row.decode(column: "segment_id", as: UUID.self)
            guard let to = target ?? ManagerPool.choose(segmentID: segment, among: pool) else {
                throw Problem(.conflict, detail: "No other active manager can take these clients")
            }
            if try row.decode(column: "active", as: Bool.self), let i = pool.firstIndex(where: { $0.id == to.uuidString }) {
                pool[i].activeClients[segment.uuidString, default: 0] += 1
            }
            moves.append(Moved(clientID: clientID, from: managerID, to: to))
        }
        for move in moves {
            try await tx.sql.raw("""
                UPDATE clients SET manager_id = \(bind: move.to), version = version + 1, updated_at = \(bind: at) WHERE id = \(bind: move.clientID)
                """).run()
        }
        try await AssignmentHistory.records(moves.map { ($0.clientID, $0.from, $0.to) }, reason: reason, by: actor?.userID, at: at, on: tx)
        for move in moves {
            try await AuditTrail.record(on: tx, actor: actor, entity: Client.schema, id: move.clientID, action: .update,
                                        before: ManagerChange(manager_id: move.from, reason: nil),
                                        after: ManagerChange(manager_id: move.to, reason: reason), at: at)
        }
        return moves
    }

    static func requireActiveManager(_ id: UUID, field: String, on db: any Database) async throws {
        guard let user = try await User.find(id, on: db), user.role == .manager, user.active else {
            throw Problem.field(field, "is not an active client manager")
        }
    }
}
