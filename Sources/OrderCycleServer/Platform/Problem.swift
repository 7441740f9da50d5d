import Vapor

/// An RFC 9457 problem: every API error leaves the server in this shape, with a stable `type`
/// per kind so that integrations can branch on it.
public struct Problem: Error, Content, Sendable {
    public struct FieldError: Content, Sendable, Equatable {
        public var field: String
        public var message: String
        public init(field: String, message: String) { self.field = field; self.message = message }
    }

    public var type: String
    public var title: String
    public var status: Int
    public var detail: String?
    public var errors: [FieldError]?
    /// A refusal's reason, stable for programs to branch on (the Kanban gate: `overdue_tasks`,
    /// `column_full`, `person_full`); `nil` where `type` says enough.
    public var code: String?
    /// The records that caused the refusal (the overdue tasks that block a pull), by id …
    public var blocking: [UUID]?
    /// … and with what a person needs to find them.
    public var blocking_tasks: [BlockingItem]?

    public struct BlockingItem: Content, Sendable, Equatable {
        public var id: UUID
        public var title: String
        public var deadline: Date?
        public init(id: UUID, title: String, deadline: Date?) { self.id = id; self.title = title; self.deadline = deadline }
    }

    public init(_ kind: Kind, detail: String? = nil, errors: [FieldError]? = nil) {
        self.type = "https://ordercycle.dev/problems/\(kind.rawValue)"
        self.title = kind.title
        self.status = Int(kind.status.code)
        self.detail = detail
        self.errors = errors
    }

    public var httpStatus: HTTPResponseStatus { HTTPResponseStatus(statusCode: status) }

    public enum Kind: String, Sendable {
        case validation = "validation-error"
        case malformed = "malformed-request"
        case duplicateKey = "duplicate-json-key"
        case unauthenticated = "unauthenticated"
        case forbidden = "forbidden"
        case notFound = "not-found"
        case conflict = "conflict"
        case illegalTransition = "illegal-transition"
        case versionMismatch = "version-mismatch"
        case versionRequired = "version-required"
        case idempotencyMismatch = "idempotency-key-reused"
        case idempotencyInFlight = "idempotency-key-in-flight"
        case tooManyRequests = "too-many-requests"
        case payloadTooLarge = "payload-too-large"
        case headerFieldsTooLarge = "header-fields-too-large"
        case unsupportedMediaType = "unsupported-media-type"
        case methodNotAllowed = "method-not-allowed"
        case insufficientStock = "insufficient-stock"
        case internalError = "internal-error"
        case unavailable = "unavailable"

        var status: HTTPResponseStatus {
            switch self {
            case .validation, .idempotencyMismatch: .unprocessableEntity
            case .malformed, .duplicateKey: .badRequest
            case .unauthenticated: .unauthorized
            case .forbidden: .forbidden
            case .notFound: .notFound
            case .conflict, .illegalTransition, .idempotencyInFlight, .insufficientStock: .conflict
            case .versionMismatch: .preconditionFailed
            case .versionRequired: .preconditionRequired
            case .tooManyRequests: .tooManyRequests
            case .payloadTooLarge: .payloadTooLarge
            case .headerFieldsTooLarge: .requestHeaderFieldsTooLarge
            case .unsupportedMediaType: .unsupportedMediaType
            case .methodNotAllowed: .methodNotAllowed
            case .internalError: .internalServerError
            case .unavailable: .serviceUnavailable
            }
        }

        var title: String {
            switch self {
            case .validation: "The request has invalid fields"
            case .malformed: "The request could not be read"
            case .duplicateKey: "The JSON body names a key twice in one object"
            case .unauthenticated: "Authentication is required"
            case .forbidden: "This role may not do that"
            case .notFound: "Not found"
            case .conflict: "The request conflicts with the current state"
            case .illegalTransition: "This status change is not allowed"
            case .versionMismatch: "The resource has changed since it was read"
            case .versionRequired: "If-Match with the resource's ETag is required"
            case .idempotencyMismatch: "The Idempotency-Key was used with another request"
            case .idempotencyInFlight: "A request with this Idempotency-Key is still running"
            case .tooManyRequests: "Too many requests"
            case .payloadTooLarge: "The request body is too large"
            case .headerFieldsTooLarge: "The request's header fields are too large"
            case .unsupportedMediaType: "Unsupported media type"
            case .methodNotAllowed: "Method not allowed"
            case .insufficientStock: "Not enough stock"
            case .internalError: "Something went wrong on our side"
            case .unavailable: "Temporarily unavailable"
            }
        }
    }

    /// The invalid fields and their messages, for a form that shows each beside its field
    /// (the first message wins where a field has several).
    public var fieldMessages: [String: String] {
        Dictionary((errors ?? []).map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
    }

    /// One line for a notice on a page: the invalid fields, else the detail, else the title.
    public var summary: String {
        errors.map { $0.map { "\($0.field): \($0.message)" }.joined(separator: "; ") } ?? detail ?? title
    }

    public static func validation(_ errors: [FieldError]) -> Problem {
        Problem(.validation, detail: errors.map { "\($0.field): \($0.message)" }.joined(separator: "; "), errors: errors)
    }
    public static func field(_ field: String, _ message: String) -> Problem {
        validation([FieldError(field: field, message: message)])
    }
    /// A value that must be unique and is held by another record: the request is well formed,
    /// the data as it stands refuses it, so a 409 that still names the field.
    public static func taken(_ field: String, _ message: String) -> Problem {
        Problem(.conflict, detail: "\(field): \(message)", errors: [FieldError(field: field, message: message)])
    }
}

extension HTTPMediaType {
    static let problemJSON = HTTPMediaType(type: "application", subType: "problem+json")
}
