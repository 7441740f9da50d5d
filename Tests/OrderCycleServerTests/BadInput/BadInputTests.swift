import Fluent
import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Bad input: a clear 4xx problem and nothing stored")
struct BadInputTests {
    @Test func theCorpusIsLargeEnough() {
        #expect(BadInputCorpus.cases.count + TextCorpus.strings.count * 7 + 5 >= 200)
        #expect(BadInputBatch.all.map(\.cases.count).reduce(0, +) == BadInputCorpus.cases.count, "every case is in one batch")
    }

    /// Each case is checked against the state just before it: a refused request leaves the
    /// batch's world as it found it, so the next case meets the same world.
    @Test(arguments: BadInputBatch.all)
    func isRefusedWithAProblemAndChangesNothing(_ batch: BadInputBatch) async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            for c in batch.cases {
                let before = try await stage.snapshot()
                let response = try await stage.send(c)
                expectProblem(response, path: stage.fill(c.path ?? c.target.path), expected: c.expected, c.testDescription)
                let after = try await stage.snapshot()
                let changed = after.filter { before[$0.key] != $0.value }.map { "\($0.key): \(before[$0.key] ?? -1) → \($0.value)" }
                #expect(changed.isEmpty, "\(c.testDescription): stored partially: \(changed.sorted())")
            }
        }
    }
}

/// Text that is valid must arrive exactly as sent — SQL, markup, and every kind of Unicode —
/// and reach the pages only as text.
enum TextCorpus {
    static let strings: [String] = [
        "Robert'); DROP TABLE orders;--",
        "' OR '1'='1' --",
        "1; DELETE FROM stock_movements WHERE 1=1",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg/onload=alert(1)>",
        "javascript:alert(document.cookie)",
        "{{7*7}} ${7*7} #{7*7} <%= 7*7 %>",
        "Ящик\u{00A0}№5\u{00A0}—\u{00A0}2\u{00A0}шт.",
        "שלום \u{202E}gnp.exe\u{202C} مرحبا",
        "👩‍👩‍👧‍👦 🇺🇦 📦✅",
        "Z\u{0324}\u{0354}\u{0367}a\u{0308}\u{0356}l\u{036E}g\u{030C}o\u{0319}",
        "Cafe\u{0301} vs Café",
        "zero\u{200B}width\u{200D}joiner\u{FEFF}bom",
        "%00 %s %n %x \\x00 \\u0000",
        "quotes \" ' ` and \\ backslashes",
        "line one\nline two\r\nline three\ttabbed",
    ]
}

/// Every text of the corpus goes through one app per kind of field: what one text stores
/// never stands in the way of the next, which stores records of its own.
@Suite("Bad input: valid text is stored exactly and shown escaped")
struct TextExactnessTests {
    static func markup(_ s: String) -> Bool { s.contains("<") || s.contains("\"") }

