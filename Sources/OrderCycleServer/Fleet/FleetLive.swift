import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// A vehicle order's change, pushed live (DOMAIN §2.5: the client follows its vehicle) to the
/// client's own users and to the dispatching staff, on every instance through the event bus.
/// The event carries the id, status and version only; a page rereads what it shows.
///
/// Body: `{"kind":"vehicle_order","id":…,"status":…,"version":…}`.
struct VehicleOrderEvent: Codable, Sendable, Equatable {
    var kind = "vehicle_order"
    var id: UUID
    var status: String
    var version: Int
}

enum FleetLive {
    /// Publishes after the change committed; a lost event never fails the change.
    static func publish(_ order: VehicleOrderDTO, app: Application) async {
        do {
            let users = try await app.openDatabase().sql.raw("SELECT id FROM users WHERE client_id = \(bind: order.client_id) AND active = \(bind: true)").all()
                .map { try $0.decode(column: "id", as: UUID.self) }
            let event = VehicleOrderEvent(id: order.id, status: order.status, version: order.version)
            let body = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
            try await LiveUpdates.services(app).bus.publish(LiveEvent(userIDs: users, roles: Array(FleetAccess.dispatcherRoles), body: body))
        } catch {
            app.logger.warning("vehicle order event not pushed", metadata: ["error": "\(error)", "vehicle_order": "\(order.id)"])
        }
    }
}
