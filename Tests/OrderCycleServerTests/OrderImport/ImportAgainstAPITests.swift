import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor

/// An imported history counts each order as OrderCycle counts the same order taken through the
/// API: one history is imported into one database, and the same orders are created and moved
/// through their steps by the API in another, the one clock set to each moment of the history.
/// Every figure both measure is equal, in every grouping; what the import cannot measure (stock,
/// the range, decided requests, stages) is no data in its figures, never 0 or 1.
@Suite("An imported history measures what the same orders made through the API measure")
struct ImportAgainstAPITests {
    static let period = "2024-01-01..2024-03-31"
    static let groupings: [QualityGrouping] = [.all, .segment, .client, .manager, .origin, .category, .deliveryMethod]

    /// The history, written in the company's zone (the tests' Europe/Kyiv).
    struct HistoryOrder {
        enum Fate { case delivered, inTransit, open, cancelled }
        var key: String
        var client: (code: String, name: String, segment: String)
        var mode: (name: String, days: Int)
        var received: Date
        var dispatched: Date?
        var delivered: Date?
        var cancelled: Date?
        var lines: [(sku: String, quantity: Int)]
        var complaint: String?

        var fate: Fate { cancelled != nil ? .cancelled : delivered != nil ? .delivered : dispatched != nil ? .inTransit : .open }
    }

    static let products: [(sku: String, name: String, category: String, priceMinor: Int64)] = [
        ("BOX-S", "Small box", "Boxes", 1_250), ("BOX-L", "Large box", "Boxes", 3_990), ("PAL-1", "Pallet", "Pallets", 45_000), ("TAPE", "Tape", "Supplies", 300),
    ]
    static let clients: [(code: String, name: String, segment: String)] = [
        ("C-ALFA", "Alfa Trade", "Retail"), ("C-BETA", "Beta Foods", "Retail"), ("C-GAMMA", "Gamma Build", "Wholesale"), ("C-DELTA", "Delta Home", "Wholesale"),
    ]
    static let modes: [(name: String, days: Int)] = [("Express", 1), ("Standard", 4), ("Economy", 7)]

    /// 36 orders from January to March 2024 with one to three lines each: most delivered (a
    /// quarter of them late), some on their way, one still open, some cancelled, some claimed
    /// (damaged or late). Times of day vary, and March's orders cross the clocks' change to
    /// summer time on the 31st.
    static let history: [HistoryOrder] = {
        let calendar = CompanyCalendar(timeZone: TimeZone(identifier: "Europe/Kyiv")!)
        let start = calendar.start(of: CalendarDay(iso: "2024-01-02")!)
        return (0..<36).map { i in
            let received = start.addingTimeInterval(Double(i) * 2.5 * 86_400 + Double(8 * 3600 + (i * 37 % 600) * 60))
            let mode = modes[i % 3]
            let dispatched = received.addingTimeInterval(Double(2 + i * 5 % 40) * 3600)
            // Late by one or two days for every fourth order, else a few hours inside the promise.
            let transit = Double(mode.days) * 86_400 + (i % 4 == 1 ? Double(1 + i % 2) * 86_400 : -Double(3 + i % 5) * 3600)
            var order = HistoryOrder(key: "H-\(1000 + i)", client: clients[i % 4], mode: mode, received: received,
                                     dispatched: dispatched, delivered: received.addingTimeInterval(max(transit, 3 * 3600 + Double(i * 5 % 40) * 3600)),
                                     lines: (0..<(1 + i % 3)).map { j in (products[(i + j) % 4].sku, 1 + (i + 2 * j) % 5) })
            switch i % 10 {
            case 7: (order.dispatched, order.delivered, order.cancelled) = (nil, nil, received.addingTimeInterval(5 * 3600))
            case 9: order.delivered = nil
            default: break
            }
            if i == 35 { (order.dispatched, order.delivered) = (nil, nil) }
            if order.fate == .delivered { order.complaint = i % 6 == 2 ? "damaged" : i % 6 == 5 ? "late" : nil }
            return order
        }
    }()

    static let mapping = """
    {
      "name": "Twin history",
      "date_format": "yyyy-MM-dd HH:mm:ss",
      "currency": "UAH",
      "order": {
        "key": "order", "received": "received", "dispatched": "dispatched", "delivered": "delivered", "delivery_method": "mode",
        "status": { "column": "status", "values": { "open": "received", "shipped": "dispatched", "delivered": "delivered", "canceled": "cancelled" } }
      },
      "promised_lead_days": { "column": "mode", "values": { "Express": 1, "Standard": 4, "Economy": 7 } },
      "client": { "code": "client", "name": "client_name", "segment": "segment" },
      "line": { "sku": "sku", "name": "product", "category": "category", "quantity": "qty", "unit_price": "price" },
      "claims": { "column": "complaint", "reasons": { "damaged": "damaged", "late": "late", "none": null } }
    }
    """

