import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Imports an order history through a mapping file: segments, regional managers, clients,
/// products, orders with their lines and milestones, and claims. A dry run reports every row's
/// errors and writes nothing; the real run is one transaction — all of it or none of it. Orders
/// already imported (same external reference) are skipped, so a re-run adds only what is new.
struct OrderHistoryImport {
    let app: Application
    let mapping: OrderHistoryMapping
    let file: URL

    struct Report: Sendable, CustomStringConvertible {
        var rows = 0
        var orders = 0
        var lines = 0
        var clients = 0
        var products = 0
        var managers = 0
        var claims = 0
        var skipped = 0
        var errors: [OrderHistory.RowError] = []
        var dryRun = true

        /// What was read and written; when any row is wrong, the errors and that nothing was
        /// written (never "Imported").
        var description: String {
            guard errors.isEmpty else {
                var text = "\(dryRun ? "Dry run" : "Not imported"): \(rows) rows, \(errors.count) errors — nothing was written:\n"
                text += errors.prefix(200).map { "  \($0)" }.joined(separator: "\n")
                if errors.count > 200 { text += "\n  … and \(errors.count - 200) more" }
                return text
            }
            var text = "\(dryRun ? "Dry run" : "Imported"): \(rows) rows → \(orders) orders, \(lines) lines, \(clients) new clients, \(products) new products, \(managers) new managers, \(claims) claims"
            if skipped > 0 { text += ", \(skipped) orders already imported" }
            return text
        }
    }

    /// Rows that break the mapping's rules: the report lists every one.
    struct Failed: Error { let report: Report }

    /// A file that cannot be read as the mapping says (missing, not UTF-8, not CSV, without a
    /// column the mapping names).
    struct Unreadable: Error, CustomStringConvertible { let description: String }

    /// What the files hold, read and checked without the database.
    struct Checked {
        var report: Report
        var history: OrderHistory
        var managersByKey: [String: String]
        /// Per order key, the reasons of its claims.
        var claimedKeys: [String: [String]]
    }

    /// Reads and checks the history and its side files; throws `Failed` listing every row error.
    func check(dryRun: Bool) throws -> Checked {
        var report = Report(dryRun: dryRun)
        let history = OrderHistory(csv: try read(file), mapping: mapping, timeZone: app.appConfig.timeZone)
        report.rows = history.rowCount
        report.errors = history.errors
        let managersByKey = try mapping.managers.map { try sideTable($0.file, key: $0.fileKey, value: $0.fileName) } ?? [:]
        var claimedKeys = try claimedOrders(&report)
        for order in history.orders where !order.claimReasons.isEmpty { claimedKeys[order.key, default: []] += order.claimReasons }
        guard report.errors.isEmpty else { throw Failed(report: report) }
        report.orders = history.orders.count
        report.lines = history.orders.reduce(0) { $0 + $1.lines.count }
        report.claims = history.orders.reduce(0) { $0 + (claimedKeys[$1.key]?.count ?? 0) }
        return Checked(report: report, history: history, managersByKey: managersByKey, claimedKeys: claimedKeys)
    }

    /// Reads and checks the files, then writes everything in one transaction: segments,
    /// managers, clients, products, then the orders not yet imported with their lines and claims.
    func run(dryRun: Bool) async throws -> Report {
        let checked = try check(dryRun: dryRun)
        let (history, managersByKey, claimedKeys) = (checked.history, checked.managersByKey, checked.claimedKeys)
        var counted = checked.report
        (counted.orders, counted.lines, counted.claims) = (0, 0, 0)
        let start = counted
        let now = app.clock.now()

        let counts = try await app.db.write(app) { tx -> Report in
            var r = start
            let segmentIDs = try await importSegments(history, on: tx)
            let managerIDs = try await importManagers(managersByKey, report: &r, on: tx)
            let clientIDs = try await importClients(history, segments: segmentIDs, managers: managerIDs, now: now, report: &r, on: tx)
            let productIDs = try await importProducts(history, report: &r, on: tx)
            let existing = try await alreadyImported(history, on: tx)
            let tables = orderRows(history, skipping: existing, clients: clientIDs, products: productIDs, claimed: claimedKeys, report: &r)
            if !r.dryRun {
                for table in tables { try await table.flush(on: tx) }
                try await AuditTrail.record(on: tx, actor: nil, entity: "imports", id: UUID(), action: .create, before: [String: String]?.none,
                                            after: ["mapping": mapping.name, "file": file.lastPathComponent, "orders": String(r.orders)], at: now)
            } else {
                throw DryRunRollback(report: r)
            }
            return r
        }
        return counts
    }

