import Foundation

/// The kinds of vehicle the fleet holds, each with the largest load such a vehicle carries:
/// what a client may ask for, and what makes a cargo impossible (heavier or bulkier than the
/// largest kind).
public enum VehicleType: String, Sendable, CaseIterable, Codable {
    case car, van, truck, lorry, refrigerator

    /// The typical largest payload of the kind, in kg and m³.
    public var maxWeightKg: Double {
        switch self { case .car: 500; case .van: 1_500; case .truck: 5_000; case .lorry: 20_000; case .refrigerator: 10_000 }
    }
    public var maxVolumeM3: Double {
        switch self { case .car: 2; case .van: 12; case .truck: 36; case .lorry: 86; case .refrigerator: 45 }
    }

    public static let largestWeightKg = allCases.map(\.maxWeightKg).max() ?? 0
    public static let largestVolumeM3 = allCases.map(\.maxVolumeM3).max() ?? 0

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.car, .en): "Car"
        case (.car, .ru): "Легковая"
        case (.van, .en): "Van"
        case (.van, .ru): "Фургон"
        case (.truck, .en): "Truck (5 t)"
        case (.truck, .ru): "Грузовик (5 т)"
        case (.lorry, .en): "Lorry (20 t)"
        case (.lorry, .ru): "Фура (20 т)"
        case (.refrigerator, .en): "Refrigerated truck"
        case (.refrigerator, .ru): "Рефрижератор"
        }
    }
}

/// What is to be carried: weight, volume and the number of pieces.
public struct Cargo: Sendable, Equatable, Codable {
    public var weightKg: Double
    public var volumeM3: Double
    public var pieces: Int

    public init(weightKg: Double, volumeM3: Double, pieces: Int) {
        self.weightKg = weightKg; self.volumeM3 = volumeM3; self.pieces = pieces
    }
}

/// A vehicle as the dispatcher chooses it: its kind and what it carries.
public struct VehicleCapacity: Sendable, Equatable {
    public var type: VehicleType
    public var weightKg: Double
    public var volumeM3: Double

    public init(type: VehicleType, weightKg: Double, volumeM3: Double) {
        self.type = type; self.weightKg = weightKg; self.volumeM3 = volumeM3
    }
}

/// The fleet's rules for a vehicle order (DOMAIN §2.5): a cargo must fit some vehicle, the
/// assigned vehicle must be of the kind asked for and large enough, and it must be free for the
/// order's whole time window.
public enum FleetRules {
    public struct Issue: Sendable, Equatable {
        public var field: String
        public var en: String
        public var ru: String
    }

    /// Why no vehicle could carry this cargo (of `type`, when one is asked for); empty when some can.
    public static func impossibilities(of cargo: Cargo, type: VehicleType?) -> [Issue] {
        let maxKg = type?.maxWeightKg ?? VehicleType.largestWeightKg
        let maxM3 = type?.maxVolumeM3 ?? VehicleType.largestVolumeM3
        let kind = type.map { (" (\($0.name(.en)))", " (\($0.name(.ru)))") } ?? ("", "")
        var out: [Issue] = []
        if cargo.weightKg > maxKg {
            out.append(Issue(field: "cargo.weight_kg", en: "is more than any vehicle\(kind.0) carries: at most \(format(maxKg)) kg",
                             ru: "больше, чем везёт любая машина\(kind.1): не более \(format(maxKg)) кг"))
        }
        if cargo.volumeM3 > maxM3 {
            out.append(Issue(field: "cargo.volume_m3", en: "is more than any vehicle\(kind.0) holds: at most \(format(maxM3)) m³",
                             ru: "больше, чем вмещает любая машина\(kind.1): не более \(format(maxM3)) м³"))
        }
        return out
    }

    /// Why `vehicle` cannot take the cargo; empty when it can.
    public static func misfits(of cargo: Cargo, requested type: VehicleType?, vehicle: VehicleCapacity) -> [Issue] {
        var out: [Issue] = []
        if let type, vehicle.type != type {
            out.append(Issue(field: "vehicle_id", en: "is a \(vehicle.type.name(.en)), the order asks for a \(type.name(.en))",
                             ru: "это «\(vehicle.type.name(.ru))», а заказан «\(type.name(.ru))»"))
        }
        if cargo.weightKg > vehicle.weightKg {
            out.append(Issue(field: "vehicle_id", en: "carries \(format(vehicle.weightKg)) kg, the cargo weighs \(format(cargo.weightKg)) kg",
                             ru: "везёт \(format(vehicle.weightKg)) кг, а груз весит \(format(cargo.weightKg)) кг"))
        }
        if cargo.volumeM3 > vehicle.volumeM3 {
            out.append(Issue(field: "vehicle_id", en: "holds \(format(vehicle.volumeM3)) m³, the cargo takes \(format(cargo.volumeM3)) m³",
                             ru: "вмещает \(format(vehicle.volumeM3)) м³, а груз занимает \(format(cargo.volumeM3)) м³"))
        }
        return out
    }

    /// A time window, half open: [from, to).
    public struct Window: Sendable, Equatable {
        public var from: Date
        public var to: Date
        public init(from: Date, to: Date) { self.from = from; self.to = to }
        public func overlaps(_ other: Window) -> Bool { from < other.to && other.from < to }
    }

    /// The windows among `taken` that collide with `window`; a window that ends as another
    /// begins does not collide.
    public static func collisions<ID>(of window: Window, with taken: [(id: ID, window: Window)]) -> [ID] {
        taken.filter { $0.window.overlaps(window) }.map(\.id)
    }

    /// A quantity as people write it: whole numbers without decimals.
    public static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
