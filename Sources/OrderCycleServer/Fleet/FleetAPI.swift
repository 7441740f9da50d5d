import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The fleet and vehicle-order API (DOMAIN §2.5). Handlers translate HTTP in and out; the
/// writes are `Fleet/Operations`, which the pages run too; every change of a vehicle order is
/// pushed live after it commits.
enum FleetAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Fleet.vehicles, access: FleetAccess.fleetReaders, use: vehicles)
        routes.endpoint(.POST, APIRoute.Fleet.vehicles, access: FleetAccess.keepers, use: addVehicle)
        routes.endpoint(.GET, APIRoute.Fleet.drivers, access: FleetAccess.fleetReaders, use: drivers)
        routes.endpoint(.POST, APIRoute.Fleet.drivers, access: FleetAccess.keepers, use: addDriver)
        routes.endpoint(.GET, APIRoute.Fleet.vehicleOrders, access: FleetAccess.orderReaders, use: list)
        routes.endpoint(.POST, APIRoute.Fleet.vehicleOrders, access: FleetAccess.orderers, use: create)
        routes.endpoint(.GET, APIRoute.Fleet.vehicleOrder, access: FleetAccess.orderReaders, use: show)
        routes.endpoint(.POST, APIRoute.Fleet.transitions, access: FleetAccess.orderers, use: transition)
        routes.endpoint(.POST, APIRoute.Fleet.rating, access: FleetAccess.raters, use: rate)
    }

    // MARK: the fleet

    @Sendable static func vehicles(req: Request) async throws -> Page<VehicleDTO> {
        try await FleetQueries.vehicles(page: try PageRequest(req, ordering: .text), on: req.db)
    }

    struct VehicleBody: Content {
        var plate: String?
        var vehicle_type: String?
        var capacity_kg: Double?
        var capacity_m3: Double?
    }

    @Sendable static func addVehicle(req: Request) async throws -> Response {
        let body = try req.content.decode(VehicleBody.self)
        let operation = try AddVehicle(plate: body.plate, vehicleType: body.vehicle_type, capacityKg: body.capacity_kg, capacityM3: body.capacity_m3, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let vehicle = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(vehicle, version: vehicle.version)
        }
    }

    @Sendable static func drivers(req: Request) async throws -> Page<DriverDTO> {
        try await FleetQueries.drivers(page: try PageRequest(req, ordering: .text), on: req.db)
    }

    struct DriverBody: Content {
        var name: String?
        var phone: String?
    }

    @Sendable static func addDriver(req: Request) async throws -> Response {
        let body = try req.content.decode(DriverBody.self)
        let operation = try AddDriver(name: body.name, phone: body.phone, region: req.application.appConfig.phoneRegion, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let driver = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(driver, version: driver.version)
        }
    }

    // MARK: vehicle orders

    struct OrderBody: Content {
        var client_id: UUID?
        var pickup: PlaceDTO?
        var destination: PlaceDTO?
        var window_from: String?
        var window_to: String?
        var cargo: CargoDTO?
        var vehicle_type: String?
        var order_id: UUID?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let body = try req.content.decode(OrderBody.self)
        let now = req.clock.now()
        let operation = try OrderVehicle(clientID: body.client_id, pickup: body.pickup, destination: body.destination, windowFrom: body.window_from,
                                         windowTo: body.window_to, cargo: body.cargo, vehicleType: body.vehicle_type, orderID: body.order_id,
                                         lang: req.language, now: now)
        let actor = try req.actor
        let response = try await Idempotency.create(req) { tx in
            let order = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(order, location: APIRoute.Fleet.vehicleOrder(order.id), version: order.version)
        }
        if response.status == .created, response.headers.first(name: "Idempotent-Replayed") == nil,
           let data = response.body.data, let order = try? APIJSON.decoder.decode(VehicleOrderDTO.self, from: data) {
            await FleetLive.publish(order, app: req.application)
        }
        return response
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let id = try idParameter(req)
        _ = try await VehicleOrderWrites.visible(id, to: try req.actor, on: req.db)
        let order = try await VehicleOrderWrites.reread(id, on: req.db)
        return try await order.encodeResponse(for: req).withETag(order.version)
    }

    /// Newest first; `status` and `open=true` filter. A client sees its own orders only.
    @Sendable static func list(req: Request) async throws -> Page<VehicleOrderDTO> {
        let page = try PageRequest(req, ordering: .moment)
        var query = ListFilters(req)
        var filter = VehicleOrderQueries.ListFilter()
        filter.status = query.choice("status", VehicleOrderStatus.self)
        filter.openOnly = query.flag("open")
        try query.check()
        return try await VehicleOrderQueries.list(visibleTo: try req.actor, filter: filter, page: page, on: req.db)
    }

    struct TransitionBody: Content {
        var to: String?
        var reason: String?
        var vehicle_id: UUID?
        var driver_id: UUID?
    }

    /// `If-Match` when sent (a stale one is refused); the status check decides races without it.
    @Sendable static func transition(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = req.headers.first(name: .ifMatch) == nil ? nil : try ETag.expectedVersion(req)
        let body = try req.content.decode(TransitionBody.self)
        let operation = try MoveVehicleOrder(orderID: id, to: body.to, reason: body.reason, vehicleID: body.vehicle_id, driverID: body.driver_id,
                                             expectedVersion: expected, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        let calendar = CompanyCalendar(timeZone: req.application.appConfig.timeZone)
        let order = try await req.write { tx in try await operation.run(by: actor, calendar: calendar, now: now, on: tx) }
        await FleetLive.publish(order, app: req.application)
        return try await order.encodeResponse(for: req).withETag(order.version)
    }

    struct RatingBody: Content {
        var rating: Int?
        var comment: String?
    }

    /// Only the order's client, once delivered; `If-Match` when sent (a stale one is refused).
    @Sendable static func rate(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = req.headers.first(name: .ifMatch) == nil ? nil : try ETag.expectedVersion(req)
        let body = try req.content.decode(RatingBody.self)
        let operation = try RateVehicleOrder(orderID: id, rating: body.rating, comment: body.comment, expectedVersion: expected, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        let order = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return try await order.encodeResponse(for: req).withETag(order.version)
    }
}