    /// The claims a claims side file gives, per order key: each listed order (after the filter)
    /// with the mapping's one reason, or with the reason its class column maps to.
    private func claimedOrders(_ report: inout Report) throws -> [String: [String]] {
        var claimed: [String: [String]] = [:]
        guard let claims = mapping.claims, let file = claims.file, let orderKey = claims.orderKey else { return claimed }
        let csv = try read(sibling(file))
        guard let keyColumn = csv.column(orderKey) else {
            report.errors.append(.init(line: 1, column: orderKey, message: "the claims file \(file) has no such header (order_key)")); throw Failed(report: report)
        }
        func column(_ name: String?, _ key: String) throws -> Int? {
            guard let name else { return nil }
            // A filter or class column that names no column would make every listed order a claim.
            guard let index = csv.column(name) else {
                report.errors.append(.init(line: 1, column: name, message: "the claims file \(file) has no such header (\(key))")); throw Failed(report: report)
            }
            return index
        }
        let filter = try column(claims.filterColumn, "filter_column")
        let classes = try column(claims.column, "column")
        for (line, row) in csv.records where keyColumn < row.count {
            if let filter, let value = claims.filterValue, filter >= row.count || row[filter] != value { continue }
            if let classes, let reasons = claims.reasons {
                let text = classes < row.count ? row[classes].trimmingCharacters(in: .whitespaces) : ""
                guard !text.isEmpty else { continue }
                guard let reason = reasons[text] else {
                    report.errors.append(.init(line: line, column: claims.column ?? "", message: "\"\(text)\" is not a class the mapping names (claims.reasons)")); continue
                }
                if let reason { claimed[row[keyColumn], default: []].append(reason) }
            } else if let reason = claims.reason {
                claimed[row[keyColumn], default: []].append(reason)
            }
        }
        return claimed
    }

    private var calendar: CompanyCalendar { CompanyCalendar(timeZone: app.appConfig.timeZone) }
    private var milestone: PromisedMilestone { PromisedMilestone(rawValue: mapping.promisedMilestone ?? "delivery") ?? .delivery }
    private var party: PartyType { PartyType(rawValue: mapping.client.party ?? (mapping.client.anonymous == true ? "person" : "company")) ?? .company }
    private var kind: ClientKind { ClientKind(rawValue: mapping.client.kind ?? "customer") ?? .customer }

    /// Each segment the orders name, found by its code or made.
    private func importSegments(_ history: OrderHistory, on tx: any Database) async throws -> [String: UUID] {
        var segmentIDs: [String: UUID] = [:]
        for name in Set(history.orders.map(\.customer.segment)) {
            let code = Self.slug(name)
            if let s = try await Segment.query(on: tx).filter(\.$code == code).first() { segmentIDs[name] = s.id! } else {
                let s = Segment(code: code, nameEN: name, nameRU: name)
                try await s.create(on: tx)
                segmentIDs[name] = s.id!
            }
        }
        return segmentIDs
    }

