import Fluent
import Foundation
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A JSON body that names a key twice in one object is refused: the decoder and the
/// idempotency fingerprint would read it differently.
@Suite("Duplicate JSON keys are refused")
struct DuplicateKeysTests {
    static func scan(_ text: String) -> String? {
        Array(text.utf8).withUnsafeBytes { JSONDuplicateKeys.first(in: $0) }
    }

    @Test func theScannerFindsRepeatedKeysAtAnyDepth() {
        #expect(Self.scan(#"{"a":1,"a":2}"#) == "a")
        #expect(Self.scan(#"{"lines":[{"sku":"x","n":1},{"sku":"y","n":2,"n":3}]}"#) == "lines[1].n")
        #expect(Self.scan(#"{"a":{"b":{"c":1,"c":1}}}"#) == "a.b.c")
        #expect(Self.scan(#"[{"x":1},{"x":1,"x":2}]"#) == "[1].x")
        #expect(Self.scan(#"{"a":1,"\u0061":2}"#) == "a", "an escaped spelling is the same key")
        #expect(Self.scan(" {\n \"a\" : 1 ,\n \"a\" : 2 } ") == "a")
    }

    @Test func theScannerLeavesUniqueKeysAndStringsAlone() {
        #expect(Self.scan(#"{"a":1,"b":2}"#) == nil)
        #expect(Self.scan(#"[{"a":1},{"a":2}]"#) == nil, "the same key in two objects is fine")
        #expect(Self.scan(#"{"a":{"a":1}}"#) == nil, "a nested object has keys of its own")
        #expect(Self.scan(#"{"a":"}\",{\"a\":","b":["a","a"]}"#) == nil, "keys inside strings are text")
        #expect(Self.scan(#"{"a\"":1,"a":2}"#) == nil)
        #expect(Self.scan(#"{"a"#) == nil)
        #expect(Self.scan(#"}]}"a","a"]"#) == nil)
        #expect(Self.scan(String(repeating: "[", count: 100_000)) == nil)
        #expect(Self.scan("") == nil)
    }

    @Test func anOrderWithARepeatedTopLevelKeyIsRefusedAndNothingStored() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, token) = try await makeUser(app, role: .manager)
            let body = #"{"client_id":"\#(world.client)","lines":[{"product_id":"\#(world.stocked)","quantity":1}],"a":1,"a":2}"#
            let response = try await app.api(.POST, "/api/v1/orders", headers: .bearer(token, [("Idempotency-Key", "dup-top")]), raw: body)
            #expect(response.status == .badRequest)
            #expect(response.json["type"] as? String == "https://ordercycle.dev/problems/duplicate-json-key")
            #expect((response.json["detail"] as? String)?.contains("\"a\"") == true)
            #expect(try await Order.query(on: app.db).count() == 0)
            #expect(try await IdempotencyRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func aRepeatedKeyInsideALineIsRefusedAndNamed() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, token) = try await makeUser(app, role: .manager)
            let body = #"{"client_id":"\#(world.client)","lines":[{"product_id":"\#(world.stocked)","quantity":1,"quantity":9}]}"#
            let response = try await app.api(.POST, "/api/v1/orders", headers: .bearer(token), raw: body)
            #expect(response.status == .badRequest)
            #expect(response.json["type"] as? String == "https://ordercycle.dev/problems/duplicate-json-key")
            let fields = (response.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(fields == ["lines[0].quantity"])
            #expect(try await Order.query(on: app.db).count() == 0)
        }
    }

    /// The attack: the fingerprint read the last `quantity` (1) and the handler the first (9),
    /// so the second request replayed the first order's answer while meaning another order.
    @Test func aRepeatedKeyCannotPassForAnEarlierRequest() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, token) = try await makeUser(app, role: .manager)
            let headers = HTTPHeaders.bearer(token, [("Idempotency-Key", "dup-replay")])
            let first = #"{"client_id":"\#(world.client)","lines":[{"product_id":"\#(world.stocked)","quantity":1}]}"#
            #expect(try await app.api(.POST, "/api/v1/orders", headers: headers, raw: first).status == .created)
            let second = #"{"client_id":"\#(world.client)","lines":[{"product_id":"\#(world.stocked)","quantity":9,"quantity":1}]}"#
            let response = try await app.api(.POST, "/api/v1/orders", headers: headers, raw: second)
            #expect(response.status == .badRequest)
            #expect(response.headers.first(name: "Idempotent-Replayed") == nil)
            #expect(try await Order.query(on: app.db).count() == 1)
        }
    }
}
