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
    /// Rows read between two writes: what the import holds in memory at once.
    var chunkRows = OrderHistoryImport.defaultChunkRows
    /// Clients, and products, kept from one piece to the next (`BoundedMemo`).
    var namesKept = OrderHistoryImport.defaultNamesKept

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
    struct Failed: Error { var report: Report }

    /// A file that cannot be read as the mapping says (missing, not UTF-8, not CSV, without a
    /// column the mapping names).
    struct Unreadable: Error, CustomStringConvertible { let description: String }

    static let defaultChunkRows = 20_000
    /// Some ten megabytes of clients, and as much of products.
    static let defaultNamesKept = 100_000

    /// The side files, read whole (a few rows per region or per claimed order).
    private struct Sides {
        var managersByKey: [String: String]
        /// Per order key, the reasons of its claims.
        var claimedKeys: [String: [String]]
    }

    private func readSides(_ report: inout Report) throws -> Sides {
        let managersByKey = try mapping.managers.map { try sideTable($0.file, key: $0.fileKey, value: $0.fileName) } ?? [:]
        do {
            let claimedKeys = try claimedOrders(&report)
            return Sides(managersByKey: managersByKey, claimedKeys: claimedKeys)
        } catch var failed as Failed {
            // The report still says how many rows the history has.
            var csv = try open(file)
            do { while try csv.nextRecord() != nil { failed.report.rows += 1 } } catch { throw unreadable(file, error) }
            throw failed
        }
    }

    /// Reads and checks the history and its side files without the database; throws `Failed`
    /// listing every row error.
    func check(dryRun: Bool) async throws -> Report {
        var report = Report(dryRun: dryRun)
        let sides = try readSides(&report)
        guard report.errors.isEmpty else { throw Failed(report: report) }
        var book = MemoryOrderKeyBook()
        var reader = try await rows(book: &book) { piece, reader in
            for order in piece.orders {
                report.orders += 1
                report.lines += order.lines.count
                report.claims += (sides.claimedKeys[order.key]?.count ?? 0) + order.claimReasons.count
            }
            report.lines += piece.lateLines.map(\.lines.count).reduce(0, +)
            return [:]
        }
        try finish(&reader, &report)
        return report
    }

    /// One piece of the history as the import writes it: the orders first read in it, and the
    /// lines of orders an earlier piece read first.
    private struct Piece {
        var orders: [OrderHistory.Order] = []
        var firsts: [OrderHistory.Reader.FirstRead] = []
        /// Per order an earlier piece read first: the order written for it (none when an
        /// earlier run imported it, or nothing is written), and the new lines.
        var lateLines: [(orderID: UUID?, lines: [OrderHistory.Line])] = []
    }

    /// Reads the history a piece at a time, handing each piece's orders to `write`, which
    /// answers the ids of the orders it wrote, by key; `book` remembers every key read. A row
    /// error stops the writing (the rest is still read, so every error is listed). The next
    /// piece's records are parsed in a task of their own while this piece is read and written.
    private func rows<Book: OrderKeyBook>(book: inout Book, _ write: (Piece, OrderHistory.Reader) async throws -> [String: UUID]) async throws -> OrderHistory.Reader {
        let (file, chunkRows) = (self.file, self.chunkRows)
        @Sendable func parse(_ csv: CSVFile) -> Task<(CSVFile, [CSVParser.Record]), any Error> {
            Task {
                var csv = csv
                let records = try csv.nextRecords(upTo: chunkRows)
                return (csv, records)
            }
        }
        let opened = try open(file)
        var reader = OrderHistory.Reader(header: opened.header, mapping: mapping, timeZone: app.appConfig.timeZone)
        var ahead = parse(opened)
        while true {
            let (csv, records): (CSVFile, [CSVParser.Record])
            do { (csv, records) = try await ahead.value } catch { throw unreadable(file, error) }
            let last = records.count < chunkRows
            if !last { ahead = parse(csv) }
            for record in records { reader.read(record.fields, line: record.line) }
            let taken = reader.take()
            let earlier = try await book.entries(for: taken.orders.map(\.key))
            var piece = Piece()
            for (order, first) in zip(taken.orders, taken.firsts) {
                if let entry = earlier[order.key] {
                    if reader.joins(first, of: order.key, firstLine: entry.firstLine, digest: entry.digest) {
                        piece.lateLines.append((entry.orderID, order.lines))
                    }
                } else {
                    piece.orders.append(order)
                    piece.firsts.append(first)
                }
            }
            var written: [String: UUID] = [:]
            if reader.errors.isEmpty && reader.disagreeing.isEmpty { written = try await write(piece, reader) }
            try await book.add(zip(piece.orders, piece.firsts).map { order, first in
                (order.key, OrderKeyEntry(firstLine: first.line, digest: first.digest, orderID: written[order.key]))
            })
            if last { break }
        }
        return reader
    }

    /// The rows' errors, with those of lines that disagree with an order written before them
    /// worded from its first line, read again; throws `Failed` when there is any.
    private func finish(_ reader: inout OrderHistory.Reader, _ report: inout Report) throws {
        report.rows = reader.rowCount
        if !reader.disagreeing.isEmpty {
            let wanted = reader.firstLinesToExplain
            var firstRows: [Int: [String]] = [:]
            var csv = try open(file)
            do {
                while firstRows.count < wanted.count, let record = try csv.nextRecord() {
                    if wanted.contains(record.line) { firstRows[record.line] = record.fields }
                }
            } catch { throw unreadable(file, error) }
            reader.explain(firstRows: firstRows)
        }
        report.errors += reader.errors
        report.errors.sort { $0.line < $1.line }
        guard report.errors.isEmpty else { throw Failed(report: report) }
    }

    /// Reads and checks the files and writes in one transaction — all of it or none of it —
    /// a piece at a time: segments, managers, clients and products as the orders name them,
    /// then the orders not yet imported with their lines and claims. Once the import outgrows
    /// what the database held (`outgrows`), the indexes and the roll-ups are made once at its end,
    /// still inside the transaction, sorted with a helper thread per core (`BulkLoadSorting`). On
    /// an SQLite file no other connection has open, the transaction writes without the WAL
    /// (`BulkLoadJournal`). `progress` hears of each piece written.
    func run(dryRun: Bool, progress: (@Sendable (Report) -> Void)? = nil) async throws -> Report {
        var start = Report(dryRun: dryRun)
        let sides = try readSides(&start)
        guard start.errors.isEmpty else { throw Failed(report: start) }
        let first = start
        let now = app.clock.now()
        let importer = self
        return try await app.db.bulkLoad { conn in
            try await BulkLoadJournal.withoutWAL(on: conn) {
                try await conn.write(app) { tx in
                    try await BulkLoadCache.widened(to: Self.cacheKiB, on: tx) {
                        try await importer.load(sides: sides, from: first, now: now, progress: progress, on: tx)
                    }
                }
            }
        }
    }

    /// The run's one transaction.
    private func load(sides: Sides, from first: Report, now: Date, progress: (@Sendable (Report) -> Void)?, on tx: any Database) async throws -> Report {
        CardChange.announce(.all)
        var r = first
        var known = Known(ids: TimeOrderedIDs(startingAt: now), importedBefore: try await Self.holdsImportedOrders(on: tx), namesKept: namesKept)
        var book = try await DatabaseOrderKeyBook.open(on: tx)
        let held = try await Self.ordersHeld(on: tx)
        var loading: BulkLoadIndexes?
        var unstored: PreparedRows?
        var reader = try await rows(book: &book) { piece, reader in
            if loading == nil, Self.outgrows(written: r.orders, held: held) { loading = try await Self.dropIndexes(on: tx) }
            let written: [String: UUID]
            (written, unstored) = try await write(piece, sides: sides, known: &known, now: now, report: &r, storing: unstored, on: tx)
            r.rows = reader.rowCount
            progress?(r)
            return written
        }
        try await book.close()
        try finish(&reader, &r)
        try await unstored?.store(on: tx)
        guard !r.dryRun else { throw DryRunRollback(report: r) }
        if let loading {
            // Where the end of a large import goes, for `LOG_LEVEL=debug`.
            let written = ContinuousClock.now
            try await BulkLoadCache.set(Self.endCacheKiB, on: tx)
            let indexed = try await BulkLoadSorting.withHelperThreads(on: tx) {
                try await loading.restore(on: tx)
                let indexed = ContinuousClock.now
                try await QualityRollupRebuild.run(on: tx)
                return indexed
            }
            app.logger.debug("""
                import: indexes and triggers made again in \(String(format: "%.1f", (indexed - written).seconds)) s, \
                roll-ups summed in \(String(format: "%.1f", (ContinuousClock.now - indexed).seconds)) s
                """)
        }
        try await AuditTrail.record(on: tx, actor: nil, entity: "imports", id: UUID(), action: .create, before: [String: String]?.none,
                                    after: ["mapping": mapping.name, "file": file.lastPathComponent, "orders": String(r.orders)], at: now)
        return r
    }

    /// Whether any order carries an external reference (the index by reference answers at once).
    private static func holdsImportedOrders(on tx: any Database) async throws -> Bool {
        try await tx.sql.raw("SELECT 1 AS held FROM orders WHERE external_ref IS NOT NULL LIMIT 1").first() != nil
    }

    /// The orders the database holds before the import, on SQLite (where the import may drop the
    /// indexes it fills); none counted on PostgreSQL.
    private static func ordersHeld(on tx: any Database) async throws -> Int? {
        guard !tx.isPostgres else { return nil }
        return try await tx.sql.raw("SELECT COUNT(*) AS n FROM orders").first(decodingColumn: "n", as: Int.self) ?? 0
    }

    /// Whether the import, having written `written` orders, is large beside the `held` the database
    /// had: from then on the orders', lines' and claims' indexes are made once at the end and the
    /// roll-ups summed once from every order, which costs as much as the database holds. A small
    /// import into a large database keeps both, and its roll-ups follow it row by row.
    static func outgrows(written: Int, held: Int?) -> Bool {
        guard let held else { return false }
        return written > 0 && written >= held
    }

    /// The tables the import fills in volume: their plain indexes and roll-up triggers are dropped
    /// for the rest of the run (`BulkLoadIndexes`), but the index by external reference, which the
    /// import reads to skip orders an earlier run imported.
    private static func dropIndexes(on tx: any Database) async throws -> BulkLoadIndexes {
        try await BulkLoadIndexes.drop(on: ["orders", "order_lines", "claims"], keeping: ["orders_external_ref_idx"],
                                       triggers: Set(QualityRollupTriggers.all(postgres: false).map(\.name)), on: tx)
    }

    /// The page cache the import writes with on SQLite (`BulkLoadCache`): enough for the indexes of
    /// a million rows to stay in memory, and a bound, so memory stays flat however long the history.
    static let cacheKiB = 262_144

    /// The page cache the indexes are made again and the roll-ups summed with: SQLite sorts
    /// their rows in memory up to the cache's size beside the cache itself, and reads the tables
    /// through once, so a narrower cache keeps the peak where the writing left it, no slower.
    static let endCacheKiB = 65_536

    /// What earlier pieces found or made: segments, managers and the segments they serve, which
    /// stay few however long the history; the clients and products met so far, up to a bound
    /// (`BoundedMemo`), as they grow with the history. Orders are looked up in the database.
    private struct Known {
        /// The ids of the orders, lines and claims written, one after another (`TimeOrderedIDs`).
        var ids: TimeOrderedIDs
        /// Whether the database held an order with an external reference before the run: only
        /// then can an order of the history have been imported already.
        var importedBefore: Bool
        var segments: [String: UUID] = [:]
        var managers: [String: UUID]?
        var managerSegments = Set<String>()
        var clients: BoundedMemo<String, ClientIDs>
        var products: BoundedMemo<String, UUID>

        init(ids: TimeOrderedIDs, importedBefore: Bool, namesKept: Int) {
            (self.ids, self.importedBefore) = (ids, importedBefore)
            (clients, products) = (BoundedMemo(capacity: namesKept), BoundedMemo(capacity: namesKept))
        }
    }

    /// Writes one piece: what its orders name, found or made; then, while its orders, lines and
    /// claims are made and encoded in a task of their own, the rows of the piece before
    /// (`earlier`) are stored; then the later lines of orders written before. Answers the ids of
    /// the orders written, by key, and this piece's rows, to store with the next piece or at the end.
    private func write(_ piece: Piece, sides: Sides, known: inout Known, now: Date, report r: inout Report, storing earlier: PreparedRows?,
                       on tx: any Database) async throws -> (written: [String: UUID], unstored: PreparedRows) {
        if known.managers == nil { known.managers = try await importManagers(sides.managersByKey, report: &r, on: tx) }
        try await importSegments(piece.orders, known: &known, on: tx)
        let clients = try await importClients(piece.orders, known: &known, now: now, report: &r, on: tx)
        let products = try await importProducts(piece.orders.flatMap(\.lines) + piece.lateLines.flatMap(\.lines), known: &known, report: &r, on: tx)
        // An order this run read before is the book's to find; one an earlier run wrote, this query's.
        let existing = known.importedBefore ? try await alreadyImported(piece.orders, on: tx) : []
        let (importer, sqlite, claimed) = (self, !tx.isPostgres, sides.claimedKeys)
        let made = Task { [ids = known.ids, report = r] in
            var (ids, report) = (ids, report)
            let (tables, written) = importer.orderRows(piece.orders, skipping: existing, clients: clients, products: products, claimed: claimed,
                                                       ids: &ids, report: &report)
            let unstored = try PreparedRows(tables, sqlite: sqlite)
            return (unstored, written, ids, report)
        }
        if let earlier { try await earlier.store(on: tx) }
        let (unstored, written, ids, report) = try await made.value
        (known.ids, r) = (ids, report)
        // Every order an earlier piece made is stored by now.
        try await addLateLines(piece.lateLines, products: products, ids: &known.ids, report: &r, on: tx)
        return (written, unstored)
    }

    /// Lines of an order an earlier piece wrote (its rows are not together in the file): each
    /// is added to the order, numbered after the lines it has, and its total and line count follow.
    private func addLateLines(_ late: [(orderID: UUID?, lines: [OrderHistory.Line])], products: [String: UUID], ids: inout TimeOrderedIDs, report r: inout Report, on tx: any Database) async throws {
        let orderIDs = late.compactMap(\.orderID)  // none for an order an earlier run imported: skipped whole
        var counts: [UUID: Int] = [:]
        for start in stride(from: 0, to: orderIDs.count, by: 500) {
            let some = Array(orderIDs[start..<min(start + 500, orderIDs.count)])
            for row in try await tx.sql.raw("SELECT id, line_count FROM orders WHERE id IN (\(binds: some))").all() {
                counts[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "line_count", as: Int.self)
            }
        }
        for (orderID, lines) in late {
            guard let id = orderID else { continue }
            let count = counts[id] ?? 0
            for (i, line) in lines.enumerated() {
                try await tx.sql.raw("""
                    INSERT INTO order_lines (id, order_id, line_no, product_id, quantity, unit_price_minor, reserved_quantity)
                    VALUES (\(bind: ids.next()), \(bind: id), \(bind: count + i + 1), \(bind: products[line.sku]!), \(bind: line.quantity),
                            \(bind: line.quantity > 0 ? line.amountMinor / Int64(line.quantity) : 0), \(bind: line.quantity))
                    """).run()
            }
            try await tx.sql.raw("""
                UPDATE orders SET total_minor = total_minor + \(bind: lines.reduce(Int64(0)) { $0 + $1.amountMinor }), line_count = line_count + \(bind: lines.count)
                WHERE id = \(bind: id)
                """).run()
            r.lines += lines.count
        }
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

    /// Each segment the orders name that is not yet known, found by its code or made.
    private func importSegments(_ orders: [OrderHistory.Order], known: inout Known, on tx: any Database) async throws {
        for name in Set(orders.map(\.customer.segment)) where known.segments[name] == nil {
            let code = Self.slug(name)
            if let s = try await Segment.query(on: tx).filter(\.$code == code).first() { known.segments[name] = s.id! } else {
                let s = Segment(code: code, nameEN: name, nameRU: name)
                try await s.create(on: tx)
                known.segments[name] = s.id!
            }
        }
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

    /// A client as an order needs it: its id, segment and responsible manager.
    private typealias ClientIDs = (id: UUID, segment: UUID, manager: UUID?)

    /// The clients a piece names, by code, found or made: the manager of the region of the
    /// client's first order is responsible, and serves the client's segment from then on. Those
    /// no earlier piece met (or whom `known` forgot) are looked up together.
    private func importClients(_ orders: [OrderHistory.Order], known: inout Known, now: Date, report r: inout Report, on tx: any Database) async throws -> [String: ClientIDs] {
        var firstOrders: [String: OrderHistory.Order] = [:]
        var codes: [String] = []
        for order in orders where firstOrders[order.customer.code] == nil {
            firstOrders[order.customer.code] = order
            codes.append(order.customer.code)
        }
        let (looked, unknown) = try await Self.lookUp(codes, kept: known.clients, on: tx) { some in
            "SELECT code AS name, id, segment_id, manager_id FROM clients WHERE code IN (\(binds: some))"
        } value: { row in
            (try row.decode(column: "id", as: UUID.self), try row.decode(column: "segment_id", as: UUID.self), try row.decode(column: "manager_id", as: UUID?.self))
        }
        var found = looked
        guard !unknown.isEmpty else { return found }
        var assignments = BulkInsert("manager_assignments", ["id", "client_id", "from_manager_id", "to_manager_id", "reason", "by_user_id", "at"])
        var addresses = BulkInsert("client_addresses", ["id", "client_id", "label", "line", "city", "region", "postal_code", "country"])
        // The columns `Client` writes, many rows to a statement: a history names thousands of clients.
        var clients = BulkInsert(Client.schema, ["id", "version", "created_at", "updated_at", "code", "kind", "party", "name", "search_name",
                                                 "tax_id", "segment_id", "manager_id", "notes", "active"])
        let (kind, party) = (self.kind, self.party)
        for code in unknown where found[code] == nil {
            let c = firstOrders[code]!.customer
            let segment = known.segments[c.segment]!
            let manager = c.managerKey.flatMap { known.managers?[$0] }
            let id = UUID()
            clients.add([id, 1, now, now, c.code, kind.rawValue, party.rawValue, c.name, Client.fold(c.name), nil as String?, segment, manager, nil as String?, true])
            found[c.code] = (id, segment, manager)
            if let manager {
                assignments.add([UUID(), id, nil as UUID?, manager, "Imported from \(mapping.name)", nil as UUID?, now])
                let pair = "\(manager.uuidString)|\(segment.uuidString)"
                if known.managerSegments.insert(pair).inserted {
                    if try await tx.sql.raw("SELECT id FROM manager_segments WHERE manager_id = \(bind: manager) AND segment_id = \(bind: segment)").first() == nil {
                        try await tx.sql.raw("INSERT INTO manager_segments (id, manager_id, segment_id) VALUES (\(bind: UUID()), \(bind: manager), \(bind: segment))").run()
                    }
                }
            }
            if c.city != nil || c.region != nil {
                addresses.add([UUID(), id, "imported", [c.city, c.region].compactMap { $0 }.joined(separator: ", "), c.city, c.region, c.postalCode, c.country])
            }
            r.clients += 1
        }
        try await PreparedRows([clients, assignments, addresses], sqlite: !tx.isPostgres).store(on: tx)
        for code in unknown { known.clients.remember(found[code]!, for: code) }
        return found
    }

    /// `names` found: those `kept` holds, then the rest in the database, 500 to a query (`query`
    /// selects a `name` column beside what `value` reads). Answers them by name, and the names
    /// `kept` did not hold, found in the database or not, which the caller makes and keeps.
    private static func lookUp<Value>(_ names: [String], kept: BoundedMemo<String, Value>, on tx: any Database,
                                      query: ([String]) -> SQLQueryString, value: (any SQLRow) throws -> Value) async throws -> (found: [String: Value], unknown: [String]) {
        let met = kept.known(among: names)
        var found = met.found
        let unknown = met.unknown
        for start in stride(from: 0, to: unknown.count, by: 500) {
            for row in try await tx.sql.raw(query(Array(unknown[start..<min(start + 500, unknown.count)]))).all() {
                found[try row.decode(column: "name", as: String.self)] = try value(row)
            }
        }
        return (found, unknown)
    }

    /// The products a piece names, by SKU, found or made; the first line gives the price. Those
    /// no earlier piece met (or that `known` forgot) are looked up together.
    private func importProducts(_ lines: [OrderHistory.Line], known: inout Known, report r: inout Report, on tx: any Database) async throws -> [String: UUID] {
        var firstLines: [String: OrderHistory.Line] = [:]
        var skus: [String] = []
        for line in lines where firstLines[line.sku] == nil {
            firstLines[line.sku] = line
            skus.append(line.sku)
        }
        let (looked, unknown) = try await Self.lookUp(skus, kept: known.products, on: tx) { some in
            "SELECT sku AS name, id FROM products WHERE sku IN (\(binds: some))"
        } value: { row in try row.decode(column: "id", as: UUID.self) }
        var found = looked
        guard !unknown.isEmpty else { return found }
        // The columns `Product` writes, and `imported`: made because the history names it,
        // whether the range holds it was never stated.
        var products = BulkInsert(Product.schema, ["id", "version", "sku", "name", "search_name", "category", "unit", "price_minor", "currency",
                                                   "is_new", "made_to_order", "norm_hours", "active", "imported"])
        var stock = BulkInsert("stock_items", ["id", "version", "product_id", "on_hand", "reserved", "required_norm"])
        let norms = StageNorms.standard.json
        for sku in unknown where found[sku] == nil {
            let line = firstLines[sku]!
            let price = line.quantity > 0 ? line.amountMinor / Int64(line.quantity) : 0
            let name = String(line.name.prefix(300))
            let id = UUID()
            products.add([id, 1, line.sku, name, Client.fold(name), line.category, "pcs", price, mapping.currency, false, false, norms, true, true])
            stock.add([UUID(), 1, id, 0, 0, 0])
            found[sku] = id
            r.products += 1
        }
        try await PreparedRows([products, stock], sqlite: !tx.isPostgres).store(on: tx)
        for sku in unknown { known.products.remember(found[sku]!, for: sku) }
        return found
    }

    /// The external references of the orders that an earlier run imported.
    private func alreadyImported(_ orders: [OrderHistory.Order], on tx: any Database) async throws -> Set<String> {
        var existing = Set<String>()
        for chunk in stride(from: 0, to: orders.count, by: 500) {
            let keys = orders[chunk..<min(chunk + 500, orders.count)].map(\.key)
            existing.formUnion(try await tx.sql.select().column("external_ref").from("orders").where("external_ref", .in, keys)
                .all(decodingColumn: "external_ref", as: String.self))
        }
        return existing
    }

    /// The rows of the orders not yet imported, with their lines and claims, parents first.
    /// Each order's milestones fall at noon of their days; its figures are computed as of its
    /// last milestone. An imported order is marked imported and has no placing: the history does
    /// not say whether stock could satisfy it, so it counts in no stockout figure.
    private func orderRows(_ history: [OrderHistory.Order], skipping existing: Set<String>, clients clientIDs: [String: ClientIDs], products productIDs: [String: UUID],
                           claimed claimedKeys: [String: [String]], ids: inout TimeOrderedIDs, report r: inout Report) -> (tables: [BulkInsert], written: [String: UUID]) {
        var written: [String: UUID] = [:]
        let (calendar, milestone, kind, currency) = (self.calendar, self.milestone, self.kind, mapping.currency)
        var orders = BulkInsert("orders", DemoOrders.orderColumns + ["external_ref", "imported", "rating_comment"])
        var lines = BulkInsert("order_lines", ["id", "order_id", "line_no", "product_id", "quantity", "unit_price_minor", "reserved_quantity"])
        var claims = BulkInsert("claims", ["id", "version", "order_id", "client_id", "reason", "description", "status", "resolution", "created_by", "created_at",
                                            "created_day", "resolved_at", "imported"])
        // A history's days are few beside its orders: each day's noon is found once a piece.
        var noons: [CalendarDay: Date] = [:]
        func noon(_ day: CalendarDay) -> Date {
            if let known = noons[day] { return known }
            let at = calendar.start(of: day).addingTimeInterval(12 * 3600)
            noons[day] = at
            return at
        }
        for order in history {
            if existing.contains(order.key) { r.skipped += 1; continue }
            let id = ids.next()
            written[order.key] = id
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
            let claimReasons = (claimedKeys[order.key] ?? []) + order.claimReasons
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
                lines.add([ids.next(), id, i + 1, productIDs[line.sku]!, line.quantity, line.quantity > 0 ? line.amountMinor / Int64(line.quantity) : 0, line.quantity])
            }
            for reasonText in claimReasons {
                let reason = ClaimReason(rawValue: reasonText) ?? .other
                let at = delivered ?? dispatched ?? received
                // The history says a claim was made, not how it was decided: it stays open, and
                // flexibility (decided requests) does not count it.
                claims.add([ids.next(), 1, id, clientID, reason.rawValue, "Imported from \(mapping.name)", ClaimStatus.open.rawValue, nil as String?,
                            nil as UUID?, at, calendar.day(of: at).description, nil as Date?, true])
                r.claims += 1
            }
            r.orders += 1
            r.lines += order.lines.count
        }
        return ([orders, lines, claims], written)
    }

    /// A dry run does the same work inside the transaction and then rolls it back.
    struct DryRunRollback: Error { let report: Report }

    /// The history itself, read a block at a time.
    private func open(_ url: URL) throws(Unreadable) -> CSVFile {
        guard FileManager.default.fileExists(atPath: url.path) else { throw Unreadable(description: "\(url.path): no such file") }
        do { return try CSVFile(url: url) } catch { throw unreadable(url, error) }
    }

    private func unreadable(_ url: URL, _ error: any Error) -> Unreadable {
        switch error {
        case let failure as CSVParser.Failure:
            switch failure {
            case .notUTF8(let line): Unreadable(description: "\(url.path): is not UTF-8 text (line \(line))")
            case .unterminatedQuote(let line): Unreadable(description: "\(url.path): line \(line): a quoted field is not closed")
            }
        case let failure as CSVReader.Failure: Unreadable(description: "\(url.path): \(failure)")
        case let unreadable as Unreadable: unreadable
        default: Unreadable(description: "\(url.path): cannot be read")
        }
    }

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
