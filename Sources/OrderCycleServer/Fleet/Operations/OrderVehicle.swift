import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// A client orders a vehicle for a cargo (DOMAIN §2.5) — from the app, the cabinet or the API,
/// or staff on its behalf: where to pick it up (the phone's position or an address), where to
/// take it, a time window (now or later, outside working hours too), the cargo and the kind of
/// vehicle. The order starts `requested`, for a dispatcher to assign.
///
/// Refused with the field named: a place with neither an address nor both coordinates,
/// coordinates out of range, a window that ends before it begins or lies in the past (a window
/// starting up to `pastSlack` ago is "now"), a cargo no vehicle (of the kind asked for) carries,
/// an `order_id` that is not an order of the same client still on its way to the buyer.
///
/// A vehicle order that names an order of the cycle carries that order: its times count as the
/// order's delivery stage (`LinkedDelivery`).
struct OrderVehicle: Sendable {
    struct Place: Sendable, Equatable {
        var address: String?
        var lat: Double?
        var lon: Double?
    }

    let clientID: UUID?
    let pickup: Place
    let destination: Place
    let window: FleetRules.Window
    let cargo: Cargo
    let notes: String?
    let vehicleType: VehicleType?
    let orderID: UUID?
    let lang: Language

    /// A window starting this long ago still counts as "now" (the phone's clock, the time to type).
    static let pastSlack: TimeInterval = 15 * 60
    /// The longest window, and how far ahead one may begin.
    static let longestWindow: TimeInterval = 7 * 86_400
    static let furthestAhead: TimeInterval = 366 * 86_400

    init(clientID: UUID?, pickup: PlaceDTO?, destination: PlaceDTO?, windowFrom: String?, windowTo: String?, cargo: CargoDTO?,
         vehicleType: String?, orderID: UUID? = nil, lang: Language, now: Date) throws {
        var v = FieldInput(lang)
        func place(_ field: String, _ p: PlaceDTO?) -> Place? {
            guard let p else { v.required(field); return nil }
            let address = v.text("\(field).address", p.address, required: false, max: 500)
            var ok = true
            if let lat = p.lat, !GeoPoint.validLatitude(lat) { v.add("\(field).lat", en: "must be a latitude from -90 to 90", ru: "должна быть широта от -90 до 90"); ok = false }
            if let lon = p.lon, !GeoPoint.validLongitude(lon) { v.add("\(field).lon", en: "must be a longitude from -180 to 180", ru: "должна быть долгота от -180 до 180"); ok = false }
            if (p.lat == nil) != (p.lon == nil) {
                v.add(p.lat == nil ? "\(field).lat" : "\(field).lon", en: "is required with the other coordinate", ru: "нужна вместе со второй координатой"); ok = false
            }
            if address == nil, p.lat == nil, p.lon == nil {
                v.add(field, en: "needs an address or lat and lon", ru: "укажите адрес или координаты lat и lon"); ok = false
            }
            return ok ? Place(address: address, lat: p.lat, lon: p.lon) : nil
        }
        let pickup = place("pickup", pickup)
        let destination = place("destination", destination)
        let from = v.moment("window_from", windowFrom)
        let to = v.moment("window_to", windowTo)
        var window: FleetRules.Window?
        if let from, let to {
            if to <= from {
                v.add("window_to", en: "must be later than window_from", ru: "должно быть позже window_from")
            } else if to.timeIntervalSince(from) > Self.longestWindow {
                v.add("window_to", en: "must be within 7 days of window_from", ru: "не дальше 7 дней от window_from")
            } else if from < now.addingTimeInterval(-Self.pastSlack) {
                v.add("window_from", en: "must not be in the past", ru: "не может быть в прошлом")
            } else if from > now.addingTimeInterval(Self.furthestAhead) {
                v.add("window_from", en: "must be within a year from now", ru: "не дальше года от текущего момента")
            } else {
                window = FleetRules.Window(from: from, to: to)
            }
        }
        var checkedCargo: Cargo?
        var notes: String?
        if let c = cargo {
            func amount(_ field: String, _ value: Double?) -> Double? {
                guard let value else { v.required("cargo.\(field)"); return nil }
                guard value.isFinite, value > 0 else { v.add("cargo.\(field)", en: "must be more than 0", ru: "должно быть больше 0"); return nil }
                return value
            }
            let kg = amount("weight_kg", c.weight_kg), m3 = amount("volume_m3", c.volume_m3)
            var pieces: Int?
            if let p = c.pieces {
                if (1...10_000).contains(p) { pieces = p } else { v.add("cargo.pieces", en: "must be from 1 to 10000", ru: "от 1 до 10000") }
            } else { v.required("cargo.pieces") }
            notes = v.text("cargo.notes", c.notes, required: false, max: 1_000)
            if let kg, let m3, let pieces { checkedCargo = Cargo(weightKg: kg, volumeM3: m3, pieces: pieces) }
        } else {
            v.required("cargo")
        }
        let type = v.choice("vehicle_type", vehicleType, as: VehicleType.self)
        if let checkedCargo, vehicleType == nil || type != nil {
            for issue in FleetRules.impossibilities(of: checkedCargo, type: type) { v.add(issue.field, en: issue.en, ru: issue.ru) }
        }
        (self.pickup, self.destination, self.window, self.cargo) = try v.check(pickup, destination, window, checkedCargo)
        self.clientID = clientID
        self.notes = notes
        self.vehicleType = type
        self.orderID = orderID
        self.lang = lang
    }

