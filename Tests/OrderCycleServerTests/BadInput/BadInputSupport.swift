import Fluent
import Foundation
import NIOCore
import NIOHTTP1
import OrderCycleCore
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The creating endpoints the bad-input corpus is sent to.
enum BadInputTarget: String, Sendable, CaseIterable {
    case orders, products, users, transition, claim, comment, login, clients, stockMovement

    /// A body the endpoint accepts, as a template (see `BadInputStage.fill`).
    var validBody: String {
        switch self {
        case .orders: #"{"client_id":"$CLIENT","lines":[{"product_id":"$PRODUCT","quantity":1}]}"#
        case .products: #"{"sku":"SKU-$UNIQ","name":"Bad input box"}"#
        case .users: #"{"email":"new-$UNIQ@test.example","password":"long enough pw","role":"worker"}"#
        case .transition: #"{"to":"sent"}"#
        case .claim: #"{"reason":"damaged","description":"Box crushed"}"#
        case .comment: #"{"body":"Hello"}"#
        case .login: #"{"email":"$EMAIL","password":"correct horse"}"#
        case .clients: #"{"kind":"customer","party":"company","name":"Acme $UNIQ","segment_id":"$SEGMENT"}"#
        case .stockMovement: #"{"kind":"receipt","quantity":5}"#
        }
    }

    var path: String {
        switch self {
        case .orders: "/api/v1/orders"
        case .products: "/api/v1/products"
        case .users: "/api/v1/users"
        case .transition: "/api/v1/orders/$ORDER/transitions"
        case .claim: "/api/v1/orders/$ORDER/claims"
        case .comment: "/api/v1/orders/$ORDER/comments"
        case .login: "/api/v1/auth/login"
        case .clients: "/api/v1/clients"
        case .stockMovement: "/api/v1/products/$PRODUCT/stock-movements"
        }
    }
}

/// One request that must be refused with a clear 4xx problem and change nothing.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    enum Body: Sendable { case text(String), bytes([UInt8]) }

    var target: BadInputTarget
    var label: String
    var body: Body
    /// The statuses that are a right answer (most cases name exactly one).
    var expected: Set<UInt>
    var contentType = "application/json"
    /// `nil` sends no If-Match; the default is the order's current version.
    var ifMatch: String? = "$VERSION"
    var path: String?

    var testDescription: String { "\(target.rawValue): \(label)" }
}

/// The cases that share one app and one world. A refused login still counts against the
/// throttle, which a later login case would meet, so each login case has a world of its own.
struct BadInputBatch: Sendable, CustomTestStringConvertible {
    var name: String
    var cases: [BadInputCase]

    static let all: [BadInputBatch] = BadInputTarget.allCases.flatMap { target -> [BadInputBatch] in
        let cases = BadInputCorpus.cases.filter { $0.target == target }
        if target == .login { return cases.map { BadInputBatch(name: $0.testDescription, cases: [$0]) } }
        return [BadInputBatch(name: "\(target.rawValue): \(cases.count) cases", cases: cases)]
    }

    var testDescription: String { name }
}

/// A small world every case runs in: the order fixture, an administrator, a manager (who can
/// also log in) and a draft order.
struct BadInputStage {
    let app: Application
    let world: OrderWorld
    let admin: String
    let manager: String
    let managerEmail: String
    let order: (id: String, version: Int)

    static let password = "correct horse"

    static func make(_ app: Application) async throws -> BadInputStage {
        let world = try await OrderWorld.make(app)
        let (_, admin) = try await makeUser(app, role: .admin)
        let email = "manager-\(UUID().uuidString.prefix(8).lowercased())@test.example"
        let (_, manager) = try await makeUser(app, role: .manager, email: email, password: password)
        let order = try await app.order(NewOrder(client_id: world.client, lines: [.init(product_id: world.stocked, quantity: 1)]), token: manager)
        return BadInputStage(app: app, world: world, admin: admin, manager: manager, managerEmail: email, order: order)
    }

    func fill(_ template: String) -> String {
        template.replacingOccurrences(of: "$CLIENT", with: world.client.uuidString)
            .replacingOccurrences(of: "$PRODUCT", with: world.stocked.uuidString)
            .replacingOccurrences(of: "$SEGMENT", with: world.segment.uuidString)
            .replacingOccurrences(of: "$ORDER", with: order.id)
            .replacingOccurrences(of: "$EMAIL", with: managerEmail)
            .replacingOccurrences(of: "$VERSION", with: "\"\(order.version)\"")
            .replacingOccurrences(of: "$UNIQ", with: UUID().uuidString.prefix(8).lowercased())
    }

