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
        /// A column of the order's status, read through a map of its texts.
        public var status: StatusColumn?
    }

    /// An order's status from a column: each text the column holds → received, dispatched,
    /// delivered or cancelled. A text the map does not name is a row error.
    public struct StatusColumn: Codable, Sendable {
        public var column: String
        public var values: [String: String]
    }

    /// An order's review: a score from 1 to 5 (its rating) and an optional comment.
    public struct RatingColumns: Codable, Sendable {
        public var column: String
        public var comment: String?
    }

    /// One client for every order of the history, when the source names none.
    public struct ConstantClient: Codable, Sendable {
        public var code: String
        public var name: String
    }

    public struct LeadDays: Codable, Sendable {
        public var column: String
        public var values: [String: Int]
    }

    public struct ClientColumns: Codable, Sendable {
        /// Columns of the client's code and name; or `anonymous`, or `constant`.
        public var code: String?
        public var name: String?
        /// Every order is a client of its own (a shop that keeps no client ids).
        public var anonymous: Bool?
        /// One client for every order.
        public var constant: ConstantClient?
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

    /// Claims: from a side file listing the keys of claimed (e.g. returned) orders, each of one
    /// `reason`; or from a `column` (of the side file, or of the orders file itself when no file
    /// is named) whose texts map to claim reasons through `reasons` — null for "no claim".
    public struct Claims: Codable, Sendable {
        public var file: String?
        public var orderKey: String?
        public var reason: String?
        public var filterColumn: String?
        public var filterValue: String?
        public var column: String?
        public var reasons: [String: String?]?
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
    /// The IANA time zone of the source's times of day; the company's zone when omitted.
    public var timezone: String?
    public var rating: RatingColumns?

    /// Whether the dates carry a time of day (the pattern has hours): then each is an instant in
    /// `timezone`, and spans are measured to the second; otherwise each is a calendar day.
    public var hasTimeOfDay: Bool { dateFormat.contains { "Hhk".contains($0) } }

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
        if let claims {
            if (claims.filterColumn == nil) != (claims.filterValue == nil) {
                out.append("claims: filter_column and filter_value go together (the rows of the claims file whose column holds the value)")
            }
            if (claims.column == nil) != (claims.reasons == nil) {
                out.append("claims: column and reasons go together (the texts of the column and the claim reason of each)")
            }
            if claims.file != nil {
                if claims.orderKey == nil { out.append("claims.order_key: is required with claims.file") }
                if (claims.reason == nil) == (claims.column == nil) { out.append("claims: give reason (one for every listed order) or column with reasons, not both") }
            } else {
                if claims.column == nil { out.append("claims: give file (a side file) or column (of the orders file)") }
                if claims.orderKey != nil || claims.reason != nil || claims.filterColumn != nil {
                    out.append("claims: order_key, reason and filter_column belong to a side file (claims.file)")
                }
            }
        }
        let identities = [client.code != nil || client.name != nil, client.anonymous == true, client.constant != nil].filter { $0 }.count
        if identities != 1 || (client.code == nil) != (client.name == nil) {
            out.append("client: give code and name (columns), or anonymous: true, or constant — one of the three")
        }
        if let timezone, TimeZone(identifier: timezone) == nil {
            out.append("timezone: \"\(timezone)\" is not an IANA time zone (e.g. Europe/Kyiv, America/Sao_Paulo)")
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
