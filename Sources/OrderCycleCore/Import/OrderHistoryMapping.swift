import Foundation

/// How another system's order history maps onto OrderCycle's orders: which column holds what,
/// how dates are written, how a promise is derived. A new source is a new mapping file, not code.
public struct OrderHistoryMapping: Codable, Sendable {
    public struct OrderColumns: Codable, Sendable {
        /// Rows with the same key are the lines of one order.
        public var key: String
        public var received: String
        public var dispatched: String?
        public var delivered: String?
        /// A column holding the promised date itself, if the source has one.
        public var promised: String?
        /// A column naming how the order travelled (ship mode, carrier…).
        public var deliveryMethod: String?
    }

    public struct LeadDays: Codable, Sendable {
        public var column: String
        public var values: [String: Int]
    }

    public struct ClientColumns: Codable, Sendable {
        public var code: String
        public var name: String
        public var segment: String?
        /// customer, supplier, partner, department or employee; customer when omitted.
        public var kind: String?
        /// person or company; company when omitted.
        public var party: String?
        public var city: String?
        public var region: String?
        public var postalCode: String?
        public var country: String?
    }

    public struct LineColumns: Codable, Sendable {
        public var sku: String
        public var name: String?
        public var category: String?
        public var quantity: String
        /// The line's amount (price × quantity); the unit price is derived from it.
        public var amount: String?
        /// The unit price, when the source has it instead of an amount.
        public var unitPrice: String?
        public var decimalSeparator: String?
    }

    /// Managers from a side file: the order's `column` value is looked up in `file` by `fileKey`, giving `fileName`.
    public struct Managers: Codable, Sendable {
        public var column: String
        public var file: String
        public var fileKey: String
        public var fileName: String
    }

    /// Claims from a side file listing the keys of claimed (e.g. returned) orders.
    public struct Claims: Codable, Sendable {
        public var file: String
        public var orderKey: String
        public var reason: String
        public var filterColumn: String?
        public var filterValue: String?
    }

    public var name: String
    /// Unicode date pattern, e.g. "yyyy-MM-dd" or "dd.MM.yyyy" or "M/d/yyyy".
    public var dateFormat: String
    public var currency: String
    public var order: OrderColumns
    public var promisedLeadDays: LeadDays?
    /// delivery (default) or dispatch — the milestone the promise is about.
    public var promisedMilestone: String?
    public var client: ClientColumns
    public var line: LineColumns
    public var managers: Managers?
    public var claims: Claims?

    /// Why a mapping file cannot be used: every problem found, each naming its key.
    public struct Invalid: Error, Equatable, Sendable, CustomStringConvertible {
        public var problems: [String]
        public var description: String {
            "The mapping is not valid:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
        }
    }

    /// Reads a mapping file: JSON, checked against `schema` (an unknown key, a missing key, a
    /// kind, party or claim reason not in its list are errors), then the rules a schema cannot
    /// say. Throws `Invalid` with every problem found.
    public static func decode(_ data: Data) throws(Invalid) -> OrderHistoryMapping {
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            throw Invalid(problems: ["is not JSON: \(error.localizedDescription)"])
        }
        let check = try! JSONSchemaCheck(schema: Data(schema.utf8))
        let failures = check.failures(json)
        guard failures.isEmpty else { throw Invalid(problems: failures.map(\.description)) }
        let mapping: OrderHistoryMapping
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            mapping = try decoder.decode(OrderHistoryMapping.self, from: data)
        } catch {
            throw Invalid(problems: ["cannot be read: \(error)"])
        }
        let problems = mapping.problems
        guard problems.isEmpty else { throw Invalid(problems: problems) }
        return mapping
    }

    /// What the schema cannot say: keys that go together, and a date pattern that reads dates.
    var problems: [String] {
        var out: [String] = []
        if let claims, (claims.filterColumn == nil) != (claims.filterValue == nil) {
            out.append("claims: filter_column and filter_value go together (the rows of the claims file whose column holds the value)")
        }
        if line.amount != nil && line.unitPrice != nil {
            out.append("line: give amount or unit_price, not both")
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = dateFormat
        let sample = Date(timeIntervalSince1970: 1_478_563_200) // 2016-11-08
        let written = formatter.string(from: sample)
        if formatter.date(from: written) != sample || !["y", "M", "d"].allSatisfy({ dateFormat.contains($0) }) {
            out.append("date_format: \"\(dateFormat)\" does not read a day (a year y, a month M and a day d are needed)")
        }
        return out
    }
}
