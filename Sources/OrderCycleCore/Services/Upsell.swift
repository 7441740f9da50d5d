/// Which package to suggest to a client (DOMAIN §2.4 Decision: "recommendations come from the
/// client's own history — services it requested outside its package, paid for one-off").
///
/// For each service the client paid for outside its package in the window, every package that
/// includes it is weighed: per month, the package would cover `min(bought per month, included)`
/// units at the price the client paid, and it costs its price less the current package's price
/// (a client switches packages, it does not hold two). The suggestion is the package with the
/// largest positive saving per month; none when no package saves anything.
public enum Upsell {
    /// What the client bought outside its package in the window.
    public struct Purchase: Hashable, Sendable {
        public let serviceID: String
        public let count: Int
        public let paidMinor: Int64
        public init(serviceID: String, count: Int, paidMinor: Int64) {
            self.serviceID = serviceID
            self.count = count
            self.paidMinor = paidMinor
        }
    }

    /// A package on offer: its price per month and what it includes per month.
    public struct Offer: Hashable, Sendable {
        public let packageID: String
        public let priceMinor: Int64
        public let included: [String: Int]
        public init(packageID: String, priceMinor: Int64, included: [String: Int]) {
            self.packageID = packageID
            self.priceMinor = priceMinor
            self.included = included
        }
    }

    public struct Suggestion: Hashable, Sendable {
        public let serviceID: String
        public let packageID: String
        /// Requests for the service outside the package in the window, and what they cost.
        public let count: Int
        public let paidMinor: Int64
        /// What the package would save per month (positive).
        public let savingPerMonthMinor: Int64
    }

    /// `months` is the length of the window (at least 1); `currentPackage` the client's package now, if any.
    public static func suggestions(purchases: [Purchase], months: Int, offers: [Offer], currentPackage: Offer?) -> [Suggestion] {
        let months = max(1, months)
        var out: [Suggestion] = []
        for purchase in purchases where purchase.count > 0 {
            let unitPrice = Double(purchase.paidMinor) / Double(purchase.count)
            let perMonth = Double(purchase.count) / Double(months)
            var best: (Offer, Int64)?
            for offer in offers where offer.packageID != currentPackage?.packageID {
                guard let included = offer.included[purchase.serviceID], included > 0 else { continue }
                let covered = min(perMonth, Double(included)) * unitPrice
                let extra = offer.priceMinor - (currentPackage?.priceMinor ?? 0)
                let saving = Int64(covered.rounded()) - extra
                if saving > 0, saving > best?.1 ?? 0 { best = (offer, saving) }
            }
            if let (offer, saving) = best {
                out.append(Suggestion(serviceID: purchase.serviceID, packageID: offer.packageID, count: purchase.count,
                                      paidMinor: purchase.paidMinor, savingPerMonthMinor: saving))
            }
        }
        return out.sorted { ($0.savingPerMonthMinor, $1.serviceID) > ($1.savingPerMonthMinor, $0.serviceID) }
    }
}
