/// What kind of service a catalog entry is (DOMAIN §4.1, seed 001): **basic** services are given
/// to most clients, **additional** ones ease communication with the client, **special** ones set
/// the firm apart from its rivals.
public enum ServiceKind: String, CaseIterable, Codable, Sendable {
    case basic
    case additional
    case special

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.basic, .en): "Basic"
        case (.basic, .ru): "Базовая"
        case (.additional, .en): "Additional"
        case (.additional, .ru): "Дополнительная"
        case (.special, .en): "Special"
        case (.special, .ru): "Особенная"
        }
    }
}

/// When in the sale a service is given (DOMAIN §4.1): before it (policy and planning), during it
/// (information on the goods' movement, delivery, selection, packaging), after it (warranty,
/// exchange, claims, training, spare parts).
public enum ServicePhase: String, CaseIterable, Codable, Sendable {
    case preSale = "pre_sale"
    case sale
    case postSale = "post_sale"

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.preSale, .en): "Pre-sale"
        case (.preSale, .ru): "Предпродажная"
        case (.sale, .en): "Sale"
        case (.sale, .ru): "Во время продажи"
        case (.postSale, .en): "Post-sale"
        case (.postSale, .ru): "Послепродажная"
        }
    }
}

/// Which services of the catalog a client may have (DOMAIN §4.2 Decision: "possible" = the
/// services of its package plus the active services open to its segment). A service that lists
/// no segment is open to every segment.
public struct ServiceOffer: Hashable, Sendable {
    public let serviceID: String
    public let standardMinutes: Int
    public let active: Bool
    /// The segments the service is open to; empty: every segment.
    public let segments: Set<String>

    public init(serviceID: String, standardMinutes: Int, active: Bool, segments: Set<String>) {
        self.serviceID = serviceID
        self.standardMinutes = standardMinutes
        self.active = active
        self.segments = segments
    }

    public func isOpen(to segment: String) -> Bool { active && (segments.isEmpty || segments.contains(segment)) }

    /// The norms (standard minutes) of the services possible for a client of `segment` with the
    /// package services `packageServices` (a packaged service counts even when retired since).
    public static func possibleNorms(_ catalog: [ServiceOffer], segment: String, packageServices: Set<String>) -> [String: Double] {
        var norms: [String: Double] = [:]
        for offer in catalog where offer.isOpen(to: segment) || packageServices.contains(offer.serviceID) {
            norms[offer.serviceID] = Double(offer.standardMinutes)
        }
        return norms
    }
}
