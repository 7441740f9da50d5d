import Crypto
import Fluent
import Foundation
import Vapor

/// What a creating handler produced, in a form that can be stored and replayed byte for byte.
struct CreatedResponse: Sendable {
    var status: HTTPResponseStatus = .created
    var body: Data
    var location: String?
    var etag: String?

    init<T: Encodable>(_ value: T, status: HTTPResponseStatus = .created, location: String? = nil, version: Int? = nil) throws {
        self.status = status
        self.body = try APIJSON.encoder.encode(value)
        self.location = location
        self.etag = version.map(ETag.value)
    }

    init(status: HTTPResponseStatus, body: Data, location: String?, etag: String?) {
        self.status = status; self.body = body; self.location = location; self.etag = etag
    }

    func response(replayed: Bool = false) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        if let location { headers.replaceOrAdd(name: .location, value: location) }
        if let etag { headers.replaceOrAdd(name: .eTag, value: etag) }
        if replayed { headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
        return Response(status: status, headers: headers, body: .init(data: body))
    }
}

/// `Idempotency-Key` handling for every creating POST. The key is stored with its response in
/// the same transaction as the write, so that a key is "done" exactly when its write committed
/// and a failed request leaves no trace. Two requests with one key that run at once both write;
/// the second to store the key finds it taken, is rolled back, and answers with the first's
/// response. A key stored as still running (by an earlier release, which claimed keys in a
/// transaction of their own) is answered 409 until it is abandoned.
enum Idempotency {
    static let header = "Idempotency-Key"
    /// A claim older than this belongs to a request that died; a retry may take it over.
    static let abandonedAfter: TimeInterval = 60

    /// The request's key; nil when it sends none. An empty or overlong key is a 400 naming the
    /// header: it is a header, not a field to correct. A handler that may answer before
    /// `create` (a repeated exchange call id) checks it first, so a bad key is never accepted.
    static func key(of req: Request) throws -> String? {
        guard let key = req.headers.first(name: header) else { return nil }
        guard !key.isEmpty, key.unicodeScalars.count <= 200 else {
            throw Problem(.malformed, detail: "\(header): must be 1 to 200 characters",
                          errors: [.init(field: header, message: "must be 1 to 200 characters")])
        }
        return key
    }

    /// The key was stored by another request while this one wrote: this one is rolled back.
    private struct KeyTaken: Error {}

    static func create(
        _ req: Request, _ write: @escaping @Sendable (any Database) async throws -> CreatedResponse
    ) async throws -> Response {
        guard let key = try key(of: req) else {
            return try await req.write(write).response()
        }
        // The fingerprint and the handler would read a repeated key differently: refused before any write.
        if let body = req.body.data, req.headers.contentType?.subType.hasSuffix("json") == true { try JSONDuplicateKeys.refuse(body) }
        let scope = try scopeOf(req)
        let fingerprint = Self.fingerprint(req)
        let now = req.clock.now()
        for _ in 0..<3 {
            if let stored = try await storedAnswer(scope: scope, key: key, fingerprint: fingerprint, now: now, on: req.db) {
                return stored.response(replayed: true)
            }
            do {
                return try await req.write { tx in
                    let created = try await write(tx)
                    do {
                        try await IdempotencyRecord.storeDone(scope: scope, key: key, fingerprint: fingerprint, answer: created, now: now, on: tx)
                    } catch let error as any DatabaseError where error.isConstraintFailure {
                        throw KeyTaken()
                    }
                    return created
                }.response()
            } catch is KeyTaken {
                continue // the other request's answer is read and replayed
            }
        }
        throw Problem(.idempotencyInFlight)
    }

    /// The answer stored under the key, if its request committed; refuses a key reused with
    /// another request, and one whose request is still running.
    private static func storedAnswer(scope: String, key: String, fingerprint: String, now: Date, on db: any Database) async throws -> CreatedResponse? {
        guard let existing = try await IdempotencyRecord.stored(scope: scope, key: key, on: db) else { return nil }
        guard existing.fingerprint == fingerprint else {
            throw Problem(.idempotencyMismatch, detail: "This Idempotency-Key was used with a different request body or path")
        }
        if existing.state == .done, let status = existing.status_code {
            return CreatedResponse(status: HTTPResponseStatus(statusCode: status), body: Data((existing.response_body ?? "").utf8),
                                   location: existing.location, etag: existing.etag)
        }
        if now.timeIntervalSince(existing.created_at) < abandonedAfter { throw Problem(.idempotencyInFlight) }
        // An abandoned claim is taken over: the retry writes as if the key were new.
        let staleBefore = now.addingTimeInterval(-abandonedAfter)
        try await IdempotencyRecord.query(on: db).filter(\.$id == existing.id)
            .filter(\.$state == .running).filter(\.$createdAt < staleBefore).delete()
        return nil
    }

    /// Keys are per caller: two integrations may use the same key without meeting.
    private static func scopeOf(_ req: Request) throws -> String {
        let p = try req.actor
        if let user = p.userID { return "user:\(user)" }
        if case .bearer(let tokenID) = p.credential { return "token:\(tokenID)" }
        return "anonymous"
    }

    /// JSON bodies are compared by meaning, not bytes: the same object with its keys in another
    /// order or other spacing is the same request.
    private static func canonical(_ body: Data) -> Data {
        guard let object = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed])
        else { return body }
        return data
    }

    private static func fingerprint(_ req: Request) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(req.method.rawValue.utf8))
        hasher.update(data: Data(req.url.path.utf8))
        if let body = req.body.data { hasher.update(data: canonical(Data(buffer: body))) }
        return Secrets.hex(hasher.finalize())
    }
}