    /// The page shows the text escaped, and never as markup.
    static func expectShownEscaped(_ text: String, on page: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(page.contains(HTML.escape(text)), "\(text)", sourceLocation: sourceLocation)
        if markup(text) { #expect(!page.contains(text), "\(what) shows \(text) unescaped", sourceLocation: sourceLocation) }
    }

    @Test func orderNotesComeBackExactly() async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            for text in TextCorpus.strings {
                let body: [String: AnyCodable] = ["client_id": .string(stage.world.client.uuidString), "notes": .string(text),
                                                  "external_ref": .string(String(text.prefix(100))),
                                                  "lines": .array([.object(["product_id": .string(stage.world.stocked.uuidString), "quantity": .int(1)])])]
                let created = try await app.api(.POST, "/api/v1/orders", headers: .bearer(stage.manager), json: body)
                #expect(created.status == .created, "\(text): \(created.text)")
                #expect(sameScalars(created.json["notes"] as? String, text), "\(text)")
                let id = try #require(created.json["id"] as? String)
                let read = try await app.api(.GET, "/api/v1/orders/\(id)", headers: .bearer(stage.manager))
                #expect(sameScalars(read.json["notes"] as? String, text), "\(text)")
            }
        }
    }

    @Test func commentsComeBackExactlyAndTheOrderPageEscapesThem() async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            let browser = Browser(app)
            try await browser.logIn(email: stage.managerEmail, password: BadInputStage.password)
            for text in TextCorpus.strings {
                let created = try await app.api(.POST, "/api/v1/orders/\(stage.order.id)/comments", headers: .bearer(stage.manager), json: ["body": text])
                #expect(created.status == .created, "\(text): \(created.text)")
                #expect(sameScalars(created.json["body"] as? String, text), "\(text)")
            }
            let thread = try await app.api(.GET, "/api/v1/orders/\(stage.order.id)/comments", headers: .bearer(stage.manager))
            let bodies = ((try? JSONSerialization.jsonObject(with: Data(buffer: thread.body))) as? [[String: Any]] ?? []).compactMap { $0["body"] as? String }
            let page = try await browser.get("/orders/\(stage.order.id)")
            #expect(page.status == .ok)
            for text in TextCorpus.strings {
                #expect(bodies.contains { sameScalars($0, text) }, "\(text)")
                Self.expectShownEscaped(text, on: page.text, "the order page's comments")
            }
        }
    }

    @Test func claimDescriptionsComeBackExactly() async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            var version = stage.order.version
            for step in ["sent", "received", "placed", "invoiced", "picked", "dispatched"] {
                let response = try await app.step(stage.order.id, to: step, version: version, token: stage.manager)
                version = try #require(response.json["version"] as? Int, "\(step): \(response.text)")
            }
            for text in TextCorpus.strings {
                let created = try await app.api(.POST, "/api/v1/orders/\(stage.order.id)/claims", headers: .bearer(stage.manager),
                                                json: ["reason": "damaged", "description": text])
                #expect(created.status == .created, "\(text): \(created.text)")
                #expect(sameScalars(created.json["description"] as? String, text), "\(text)")
            }
            let list = try await app.api(.GET, "/api/v1/claims", headers: .bearer(stage.manager))
            let items = list.json["items"] as? [[String: Any]] ?? []
            for text in TextCorpus.strings {
                #expect(items.contains { sameScalars($0["description"] as? String, text) }, "\(text)")
            }
        }
    }

    @Test func cancelReasonsComeBackExactly() async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            for text in TextCorpus.strings {
                let order = try await app.order(NewOrder(client_id: stage.world.client, lines: [.init(product_id: stage.world.stocked, quantity: 1)]), token: stage.manager)
                let response = try await app.step(order.id, to: "cancelled", version: order.version, token: stage.manager, reason: text)
                #expect(response.status == .ok, "\(text): \(response.text)")
                #expect(sameScalars(response.json["cancel_reason"] as? String, text), "\(text)")
            }
        }
    }

    @Test func productNamesComeBackExactlyAndTheOrderPageEscapesThem() async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            let browser = Browser(app)
            try await browser.logIn(email: stage.managerEmail, password: BadInputStage.password)
            for text in TextCorpus.strings {
                let created = try await app.api(.POST, "/api/v1/products", headers: .bearer(stage.admin),
                                                json: ["sku": .string("SKU-\(UUID().uuidString.prefix(8))"), "name": .string(text), "category": .string(text), "on_hand": .int(3)] as [String: AnyCodable])
                #expect(created.status == .created, "\(text): \(created.text)")
                #expect(sameScalars(created.json["name"] as? String, text), "\(text)")
                #expect(sameScalars(created.json["category"] as? String, text), "\(text)")
                let id = try #require(created.json["id"] as? String)
                let read = try await app.api(.GET, "/api/v1/products/\(id)", headers: .bearer(stage.manager))
                #expect(sameScalars(read.json["name"] as? String, text), "\(text)")
                let order = try await app.order(NewOrder(client_id: stage.world.client, lines: [.init(product_id: UUID(uuidString: id)!, quantity: 1)]), token: stage.manager)
                let page = try await browser.get("/orders/\(order.id)")
                #expect(page.status == .ok, "\(text)")
                Self.expectShownEscaped(text, on: page.text, "the order page's product name")
            }
        }
    }

    @Test func clientNamesComeBackExactlyAndTheCardEscapesThem() async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            let browser = Browser(app)
            try await browser.logIn(email: stage.managerEmail, password: BadInputStage.password)
            for text in TextCorpus.strings {
                let created = try await app.api(.POST, "/api/v1/clients", headers: .bearer(stage.admin),
                                                json: ["kind": "customer", "party": "company", "name": text, "notes": text, "segment_id": stage.world.segment.uuidString])
                #expect(created.status == .created, "\(text): \(created.text)")
                #expect(sameScalars(created.json["name"] as? String, text), "\(text)")
                #expect(sameScalars(created.json["notes"] as? String, text), "\(text)")
                let id = try #require(created.json["id"] as? String)
                let read = try await app.api(.GET, "/api/v1/clients/\(id)", headers: .bearer(stage.admin))
                #expect(sameScalars(read.json["name"] as? String, text), "\(text)")
                let card = try await browser.get("/clients/\(id)")
                #expect(card.status == .ok, "\(text)")
                Self.expectShownEscaped(text, on: card.text, "the client card's name")
            }
        }
    }

    @Test func userNamesComeBackExactly() async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            for text in TextCorpus.strings {
                let created = try await app.api(.POST, "/api/v1/users", headers: .bearer(stage.admin),
                                                json: ["email": "u-\(UUID().uuidString.prefix(8).lowercased())@test.example", "password": "long enough pw",
                                                       "role": "worker", "display_name": text])
                #expect(created.status == .created, "\(text): \(created.text)")
                #expect(sameScalars(created.json["display_name"] as? String, text), "\(text)")
                let id = try #require(created.json["id"] as? String)
                let read = try await app.api(.GET, "/api/v1/users/\(id)", headers: .bearer(stage.admin))
                #expect(sameScalars(read.json["display_name"] as? String, text), "\(text)")
            }
        }
    }
}

