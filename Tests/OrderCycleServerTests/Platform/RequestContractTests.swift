import Fluent
import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// What the API document says a request may hold, the server holds to the letter: no field
/// takes `null`, an `Idempotency-Key` is 1 to 200 characters, and a list filter is either given
/// or left out. A page's filter form, which sends its "any" fields empty, still works.
@Suite("The request rules of the API document")
struct RequestContractTests {
    static func nulls(_ text: String) -> [String]? {
        Array(text.utf8).withUnsafeBytes { JSONNullFields.nulls(in: $0)?.paths }
    }

    static func fields(_ response: TestingHTTPResponse) -> [String] {
        (response.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
    }

    @Test func theScannerFindsNullsOutsideStrings() {
        #expect(Self.nulls(#"{"a":null}"#) == ["a"])
        #expect(Self.nulls(#"{"lines":[{"sku":"x"},{"note" : null}],"b":[1,null]}"#) == ["lines[1].note", "b[1]"])
        #expect(Self.nulls(#"{"a":"null","b":"x\"null"}"#) == nil, "null inside a string is text")
        #expect(Self.nulls("null") == nil, "a top-level null is the decoder's to refuse")
        #expect(Self.nulls(#"{"a":1}"#) == nil)
    }

    @Test func aNullInAFieldIsRefusedAndNamedANullElsewhereIgnored() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, token) = try await makeUser(app, role: .manager)
            let line = #"{"product_id":"\#(world.stocked)","quantity":1}"#
            // A null in an optional field, at the top and inside a line: refused, named, nothing stored.
            let top = try await app.api(.POST, "/api/v1/orders", headers: .bearer(token), raw: #"{"client_id":"\#(world.client)","lines":[\#(line)],"notes":null}"#)
            #expect(top.status == .unprocessableEntity)
            #expect(Self.fields(top) == ["notes"])
            let nested = try await app.api(.POST, "/api/v1/orders", headers: .bearer(token),
                                           raw: #"{"client_id":"\#(world.client)","lines":[\#(line),{"product_id":"\#(world.stocked)","quantity":1,"sku":null}]}"#)
            #expect(nested.status == .unprocessableEntity)
            #expect(Self.fields(nested) == ["lines[1].sku"])
            #expect(try await Order.query(on: app.db).count() == 0)
            // Under a key the API does not read, null is ignored like the key.
            let ignored = try await app.api(.POST, "/api/v1/orders", headers: .bearer(token),
                                            raw: #"{"client_id":"\#(world.client)","lines":[\#(line)],"x-extra":null,"y":[null,{"z":null}]}"#)
            #expect(ignored.status == .created)
            // On PATCH a null does not clear the field: it is refused.
            let client = try await app.api(.GET, "/api/v1/clients/\(world.client)", headers: .bearer(token))
            let version = client.json["version"] as? Int ?? 0
            let patch = try await app.api(.PATCH, "/api/v1/clients/\(world.client)", headers: .bearer(token, [("If-Match", "\"\(version)\"")]),
                                          raw: #"{"notes":null}"#)
            #expect(patch.status == .unprocessableEntity)
            #expect(Self.fields(patch) == ["notes"])
        }
    }

    @Test func anEmptyOrOverlongIdempotencyKeyIsA400NamingTheHeader() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, token) = try await makeUser(app, role: .manager)
            let body = #"{"client_id":"\#(world.client)","lines":[{"product_id":"\#(world.stocked)","quantity":1}]}"#
            for key in ["", String(repeating: "k", count: 201)] {
                let response = try await app.api(.POST, "/api/v1/orders", headers: .bearer(token, [("Idempotency-Key", key)]), raw: body)
                #expect(response.status == .badRequest)
                #expect(Self.fields(response) == ["Idempotency-Key"])
            }
            #expect(try await Order.query(on: app.db).count() == 0)
            // A repeated call from the exchange answers its first card, but not to a bad key.
            let (_, exchange) = try await makeUser(app, role: .operator)
            let call = #"{"caller":"+380441234567","exchange_call_id":"ex-1"}"#
            #expect(try await app.api(.POST, "/api/v1/telephony/calls", headers: .bearer(exchange), raw: call).status == .created)
            let repeated = try await app.api(.POST, "/api/v1/telephony/calls", headers: .bearer(exchange, [("Idempotency-Key", "")]), raw: call)
            #expect(repeated.status == .badRequest)
            #expect(Self.fields(repeated) == ["Idempotency-Key"])
        }
    }

    @Test func anEmptyListFilterIsA400ButTheListPagesSendThemEmpty() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, token) = try await makeUser(app, role: .manager)
            let empty = try await app.api(.GET, "/api/v1/clients?segment_id=&kind=", headers: .bearer(token))
            #expect(empty.status == .badRequest)
            #expect(Set(Self.fields(empty)) == ["segment_id", "kind"])
            let given = try await app.api(.GET, "/api/v1/clients?segment_id=\(world.segment)", headers: .bearer(token))
            #expect(given.status == .ok)
            #expect((given.json["items"] as? [Any])?.count == 2)

            let (user, _) = try await makeUser(app, role: .manager, password: "correct horse")
            let browser = Browser(app)
            _ = try await browser.logIn(email: user.email, password: "correct horse")
            let clients = try await browser.get("/clients?q=&kind=&segment_id=&manager_id=&active=true")
            #expect(clients.status == .ok)
            #expect(clients.body.string.contains("Acme Logistics"))
            #expect(try await browser.get("/clients/export.csv?kind=&segment_id=").status == .ok)
            #expect(try await browser.get("/orders?status=").status == .ok)
        }
    }

    /// JSON Schema's `maxLength` counts code points, and so does the server: not what a reader
    /// sees as one character (an accent written as its own code point counts), nor UTF-16 units
    /// (an emoji outside the basic plane counts once).
    @Test func textLengthsCountCodePoints() {
        var v = FieldValidator()
        #expect(v.text("accents", String(repeating: "e\u{301}", count: 100), max: 200) != nil, "100 characters, 200 code points")
        #expect(v.text("too-many", String(repeating: "e\u{301}", count: 101), max: 200) == nil, "101 characters, 202 code points")
        #expect(v.text("emoji", String(repeating: "😀", count: 200), max: 200) != nil, "200 code points, 400 UTF-16 units")
        #expect(v.text("emoji-over", String(repeating: "😀", count: 201), max: 200) == nil)
        #expect(v.errors.map(\.field) == ["too-many", "emoji-over"])
    }

    /// `GET /api/v1/telephony/lookup?number=` holds the document's `RequiredText` with
    /// `maxLength: 60`: required, not blank, no control characters, at most 60 code points.
    @Test func theLookupChecksItsNumber() async throws {
        try await withApp { app in
            let (_, token) = try await makeUser(app, role: .operator)
            let refused = ["", "number=", "number=%20%20", "number=%2B380%01", "number=" + String(repeating: "1", count: 61),
                           "number=" + String(repeating: "1%CC%81", count: 31)]
            for query in refused {
                let response = try await app.api(.GET, "/api/v1/telephony/lookup?" + query, headers: .bearer(token))
                #expect(response.status == .unprocessableEntity, "\(query)")
                #expect(Self.fields(response) == ["number"], "\(query)")
            }
            let sixty = try await app.api(.GET, "/api/v1/telephony/lookup?number=" + String(repeating: "%F0%9F%98%80", count: 60), headers: .bearer(token))
            #expect(sixty.status == .ok, "60 code points, 120 UTF-16 units")
            let known = try await app.api(.GET, "/api/v1/telephony/lookup?number=%2B380445556677", headers: .bearer(token))
            #expect(known.status == .ok)
            #expect(known.json["known"] as? Bool == false)
        }
    }
}