    /// Each regional manager of the managers file, found by the e-mail made from their name and
    /// key, or made.
    private func importManagers(_ managersByKey: [String: String], report r: inout Report, on tx: any Database) async throws -> [String: UUID] {
        var managerIDs: [String: UUID] = [:]
        for (key, person) in managersByKey {
            let email = "\(Self.slug(person)).\(Self.slug(key))@managers.import"
            if let u = try await User.query(on: tx).filter(\.$email == email).first() { managerIDs[key] = u.id!; continue }
            // Imported managers cannot log in until an administrator sets their password.
            let user = User(email: email, passwordHash: "!import-no-login", displayName: person, role: .manager)
            try await user.create(on: tx)
            managerIDs[key] = user.id!
            r.managers += 1
        }
        return managerIDs
    }

    /// Clients by code, found or made: the manager of the region of the client's first order is
    /// responsible, and serves the client's segment from then on. Returns each client's id,
    /// segment and manager.
    private func importClients(_ history: OrderHistory, segments segmentIDs: [String: UUID], managers managerIDs: [String: UUID],
                               now: Date, report r: inout Report, on tx: any Database) async throws -> [String: (UUID, UUID, UUID?)] {
        var clientIDs: [String: (UUID, UUID, UUID?)] = [:]
        var assignments = BulkInsert("manager_assignments", ["id", "client_id", "from_manager_id", "to_manager_id", "reason", "by_user_id", "at"])
        var managerSegments = Set<String>()
        let (kind, party) = (self.kind, self.party)
        for order in history.orders where clientIDs[order.customer.code] == nil {
            let c = order.customer
            let segment = segmentIDs[c.segment]!
            let manager = c.managerKey.flatMap { managerIDs[$0] }
            if let existing = try await Client.query(on: tx).filter(\.$code == c.code).first() {
                clientIDs[c.code] = (existing.id!, existing.segmentID, existing.managerID)
                continue
            }
            let client = Client(code: c.code, kind: kind, party: party, name: c.name, taxID: nil, segmentID: segment, managerID: manager, now: now)
            try await client.create(on: tx)
            clientIDs[c.code] = (client.id!, segment, manager)
            if let manager {
                assignments.add([UUID(), client.id!, nil as UUID?, manager, "Imported from \(mapping.name)", nil as UUID?, now])
                managerSegments.insert("\(manager.uuidString)|\(segment.uuidString)")
            }
            if c.city != nil || c.region != nil {
                try await tx.sql.insert(into: "client_addresses")
                    .columns("id", "client_id", "label", "line", "city", "region", "postal_code", "country")
                    .values(SQLBind(UUID()), SQLBind(client.id!), SQLBind("imported"), SQLBind([c.city, c.region].compactMap { $0 }.joined(separator: ", ")),
                            SQLBind(c.city), SQLBind(c.region), SQLBind(c.postalCode), SQLBind(c.country))
                    .run()
            }
            r.clients += 1
        }
        try await assignments.flush(on: tx)
        for pair in managerSegments {
            let parts = pair.split(separator: "|").map { UUID(uuidString: String($0))! }
            if try await tx.sql.raw("SELECT id FROM manager_segments WHERE manager_id = \(bind: parts[0]) AND segment_id = \(bind: parts[1])").first() == nil {
                try await tx.sql.raw("INSERT INTO manager_segments (id, manager_id, segment_id) VALUES (\(bind: UUID()), \(bind: parts[0]), \(bind: parts[1]))").run()
            }
        }
        return clientIDs
    }

    /// Products by SKU, found or made; the first line gives the price.
    private func importProducts(_ history: OrderHistory, report r: inout Report, on tx: any Database) async throws -> [String: UUID] {
        var productIDs: [String: UUID] = [:]
        for order in history.orders {
            for line in order.lines where productIDs[line.sku] == nil {
                if let p = try await Product.query(on: tx).filter(\.$sku == line.sku).first() { productIDs[line.sku] = p.id!; continue }
                let price = line.quantity > 0 ? line.amountMinor / Int64(line.quantity) : 0
                let p = Product(sku: line.sku, name: String(line.name.prefix(300)), category: line.category, unit: "pcs", priceMinor: price, currency: mapping.currency)
                try await p.create(on: tx)
                // Made because the history names it: whether the range holds it was never stated.
                try await tx.sql.raw("UPDATE products SET imported = \(bind: true) WHERE id = \(bind: p.id!)").run()
                try await StockItem(productID: p.id!, onHand: 0, requiredNorm: 0).create(on: tx)
                productIDs[line.sku] = p.id!
                r.products += 1
            }
        }
        return productIDs
    }

