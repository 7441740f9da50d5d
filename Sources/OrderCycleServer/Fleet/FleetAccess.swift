import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Who works with the fleet and vehicle orders (DOMAIN §2.5): dispatching staff (administrators,
/// logisticians, client managers on a client's behalf, hotline operators) see every vehicle
/// order and move it; administrators and logisticians keep the fleet; a client orders vehicles
/// for itself and sees only its own orders — another's answers 404, as if it did not exist.
enum FleetAccess {
    static let dispatcherRoles: Set<Role> = [.admin, .logistician, .manager, .operator]
    static let dispatchers: Access = .roles(dispatcherRoles)
    static let keepers: Access = .only(.admin, .logistician)
    /// Staff who read the fleet.
    static let fleetReaders: Access = .roles(Set(Role.staff))
    /// Vehicle orders: read by all staff and by clients (their own).
    static let orderReaders: Access = .roles(Set(Role.allCases))
    /// Ordering a vehicle: a client for itself, dispatching staff on a client's behalf.
    static let orderers: Access = .roles(dispatcherRoles.union([.client]))
    /// Rating a delivered vehicle order: its client only.
    static let raters: Access = .only(.client)

    /// The SQL condition (starting with " AND") limiting vehicle orders aliased `alias` to `actor`'s.
    static func visibility(_ actor: Principal, alias o: String) -> SQLQueryString {
        actor.role == .client ? " AND \(unsafeRaw: o).client_id = \(bind: actor.clientID ?? UUID())" : ""
    }
}
