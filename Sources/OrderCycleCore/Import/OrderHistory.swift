import Foundation

/// An order history read through a mapping: orders with their lines, or the errors of each row.
public struct OrderHistory: Sendable {
    public struct Line: Sendable, Equatable {
        public var sku: String
        public var name: String
        public var category: String
        public var quantity: Int
        public var amountMinor: Int64
    }

    public struct Customer: Sendable, Equatable {
        public var code: String
        public var name: String
        public var segment: String
        public var city: String?
        public var region: String?
        public var postalCode: String?
        public var country: String?
        public var managerKey: String?
    }

    public struct Order: Sendable {
        public var key: String
        public var customer: Customer
        /// The days as the source writes them (in the source's zone, for times of day).
        public var received: CalendarDay
        public var dispatched: CalendarDay?
        public var delivered: CalendarDay?
        public var promised: CalendarDay?
        /// The instants, when the dates carry a time of day; nil for calendar days.
        public var receivedAt: Date?
        public var dispatchedAt: Date?
        public var deliveredAt: Date?
        public var deliveryMethod: String?
        public var lines: [Line]
        /// The status a status column gives, when the mapping has one.
        public var status: OrderStatus?
        /// The review: a score from 1 to 5 and its comment.
        public var rating: Int?
        public var ratingComment: String?
        /// The reasons of the claims a claims column of the orders file gives it.
        public var claimReasons: [String] = []
    }

    public struct RowError: Sendable, Equatable, CustomStringConvertible {
        /// 1-based line number in the file, counting the header as line 1.
        public var line: Int
        public var column: String
        public var message: String
        public var description: String { "line \(line), \(column): \(message)" }

        public init(line: Int, column: String, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }
    }

    public var orders: [Order]
    public var errors: [RowError]
    public var rowCount: Int

    /// Reads `csv` through `mapping`. Every row is checked; all errors are reported together.
    /// Times of day are read in the mapping's `timezone`, else in `timeZone` (the company's).
    public init(csv: CSVReader, mapping m: OrderHistoryMapping, timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        var reader = Reader(header: csv.header, mapping: m, timeZone: timeZone)
        for (index, row) in csv.rows.enumerated() { reader.read(row, line: csv.lines[index]) }
        self.orders = reader.take().orders
        self.errors = reader.errors
        self.rowCount = reader.rowCount
    }

    /// Reads a history row by row, so a file of any length goes through in pieces: `take()`
    /// hands out the orders read so far, and the reader forgets them. Memory holds one piece:
    /// what must be known of an order an earlier piece read — its first line and a digest of
    /// its order-level cells — its caller keeps (the import, in the database), and tells the
    /// reader of with `joins`, so a later line of it is still checked against the first
    /// (`disagreeing`, explained once the first rows are read again).
    public struct Reader {
        public let mapping: OrderHistoryMapping
        public let header: [String]
        public private(set) var errors: [RowError] = []
        public private(set) var rowCount = 0
        /// A later line of an order already handed out whose order-level cells differ from its
        /// first line's: the first line is read again (`explain`) to say which cells and how.
        public private(set) var disagreeing: [(line: Int, key: String, firstLine: Int, cells: [String])] = []

        /// What `take()` hands out: the orders read since the last take, each with how its
        /// piece first read it. An order an earlier piece read too is here again with the lines
        /// read since (see `joins`).
        public struct Taken {
            public var orders: [Order] = []
            /// Per order, at the same index.
            public var firsts: [FirstRead] = []
        }

        /// How a piece first read an order: its first line there, the digest of its order-level
        /// cells (equal digests, equal cells), and every line of it that agreed with that one.
        public struct FirstRead: Sendable {
            public var line: Int
            public var digest: Int
            public var lines: [Int]
            fileprivate var cells: [String]
        }

