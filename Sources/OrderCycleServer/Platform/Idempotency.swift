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

/// `Idempotency-Key` handling for every creating POST. The key is claimed first (so a second
/// request with the key while the first runs gets 409), and the response is stored in the
/// same transaction as the write, so that a key is "done" exactly when its write committed.
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

    static func create(
        _ req: Request, _ write: @escaping @Sendable (any Database) async throws -> CreatedResponse
    ) async throws -> Response {
        guard let key = try key(of: req) else {
            return try await req.write(write).response()
        }
        // The fingerprint and the handler would read a repeated key differently: refused before any claim.
        if let body = req.body.data, req.headers.contentType?.subType.hasSuffix("json") == true { try JSONDuplicateKeys.refuse(body) }
        let scope = try scopeOf(req)
        let fingerprint = Self.fingerprint(req)
        let db = req.db

        let claim: IdempotencyRecord
        switch try await claimKey(scope: scope, key: key, fingerprint: fingerprint, req: req) {
        case .claimed(let record): claim = record
        case .replay(let stored): return stored.response(replayed: true)
        }
        let claimID = try claim.requireID()
        do {
            return try await req.write { tx in
                let created = try await write(tx)
                let updated = try await IdempotencyRecord.query(on: tx).filter(\.$id == claimID)
                    .set(\.$state, to: .done).set(\.$statusCode, to: Int(created.status.code))
                    .set(\.$responseBody, to: String(decoding: created.body, as: UTF8.self))
                    .set(\.$location, to: created.location).set(\.$etag, to: created.etag)
                    .update()
                _ = updated
                return created
            }.response()
        } catch {
            // Nothing was written; free the key so that a corrected retry may use it.
            try? await IdempotencyRecord.query(on: db).filter(\.$id == claimID).filter(\.$state == .running).delete()
            throw error
        }
    }

    private enum Claim { case claimed(IdempotencyRecord), replay(CreatedResponse) }

    private static func claimKey(scope: String, key: String, fingerprint: String, req: Request) async throws -> Claim {
        let now = req.clock.now()
        for _ in 0..<3 {
            if let existing = try await IdempotencyRecord.query(on: req.db).filter(\.$scope == scope).filter(\.$key == key).first() {
                guard existing.fingerprint == fingerprint else {
                    throw Problem(.idempotencyMismatch, detail: "This Idempotency-Key was used with a different request body or path")
                }
                if existing.state == .done, let status = existing.statusCode {
                    return .replay(CreatedResponse(status: HTTPResponseStatus(statusCode: status),
                                                   body: Data((existing.responseBody ?? "").utf8),
                                                   location: existing.location, etag: existing.etag))
                }
                if now.timeIntervalSince(existing.createdAt) < abandonedAfter { throw Problem(.idempotencyInFlight) }
                // Take over an abandoned claim, atomically: only one retry wins it.
                let staleBefore = now.addingTimeInterval(-abandonedAfter)
                try await IdempotencyRecord.query(on: req.db).filter(\.$id == existing.requireID())
                    .filter(\.$state == .running).filter(\.$createdAt < staleBefore).delete()
                continue
            }
            do {
                // Made inside the transaction: a transaction that is run again creates a fresh row.
                let record = try await req.write { tx in
                    let record = IdempotencyRecord(scope: scope, key: key, fingerprint: fingerprint, now: now)
                    try await record.create(on: tx)
                    return record
                }
                return .claimed(record)
            } catch {
                continue // another request claimed it between our read and insert; read again
            }
        }
        throw Problem(.idempotencyInFlight)
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
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
