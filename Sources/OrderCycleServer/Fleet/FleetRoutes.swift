import Fluent
import Vapor

/// The fleet and vehicle orders' routes (`APIRoute.Fleet`, `PageRoute.Fleet`).
enum FleetRoutes {
    static func register(_ routes: any RoutesBuilder) {
        FleetAPI.register(routes)
        routes.endpoint(.GET, PageRoute.Fleet.vehicleOrders, access: FleetAccess.orderReaders, use: VehicleOrdersPage.show)
        routes.endpoint(.POST, PageRoute.Fleet.vehicleOrders, access: FleetAccess.orderers, use: VehicleOrdersPage.create)
        routes.endpoint(.GET, PageRoute.Fleet.vehicleOrder, access: FleetAccess.orderReaders, use: VehicleOrderPage.show)
        routes.endpoint(.POST, PageRoute.Fleet.transition, access: FleetAccess.orderers, use: VehicleOrderPage.transition)
        routes.endpoint(.POST, PageRoute.Fleet.rating, access: FleetAccess.raters, use: VehicleOrderPage.rate)
        routes.endpoint(.GET, PageRoute.Fleet.fleet, access: FleetAccess.fleetReaders, use: FleetPage.show)
        routes.endpoint(.POST, PageRoute.Fleet.vehicles, access: FleetAccess.keepers, use: FleetPage.addVehicle)
        routes.endpoint(.POST, PageRoute.Fleet.drivers, access: FleetAccess.keepers, use: FleetPage.addDriver)
        routes.endpoint(.GET, PageRoute.Fleet.script, access: .open) { _ in VehicleOrdersScript.response() }
    }
}
