/// What a subscription package still covers this month (DOMAIN §2.4: a client connects a
/// subscription package of services). Each packaged service has an allowance per calendar month;
/// every request for it filed inside the package that month and not refused uses one unit.
/// Once the allowance is used up, a further request is outside the package and priced.
public struct PackageAllowance: Hashable, Sendable {
    /// Service → units included per month.
    public let included: [String: Int]
    /// Service → units used this month.
    public let used: [String: Int]

    public init(included: [String: Int], used: [String: Int]) {
        self.included = included
        self.used = used
    }

    /// Units left this month; 0 for a service the package does not include.
    public func left(_ service: String) -> Int { max(0, (included[service] ?? 0) - (used[service] ?? 0)) }

    /// Whether one more request for `service` is covered by the package this month.
    public func covers(_ service: String) -> Bool { left(service) > 0 }
}

/// The price of one request: nothing inside the package, the service's price outside it
/// (billed on the monthly statement), and nothing for a request with no catalog service (a
/// special request is priced by the manager when it is planned).
public enum RequestPricing {
    public static func price(serviceID: String?, servicePriceMinor: Int64, allowance: PackageAllowance?) -> (insidePackage: Bool, priceMinor: Int64) {
        guard let serviceID else { return (false, 0) }
        if let allowance, allowance.covers(serviceID) { return (true, 0) }
        return (false, servicePriceMinor)
    }
}