    /// The history as a file; the lines of an order are spread over the file, not together.
    static func write(_ history: [HistoryOrder], to dir: URL) throws -> URL {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Kyiv")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        var rows: [(Int, String)] = []
        for (i, order) in history.enumerated() {
            let status = switch order.fate { case .delivered: "delivered"; case .inTransit: "shipped"; case .open: "open"; case .cancelled: "canceled" }
            for (j, line) in order.lines.enumerated() {
                let product = products.first { $0.sku == line.sku }!
                let cells = [order.key, formatter.string(from: order.received), order.dispatched.map(formatter.string) ?? "", order.delivered.map(formatter.string) ?? "",
                             order.mode.name, status, order.client.code, order.client.name, order.client.segment, line.sku, product.name, product.category,
                             String(line.quantity), String(format: "%.2f", Double(product.priceMinor) / 100), order.complaint ?? "none"]
                rows.append((j * 100 + i, cells.joined(separator: ",")))
            }
        }
        let header = "order,received,dispatched,delivered,mode,status,client,client_name,segment,sku,product,category,qty,price,complaint"
        let file = dir.appendingPathComponent("history.csv")
        try ([header] + rows.sorted { $0.0 < $1.0 }.map(\.1)).joined(separator: "\n").appending("\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Every moment of the history has passed when the figures are read.
    static var readAt: Date { history.flatMap { [$0.received, $0.dispatched, $0.delivered, $0.cancelled].compactMap { $0 } }.max()!.addingTimeInterval(86_400) }

    /// The dashboard of the history's quarter in each grouping, read at `readAt`.
    static func dashboards(_ app: Application, token: String) async throws -> [QualityGrouping: QualityDashboardDTO] {
        var out: [QualityGrouping: QualityDashboardDTO] = [:]
        for grouping in groupings {
            let response = try await app.api(.GET, "/api/v1/quality/dashboard?period=\(period)&group=\(grouping.rawValue)", headers: .bearer(token))
            #expect(response.status == .ok, "\(grouping): \(response.text)")
            out[grouping] = try response.decoded(QualityDashboardDTO.self)
        }
        return out
    }

    /// An analyst's token that outlives the clock's moves through the history.
    static func analyst(_ app: Application) async throws -> String {
        let token = try await makeUser(app, role: .analyst).token
        try await app.db.sql.raw("UPDATE api_tokens SET expires_at = \(bind: Date.distantFuture)").run()
        return token
    }

    func imported(chunkRows: Int, namesKept: Int = OrderHistoryImport.defaultNamesKept) async throws -> [QualityGrouping: QualityDashboardDTO] {
        let hand = ManualClock(Self.readAt)
        var figures: [QualityGrouping: QualityDashboardDTO] = [:]
        try await withApp(clock: hand.clock) { app in
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("twin-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let importer = OrderHistoryImport(app: app, mapping: try OrderHistoryMapping.decode(Data(Self.mapping.utf8)), file: try Self.write(Self.history, to: dir),
                                              chunkRows: chunkRows, namesKept: namesKept)
            let report = try await importer.run(dryRun: false)
            #expect(report.orders == Self.history.count)
            #expect(report.lines == Self.history.map(\.lines.count).reduce(0, +))
            #expect(report.claims == Self.history.filter { $0.complaint != nil }.count)
            figures = try await Self.dashboards(app, token: try await Self.analyst(app))
        }
        return figures
    }

    /// The same orders made and moved through the API, each step at its moment of the history.
    func throughAPI() async throws -> [QualityGrouping: QualityDashboardDTO] {
        let hand = ManualClock(Self.history[0].received.addingTimeInterval(-86_400))
        var figures: [QualityGrouping: QualityDashboardDTO] = [:]
        try await withApp(clock: hand.clock) { app in
            let admin = try await makeUser(app, role: .admin).token
            try await app.db.sql.raw("UPDATE api_tokens SET expires_at = \(bind: Date.distantFuture)").run()
            var segments: [String: String] = [:], clients: [String: String] = [:], products: [String: String] = [:]
            for name in Set(Self.clients.map(\.segment)).sorted() {
                let created = try await app.api(.POST, "/api/v1/segments", headers: .bearer(admin), json: ["code": name.lowercased(), "name_en": name, "name_ru": name])
                segments[name] = try #require(created.json["id"] as? String, "\(created.text)")
            }
            for client in Self.clients {
                let created = try await app.api(.POST, "/api/v1/clients", headers: .bearer(admin),
                                                json: ["kind": "customer", "party": "company", "name": client.name, "segment_id": segments[client.segment]!])
                clients[client.code] = try #require(created.json["id"] as? String, "\(created.text)")
            }
            for p in Self.products {
                let created = try await app.api(.POST, "/api/v1/products", headers: .bearer(admin), json: [
                    "sku": .string(p.sku), "name": .string(p.name), "category": .string(p.category), "price_minor": .int(Int(p.priceMinor)),
                    "currency": .string("UAH"), "on_hand": .int(1_000),
                ] as [String: AnyCodable])
                products[p.sku] = try #require(created.json["id"] as? String, "\(created.text)")
            }

            // Every step of every order, in the order of the history's moments.
            enum Step { case receive, dispatch, deliver, cancel }
            var steps: [(at: Date, order: Int, step: Step)] = []
            for (i, order) in Self.history.enumerated() {
                steps.append((order.received, i, .receive))
                if let at = order.dispatched { steps.append((at, i, .dispatch)) }
                if let at = order.delivered { steps.append((at, i, .deliver)) }
                if let at = order.cancelled { steps.append((at, i, .cancel)) }
            }
            let calendar = CompanyCalendar(timeZone: app.appConfig.timeZone)
            var ids: [Int: (id: String, version: Int)] = [:]
            func take(_ i: Int, _ to: String, reason: String? = nil) async throws {
                let (id, version) = ids[i]!
                let response = try await app.step(id, to: to, version: version, token: admin, reason: reason)
                #expect(response.status == .ok, "\(Self.history[i].key) \(to): \(response.text)")
                ids[i] = (id, try #require(response.json["version"] as? Int))
            }
            for (at, i, step) in steps.sorted(by: { ($0.at, $0.order) < ($1.at, $1.order) }) {
                hand.set(at)
                let order = Self.history[i]
                switch step {
                case .receive:
                    let lines: [AnyCodable] = order.lines.map { .object(["product_id": .string(products[$0.sku]!), "quantity": .int($0.quantity)]) }
                    let promised = calendar.day(of: at).adding(days: order.mode.days)
                    let created = try await app.api(.POST, "/api/v1/orders", headers: .bearer(admin), json: [
                        "client_id": .string(clients[order.client.code]!), "status": .string("received"), "promised_date": .string(promised.description),
                        "delivery_method": .string(order.mode.name), "lines": .array(lines),
                    ] as [String: AnyCodable])
                    #expect(created.status == .created, "\(order.key): \(created.text)")
                    ids[i] = (try #require(created.json["id"] as? String), try #require(created.json["version"] as? Int))
                case .dispatch:
                    for to in ["placed", "invoiced", "picked", "dispatched"] { try await take(i, to) }
                case .deliver:
                    try await take(i, "delivered")
                    if let complaint = order.complaint {
                        let filed = try await app.api(.POST, "/api/v1/orders/\(ids[i]!.id)/claims", headers: .bearer(admin), json: ["reason": complaint, "description": "From the customer"])
                        #expect(filed.status == .created, "\(order.key): \(filed.text)")
                    }
                case .cancel:
                    try await take(i, "cancelled", reason: "The customer changed their mind")
                }
            }
            hand.set(Self.readAt)
            figures = try await Self.dashboards(app, token: try await Self.analyst(app))
        }
        return figures
    }

    /// Figures the history cannot give: nothing was placed against stock (P, N), the import made
    /// every product (C), no request was decided (F), no stage was recorded.
    static let notInHistory: [QualityIndicator] = [.stockoutProbability, .demandSaturation, .orderCoverage, .flexibility]
    /// Figures R is made of that the history can give.
    static let measuredParts: [QualityIndicator] = [.timeExpectations, .uninterruptedExecution, .serviceDeficiency]

    func compare(_ history: [QualityGrouping: QualityDashboardDTO], _ api: [QualityGrouping: QualityDashboardDTO]) {
        for grouping in Self.groupings {
            guard let h = history[grouping], let a = api[grouping] else { Issue.record("\(grouping): no dashboard"); continue }
            #expect(h.trend_periods == a.trend_periods, "\(grouping)")
            // Groups by what they are called: ids differ between the two databases.
            #expect(h.groups.map(\.label).sorted() == a.groups.map(\.label).sorted(), "\(grouping)")
            for (hg, ag) in [(h.total, a.total)] + h.groups.compactMap({ g in a.groups.first { $0.label == g.label }.map { (g, $0) } }) {
                let place = "\(grouping) \(hg.label)"
                #expect(hg.consumers == ag.consumers, "\(place): consumers")
                #expect(hg.orders == ag.orders, "\(place): orders")
                #expect(hg.cycle.orders == ag.cycle.orders, "\(place): completed cycles")
                #expect(hg.cycle.mean_seconds == ag.cycle.mean_seconds, "\(place): mean cycle")
                #expect(hg.service_requests == ag.service_requests, "\(place): service requests")
                for indicator in QualityIndicator.allCases where !Self.notInHistory.contains(indicator) && indicator != .serviceReliability {
                    let (hv, av) = (hg.figure(indicator), ag.figure(indicator))
                    #expect(same(hv.value, av.value), "\(place) \(indicator.symbol): imported \(hv.value), through the API \(av.value)")
                    #expect(zip(hv.trend, av.trend).allSatisfy { same($0, $1) } && hv.trend.count == av.trend.count,
                            "\(place) \(indicator.symbol) trend: imported \(hv.trend), through the API \(av.trend)")
                    #expect(hv.no_data_reason == av.no_data_reason, "\(place) \(indicator.symbol)")
                }
                // What the import did not measure is no data, with its reason, never 0 or 1.
                for indicator in Self.notInHistory {
                    #expect(hg.figure(indicator).value == .noData, "\(place) \(indicator.symbol): \(hg.figure(indicator).value)")
                    #expect(hg.figure(indicator).no_data_reason?.isEmpty == false, "\(place) \(indicator.symbol)")
                }
                #expect(hg.cycle.interruption_share == nil, "\(place): interruption share \(String(describing: hg.cycle.interruption_share))")
                // R over the parts the history measured, each equal to the API's.
                let parts = Self.measuredParts.filter { ag.value($0) != nil }
                let r = hg.figure(.serviceReliability)
                #expect(r.components == parts, "\(place): R from \(String(describing: r.components))")
                if !parts.isEmpty {
                    let sum = parts.map { $0 == .serviceDeficiency ? 1 - ag.value($0)! : min(1, ag.value($0)!) }.reduce(0, +)
                    #expect(close(r.value.value, sum / Double(parts.count)), "\(place): R \(r.value)")
                }
            }
            #expect(h.stages.allSatisfy { $0.orders == 0 && $0.mean_seconds == nil }, "\(grouping): stages \(h.stages)")
        }
        // Both paths measured something: the comparison is not of two empty dashboards.
        let total = api[.all]!.total
        #expect(total.orders == Self.history.count)
        #expect(total.cycle.orders == Self.history.filter { $0.fate == .delivered }.count)
        #expect((total.value(.timeExpectations) ?? 1) < 1 && (total.value(.serviceDeficiency) ?? 0) > 0)
        #expect(total.value(.stockoutProbability) != nil && total.cycle.interruption_share != nil)
    }

    func same(_ a: IndicatorValue, _ b: IndicatorValue) -> Bool {
        switch (a, b) {
        case (.noData, .noData): true
        case (.measured(let x), .measured(let y)): abs(x - y) <= 1e-12
        default: false
        }
    }

    @Test func everyFigureBothMeasureIsEqual() async throws {
        compare(try await imported(chunkRows: OrderHistoryImport.defaultChunkRows), try await throughAPI())
    }

    /// Read a few rows at a time, the lines of an order fall into different pieces: a later
    /// line joins the order an earlier piece wrote, and no figure changes. Keeping two clients
    /// and two products from piece to piece, the import forgets and looks up again most of
    /// those it meets, and finds the same ones.
    @Test func piecesOfAFewRowsGiveTheSameFigures() async throws {
        let whole = try await imported(chunkRows: OrderHistoryImport.defaultChunkRows)
        let pieces = try await imported(chunkRows: 7, namesKept: 2)
        for grouping in Self.groupings {
            guard let w = whole[grouping], let p = pieces[grouping] else { Issue.record("\(grouping): no dashboard"); continue }
            #expect(w.groups.map(\.label).sorted() == p.groups.map(\.label).sorted(), "\(grouping)")
            for (wg, pg) in [(w.total, p.total)] + w.groups.compactMap({ g in p.groups.first { $0.label == g.label }.map { (g, $0) } }) {
                #expect((wg.consumers, wg.orders, wg.cycle.orders) == (pg.consumers, pg.orders, pg.cycle.orders), "\(grouping) \(wg.label)")
                #expect(wg.cycle.mean_seconds == pg.cycle.mean_seconds, "\(grouping) \(wg.label)")
                for indicator in QualityIndicator.allCases {
                    #expect(same(wg.figure(indicator).value, pg.figure(indicator).value), "\(grouping) \(wg.label) \(indicator.symbol)")
                }
            }
        }
    }
}