    /// The external references of the history's orders that an earlier run imported.
    private func alreadyImported(_ history: OrderHistory, on tx: any Database) async throws -> Set<String> {
        var existing = Set<String>()
        for chunk in stride(from: 0, to: history.orders.count, by: 500) {
            let keys = history.orders[chunk..<min(chunk + 500, history.orders.count)].map(\.key)
            existing.formUnion(try await tx.sql.select().column("external_ref").from("orders").where("external_ref", .in, keys)
                .all(decodingColumn: "external_ref", as: String.self))
        }
        return existing
    }

    /// The rows of the orders not yet imported, with their lines and claims, parents first.
    /// Each order's milestones fall at noon of their days; its figures are computed as of its
    /// last milestone. An imported order is marked imported and has no placing: the history does
    /// not say whether stock could satisfy it, so it counts in no stockout figure.
    private func orderRows(_ history: OrderHistory, skipping existing: Set<String>, clients clientIDs: [String: (UUID, UUID, UUID?)],
                           products productIDs: [String: UUID], claimed claimedKeys: [String: [String]], report r: inout Report) -> [BulkInsert] {
        let (calendar, milestone, kind, currency) = (self.calendar, self.milestone, self.kind, mapping.currency)
        var orders = BulkInsert("orders", DemoOrders.orderColumns + ["external_ref", "imported", "rating_comment"])
        var lines = BulkInsert("order_lines", ["id", "order_id", "line_no", "product_id", "quantity", "unit_price_minor", "reserved_quantity"])
        var claims = BulkInsert("claims", ["id", "version", "order_id", "client_id", "reason", "description", "status", "resolution", "created_by", "created_at",
                                            "created_day", "resolved_at", "imported"])
        let noon: (CalendarDay) -> Date = { calendar.start(of: $0).addingTimeInterval(12 * 3600) }
        for order in history.orders {
            if existing.contains(order.key) { r.skipped += 1; continue }
            let id = UUID()
            let (clientID, segmentID, managerID) = clientIDs[order.customer.code]!
            // A time of day is the instant itself; a calendar day is kept at its noon.
            let received = order.receivedAt ?? noon(order.received)
            let dispatched = order.dispatchedAt ?? order.dispatched.map(noon)
            let delivered = order.deliveredAt ?? order.delivered.map(noon)
            let receivedDay = order.receivedAt.map { calendar.day(of: $0) } ?? order.received
            let byDates: OrderStatus = delivered != nil ? .delivered : dispatched != nil ? .dispatched : .received
            // A status column can say more than the dates (delivered, its day not given) or that
            // the order was cancelled; a cancelled order is judged by no figure.
            let cancelled = order.status == .cancelled
            let steps: [OrderStatus] = [.received, .dispatched, .delivered]
            let status: OrderStatus = cancelled ? .cancelled
                : order.status.flatMap { s in steps.firstIndex(of: s).map { steps[max($0, steps.firstIndex(of: byDates)!)] } } ?? byDates
            var figures = OrderFigures.compute(milestones: OrderMilestones(sentAt: received, receivedAt: received, deliveredAt: delivered, acceptedAt: nil),
                                               dispatchedAt: dispatched, promisedDay: order.promised?.description, milestone: milestone,
                                               stages: [], calendar: calendar, asOf: delivered ?? dispatched ?? received)
            if cancelled { figures = OrderFigures.Result() }
            // The seller's cycle ends at delivery where the history records deliveries, else at
            // dispatch; its stages are unknown. Between two calendar days it is whole days,
            // whatever the time zone's clock does in between (a daylight-saving change adds or
            // takes no hour); between two times of day, the seconds between the instants.
            let endsAt = mapping.order.delivered != nil ? (order.deliveredAt, order.delivered) : (order.dispatchedAt, order.dispatched)
            var cycle: Int64?
            if let endAt = endsAt.0, let startAt = order.receivedAt {
                cycle = Int64(endAt.timeIntervalSince(startAt).rounded())
            } else if let endDay = endsAt.1 {
                cycle = Int64(order.received.days(to: endDay)) * 86_400
            }
            if cancelled { cycle = nil }
            let claimReasons = claimedKeys[order.key] ?? []
            let total = order.lines.reduce(Int64(0)) { $0 + $1.amountMinor }
            orders.add([id, 1, order.key, clientID, segmentID, managerID, kind.isInternal, OrderChannel.other.rawValue, status.rawValue,
                        Priority.normal.rawValue, Priority.normal.rank, currency, total, order.lines.count, nil as String?,
                        order.promised?.description, milestone.rawValue, nil as UUID?, received, delivered ?? dispatched ?? received,
                        received, received, receivedDay.description, nil as Date?, received, dispatched, dispatched, delivered, nil as Date?,
                        cancelled ? delivered ?? dispatched ?? received : nil as Date?, cancelled ? "Cancelled in \(mapping.name)" : nil as String?, false,
                        figures.reachedDay == nil ? nil as Bool? : true, figures.reachedDay, figures.onTime,
                        figures.expectedDays, figures.actualDays, cycle, nil as Int64?, nil as Int64?, nil as Int64?, claimReasons.count, order.rating,
                        order.deliveryMethod, order.key, true, order.ratingComment])
            for (i, line) in order.lines.enumerated() {
                lines.add([UUID(), id, i + 1, productIDs[line.sku]!, line.quantity, line.quantity > 0 ? line.amountMinor / Int64(line.quantity) : 0, line.quantity])
            }
            for reasonText in claimReasons {
                let reason = ClaimReason(rawValue: reasonText) ?? .other
                let at = delivered ?? dispatched ?? received
                // The history says a claim was made, not how it was decided: it stays open, and
                // flexibility (decided requests) does not count it.
                claims.add([UUID(), 1, id, clientID, reason.rawValue, "Imported from \(mapping.name)", ClaimStatus.open.rawValue, nil as String?,
                            nil as UUID?, at, calendar.day(of: at).description, nil as Date?, true])
                r.claims += 1
            }
            r.orders += 1
            r.lines += order.lines.count
        }
        return [orders, lines, claims]
    }

