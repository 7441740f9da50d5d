import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The personal service department's API (DOMAIN §2.4, §4.1, §4.2). Handlers translate HTTP in
/// and out; every change is one of `Services/Operations`, which the pages run the same way.
enum ServicesAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Services.services, access: ServicesAccess.catalogReaders, use: services)
        routes.endpoint(.POST, APIRoute.Services.services, access: ServicesAccess.catalogKeepers, use: createService)
        routes.endpoint(.PATCH, APIRoute.Services.service, access: ServicesAccess.catalogKeepers, use: updateService)
        routes.endpoint(.GET, APIRoute.Services.packages, access: ServicesAccess.catalogReaders, use: packages)
        routes.endpoint(.POST, APIRoute.Services.packages, access: ServicesAccess.catalogKeepers, use: createPackage)
        routes.endpoint(.GET, APIRoute.Services.subscriptions, access: ServicesAccess.ownerReaders, use: subscriptions)
        routes.endpoint(.POST, APIRoute.Services.subscriptions, access: ServicesAccess.accountKeepers, use: connect)
        routes.endpoint(.PATCH, APIRoute.Services.subscription, access: ServicesAccess.accountKeepers, use: setEnd)
        routes.endpoint(.GET, APIRoute.Services.currentPackage, access: ServicesAccess.ownerReaders, use: currentPackage)
        routes.endpoint(.GET, APIRoute.Services.requests, access: ServicesAccess.ownerReaders, use: requests)
        routes.endpoint(.POST, APIRoute.Services.requests, access: ServicesAccess.filers, use: file)
        routes.endpoint(.GET, APIRoute.Services.request, access: ServicesAccess.ownerReaders, use: request)
        routes.endpoint(.PATCH, APIRoute.Services.request, access: ServicesAccess.filersAndWorkers, use: updateRequest)
        routes.endpoint(.POST, APIRoute.Services.transitions, access: ServicesAccess.workers, use: transition)
        routes.endpoint(.GET, APIRoute.Services.upsell, access: ServicesAccess.upsellReaders, use: upsell)
        routes.endpoint(.GET, APIRoute.Services.figures, access: ServicesAccess.figureReaders, use: figures)
        routes.endpoint(.GET, APIRoute.Services.upsellOffers, access: ServicesAccess.upsellReaders, use: upsellOffers)
        routes.endpoint(.POST, APIRoute.Services.upsellOffers, access: ServicesAccess.accountKeepers, use: offer)
        routes.endpoint(.POST, APIRoute.Services.upsellOutcome, access: ServicesAccess.accountKeepers, use: answer)
        routes.endpoint(.GET, APIRoute.Services.statement, access: ServicesAccess.ownerReaders, use: statement)
    }

    static func calendar(_ req: Request) -> CompanyCalendar { CompanyCalendar(timeZone: req.application.appConfig.timeZone) }

    // MARK: the catalog

    /// Every service by code; a client sees the active ones open to its segment.
    @Sendable static func services(req: Request) async throws -> Page<ServiceDTO> {
        let actor = try req.actor
        if actor.role == .client {
            guard let clientID = actor.clientID,
                  let segment = try await req.db.sql.raw("SELECT segment_id FROM clients WHERE id = \(bind: clientID)").first()?.decode(column: "segment_id", as: UUID.self)
            else { return Page(items: [], next_cursor: nil) }
            return Page(items: try await CatalogQueries.services(openTo: segment, on: req.db), next_cursor: nil)
        }
        return Page(items: try await CatalogQueries.services(on: req.db), next_cursor: nil)
    }

    @Sendable static func createService(req: Request) async throws -> Response {
        let operation = try CreateService(try req.content.decode(ServiceInput.self), lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let dto = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(dto, location: APIRoute.Services.service(dto.id), version: dto.version)
        }
    }

    @Sendable static func updateService(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let operation = try UpdateService(serviceID: id, try req.content.decode(ServiceInput.self), expectedVersion: expected, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        let dto = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    /// Every package by code; a client sees the active ones.
    @Sendable static func packages(req: Request) async throws -> Page<PackageDTO> {
        Page(items: try await CatalogQueries.packages(activeOnly: try req.actor.role == .client, on: req.db), next_cursor: nil)
    }

    @Sendable static func createPackage(req: Request) async throws -> Response {
        let operation = try CreatePackage(try req.content.decode(PackageInput.self), lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let dto = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(dto, location: APIRoute.Services.packages(), version: dto.version)
        }
    }

    // MARK: subscriptions

    /// A client's subscriptions, newest first (a client: its own only).
    @Sendable static func subscriptions(req: Request) async throws -> Page<SubscriptionDTO> {
        let id = try idParameter(req)
        try await ServicesAccess.visibleClient(id, to: try req.actor, on: req.db)
        return Page(items: try await SubscriptionQueries.history(of: id, on: req.db), next_cursor: nil)
    }

    @Sendable static func connect(req: Request) async throws -> Response {
        let clientID = try idParameter(req)
        let operation = try ConnectPackage(clientID: clientID, try req.content.decode(SubscriptionInput.self), lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let dto = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(dto, location: APIRoute.Services.subscription(clientID, dto.id), version: dto.version)
        }
    }

    struct EndBody: Content { var ends_on: String?; var open_ended: Bool? }

    /// `ends_on` ends the subscription on that day (a later one renews it); `open_ended true` renews it until ended.
    @Sendable static func setEnd(req: Request) async throws -> Response {
        let clientID = try idParameter(req)
        let subscriptionID = try idParameter(req, "subscription")
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(EndBody.self)
        let operation = try SetSubscriptionEnd(clientID: clientID, subscriptionID: subscriptionID, endsOn: body.ends_on, openEnded: body.open_ended,
                                               expectedVersion: expected, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        let dto = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    /// The package today and what is left of it this month; 404 when the client has none.
    @Sendable static func currentPackage(req: Request) async throws -> CurrentPackageDTO {
        let id = try idParameter(req)
        try await ServicesAccess.visibleClient(id, to: try req.actor, on: req.db)
        guard let current = try await SubscriptionQueries.current(id, now: req.clock.now(), calendar: calendar(req), on: req.db) else {
            throw Problem(.notFound, detail: req.language.t("The client is on no package today.", "Сегодня у клиента нет пакета."))
        }
        return current
    }

    /// The month's requests outside the package, priced (`month=YYYY-MM`, this month by default).
    @Sendable static func statement(req: Request) async throws -> StatementDTO {
        let id = try idParameter(req)
        try await ServicesAccess.visibleClient(id, to: try req.actor, on: req.db)
        let month = try StatementQueries.month(req, now: req.clock.now(), calendar: calendar(req))
        return try await StatementQueries.statement(id, month: month, on: req.db)
    }

    // MARK: requests

    /// Newest first. Filters: `client_id`, `status`, `kind`, `open=true`. A client sees its own.
    @Sendable static func requests(req: Request) async throws -> Page<ServiceRequestDTO> {
        let page = try PageRequest(req, ordering: .moment)
        let actor = try req.actor
        var query = ListFilters(req)
        var filter = RequestQueries.ListFilter()
        filter.clientID = query.id("client_id")
        filter.status = query.choice("status", ServiceRequestStatus.self)
        filter.kind = query.choice("kind", ServiceRequestKind.self)
        filter.openOnly = query.flag("open")
        try query.check()
        return try await RequestQueries.list(visibleTo: actor, filter: filter, page: page, on: req.db)
    }

    @Sendable static func file(req: Request) async throws -> Response {
        let now = req.clock.now()
        let operation = try FileRequest(try req.content.decode(ServiceRequestInput.self), calendar: calendar(req), lang: req.language, now: now)
        let actor = try req.actor
        return try await Idempotency.create(req) { tx in
            let dto = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(dto, location: APIRoute.Services.request(dto.id), version: dto.version)
        }
    }

    @Sendable static func request(req: Request) async throws -> Response {
        let dto = try await ServicesAccess.visibleRequest(try idParameter(req), to: try req.actor, on: req.db)
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    struct UpdateBody: Content { var description: String?; var scheduled_at: String? }

    @Sendable static func updateRequest(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let body = try req.content.decode(UpdateBody.self)
        let now = req.clock.now()
        let operation = try UpdateRequest(requestID: id, description: body.description, scheduledAt: body.scheduled_at, expectedVersion: expected,
                                          calendar: calendar(req), lang: req.language, now: now)
        let actor = try req.actor
        let dto = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    /// `If-Match` when sent (a stale one is refused), else the request as it stands.
    @Sendable static func transition(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = req.headers.first(name: .ifMatch) == nil ? nil : try ETag.expectedVersion(req)
        let now = req.clock.now()
        let operation = try MoveRequest(requestID: id, try req.content.decode(TransitionInput.self), expectedVersion: expected,
                                        calendar: calendar(req), lang: req.language, now: now)
        let actor = try req.actor
        let dto = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        return try await dto.encodeResponse(for: req).withETag(dto.version)
    }

    // MARK: upsell and figures

    @Sendable static func upsell(req: Request) async throws -> Page<UpsellItemDTO> {
        let id = try idParameter(req)
        try await ServicesAccess.visibleClient(id, to: try req.actor, on: req.db)
        return Page(items: try await UpsellQueries.suggestions(for: id, now: req.clock.now(), calendar: calendar(req), on: req.db), next_cursor: nil)
    }

    /// η and F for a period (`from`, `to`: days, default this month), for everyone, a segment or a client.
    @Sendable static func figures(req: Request) async throws -> ServiceFiguresDTO {
        var query = ListFilters(req)
        let cal = calendar(req)
        let today = cal.day(of: req.clock.now())
        let from = query.day("from") ?? CalendarDay(year: today.year, month: today.month, day: 1) ?? today
        let to = query.day("to") ?? today
        if to < from { query.fail("to", "must not be before from", "не раньше начала") }
        let segment = query.id("segment_id"), client = query.id("client_id")
        try query.check()
        return try await ServiceFiguresQueries.figures(from: from, to: to, segmentID: segment, clientID: client, calendar: cal, on: req.db)
    }

    // MARK: upsell offers

    @Sendable static func upsellOffers(req: Request) async throws -> Page<UpsellOfferDTO> {
        let id = try idParameter(req)
        try await ServicesAccess.visibleClient(id, to: try req.actor, on: req.db)
        return Page(items: try await UpsellQueries.offers(of: id, on: req.db), next_cursor: nil)
    }

    /// Records that a suggestion (`service_id`, `package_id` from the upsell list) was offered.
    @Sendable static func offer(req: Request) async throws -> Response {
        let clientID = try idParameter(req)
        let operation = try RecordUpsellOffer(clientID: clientID, try req.content.decode(UpsellOfferInput.self), calendar: calendar(req), lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await Idempotency.create(req) { tx in
            let dto = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(dto, location: APIRoute.Services.upsellOffers(clientID))
        }
    }

    struct OutcomeBody: Content { var outcome: String? }

    /// The client's answer, once: `accepted` or `declined`.
    @Sendable static func answer(req: Request) async throws -> UpsellOfferDTO {
        let body = try req.content.decode(OutcomeBody.self)
        let operation = try AnswerUpsellOffer(clientID: try idParameter(req), offerID: try idParameter(req, "offer"), outcome: body.outcome, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        return try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
    }
}