        private let usable: Bool
        private let columns: [String: Int]
        private let orderLevel: [String]
        private let claimsColumn: String?
        private let formatter: DateFormatter
        private let dayPattern: HistoryCellReading.DayPattern?
        private let sourceCalendar: Calendar
        private let decimal: String
        private var pending: [Order] = []
        private var pendingFirsts: [FirstRead] = []
        private var pendingIndex: [String: Int] = [:]

        public init(header: [String], mapping m: OrderHistoryMapping, timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
            self.mapping = m
            self.header = header
            var columns: [String: Int] = [:]
            for (i, name) in header.enumerated() where columns[name] == nil { columns[name] = i }
            self.columns = columns
            let claimsColumn = m.claims?.file == nil ? m.claims?.column : nil
            self.claimsColumn = claimsColumn
            var required = [m.order.key, m.order.received, m.line.sku, m.line.quantity]
            required += [m.client.code, m.client.name, m.order.status?.column, m.rating?.column, m.rating?.comment, claimsColumn].compactMap { $0 }
            required += [m.order.dispatched, m.order.delivered, m.order.promised, m.order.deliveryMethod, m.client.segment, m.line.amount, m.line.unitPrice, m.promisedLeadDays?.column, m.managers?.column].compactMap { $0 }
            for column in required where columns[column] == nil {
                errors.append(RowError(line: 1, column: column, message: "the mapping names this column but the file has no such header"))
            }
            usable = errors.isEmpty
            // A calendar day is read and kept as written (in UTC, where every day has 24 hours);
            // a time of day is an instant in the source's zone.
            let zone = m.hasTimeOfDay ? (m.timezone.flatMap(TimeZone.init(identifier:)) ?? timeZone) : TimeZone(identifier: "UTC")!
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = zone
            formatter.dateFormat = m.dateFormat
            formatter.isLenient = false
            self.formatter = formatter
            dayPattern = m.hasTimeOfDay ? nil : HistoryCellReading.DayPattern(m.dateFormat)
            var sourceCalendar = Calendar(identifier: .gregorian)
            sourceCalendar.timeZone = zone
            self.sourceCalendar = sourceCalendar
            decimal = m.line.decimalSeparator ?? "."
            let orderColumns = [m.order.received, m.order.dispatched, m.order.delivered, m.order.promised, m.order.deliveryMethod,
                                m.client.code, m.client.name, m.client.segment, m.promisedLeadDays?.column, m.order.status?.column,
                                m.rating?.column, m.rating?.comment, claimsColumn].compactMap { $0 }
            var seenColumns = Set<String>()
            orderLevel = orderColumns.filter { seenColumns.insert($0).inserted }
        }

        /// The orders read since the last take; the reader keeps nothing of them.
        public mutating func take() -> Taken {
            defer { pending = []; pendingFirsts = []; pendingIndex = [:] }
            return Taken(orders: pending, firsts: pendingFirsts)
        }

        /// Whether the lines a piece read of order `key` join the order an earlier piece first
        /// read on `firstLine` with order-level cells of `digest`: when the cells differ, each
        /// of those lines is an error (`disagreeing`), and they join nothing. The lines of one
        /// order agree on everything about the order, wherever they are in the file.
        public mutating func joins(_ first: FirstRead, of key: String, firstLine: Int, digest: Int) -> Bool {
            guard first.digest != digest else { return true }
            for line in first.lines { disagreeing.append((line, key, firstLine, first.cells)) }
            return false
        }

        /// The lines `disagreeing` needs read again.
        public var firstLinesToExplain: Set<Int> { Set(disagreeing.map(\.firstLine)) }

        /// Words the errors of `disagreeing` from the first rows, read again, by line.
        public mutating func explain(firstRows: [Int: [String]]) {
            for d in disagreeing {
                guard let row = firstRows[d.firstLine] else { continue }
                let first = orderLevel.map { cell(row, $0) ?? "" }
                differing(d.cells, first, line: d.line, firstLine: d.firstLine, key: d.key)
            }
            disagreeing = []
            errors.sort { $0.line < $1.line }
        }

