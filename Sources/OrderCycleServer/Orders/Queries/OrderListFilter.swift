import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The orders list's search and order, read from the query string by the API and the orders
/// page alike, so both take the same parameters: `status`, `client_id`, `number` (part of the
/// number), `client` (the start of the client's name, case and accents ignored),
/// `external_ref` (part of the buyer's own reference), `created_from` and `created_to` (days in
/// the company's time zone, both included), `sort` (a column) and `direction` (`asc`, `desc`).
struct OrderListFilter: Sendable {
    var status: OrderStatus?
    var clientID: UUID?
    var number: String?
    var client: String?
    var externalRef: String?
    var createdFrom: CalendarDay?
    var createdTo: CalendarDay?
    var sort: Sort = .created
    var direction: Direction = .desc
    var calendar = CompanyCalendar(timeZone: TimeZone(identifier: CompanyCalendar.defaultTimeZoneIdentifier) ?? TimeZone(secondsFromGMT: 0)!)

    /// A column the list sorts by; each has an index that reads it in order (`UpdateOrdersAddSortIndexes`).
    enum Sort: String, CaseIterable, Sendable {
        case created, number, client, status, priority, promised, total

        /// The SQL the list orders by; the cursor carries its value for the last row.
        var key: String {
            switch self {
            case .created: "o.created_at"
            case .number: "o.number"
            case .client: "c.search_name"
            case .status: "o.status"
            case .priority: "o.priority_rank"
            case .promised: "COALESCE(o.promised_day, '')"
            case .total: "o.total_minor"
            }
        }

        var ordering: Cursor.Ordering {
            switch self {
            case .created: .moment
            case .priority, .total: .number
            case .number, .client, .status, .promised: .text
            }
        }

        /// The cursor's key as a bound value of the key's type; nil for a key this sort never issues.
        /// SQLite keeps a moment as the seconds since 1970 it was written with, and a `Date` read
        /// back and bound again can differ from them in the last bit, so there the key is bound
        /// as the very number stored. PostgreSQL keeps whole microseconds and its driver cuts a
        /// bound `Date` down to one, so the key is bound half a microsecond above the stored one.
        /// Either way a page boundary never repeats or skips an order.
        func bind(_ cursor: Cursor, storedSeconds: Bool) -> SQLQueryString? {
            switch ordering {
            case .moment:
                guard let moment = cursor.moment else { return nil }
                if storedSeconds, let seconds = Double(cursor.key) { return "\(bind: seconds)" }
                let since2000 = 946_684_800.0
                let micro = ((moment.timeIntervalSince1970 - since2000) * 1_000_000).rounded()
                return "\(bind: Date(timeIntervalSince1970: since2000 + (micro + 0.5) / 1_000_000))"
            case .number:
                guard let value = Double(cursor.key), value.isFinite, abs(value) < 9e15 else { return nil }
                return "\(bind: Int64(value))"
            case .text, .day: return "\(bind: cursor.key)"
            }
        }

        /// The cursor after `row`, read from the selected `sort_key`.
        func cursor(_ row: any SQLRow) throws -> String {
            let id = try row.decode(column: "id", as: UUID.self)
            switch ordering {
            case .moment:
                if let seconds = try? row.decode(column: "sort_key", as: Double.self) { return Cursor(key: String(seconds), id: id).encoded }
                return Cursor(moment: try row.decode(column: "sort_key", as: Date.self), id: id).encoded
            case .number: return Cursor(key: String(try row.decode(column: "sort_key", as: Int64.self)), id: id).encoded
            case .text, .day: return Cursor(key: try row.decode(column: "sort_key", as: String.self), id: id).encoded
            }
        }
    }

    enum Direction: String, CaseIterable, Sendable { case asc, desc }

    init(status: OrderStatus? = nil, clientID: UUID? = nil) { self.status = status; self.clientID = clientID }

    init(_ query: any URLQueryContainer, timeZone: TimeZone, lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        let status = query[String.self, at: "status"]
        if let status, OrderStatus(rawValue: status) == nil { v.add("status", lang.t("is not an order status", "не статус заказа")) }
        let client = query[String.self, at: "client_id"]
        if let client, UUID(uuidString: client) == nil { v.add("client_id", lang.t("must be a UUID", "должен быть UUID")) }
        self.init(status: status.flatMap(OrderStatus.init(rawValue:)), clientID: client.flatMap(UUID.init(uuidString:)))
        calendar = CompanyCalendar(timeZone: timeZone)
        number = v.text("number", query[String.self, at: "number"], required: false, max: 100)
        self.client = v.text("client", query[String.self, at: "client"], required: false, max: 200)
        externalRef = v.text("external_ref", query[String.self, at: "external_ref"], required: false, max: 200)
        func day(_ field: String) -> CalendarDay? {
            guard let raw = query[String.self, at: field] else { return nil }
            guard let day = CalendarDay(iso: raw), raw.count == 10 else {
                v.add(field, lang.t("must be a date YYYY-MM-DD", "должно быть датой ГГГГ-ММ-ДД")); return nil
            }
            return day
        }
        createdFrom = day("created_from")
        createdTo = day("created_to")
        if let from = createdFrom, let to = createdTo, to < from {
            v.add("created_to", lang.t("must not be before the start of the period", "не может быть раньше начала периода"))
        }
        if let raw = query[String.self, at: "sort"] {
            if let sort = Sort(rawValue: raw) { self.sort = sort } else {
                v.add("sort", lang.t("must be one of: ", "допустимые значения: ") + Sort.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        if let raw = query[String.self, at: "direction"] {
            if let direction = Direction(rawValue: raw) { self.direction = direction } else {
                v.add("direction", lang.t("must be asc or desc", "допустимые значения: asc, desc"))
            }
        }
        try v.check()
    }

    /// The parameters that reproduce this search, for links (another sort, the next page).
    func query(sort: Sort? = nil, direction: Direction? = nil) -> [(String, String)] {
        var items: [(String, String)] = []
        if let status { items.append(("status", status.rawValue)) }
        if let clientID { items.append(("client_id", clientID.uuidString)) }
        if let number { items.append(("number", number)) }
        if let client { items.append(("client", client)) }
        if let externalRef { items.append(("external_ref", externalRef)) }
        if let createdFrom { items.append(("created_from", createdFrom.description)) }
        if let createdTo { items.append(("created_to", createdTo.description)) }
        items.append(("sort", (sort ?? self.sort).rawValue))
        items.append(("direction", (direction ?? self.direction).rawValue))
        return items
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