    /// A dry run does the same work inside the transaction and then rolls it back.
    struct DryRunRollback: Error { let report: Report }

    private func read(_ url: URL) throws(Unreadable) -> CSVReader {
        guard FileManager.default.fileExists(atPath: url.path) else { throw Unreadable(description: "\(url.path): no such file") }
        guard let data = try? Data(contentsOf: url) else { throw Unreadable(description: "\(url.path): cannot be read") }
        guard let text = String(data: data, encoding: .utf8) else { throw Unreadable(description: "\(url.path): is not UTF-8 text") }
        do { return try CSVReader(text: text) } catch { throw Unreadable(description: "\(url.path): \(error)") }
    }

    private func sibling(_ name: String) -> URL {
        name.hasPrefix("/") ? URL(fileURLWithPath: name) : file.deletingLastPathComponent().appendingPathComponent(name)
    }

    private func sideTable(_ name: String, key: String, value: String) throws -> [String: String] {
        let csv = try read(sibling(name))
        guard let k = csv.column(key), let v = csv.column(value) else { throw Unreadable(description: "\(name) needs the columns \(key) and \(value) (managers.file_key, managers.file_name)") }
        var table: [String: String] = [:]
        for row in csv.rows where k < row.count && v < row.count { table[row[k]] = row[v] }
        return table
    }

    static func slug(_ text: String) -> String {
        let folded = Client.fold(text)
        let mapped = folded.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "-" }
        return String(mapped).split(separator: "-").joined(separator: "-")
    }
}
