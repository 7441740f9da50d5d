import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Runs one operation twice, once through the API and once through the page's form, on two
/// orders prepared the same way, by the same person, and returns what each left in the database.
/// Equal snapshots mean the API and the page share one write path.
struct TwoWays {
    let app: Application
    let world: OrderWorld
    let token: String
    /// The token that prepares the orders: the person's own, or an administrator's for a client.
    let staffToken: String
    let browser: Browser

    static func run(as role: Role, audited: Bool = true,
                    prepare: @escaping (TwoWays) async throws -> UUID,
                    api: @escaping (TwoWays, UUID) async throws -> Void,
                    form: @escaping (TwoWays, UUID) async throws -> Void) async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let email = "\(role.rawValue)-two-ways@test.example"
            // A client's user is the world's client's; its orders are prepared by staff.
            let (_, token) = try await makeUser(app, role: role, email: email, password: "correct horse", clientID: role == .client ? world.client : nil)
            let staffToken = role == .client ? try await makeUser(app, role: .admin).token : token
            let browser = Browser(app)
            try await browser.logIn(email: email, password: "correct horse")
            let ways = TwoWays(app: app, world: world, token: token, staffToken: staffToken, browser: browser)
            let first = try await prepare(ways)
            let second = try await prepare(ways)
            let apiMark = Date()
            try await api(ways, first)
            let throughAPI = try await StoredOrder.snapshot(first, since: apiMark, on: app.db)
            let formMark = Date()
            try await browser.get("/orders/\(second)")
            try await form(ways, second)
            let throughForm = try await StoredOrder.snapshot(second, since: formMark, on: app.db)
            #expect(throughAPI.rows == throughForm.rows)
            #expect(throughAPI.audit == throughForm.audit)
            #expect(throughAPI.audit.contains { $0.hasPrefix("after ") } == audited, "an audit entry is expected: \(audited)")
        }
    }

    /// The order's version, for `If-Match` and the forms' `version` field.
    func version(of order: UUID) async throws -> Int { try #require(try await Order.find(order, on: app.db)).version }

    func ifMatch(_ order: UUID) async throws -> HTTPHeaders { .bearer(token, [("If-Match", "\"\(try await version(of: order))\"")]) }

    /// A new order of the world's client, taken through `steps` through the API.
    func order(lines: [NewOrder.Line]? = nil, through steps: [String]) async throws -> UUID {
        var (id, version) = try await app.order(NewOrder(client_id: world.client, status: "received", lines: lines ?? [.init(product_id: world.stocked, quantity: 2)]), token: staffToken)
        for step in steps {
            let response = try await app.step(id, to: step, version: version, token: staffToken)
            version = try #require(response.json["version"] as? Int, "\(step): \(response.text)")
        }
        return try #require(UUID(uuidString: id))
    }

    @discardableResult
    func post(_ path: String, _ form: [String: String]) async throws -> TestingHTTPResponse {
        let response = try await browser.post(path, form: form)
        #expect(response.status == .seeOther || response.status == .found, "\(path): \(response.status) \(response.text.prefix(300))")
        return response
    }
}

/// What one order left in the database, with ids, numbers and times written as what they must
/// be equal in: a moment is "before" or "after" the operation began.
struct StoredOrder {
    var rows: [String]
    var audit: [String]

    static func snapshot(_ order: UUID, since mark: Date, on db: any Database) async throws -> StoredOrder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(date < mark ? "before" : "after")
        }
        func text<T: Encodable>(_ value: T) throws -> String { normalised(String(decoding: try encoder.encode(value), as: UTF8.self)) }
        let splits = try await Order.query(on: db).filter(\.$splitFromID == order).all()
        let orders = [try #require(try await Order.find(order, on: db))] + splits
        var rows: [String] = []
        var entities: [UUID] = []
        let numbers = orders.map(\.number)
        for o in orders {
            let id = try o.requireID()
            entities.append(id)
            rows.append(try text(o))
            rows += try await OrderLine.query(on: db).filter(\.$orderID == id).sort(\.$lineNo).all().map(text)
            rows += try await StageRecord.query(on: db).filter(\.$orderID == id).all().map(text).sorted()
            rows += try await OrderEvent.query(on: db).filter(\.$orderID == id).all().map(text).sorted()
            let claims = try await OrderClaim.query(on: db).filter(\.$orderID == id).all()
            rows += try claims.map(text).sorted()
            entities += claims.compactMap(\.id)
            rows += try await FeedbackQueries.thread(of: id, on: db).map(text)
            let plans = try await ExecutionPlan.query(on: db).filter(\.$orderID == id).sort(\.$revision).all()
            for plan in plans {
                rows.append(try text(plan))
                rows += try await PlanStage.query(on: db).filter(\.$planID == plan.requireID()).all().map(text).sorted()
            }
            entities += plans.compactMap(\.id)
        }
        rows = rows.map { numbers.reduce($0) { $0.replacingOccurrences(of: $1, with: "<number>") } }
        let audit = try await AuditEvent.query(on: db).filter(\.$entityID ~~ entities).all().map { e in
            numbers.reduce(normalised("\(e.at < mark ? "before" : "after") \(e.actorLabel) \(e.entity) \(e.action) before=\(e.before ?? "-") after=\(e.after ?? "-")")) {
                $0.replacingOccurrences(of: $1, with: "<number>")
            }
        }.sorted()
        return StoredOrder(rows: rows, audit: audit)
    }

    /// Ids differ between the two orders by nature, and so do the times printed inside an
    /// audit entry's JSON (an ISO 8601 moment) and the durations the wall clock measured while
    /// the two orders were prepared, a second apart.
    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "(\"[A-Za-z]*(Seconds|Days)\"):[0-9]+", with: "$1:<n>", options: .regularExpression)
            .replacingOccurrences(of: "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}", with: "<id>", options: .regularExpression)
            .replacingOccurrences(of: "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z", with: "<time>", options: .regularExpression)
    }
}