        private mutating func differing(_ cells: [String], _ first: [String], line: Int, firstLine: Int, key: String) {
            for (i, column) in orderLevel.enumerated() where first[i] != cells[i] {
                errors.append(RowError(line: line, column: column,
                                       message: "\"\(cells[i])\" differs from \"\(first[i])\" on line \(firstLine), another line of order \(key)"))
            }
        }

        private func cell(_ row: [String], _ column: String?) -> String? {
            guard let column, let i = columns[column], i < row.count else { return nil }
            let v = HistoryCellReading.trimmed(row[i])
            return v.isEmpty ? nil : v
        }

        /// Reads one row, begun on line `lineNo` of the file.
        public mutating func read(_ row: [String], line lineNo: Int) {
            rowCount += 1
            guard usable else { return }
            let m = mapping
            var rowErrors: [RowError] = []
            func fail(_ column: String, _ message: String) { rowErrors.append(RowError(line: lineNo, column: column, message: message)) }
            func moment(_ column: String?, required: Bool) -> (day: CalendarDay, at: Date?)? {
                guard let column else { return nil }
                guard let text = cell(row, column) else { if required { fail(column, "is empty") }; return nil }
                if let dayPattern, let day = dayPattern.day(text) { return (day, nil) }
                guard let date = formatter.date(from: text) else { fail(column, "\"\(text)\" is not a date like \(m.dateFormat)"); return nil }
                let parts = sourceCalendar.dateComponents([.year, .month, .day], from: date)
                guard let day = CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!) else { fail(column, "\"\(text)\" is not a date"); return nil }
                return (day, m.hasTimeOfDay ? date : nil)
            }
            func day(_ column: String?, required: Bool) -> CalendarDay? { moment(column, required: required)?.day }
            if row.count != header.count { fail("*", "has \(row.count) cells, the header has \(header.count)") }
            let key = cell(row, m.order.key)
            if key == nil { fail(m.order.key, "is empty") }
            let receivedMoment = moment(m.order.received, required: true)
            let dispatchedMoment = moment(m.order.dispatched, required: false)
            let deliveredMoment = moment(m.order.delivered, required: false)
            let (received, dispatched, delivered) = (receivedMoment?.day, dispatchedMoment?.day, deliveredMoment?.day)
            var promised = day(m.order.promised, required: false)
            if promised == nil, let lead = m.promisedLeadDays, let received {
                if let mode = cell(row, lead.column) {
                    if let days = lead.values[mode] { promised = received.adding(days: days) } else { fail(lead.column, "\"\(mode)\" has no lead time in the mapping") }
                }
            }
            func before(_ a: (day: CalendarDay, at: Date?)?, _ b: (day: CalendarDay, at: Date?)?) -> Bool {
                guard let a, let b else { return false }
                if let x = a.at, let y = b.at { return x < y }
                return a.day < b.day
            }
            if before(dispatchedMoment, receivedMoment) { fail(m.order.dispatched ?? "", "is before the order was received") }
            if before(deliveredMoment, receivedMoment) { fail(m.order.delivered ?? "", "is before the order was received") }
            if before(deliveredMoment, dispatchedMoment) { fail(m.order.delivered ?? "", "is before the order was dispatched") }
            var status: OrderStatus?
            if let column = m.order.status {
                if let text = cell(row, column.column) {
                    if let value = column.values[text].flatMap(OrderStatus.init(rawValue:)) { status = value } else {
                        fail(column.column, "\"\(text)\" is not a status the mapping names (order.status.values)")
                    }
                } else { fail(column.column, "is empty") }
            }
            var rating: Int?
            if let column = m.rating?.column, let text = cell(row, column) {
                if let score = Int(text), (1...5).contains(score) { rating = score } else { fail(column, "\"\(text)\" is not a score from 1 to 5") }
            }
            var claimReasons: [String] = []
            if let column = claimsColumn, let reasons = m.claims?.reasons, let text = cell(row, column) {
                if let reason = reasons[text] { claimReasons = reason.map { [$0] } ?? [] } else {
                    fail(column, "\"\(text)\" is not a class the mapping names (claims.reasons)")
                }
            }
            let sku = cell(row, m.line.sku)
            if sku == nil { fail(m.line.sku, "is empty") }
            let quantity = cell(row, m.line.quantity).flatMap { Int($0) }
            if quantity == nil || quantity! < 1 || quantity! > 1_000_000 { fail(m.line.quantity, "must be a whole number from 1 to 1000000") }
            let decimal = self.decimal
            let decimalByte = decimal.utf8.first ?? UInt8(ascii: ".")
            func money(_ column: String?) -> Int64? {
                guard let column, let text = cell(row, column) else { return nil }
                if let minor = HistoryCellReading.minorUnits(text, decimal: decimalByte) { return minor }
                var t = text.replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: " ", with: "")
                if decimal != "." { t = t.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: decimal, with: ".") } else { t = t.replacingOccurrences(of: ",", with: "") }
                guard let value = Decimal(string: t, locale: Locale(identifier: "en_US_POSIX")), value >= 0, value < 1_000_000_000_000 else {
                    fail(column, "\"\(text)\" is not an amount"); return nil
                }
                var scaled = value * 100, rounded = Decimal()
                NSDecimalRound(&rounded, &scaled, 0, .plain)
                return NSDecimalNumber(decimal: rounded).int64Value
            }
            var amount = money(m.line.amount)
            if amount == nil, let unit = money(m.line.unitPrice), let quantity { amount = unit * Int64(quantity) }
            // The client: its columns, or one of its own per order, or one for all.
            var code = cell(row, m.client.code), name = cell(row, m.client.name)
            if let constant = m.client.constant {
                (code, name) = (constant.code, constant.name)
            } else if m.client.anonymous == true, let key = cell(row, m.order.key) {
                (code, name) = ("ANON-\(key)", "Anonymous (\(key))")
            } else {
                if code == nil { fail(m.client.code ?? "client.code", "is empty") }
                if name == nil { fail(m.client.name ?? "client.name", "is empty") }
            }
            guard rowErrors.isEmpty, let key, let received, let sku, let quantity, let code, let name else { errors += rowErrors; return }
            let line = Line(sku: sku, name: cell(row, m.line.name) ?? sku, category: cell(row, m.line.category) ?? "General", quantity: quantity, amountMinor: amount ?? 0)
            let cells = orderLevel.map { cell(row, $0) ?? "" }
            if let index = pendingIndex[key] {
                // The lines of one order agree on everything about the order; a history that
                // says two things is an error, never "the first line wins".
                let first = pendingFirsts[index]
                guard first.cells == cells else { return differing(cells, first.cells, line: lineNo, firstLine: first.line, key: key) }
                pending[index].lines.append(line)
                pendingFirsts[index].lines.append(lineNo)
            } else {
                pendingFirsts.append(FirstRead(line: lineNo, digest: cells.hashValue, lines: [lineNo], cells: cells))
                let customer = Customer(code: code, name: name, segment: cell(row, m.client.segment) ?? "General", city: cell(row, m.client.city),
                                        region: cell(row, m.client.region), postalCode: cell(row, m.client.postalCode), country: cell(row, m.client.country),
                                        managerKey: cell(row, m.managers?.column))
                pendingIndex[key] = pending.count
                pending.append(Order(key: key, customer: customer, received: received, dispatched: dispatched, delivered: delivered, promised: promised,
                                     receivedAt: receivedMoment?.at, dispatchedAt: dispatchedMoment?.at, deliveredAt: deliveredMoment?.at,
                                     deliveryMethod: cell(row, m.order.deliveryMethod).map { String($0.prefix(100)) }, lines: [line],
                                     status: status, rating: rating, ratingComment: cell(row, m.rating?.comment).map { String($0.prefix(2000)) },
                                     claimReasons: claimReasons))
            }
        }
    }
}
