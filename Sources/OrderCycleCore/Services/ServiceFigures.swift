/// The personal service department's figures from its requests (DOMAIN §4.2, §4.4 (6)): the
/// service level η by count and by time, and flexibility F.
public enum ServiceFigures {
    /// One client's part in η for a period: the norms of the services possible for it and the
    /// services it was actually given (done or closed requests).
    public struct ClientUse: Sendable {
        public let possibleNorms: [String: Double]
        public let provided: Set<String>
        public init(possibleNorms: [String: Double], provided: Set<String>) {
            self.possibleNorms = possibleNorms
            self.provided = provided
        }
    }

    /// η over several clients (a segment, everyone): `Σ m_i / Σ M_i` by count and the same by
    /// norms, so a client with a larger entitlement weighs more. Services provided outside the
    /// possible ones (a one-off special request) do not count.
    public static func serviceLevel(_ clients: [ClientUse]) throws(IndicatorInputError) -> ServiceLevel {
        var provided = 0, possible = 0
        var providedTime = 0.0, possibleTime = 0.0
        for client in clients {
            for (service, norm) in client.possibleNorms {
                possible += 1
                possibleTime += norm
                if client.provided.contains(service) {
                    provided += 1
                    providedTime += norm
                }
            }
        }
        return try ServiceLevel(provided: provided, possible: possible, providedNormTime: providedTime, possibleNormTime: possibleTime)
    }

    /// F from the requests decided in the period: closed satisfied over all refused or closed;
    /// no decided request is no data (null), not 1.
    public static func flexibility(decided: [(status: ServiceRequestStatus, satisfied: Bool?)]) throws(IndicatorInputError) -> IndicatorValue {
        let counted = decided.filter { $0.status.isDecided }
        let satisfied = counted.filter { $0.status == .closed && $0.satisfied == true }.count
        return Flexibility.measure(try RequestCounts(total: counted.count, satisfied: satisfied))
    }
}
