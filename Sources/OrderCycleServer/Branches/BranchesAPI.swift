import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// The branch catalog's API (DOMAIN §2.5): the public list, one branch and the nearest-branch
/// search, open to all; creating and changing branches for the staff who keep the catalog.
/// Handlers translate HTTP in and out; the writes are `CreateBranch` and `UpdateBranch`, which
/// the staff pages run too.
enum BranchesAPI {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, APIRoute.Branches.branches, access: .open, use: list)
        routes.endpoint(.POST, APIRoute.Branches.branches, access: BranchesAccess.managers, use: create)
        routes.endpoint(.GET, APIRoute.Branches.nearest, access: .open, use: nearest)
        routes.endpoint(.GET, APIRoute.Branches.branch, access: .open, use: show)
        routes.endpoint(.PUT, APIRoute.Branches.branch, access: BranchesAccess.managers, use: update)
        routes.endpoint(.GET, APIRoute.Branches.photo, access: .open, use: photo)
        routes.endpoint(.PUT, APIRoute.Branches.photo, access: BranchesAccess.managers, use: putPhoto)
    }

    /// The branch's photo (public for an active branch, as the branch is); 404 when it has none.
    @Sendable static func photo(req: Request) async throws -> Response {
        let id = try idParameter(req)
        guard let branch = try await BranchQueries.branch(id, on: req.db), branch.active || BranchesAccess.seesPrivate(req.principal),
              let (format, bytes) = try await BranchQueries.photo(of: id, on: req.db) else { throw Problem(.notFound) }
        return SniffedImage.response(format, bytes, shared: branch.active)
    }

    /// The body is the image itself; it replaces the branch's photo (204).
    @Sendable static func putPhoto(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let operation = try SetBranchPhoto(branchID: id, bytes: req.body.data ?? ByteBuffer(), field: "body", lang: req.language)
        let actor = try req.actor
        try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
        return Response(status: .noContent)
    }

    @Sendable static func list(req: Request) async throws -> Page<BranchDTO> {
        let page = try PageRequest(req, ordering: .text)
        let service = try serviceParameter(req)
        let staff = BranchesAccess.seesPrivate(req.principal)
        let found = try await BranchQueries.list(includeInactive: staff, service: service, page: page, on: req.db)
        return staff ? found : Page(items: found.items.map(\.publicView), next_cursor: found.next_cursor)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let staff = BranchesAccess.seesPrivate(req.principal)
        guard let branch = try await BranchQueries.branch(id, on: req.db), branch.active || staff else { throw Problem(.notFound) }
        return try await (staff ? branch : branch.publicView).encodeResponse(for: req).withETag(branch.version)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let input = try req.content.decode(BranchInput.self)
        let operation = try CreateBranch(input, region: req.application.appConfig.phoneRegion, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        let response = try await Idempotency.create(req) { tx in
            let branch = try await operation.run(by: actor, now: now, on: tx)
            return try CreatedResponse(branch, location: APIRoute.Branches.branch(branch.id), version: branch.version)
        }
        BranchCatalog.of(req.application).invalidate()
        return response
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let expected = try ETag.expectedVersion(req)
        let input = try req.content.decode(BranchInput.self)
        let operation = try UpdateBranch(branchID: id, input, expectedVersion: expected, region: req.application.appConfig.phoneRegion, lang: req.language)
        let actor = try req.actor
        let now = req.clock.now()
        let branch = try await req.write { tx in try await operation.run(by: actor, now: now, on: tx) }
        BranchCatalog.of(req.application).invalidate()
        return try await branch.encodeResponse(for: req).withETag(branch.version)
    }

    /// `lat` and `lon` (the user's position) or `q` (an address or a city typed), `limit`
    /// 1…50 (default 5) and `service`.
    @Sendable static func nearest(req: Request) async throws -> NearestAnswerDTO {
        let lang = req.language
        let query = try NearestQuery(req, lang: lang)
        return try await BranchSearch.nearest(from: query.origin, service: query.service, limit: query.limit, catalog: BranchCatalog.of(req.application),
                                              timeZone: req.application.appConfig.timeZone, now: req.clock.now(), lang: lang, on: req.db)
    }

    /// The `service` filter: a service code, as branches list them.
    static func serviceParameter(_ req: Request) throws -> String? {
        guard let raw = req.query[String.self, at: "service"] else { return nil }
        let code = raw
        guard (1...40).contains(code.count), code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }) else {
            throw Problem.field("service", req.language.t("must be a service code: 1–40 letters a–z, digits, _ or -", "код услуги: 1–40 символов a–z, цифры, _ или -"))
        }
        return code
    }
}

/// The nearest-branch search's parameters as the API and the public search page read them.
struct NearestQuery: Sendable {
    var origin: BranchSearch.Origin
    var service: String?
    var limit: Int

    init(_ req: Request, lang: Language, defaultLimit: Int = BranchSearch.defaultLimit) throws {
        var errors: [Problem.FieldError] = []
        func number(_ name: String, valid: (Double) -> Bool, range: String) -> Double? {
            guard let raw = req.query[String.self, at: name] else { return nil }
            guard let value = Double(raw.replacingOccurrences(of: ",", with: ".")), valid(value) else {
                errors.append(.init(field: name, message: lang.t("must be a number from \(range)", "должно быть числом от \(range.replacingOccurrences(of: " to ", with: " до "))")))
                return nil
            }
            return value
        }
        let lat = number("lat", valid: GeoPoint.validLatitude, range: "-90 to 90")
        let lon = number("lon", valid: GeoPoint.validLongitude, range: "-180 to 180")
        let q = req.query[String.self, at: "q"]
        var limit = defaultLimit
        if let raw = req.query[String.self, at: "limit"] {
            if let value = Int(raw), (1...BranchSearch.maxLimit).contains(value) { limit = value } else {
                errors.append(.init(field: "limit", message: lang.t("must be a whole number from 1 to \(BranchSearch.maxLimit)", "целое число от 1 до \(BranchSearch.maxLimit)")))
            }
        }
        var service: String?
        do { service = try BranchesAPI.serviceParameter(req) } catch let p as Problem { errors += p.errors ?? [] }
        var origin: BranchSearch.Origin?
        let latGiven = req.query[String.self, at: "lat"] != nil, lonGiven = req.query[String.self, at: "lon"] != nil
        if latGiven || lonGiven {
            if !latGiven { errors.append(.init(field: "lat", message: lang.t("is required with lon", "нужна вместе с lon"))) }
            if !lonGiven { errors.append(.init(field: "lon", message: lang.t("is required with lat", "нужна вместе с lat"))) }
            if let lat, let lon { origin = .point(GeoPoint(lat: lat, lon: lon)) }
        } else if let q {
            let trimmed = q.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.unicodeScalars.count > 200 || trimmed.hasControlCharacters {
                errors.append(.init(field: "q", message: lang.t("must be an address or a city, up to 200 characters", "укажите адрес или город, до 200 символов")))
            } else {
                origin = .text(trimmed)
            }
        } else {
            errors.append(.init(field: "lat", message: lang.t("give lat and lon, or q (an address or a city)", "укажите lat и lon или q (адрес или город)")))
        }
        if !errors.isEmpty { throw Problem.validation(errors) }
        guard let origin else { throw Problem(.validation, detail: "A required field is missing") }
        self.origin = origin
        self.service = service
        self.limit = limit
    }
}
