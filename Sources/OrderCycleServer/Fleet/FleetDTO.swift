import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// A vehicle of the fleet as the API answers it.
struct VehicleDTO: Content, Sendable, Equatable {
    var id: UUID
    var version: Int
    var plate: String
    var vehicle_type: String
    var capacity_kg: Double
    var capacity_m3: Double
    var active: Bool
}

/// A driver of the fleet.
struct DriverDTO: Content, Sendable, Equatable {
    var id: UUID
    var version: Int
    var name: String
    var phone: String
    var active: Bool
}

/// Where a vehicle picks up or delivers: an address, coordinates (the phone's position), or both.
struct PlaceDTO: Content, Sendable, Equatable {
    var address: String?
    var lat: Double?
    var lon: Double?
}

struct CargoDTO: Content, Sendable, Equatable {
    var weight_kg: Double?
    var volume_m3: Double?
    var pieces: Int?
    var notes: String?
}

/// A vehicle order: the client's request, its status, and once assigned the vehicle and driver;
/// `history` says who took each step and when.
struct VehicleOrderDTO: Content, Sendable, Equatable {
    struct Step: Content, Sendable, Equatable {
        var from: String?
        var to: String
        var at: Date
        var by: String
        var reason: String?
    }
    struct AssignedVehicle: Content, Sendable, Equatable {
        var id: UUID
        var plate: String
        var vehicle_type: String
    }
    struct AssignedDriver: Content, Sendable, Equatable {
        var id: UUID
        var name: String
        var phone: String
    }

    var id: UUID
    var version: Int
    var client_id: UUID
    var client_name: String
    var status: String
    var pickup: PlaceDTO
    var destination: PlaceDTO
    var window_from: Date
    var window_to: Date
    var cargo: CargoDTO
    var vehicle_type: String?
    var vehicle: AssignedVehicle?
    var driver: AssignedDriver?
    var cancel_reason: String?
    /// The order of the cycle this vehicle carries, whose delivery stage its times count as.
    var order_id: UUID?
    var order_number: String?
    /// The client's rating once delivered, 1 to 5, with its comment.
    var rating: Int?
    var rating_comment: String?
    var created_at: Date
    var updated_at: Date
    var history: [Step]?
}