    func run(by actor: Principal, now: Date, on db: any Database) async throws -> VehicleOrderDTO {
        // A client orders for itself; staff name the client they order for.
        let client: UUID
        if actor.role == .client {
            guard let own = actor.clientID else { throw Problem(.forbidden) }
            if let clientID, clientID != own { throw Problem.field("client_id", lang.t("must be your own client account", "должен быть вашим клиентом")) }
            client = own
        } else {
            guard let clientID else { throw Problem.field("client_id", lang.t("is required: the client the vehicle is ordered for", "обязательно: клиент, для которого заказана машина")) }
            guard try await db.sql.raw("SELECT id FROM clients WHERE id = \(bind: clientID)").first() != nil else {
                throw Problem.field("client_id", lang.t("is not a client", "такого клиента нет"))
            }
            client = clientID
        }
        if let orderID { try await LinkedDelivery.checkLink(orderID, client: client, lang: lang, on: db) }
        let id = UUID()
        try await db.sql.raw("""
            INSERT INTO vehicle_orders (id, version, client_id, status, pickup_address, pickup_lat, pickup_lon, destination_address, destination_lat,
                                        destination_lon, window_from, window_to, weight_kg, volume_m3, pieces, notes, vehicle_type, order_id, created_by, created_at, updated_at)
            VALUES (\(bind: id), 1, \(bind: client), \(bind: VehicleOrderStatus.requested.rawValue), \(bind: pickup.address), \(bind: pickup.lat), \(bind: pickup.lon),
                    \(bind: destination.address), \(bind: destination.lat), \(bind: destination.lon), \(bind: window.from), \(bind: window.to),
                    \(bind: cargo.weightKg), \(bind: cargo.volumeM3), \(bind: cargo.pieces), \(bind: notes), \(bind: vehicleType?.rawValue),
                    \(bind: orderID), \(bind: actor.userID), \(bind: now), \(bind: now))
            """).run()
        try await VehicleOrderWrites.event(id, from: nil, to: .requested, actor: actor, reason: nil, vehicle: nil, driver: nil, now: now, on: db)
        let order = try await VehicleOrderWrites.reread(id, on: db)
        try await AuditTrail.record(on: db, actor: actor, entity: "vehicle_order", id: id, action: .create, before: nil as VehicleOrderDTO?, after: order, at: now)
        return order
    }
}
