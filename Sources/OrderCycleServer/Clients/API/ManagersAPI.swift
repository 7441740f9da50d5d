import Fluent
import OrderCycleCore
import SQLKit
import Vapor

/// The single client-manager through the API: reassignment (one client or all of a manager's),
/// the segments each manager serves, and the workload.
enum ManagersAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.POST, APIRoute.Clients.reassign, access: .only(.admin), use: reassignClient)
        routes.endpoint(.POST, APIRoute.Clients.managerReassignClients, access: .only(.admin), use: reassignAll)
        routes.endpoint(.PUT, APIRoute.Clients.managerSegments, access: .only(.admin), use: setSegments)
        routes.endpoint(.GET, APIRoute.Clients.workload, access: .only(.admin, .manager), use: workload)
    }

    struct ReassignBody: Content { var manager_id: UUID?; var reason: String? }

    @Sendable static func reassignClient(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(ReassignBody.self)
        let operation = try ReassignClient(clientID: id, managerID: body.manager_id, reason: body.reason, expectedVersion: expected)
        let actor = try req.actor
        let dto = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    struct ReassignAllBody: Content { var to_manager_id: UUID?; var reason: String? }
    struct MovedDTO: Content { var client_id: UUID; var to_manager_id: UUID }
    struct ReassignAllResult: Content { var moved: Int; var items: [MovedDTO] }

    @Sendable static func reassignAll(req: Request) async throws -> ReassignAllResult {
        let managerID = try idParameter(req)
        let body = try req.content.decode(ReassignAllBody.self)
        let operation = try ReassignAllClients(managerID: managerID, to: body.to_manager_id, reason: body.reason)
        let actor = try req.actor
        let moves = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        return ReassignAllResult(moved: moves.count, items: moves.map { MovedDTO(client_id: $0.clientID, to_manager_id: $0.to) })
    }

    struct SegmentsBody: Content { var segment_ids: [UUID]? }
    struct ManagerSegments: Content, Encodable { var manager_id: UUID; var segment_ids: [UUID] }

    /// Replaces the segments a manager takes new clients in.
    @Sendable static func setSegments(req: Request) async throws -> ManagerSegments {
        let managerID = try idParameter(req)
        let body = try req.content.decode(SegmentsBody.self)
        guard let ids = body.segment_ids else { throw Problem.field("segment_ids", "is required") }
        guard let manager = try await User.find(managerID, on: req.db), manager.role == .manager else { throw Problem(.notFound) }
        let actor = try req.actor
        return try await req.write { tx in
            let known = try await Segment.query(on: tx).filter(\.$id ~~ ids).count()
            if known != Set(ids).count { throw Problem.field("segment_ids", "names a segment that does not exist") }
            let before = try await ManagerQueries.segments(of: managerID, on: tx)
            try await tx.sql.delete(from: "manager_segments").where("manager_id", .equal, managerID).run()
            let unique = Array(Set(ids)).sorted { $0.uuidString < $1.uuidString }
            try await insertRows(into: "manager_segments", ["id", "manager_id", "segment_id"],
                                 unique.map { [SQLBind(UUID()), SQLBind(managerID), SQLBind($0)] }, on: tx.sql)
            let after = ManagerSegments(manager_id: managerID, segment_ids: unique)
            try await AuditTrail.record(on: tx, actor: actor, entity: "manager_segments", id: managerID, action: .update, before: before, after: after, at: req.clock.now())
            return after
        }
    }

    struct LoadDTO: Content {
        var manager_id: UUID
        var name: String
        var email: String
        var active: Bool
        var active_clients: Int
        var open_calls: Int
        var open_orders: Int
        var segments: [String]
        var absent_until: Date?
    }
    struct Workload: Content { var items: [LoadDTO] }

    @Sendable static func workload(req: Request) async throws -> Workload {
        Workload(items: try await OpenWork.perManager(now: req.clock.now(), on: req.db).map {
            LoadDTO(manager_id: $0.id, name: $0.name, email: $0.email, active: $0.active, active_clients: $0.activeClients,
                    open_calls: $0.openCalls, open_orders: $0.openOrders, segments: $0.segments, absent_until: $0.absentUntil)
        })
    }
}