    func token(for target: BadInputTarget) -> String? {
        switch target {
        case .login: nil
        case .products, .users, .clients, .stockMovement: admin
        case .orders, .transition, .claim, .comment: manager
        }
    }

    /// Sends a case as written (bytes included) through the real responder chain.
    func send(_ c: BadInputCase) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let token = token(for: c.target) { headers.add(name: .authorization, value: "Bearer \(token)") }
        headers.add(name: .contentType, value: c.contentType)
        if c.target == .transition, let ifMatch = c.ifMatch { headers.add(name: .ifMatch, value: fill(ifMatch)) }
        var buffer = ByteBuffer()
        switch c.body {
        case .text(let text): buffer.writeString(fill(text))
        case .bytes(let bytes): buffer.writeBytes(bytes)
        }
        let path = fill(c.path ?? c.target.path)
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: buffer)
    }

    /// Row counts and stock sums of everything a creating request could write.
    func snapshot() async throws -> [String: Int] {
        let tables = ["orders", "order_lines", "order_events", "order_comments", "claims", "invoices", "products", "stock_items",
                      "stock_movements", "users", "clients", "client_contacts", "client_phones", "client_emails", "client_addresses",
                      "manager_assignments", "audit_events", "idempotency_keys", "stage_intervals"]
        var out: [String: Int] = [:]
        for table in tables {
            let row = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()
            out[table] = try row?.decode(column: "n", as: Int.self)
        }
        let sums = try await app.db.sql.raw("""
            SELECT (SELECT CAST(COALESCE(SUM(on_hand), 0) AS BIGINT) FROM stock_items) AS on_hand,
                   (SELECT CAST(COALESCE(SUM(reserved), 0) AS BIGINT) FROM stock_items) AS reserved,
                   (SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM orders) AS order_versions,
                   (SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM users) AS user_versions
            """).first()
        for column in ["on_hand", "reserved", "order_versions", "user_versions"] {
            out[column] = try sums?.decode(column: column, as: Int.self)
        }
        return out
    }
}

/// Checks that a response is a clean problem+json with the given status and no internals.
func expectProblem(_ response: TestingHTTPResponse, method: HTTPMethod = .POST, path: String, expected: Set<UInt>,
                   _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let status = response.status.code
    #expect(expected.contains(status), "\(label): got \(status) \(response.text.prefix(300))", sourceLocation: sourceLocation)
    #expect(status < 500, "\(label): server error \(response.text.prefix(300))", sourceLocation: sourceLocation)
    #expect(response.headers.contentType?.description.hasPrefix("application/problem+json") == true,
            "\(label): content type \(response.headers.contentType?.description ?? "none")", sourceLocation: sourceLocation)
    let json = response.json
    #expect((json["type"] as? String)?.hasPrefix("https://ordercycle.dev/problems/") == true, "\(label): \(response.text.prefix(200))", sourceLocation: sourceLocation)
    #expect(json["status"] as? Int == Int(status), "\(label)", sourceLocation: sourceLocation)
    #expect(!((json["title"] as? String) ?? "").isEmpty, "\(label)", sourceLocation: sourceLocation)
    if json["type"] as? String == "https://ordercycle.dev/problems/validation-error" {
        #expect(!((json["errors"] as? [[String: Any]]) ?? []).isEmpty, "\(label): a validation problem names its fields", sourceLocation: sourceLocation)
    }
    let lowered = response.text.lowercased()
    for leak in ["sqlite", "postgres", "psql", "fatal error", "swift", "select ", "insert into", "stack"] {
        #expect(!lowered.contains(leak), "\(label): the answer shows internals (\(leak))", sourceLocation: sourceLocation)
    }
    let violations = OpenAPIContract.shared.violations(method: method, path: path, status: status,
                                                       contentType: response.headers.first(name: .contentType), body: Data(buffer: response.body))
    #expect(violations.isEmpty, "\(label): OpenAPI contract: \(violations.joined(separator: "; "))", sourceLocation: sourceLocation)
}

/// Exact text equality, scalar by scalar: Swift's `==` would call a composed and a decomposed
/// "é" equal, and the corpus must prove that neither is normalised on the way.
func sameScalars(_ a: String?, _ b: String) -> Bool {
    guard let a else { return false }
    return Array(a.unicodeScalars) == Array(b.unicodeScalars)
}
