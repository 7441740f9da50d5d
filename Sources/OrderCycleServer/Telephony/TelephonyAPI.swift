import Fluent
import OrderCycleCore
import SQLKit
import Vapor

/// The telephone exchange's door: an incoming call returns the caller's card and pushes it live
/// to whoever takes the call; the exchange (or the person who answered) completes the call log.
enum TelephonyAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.POST, APIRoute.Telephony.calls, access: .only(.operator, .admin), use: incoming)
        routes.endpoint(.GET, APIRoute.Telephony.call, access: .only(.operator, .admin, .manager), use: show)
        routes.endpoint(.PATCH, APIRoute.Telephony.call, access: .only(.operator, .admin, .manager), use: complete)
        routes.endpoint(.GET, APIRoute.Telephony.lookup, access: .only(.operator, .admin, .manager), use: lookup)
        routes.endpoint(.GET, APIRoute.Telephony.clientCalls, access: ClientsAccess.read, use: clientCalls)
    }

    struct IncomingBody: Content {
        var caller: String?
        var called: String?
        var exchange_call_id: String?
    }

    /// Logs the call, answers with the card and pushes it. An exchange that repeats a call id
    /// (a retry) gets the first card back with 200 and no second pop-up.
    @Sendable static func incoming(req: Request) async throws -> Response {
        _ = try Idempotency.key(of: req)
        let body = try req.content.decode(IncomingBody.self)
        var v = FieldValidator()
        let called = v.text("called", body.called, required: false, max: 60)
        let writtenCaller = v.text("caller", body.caller, max: 60)
        let writtenExchangeID = v.text("exchange_call_id", body.exchange_call_id, max: 120)
        let (caller, exchangeID) = try v.check(writtenCaller, writtenExchangeID)
        if let existing = try await CallQueries.find(exchangeCallID: exchangeID, on: req.db) {
            var card = try await CallCards.card(caller: existing.caller, called: existing.called, regionCode: req.application.appConfig.phoneRegion, now: req.clock.now(), on: req.db)
            card.call_id = existing.id
            card.exchange_call_id = existing.exchange_call_id
            card.version = existing.version
            card.routed_to = .init(kind: existing.routed_kind, user_id: existing.routed_to_id)
            return try await card.encodeResponse(status: .ok, for: req).withETag(existing.version)
        }
        let region = req.application.appConfig.phoneRegion
        let actor = try req.actor
        let now = req.clock.now()
        let response = try await Idempotency.create(req) { tx in
            var card = try await CallCards.card(caller: caller, called: called, regionCode: region, now: now, on: tx)
            let id = UUID()
            try await CallQueries.insert(id: id, exchangeCallID: exchangeID, caller: caller, called: called, card: card,
                                         startedAt: now, on: tx)
            // A known client's call is a contact whether or not it is answered; the card still
            // shows the contact before this one, which is what the person answering wants to know.
            if let clientID = card.client?.id { try await CallQueries.recordContact(client: clientID, at: now, on: tx) }
            card.call_id = id
            card.exchange_call_id = exchangeID
            card.version = 1
            try await AuditTrail.record(on: tx, actor: actor, entity: "calls", id: id, action: .create, before: CallCardDTO?.none, after: card, at: now)
            return try CreatedResponse(card, location: APIRoute.Telephony.call(id), version: 1)
        }
        if response.status == .created, response.headers.first(name: "Idempotent-Replayed") == nil,
           let data = response.body.data, let card = try? APIJSON.decoder.decode(CallCardDTO.self, from: data) {
            do { try await LiveUpdates.services(req.application).bus.publish(try CallCards.event(card)) } catch {
                // The card is in the answer and the call is logged; a lost pop-up must not fail the exchange's request.
                req.logger.warning("call card not pushed", metadata: ["error": "\(error)"])
            }
        }
        return response
    }

    /// The card for a number without logging a call (the operator's "who is this?", and the benchmark).
    @Sendable static func lookup(req: Request) async throws -> CallCardDTO {
        var v = FieldValidator()
        let written = v.text("number", req.query[String.self, at: "number"], max: 60)
        let number = try v.check(written)
        return try await CallCards.lookup(caller: number, regionCode: req.application.appConfig.phoneRegion, now: req.clock.now(),
                                          cache: LiveUpdates.services(req.application).cards, on: try req.application.quickReads())
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard let call = try await CallQueries.find(try idParameter(req), on: req.db) else { throw Problem(.notFound) }
        return try await call.encodeResponse(for: req).withETag(call.version)
    }

    struct CompleteBody: Content {
        var answered_by: UUID?
        var duration_seconds: Int?
        var outcome: String?
        var note: String?
    }

    /// Completes the call log (`CompleteCall`).
    @Sendable static func complete(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(CompleteBody.self)
        let operation = try CompleteCall(callID: id, answeredBy: body.answered_by, durationSeconds: body.duration_seconds,
                                         outcome: body.outcome, note: body.note, expectedVersion: expected)
        let actor = try req.actor
        let now = req.clock.now()
        let call = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return try await call.encodeResponse(for: req).withETag(call.version)
    }

    /// A client's calls, newest first.
    @Sendable static func clientCalls(req: Request) async throws -> Page<CallLog.CallDTO> {
        let id = try idParameter(req)
        let page = try PageRequest(req, ordering: .moment)
        guard try await Client.find(id, on: req.db) != nil else { throw Problem(.notFound) }
        let rows = try await CallQueries.ofClient(id, page: page, on: req.db)
        let items = Array(rows.prefix(page.limit))
        let next = rows.count > page.limit ? items.last.map { Cursor(moment: $0.started_at, id: $0.id).encoded } : nil
        return Page(items: items, next_cursor: next)
    }
}
