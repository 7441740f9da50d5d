import Foundation

/// Where a vehicle order stands (DOMAIN §2.5, ordering a vehicle for a cargo): the client asks
/// (`requested`), a dispatcher gives it a vehicle and a driver (`assigned`), the vehicle drives
/// to the pickup (`en_route`), stands there (`arrived`), takes the cargo (`loaded`) and hands it
/// over at the destination (`delivered`). Before loading it may be `cancelled`, with a reason.
public enum VehicleOrderStatus: String, Sendable, CaseIterable, Codable {
    case requested, assigned, en_route, arrived, loaded, delivered, cancelled

    /// The steps forward, in order; `cancelled` is reachable from `cancellable` statuses.
    public static let path: [VehicleOrderStatus] = [.requested, .assigned, .en_route, .arrived, .loaded, .delivered]

    public var isFinal: Bool { self == .delivered || self == .cancelled }

    /// A vehicle holds its time window from assignment until delivery.
    public var holdsVehicle: Bool { [.assigned, .en_route, .arrived, .loaded].contains(self) }

    /// **Decision**: once the cargo is on board the order can only be delivered; a cancellation
    /// then would leave goods in a truck with no destination.
    public var cancellable: Bool { [.requested, .assigned, .en_route, .arrived].contains(self) }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.requested, .en): "Requested"
        case (.requested, .ru): "Заказан"
        case (.assigned, .en): "Vehicle assigned"
        case (.assigned, .ru): "Машина назначена"
        case (.en_route, .en): "On the way"
        case (.en_route, .ru): "В пути"
        case (.arrived, .en): "Arrived"
        case (.arrived, .ru): "Прибыла"
        case (.loaded, .en): "Loaded"
        case (.loaded, .ru): "Загружена"
        case (.delivered, .en): "Delivered"
        case (.delivered, .ru): "Доставлен"
        case (.cancelled, .en): "Cancelled"
        case (.cancelled, .ru): "Отменён"
        }
    }
}

/// Who may move a vehicle order where. The dispatching staff take every step forward; the
/// client who ordered may only cancel, and only before a vehicle is on its way (after that a
/// cancellation is agreed with the dispatcher, who records it).
public enum VehicleOrderPolicy {
    public enum Refusal: Sendable, Equatable {
        /// The step does not follow from the current status.
        case notNext(from: VehicleOrderStatus, to: VehicleOrderStatus)
        /// A cancellation without a reason.
        case reasonRequired
        /// The client may not take this step.
        case clientMayNot(VehicleOrderStatus)

        public func message(_ language: Language) -> String {
            switch (self, language) {
            case (.notNext(let from, let to), .en): "A vehicle order cannot go from \(from.name(.en)) to \(to.name(.en))."
            case (.notNext(let from, let to), .ru): "Заказ машины нельзя перевести из «\(from.name(.ru))» в «\(to.name(.ru))»."
            case (.reasonRequired, .en): "A cancellation needs a reason."
            case (.reasonRequired, .ru): "Для отмены нужна причина."
            case (.clientMayNot(.cancelled), .en): "Once the vehicle is on its way, call the dispatcher to cancel."
            case (.clientMayNot(.cancelled), .ru): "Машина уже в пути: для отмены позвоните диспетчеру."
            case (.clientMayNot(let to), .en): "Only the dispatcher sets the status \(to.name(.en))."
            case (.clientMayNot(let to), .ru): "Статус «\(to.name(.ru))» ставит только диспетчер."
            }
        }
    }

    /// The next status on the path, if any.
    public static func next(after status: VehicleOrderStatus) -> VehicleOrderStatus? {
        guard let i = VehicleOrderStatus.path.firstIndex(of: status), i + 1 < VehicleOrderStatus.path.count else { return nil }
        return VehicleOrderStatus.path[i + 1]
    }

    /// Whether the step from `from` to `to` is allowed to a client (`byClient`) or to a dispatcher.
    public static func check(from: VehicleOrderStatus, to: VehicleOrderStatus, byClient: Bool, reason: String?) -> Refusal? {
        if to == .cancelled {
            guard from.cancellable else { return .notNext(from: from, to: to) }
            if byClient, from != .requested, from != .assigned { return .clientMayNot(.cancelled) }
            if (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .reasonRequired }
            return nil
        }
        if byClient { return .clientMayNot(to) }
        guard next(after: from) == to else { return .notNext(from: from, to: to) }
        return nil
    }
}