@Suite("Bad input: fields the server owns cannot be sent")
struct ServerOwnedFieldsTests {
    @Test func anOrderIgnoresItsNumberTotalVersionAndId() async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            let forged = UUID().uuidString
            let body = #"{"client_id":"\#(stage.world.client)","lines":[{"product_id":"\#(stage.world.stocked)","quantity":2}],"#
                + #""id":"\#(forged)","number":"HACK-1","total_minor":1,"version":99,"claim_count":-5,"created_at":"1970-01-01T00:00:00Z"}"#
            let created = try await app.api(.POST, "/api/v1/orders", headers: .bearer(stage.manager), raw: body)
            #expect(created.status == .created)
            #expect(created.json["id"] as? String != forged)
            #expect(created.json["number"] as? String != "HACK-1")
            #expect(created.json["total_minor"] as? Int == 2_500)
            #expect(created.json["version"] as? Int == 1)
            #expect(created.json["claim_count"] as? Int == 0)
        }
    }

    @Test func aProductIgnoresItsReserveAndVersion() async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            let created = try await app.api(.POST, "/api/v1/products", headers: .bearer(stage.admin),
                                            raw: #"{"sku":"SKU-X1","name":"Box","on_hand":4,"reserved":100,"available":1000,"version":7,"active":false}"#)
            #expect(created.status == .created)
            #expect(created.json["reserved"] as? Int == 0)
            #expect(created.json["available"] as? Int == 4)
            #expect(created.json["version"] as? Int == 1)
            #expect(created.json["active"] as? Bool == true)
        }
    }

    @Test func aUserCannotBeCreatedWithAHashOrAsInactive() async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            let created = try await app.api(.POST, "/api/v1/users", headers: .bearer(stage.admin),
                                            raw: #"{"email":"plain@test.example","password":"long enough pw","role":"worker","password_hash":"$2b$04$forged","version":9}"#)
            #expect(created.status == .created)
            #expect(created.json["version"] as? Int == 1)
            let login = try await app.api(.POST, "/api/v1/auth/login", json: ["email": "plain@test.example", "password": "long enough pw"])
            #expect(login.status == .created)
        }
    }

    @Test func aCommentCannotForgeItsAuthor() async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            let created = try await app.api(.POST, "/api/v1/orders/\(stage.order.id)/comments", headers: .bearer(stage.manager),
                                            raw: #"{"body":"hi","author":"The CEO","from_client":true,"at":"1970-01-01T00:00:00Z"}"#)
            #expect(created.status == .created)
            #expect(created.json["author"] as? String != "The CEO")
            #expect(created.json["from_client"] as? Bool == false)
        }
    }

    @Test func aClaimStartsOpenWhateverIsSent() async throws {
        try await withApp { app in
            let stage = try await BadInputStage.make(app)
            var version = stage.order.version
            for step in ["sent", "received", "placed", "invoiced", "picked", "dispatched"] {
                version = try #require(try await app.step(stage.order.id, to: step, version: version, token: stage.manager).json["version"] as? Int)
            }
            let created = try await app.api(.POST, "/api/v1/orders/\(stage.order.id)/claims", headers: .bearer(stage.manager),
                                            raw: #"{"reason":"late","description":"2 days","status":"resolved","resolution":"paid"}"#)
            #expect(created.status == .created)
            #expect(created.json["status"] as? String == "open")
        }
    }
}

/// A JSON value for bodies that mix kinds.
enum AnyCodable: Encodable, Sendable {
    case string(String), int(Int), array([AnyCodable]), object([String: AnyCodable])

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .int(let i): try c.encode(i)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }
}
