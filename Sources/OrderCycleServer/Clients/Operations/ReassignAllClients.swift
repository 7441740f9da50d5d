import Fluent
import Foundation
import OrderCycleCore

/// Every client of one manager (e.g. a manager who leaves) handed over at once: to the named
/// manager when given, else each to the manager the assignment rule picks among the others, so
/// the load stays even. Each move is in the assignment history and the trail.
struct ReassignAllClients: Sendable {
    struct Moved: Sendable, Codable { var clientID: UUID; var from: UUID; var to: UUID }

    /// What the move changes on each client, as its audit trail shows it.
    struct ManagerChange: Encodable { var manager_id: UUID; var reason: String? }

    let managerID: UUID
    let target: UUID?
    let reason: String
    /// The language of the messages: the workload page shows them to the administrator.
    let lang: Language

    init(managerID: UUID, to target: UUID?, reason: String?, lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        let reason = v.text("reason", reason, required: false, max: 500)
        if reason == nil, v.errors.isEmpty { v.add("reason", lang.t("give the reason for the reassignment", "укажите причину передачи")) }
        self.reason = try v.check(reason)
        self.managerID = managerID
        self.target = target
        self.lang = lang
    }

    func run(by actor: Principal?, now: Date, on db: any Database) async throws -> [Moved] {
        guard let manager = try await User.find(managerID, on: db), manager.role == .manager else { throw Problem(.notFound) }
        if let target {
            if target == managerID { throw Problem.field("to_manager_id", lang.t("must be another manager", "должен быть другой менеджер")) }
            try await ReassignClient.requireActiveManager(target, field: "to_manager_id", lang: lang, on: db)
        }
        let clients = try await ClientStore.clients(of: managerID, on: db)
        var pool = try await ManagerPool.candidates(on: db).filter { $0.id != managerID.uuidString }
        var moves: [Moved] = []
        for client in clients {
            guard let to = target ?? ManagerPool.choose(segmentID: client.segment_id, among: pool) else {
                throw Problem(.conflict, detail: lang.t("No other active manager can take these clients", "Нет другого действующего менеджера, который может принять этих клиентов"))
            }
            if client.active, let i = pool.firstIndex(where: { $0.id == to.uuidString }) {
                pool[i].activeClients[client.segment_id.uuidString, default: 0] += 1
            }
            moves.append(Moved(clientID: client.id, from: managerID, to: to))
        }
        for move in moves {
            try await ClientStore.setManager(move.to, of: move.clientID, now: now, advancingVersion: true, on: db)
        }
        try await AssignmentHistory.records(moves.map { ($0.clientID, $0.from, $0.to) }, reason: reason, by: actor?.userID, at: now, on: db)
        for move in moves {
            try await AuditTrail.record(on: db, actor: actor, entity: Client.schema, id: move.clientID, action: .update,
                                        before: ManagerChange(manager_id: move.from, reason: nil),
                                        after: ManagerChange(manager_id: move.to, reason: reason), at: now)
        }
        return moves
    }
}
