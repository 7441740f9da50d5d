import Foundation

/// The bad-input corpus: requests a careless or hostile caller sends, each with the answer it
/// must get. Placeholders ($CLIENT, $PRODUCT, $ORDER, …) are filled in by `BadInputStage`.
enum BadInputCorpus {
    static let cases: [BadInputCase] = malformed + orders + products + users + transitions + claims + comments + logins + clients
        + stockMovements + unknownRecords

    /// Bodies that are not a JSON object of the right shape, sent to every endpoint.
    static let malformed: [BadInputCase] = BadInputTarget.allCases.flatMap { t -> [BadInputCase] in
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let huge = #"{"x":""# + String(repeating: "a", count: 3 * 1024 * 1024) + #""}"#
        return [
            .init(target: t, label: "empty body", body: .text(""), expected: [400]),
            .init(target: t, label: "unterminated object", body: .text("{"), expected: [400]),
            .init(target: t, label: "cut after a key", body: .text(#"{"a":"#), expected: [400]),
            .init(target: t, label: "null", body: .text("null"), expected: [400]),
            .init(target: t, label: "an array", body: .text("[]"), expected: [400]),
            .init(target: t, label: "a number", body: .text("42"), expected: [400]),
            .init(target: t, label: "a string", body: .text(#""text""#), expected: [400]),
            .init(target: t, label: "true", body: .text("true"), expected: [400]),
            .init(target: t, label: "empty object", body: .text("{}"), expected: [422]),
            .init(target: t, label: "trailing comma", body: .text(#"{"a":1,}"#), expected: [400, 422]),
            .init(target: t, label: "single quotes", body: .text("{'a': 1}"), expected: [400]),
            .init(target: t, label: "NaN literal", body: .text(#"{"a": NaN}"#), expected: [400]),
            .init(target: t, label: "garbage after the object", body: .text(t.validBody + " trailing"), expected: [400]),
            .init(target: t, label: "10,000 nested arrays", body: .text(deep), expected: [400]),
            .init(target: t, label: "invalid UTF-8", body: .bytes(Array(#"{"x":""#.utf8) + [0xFF, 0xFE, 0xC3] + Array(#""}"#.utf8)), expected: [400, 422]),
            .init(target: t, label: "text/plain", body: .text(t.validBody), expected: [400, 415], contentType: "text/plain"),
            .init(target: t, label: "XML", body: .text("<order><id>1</id></order>"), expected: [415], contentType: "application/xml"),
            .init(target: t, label: "3 MB body", body: .text(huge), expected: [413]),
        ]
    }

    static func order(_ label: String, _ body: String, _ expected: Set<UInt> = [422]) -> BadInputCase {
        .init(target: .orders, label: label, body: .text(body), expected: expected)
    }

    static func orderLine(_ label: String, _ line: String, _ expected: Set<UInt> = [422]) -> BadInputCase {
        order(label, #"{"client_id":"$CLIENT","lines":[\#(line)]}"#, expected)
    }

    static func orderField(_ label: String, _ field: String) -> BadInputCase {
        order(label, #"{"client_id":"$CLIENT","lines":[{"product_id":"$PRODUCT","quantity":1}],\#(field)}"#)
    }

    static let orders: [BadInputCase] = [
        order("client_id a number", #"{"client_id":42,"lines":[{"product_id":"$PRODUCT","quantity":1}]}"#),
        order("client_id not a UUID", #"{"client_id":"acme","lines":[{"product_id":"$PRODUCT","quantity":1}]}"#),
        order("client_id unknown", #"{"client_id":"\#(UUID().uuidString)","lines":[{"product_id":"$PRODUCT","quantity":1}]}"#),
        order("client_id SQL", #"{"client_id":"' OR 1=1 --","lines":[{"product_id":"$PRODUCT","quantity":1}]}"#),
        order("no lines", #"{"client_id":"$CLIENT"}"#),
        order("empty lines", #"{"client_id":"$CLIENT","lines":[]}"#),
        order("lines a string", #"{"client_id":"$CLIENT","lines":"1 box"}"#),
        order("lines an object", #"{"client_id":"$CLIENT","lines":{"product_id":"$PRODUCT","quantity":1}}"#),
        orderLine("a null line", "null"),
        orderLine("a line that is a number", "7"),
        orderLine("quantity missing", #"{"product_id":"$PRODUCT"}"#),
        orderLine("product missing", #"{"quantity":1}"#),
        orderLine("quantity zero", #"{"product_id":"$PRODUCT","quantity":0}"#),
        orderLine("quantity negative", #"{"product_id":"$PRODUCT","quantity":-1}"#),
        orderLine("quantity very negative", #"{"product_id":"$PRODUCT","quantity":-9223372036854775808}"#),
        orderLine("quantity a fraction", #"{"product_id":"$PRODUCT","quantity":1.5}"#, [400, 422]),
        orderLine("quantity a string", #"{"product_id":"$PRODUCT","quantity":"1"}"#),
        orderLine("quantity true", #"{"product_id":"$PRODUCT","quantity":true}"#),
        orderLine("quantity 1e30", #"{"product_id":"$PRODUCT","quantity":1e30}"#, [400, 422]),
        orderLine("quantity past Int64", #"{"product_id":"$PRODUCT","quantity":9223372036854775808}"#, [400, 422]),
        orderLine("quantity Int64 max", #"{"product_id":"$PRODUCT","quantity":9223372036854775807}"#),
        orderLine("quantity over a million", #"{"product_id":"$PRODUCT","quantity":1000001}"#),
        orderLine("price negative", #"{"product_id":"$PRODUCT","quantity":1,"unit_price_minor":-1}"#),
        orderLine("price over 10^12", #"{"product_id":"$PRODUCT","quantity":1,"unit_price_minor":1000000000001}"#),
        orderLine("price past Int64", #"{"product_id":"$PRODUCT","quantity":1,"unit_price_minor":18446744073709551616}"#, [400, 422]),
        order("a total past Int64", #"{"client_id":"$CLIENT","lines":["#
            + Array(repeating: #"{"product_id":"$PRODUCT","quantity":1000000,"unit_price_minor":1000000000000}"#, count: 10).joined(separator: ",") + "]}"),
        order("5,001 lines", #"{"client_id":"$CLIENT","lines":["#
            + Array(repeating: #"{"product_id":"$PRODUCT","quantity":1}"#, count: 5_001).joined(separator: ",") + "]}"),
        orderLine("product unknown", #"{"product_id":"\#(UUID().uuidString)","quantity":1}"#),
        orderLine("sku unknown", #"{"sku":"NO-SUCH-SKU","quantity":1}"#),
        orderLine("sku SQL", #"{"sku":"' OR ''='","quantity":1}"#),
        orderLine("sku with NUL", #"{"sku":"BOX\u0000-1","quantity":1}"#, [400]),
        orderLine("product_id not a UUID", #"{"product_id":"box","quantity":1}"#),
        orderField("channel unknown", #""channel":"pigeon""#),
        orderField("priority unknown", #""priority":"now!!""#),
        orderField("status delivered", #""status":"delivered""#),
        orderField("status a number", #""status":3"#),
        orderField("requested 30 February", #""requested_date":"2024-02-30""#),
        orderField("requested year 9999", #""requested_date":"9999-12-31""#),
        orderField("requested year 1999", #""requested_date":"1999-12-31""#),
        orderField("requested month 13", #""requested_date":"2024-13-01""#),
        orderField("requested day 0", #""requested_date":"2024-01-00""#),
        orderField("requested year 0", #""requested_date":"0000-01-01""#),
        orderField("promised without padding", #""promised_date":"2024-1-1""#),
        orderField("promised a timestamp", #""promised_date":"2024-01-01T00:00:00Z""#),
        orderField("promised a number", #""promised_date":20240101"#),
        orderField("promised six-digit year", #""promised_date":"+202401-01-01""#),
        orderField("promised in Arabic digits", #""promised_date":"٢٠٢٤-٠١-٠١""#),
        orderField("promised words", #""promised_date":"tomorrow""#),
        orderField("notes over 4,000 characters", #""notes":"\#(String(repeating: "n", count: 4_001))""#),
        // NUL is refused before decoding (400), whichever field carries it.
        order("notes with NUL", #"{"client_id":"$CLIENT","lines":[{"product_id":"$PRODUCT","quantity":1}],"notes":"a\u0000b"}"#, [400]),
        orderField("notes with ESC", #""notes":"a\u001b[31mred""#),
        orderField("notes an object", #""notes":{"text":"hi"}"#),
        orderField("external_ref over 100 characters", #""external_ref":"\#(String(repeating: "r", count: 101))""#),
        orderField("external_ref a number", #""external_ref":12345"#),
    ]

    static func product(_ label: String, _ body: String, _ expected: Set<UInt> = [422]) -> BadInputCase {
        .init(target: .products, label: label, body: .text(body), expected: expected)
    }

    static let products: [BadInputCase] = [
        product("sku missing", #"{"name":"Box"}"#),
        product("sku blank", #"{"sku":"   ","name":"Box"}"#),
        product("sku over 64", #"{"sku":"\#(String(repeating: "S", count: 65))","name":"Box"}"#),
        product("sku taken", #"{"sku":"BOX-1","name":"Box"}"#, [409]),
        product("sku a number", #"{"sku":12,"name":"Box"}"#),
        product("name missing", #"{"sku":"SKU-$UNIQ"}"#),
        product("name over 300", #"{"sku":"SKU-$UNIQ","name":"\#(String(repeating: "N", count: 301))"}"#),
        product("name with a bell", #"{"sku":"SKU-$UNIQ","name":"Box\u0007"}"#),
        product("price negative", #"{"sku":"SKU-$UNIQ","name":"Box","price_minor":-1}"#),
        product("price past Int64", #"{"sku":"SKU-$UNIQ","name":"Box","price_minor":1e19}"#, [400, 422]),
        product("price a string", #"{"sku":"SKU-$UNIQ","name":"Box","price_minor":"10.00"}"#),
        product("currency two letters", #"{"sku":"SKU-$UNIQ","name":"Box","currency":"US"}"#),
        product("currency with umlaut", #"{"sku":"SKU-$UNIQ","name":"Box","currency":"ÜSD"}"#),
        product("currency digits", #"{"sku":"SKU-$UNIQ","name":"Box","currency":"123"}"#),
        product("on_hand negative", #"{"sku":"SKU-$UNIQ","name":"Box","on_hand":-1}"#),
        product("on_hand over 10^9", #"{"sku":"SKU-$UNIQ","name":"Box","on_hand":2000000000}"#),
        product("required_norm negative", #"{"sku":"SKU-$UNIQ","name":"Box","required_norm":-5}"#),
        product("is_new a string", #"{"sku":"SKU-$UNIQ","name":"Box","is_new":"yes"}"#),
    ]

    static func user(_ label: String, _ body: String, _ expected: Set<UInt> = [422]) -> BadInputCase {
        .init(target: .users, label: label, body: .text(body), expected: expected)
    }

    static let users: [BadInputCase] = [
        user("email missing", #"{"password":"long enough pw","role":"worker"}"#),
        user("email without @", #"{"email":"nobody","password":"long enough pw","role":"worker"}"#),
        user("email without domain dot", #"{"email":"a@b","password":"long enough pw","role":"worker"}"#),
        user("email with a space", #"{"email":"a b@c.example","password":"long enough pw","role":"worker"}"#),
        user("email over 254", #"{"email":"\#(String(repeating: "e", count: 250))@x.example","password":"long enough pw","role":"worker"}"#),
        user("email taken", #"{"email":"$EMAIL","password":"long enough pw","role":"worker"}"#),
        user("email SQL", #"{"email":"x'; DROP TABLE users; --","password":"long enough pw","role":"worker"}"#),
        user("password short", #"{"email":"new-$UNIQ@test.example","password":"short","role":"worker"}"#),
        user("password over 128", #"{"email":"new-$UNIQ@test.example","password":"\#(String(repeating: "p", count: 129))","role":"worker"}"#),
        user("password a number", #"{"email":"new-$UNIQ@test.example","password":12345678,"role":"worker"}"#),
        user("role unknown", #"{"email":"new-$UNIQ@test.example","password":"long enough pw","role":"root"}"#),
        user("role missing", #"{"email":"new-$UNIQ@test.example","password":"long enough pw"}"#),
        user("client user without client", #"{"email":"new-$UNIQ@test.example","password":"long enough pw","role":"client"}"#),
        user("client user of an unknown client", #"{"email":"new-$UNIQ@test.example","password":"long enough pw","role":"client","client_id":"\#(UUID().uuidString)"}"#),
        user("display_name over 120", #"{"email":"new-$UNIQ@test.example","password":"long enough pw","role":"worker","display_name":"\#(String(repeating: "d", count: 121))"}"#),
        user("display_name with a backspace", #"{"email":"new-$UNIQ@test.example","password":"long enough pw","role":"worker","display_name":"a\b"}"#),
    ]

    static func transition(_ label: String, _ body: String, _ expected: Set<UInt> = [422], ifMatch: String? = "$VERSION") -> BadInputCase {
        .init(target: .transition, label: label, body: .text(body), expected: expected, ifMatch: ifMatch)
    }

    static let transitions: [BadInputCase] = [
        transition("to missing", #"{"reason":"x"}"#),
        transition("to unknown", #"{"to":"teleported"}"#),
        transition("to a number", #"{"to":5}"#),
        transition("to null", #"{"to":null}"#),
        transition("to in capitals", #"{"to":"SENT"}"#),
        transition("reason over 1,000", #"{"to":"sent","reason":"\#(String(repeating: "r", count: 1_001))"}"#),
        transition("reason with NUL", #"{"to":"sent","reason":"a\u0000"}"#, [400]),
        transition("cancel without a reason", #"{"to":"cancelled"}"#),
        transition("cancel with a blank reason", #"{"to":"cancelled","reason":" \t "}"#),
        transition("a step that is not next", #"{"to":"delivered"}"#, [409]),
        transition("If-Match missing", #"{"to":"sent"}"#, [428], ifMatch: nil),
        transition("If-Match not an entity tag", #"{"to":"sent"}"#, [400], ifMatch: "yesterday"),
        transition("If-Match a list of tags", #"{"to":"sent"}"#, [400], ifMatch: "\"1\", \"2\""),
        transition("If-Match a tag that is no version", #"{"to":"sent"}"#, [412], ifMatch: "\"yesterday\""),
        transition("If-Match stale", #"{"to":"sent"}"#, [412], ifMatch: "\"999\""),
        transition("If-Match past Int64", #"{"to":"sent"}"#, [412], ifMatch: "\"99999999999999999999\""),
    ]

    static func claim(_ label: String, _ body: String, _ expected: Set<UInt> = [422]) -> BadInputCase {
        .init(target: .claim, label: label, body: .text(body), expected: expected)
    }

    static let claims: [BadInputCase] = [
        claim("reason unknown", #"{"reason":"because","description":"x"}"#),
        claim("reason missing", #"{"description":"x"}"#),
        claim("reason a number", #"{"reason":1,"description":"x"}"#),
        claim("description missing", #"{"reason":"damaged"}"#),
        claim("description blank", #"{"reason":"damaged","description":"   "}"#),
        claim("description over 4,000", #"{"reason":"damaged","description":"\#(String(repeating: "d", count: 4_001))"}"#),
        claim("description an array", #"{"reason":"damaged","description":["a"]}"#),
        claim("on an order not yet dispatched", #"{"reason":"damaged","description":"Box crushed"}"#, [409]),
    ]

    static func comment(_ label: String, _ body: String, _ expected: Set<UInt> = [422]) -> BadInputCase {
        .init(target: .comment, label: label, body: .text(body), expected: expected)
    }

    static let comments: [BadInputCase] = [
        comment("body missing", #"{"text":"hi"}"#),
        comment("body empty", #"{"body":""}"#),
        comment("body only whitespace", #"{"body":" \n\t\u00a0 "}"#),
        comment("body over 4,000", #"{"body":"\#(String(repeating: "c", count: 4_001))"}"#),
        comment("body null", #"{"body":null}"#),
        comment("body a number", #"{"body":42}"#),
        comment("body an object", #"{"body":{"html":"<b>hi</b>"}}"#),
        comment("body with a bell", #"{"body":"ding\u0007"}"#),
        .init(target: .comment, label: "body with invalid UTF-8", body: .bytes(Array(#"{"body":"caf"#.utf8) + [0xE9, 0x80] + Array(#""}"#.utf8)), expected: [400]),
        comment("body with a lone surrogate escape", #"{"body":"half \ud800 pair"}"#, [400, 422]),
    ]

    static func login(_ label: String, _ body: String, _ expected: Set<UInt> = [422]) -> BadInputCase {
        .init(target: .login, label: label, body: .text(body), expected: expected)
    }

    static let logins: [BadInputCase] = [
        login("email missing", #"{"password":"correct horse"}"#),
        login("password missing", #"{"email":"$EMAIL"}"#),
        login("email a number", #"{"email":42,"password":"correct horse"}"#),
        login("password null", #"{"email":"$EMAIL","password":null}"#),
        login("password empty", #"{"email":"$EMAIL","password":""}"#),
        login("email over 254", #"{"email":"\#(String(repeating: "e", count: 300))","password":"correct horse"}"#),
        login("email SQL always-true", #"{"email":"' OR '1'='1","password":"x"}"#, [401]),
        login("email SQL comment", #"{"email":"$EMAIL'--","password":"x"}"#, [401]),
        login("password SQL always-true", #"{"email":"$EMAIL","password":"' OR '1'='1"}"#, [401]),
        login("password of 100,000 characters", #"{"email":"$EMAIL","password":"\#(String(repeating: "p", count: 100_000))"}"#, [401, 422]),
        login("password of the right text and a NUL", #"{"email":"$EMAIL","password":"correct horse\u0000"}"#, [400]),
    ]

    static func client(_ label: String, _ body: String, _ expected: Set<UInt> = [422]) -> BadInputCase {
        .init(target: .clients, label: label, body: .text(body), expected: expected)
    }

    static func clientWith(_ label: String, _ extra: String, _ expected: Set<UInt> = [422]) -> BadInputCase {
        client(label, #"{"kind":"customer","party":"company","name":"Acme $UNIQ","segment_id":"$SEGMENT",\#(extra)}"#, expected)
    }

    static let clients: [BadInputCase] = [
        client("name missing", #"{"kind":"customer","party":"company","segment_id":"$SEGMENT"}"#),
        client("kind unknown", #"{"kind":"alien","party":"company","name":"Acme","segment_id":"$SEGMENT"}"#),
        client("party unknown", #"{"kind":"customer","party":"crowd","name":"Acme","segment_id":"$SEGMENT"}"#),
        client("segment missing", #"{"kind":"customer","party":"company","name":"Acme"}"#),
        client("segment unknown", #"{"kind":"customer","party":"company","name":"Acme","segment_id":"\#(UUID().uuidString)"}"#),
        client("segment not a UUID", #"{"kind":"customer","party":"company","name":"Acme","segment_id":"retail"}"#),
        client("name over 200", #"{"kind":"customer","party":"company","name":"\#(String(repeating: "A", count: 201))","segment_id":"$SEGMENT"}"#),
        clientWith("notes over 4,000", #""notes":"\#(String(repeating: "n", count: 4_001))""#),
        clientWith("51 contacts", #""contacts":[\#(Array(repeating: #"{"name":"C"}"#, count: 51).joined(separator: ","))]"#),
        clientWith("an e-mail that is not one", #""contacts":[{"name":"C","emails":["not-an-email"]}]"#),
        clientWith("a phone of letters", #""contacts":[{"name":"C","phones":[{"number":"call me maybe"}]}]"#),
        clientWith("latitude 91", #""addresses":[{"line":"Main St 1","city":"Kyiv","latitude":91,"longitude":30}]"#),
        clientWith("longitude -181", #""addresses":[{"line":"Main St 1","city":"Kyiv","latitude":50,"longitude":-181}]"#),
        clientWith("latitude a word", #""addresses":[{"line":"Main St 1","latitude":"north"}]"#),
        clientWith("latitude 1e400", #""addresses":[{"line":"Main St 1","latitude":1e400,"longitude":30}]"#, [400, 422]),
        clientWith("addresses an object", #""addresses":{"line":"Main St 1"}"#),
    ]

    static func movement(_ label: String, _ body: String, _ expected: Set<UInt> = [422]) -> BadInputCase {
        .init(target: .stockMovement, label: label, body: .text(body), expected: expected)
    }

    static let stockMovements: [BadInputCase] = [
        movement("kind shipment", #"{"kind":"shipment","quantity":1}"#),
        movement("kind missing", #"{"quantity":1}"#),
        movement("quantity missing", #"{"kind":"receipt"}"#),
        movement("receipt of zero", #"{"kind":"receipt","quantity":0}"#),
        movement("receipt negative", #"{"kind":"receipt","quantity":-1}"#),
        movement("adjustment of zero", #"{"kind":"adjustment","quantity":0}"#),
        movement("adjustment of Int64 min", #"{"kind":"adjustment","quantity":-9223372036854775808}"#),
        movement("adjustment of Int64 max", #"{"kind":"adjustment","quantity":9223372036854775807}"#),
        movement("receipt past Int64", #"{"kind":"receipt","quantity":9223372036854775808}"#, [400, 422]),
        movement("quantity a fraction", #"{"kind":"receipt","quantity":1.5}"#, [400, 422]),
        movement("quantity a string", #"{"kind":"receipt","quantity":"5"}"#),
        movement("adjustment below zero", #"{"kind":"adjustment","quantity":-11}"#, [409]),
        movement("note over 500", #"{"kind":"receipt","quantity":1,"note":"\#(String(repeating: "n", count: 501))"}"#),
    ]

    /// Records that do not exist, named by a UUID or by something else entirely.
    static let unknownRecords: [BadInputCase] = [BadInputTarget.transition, .claim, .comment, .stockMovement].flatMap { t -> [BadInputCase] in
        let sub = t == .stockMovement ? "/api/v1/products/%@/stock-movements" : t.path.replacingOccurrences(of: "$ORDER", with: "%@")
        return [UUID().uuidString, "not-a-uuid", "1%20OR%201=1", "..%2F..%2Fetc%2Fpasswd"].map { id in
            BadInputCase(target: t, label: "unknown record \(id)", body: .text(t.validBody), expected: [404],
                         path: sub.replacingOccurrences(of: "%@", with: id))
        }
    }
}
