import Foundation
import OrderCycleCore
import Vapor

/// A catalog service as the API shows it, the catalog page lists it and the audit trail keeps it.
struct ServiceDTO: Content, Equatable {
    var id: UUID
    var code: String
    var name_en: String
    var name_ru: String
    var kind: String
    var phase: String
    var standard_minutes: Int
    var unit: String
    var price_minor: Int64
    var currency: String
    /// The segments the service is open to; empty: every segment.
    var segment_ids: [UUID]
    var active: Bool
    var version: Int

    func name(_ lang: Language) -> String { lang == .ru ? name_ru : name_en }
}

/// What a caller sends to add or change a catalog service (the API's body, the catalog form).
/// On change only the fields sent change; `active false` retires the service.
struct ServiceInput: Content, Sendable {
    var code: String?
    var name_en: String?
    var name_ru: String?
    var kind: String?
    var phase: String?
    var standard_minutes: Int?
    var unit: String?
    var price_minor: Int64?
    var currency: String?
    var segment_ids: [UUID]?
    var active: Bool?
}

/// A subscription package with the services it includes per month.
struct PackageDTO: Content, Equatable {
    struct Item: Content, Equatable {
        var service_id: UUID
        var included_per_month: Int
    }

    var id: UUID
    var code: String
    var name_en: String
    var name_ru: String
    var price_minor: Int64
    var currency: String
    var services: [Item]
    var active: Bool
    var version: Int

    func name(_ lang: Language) -> String { lang == .ru ? name_ru : name_en }
}

struct PackageInput: Content, Sendable {
    struct Item: Content, Sendable {
        var service_id: UUID?
        var included_per_month: Int?
    }

    var code: String?
    var name_en: String?
    var name_ru: String?
    var price_minor: Int64?
    var currency: String?
    var services: [Item]?
    var active: Bool?
}

/// A client's subscription to a package, from one day to another (both inclusive; no end: until ended).
struct SubscriptionDTO: Content, Equatable {
    var id: UUID
    var client_id: UUID
    var package_id: UUID
    var package_code: String
    var starts_on: String
    var ends_on: String?
    var version: Int
}

struct SubscriptionInput: Content, Sendable {
    var package_id: UUID?
    var starts_on: String?
    var ends_on: String?
}

/// A client's package now and what is left of it this month (the card, the call card, the cabinet).
struct CurrentPackageDTO: Content, Equatable {
    struct Allowance: Content, Equatable {
        var service_id: UUID
        var code: String
        var name_en: String
        var name_ru: String
        var included_per_month: Int
        var used: Int
        var left: Int
    }

    var subscription: SubscriptionDTO
    var package: PackageDTO
    var month: String
    var allowance: [Allowance]
}

/// A request (заявка) to the personal service department.
struct ServiceRequestDTO: Content, Equatable {
    var id: UUID
    var client_id: UUID
    var client_name: String
    var kind: String
    var service_id: UUID?
    var service_code: String?
    var order_id: UUID?
    /// A return's or an exchange's goods: a product of the order and how many.
    var product_id: UUID?
    var quantity: Int?
    var scheduled_at: Date?
    var outside_working_hours: Bool
    var description: String
    var status: String
    var inside_package: Bool
    var price_minor: Int64
    var currency: String
    var assignee_id: UUID?
    var assignee_name: String?
    var satisfied: Bool?
    var reason: String?
    var channel: String
    var created_at: Date
    var updated_at: Date
    var done_at: Date?
    var decided_at: Date?
    var version: Int
}

struct ServiceRequestInput: Content, Sendable {
    var kind: String?
    var service_id: UUID?
    var order_id: UUID?
    var product_id: UUID?
    var quantity: Int?
    var scheduled_at: String?
    var description: String?
    var client_id: UUID?
}

struct TransitionInput: Content, Sendable {
    var to: String?
    var satisfied: Bool?
    var reason: String?
    var assignee_id: UUID?
    var scheduled_at: String?
}

/// One upsell suggestion: the package that would cover a service the client keeps buying outside its package.
struct UpsellItemDTO: Content, Equatable {
    var service_id: UUID
    var service_code: String
    var package_id: UUID
    var package_code: String
    var count: Int
    var paid_minor: Int64
    var saving_per_month_minor: Int64
    var currency: String
    var months: Int
}

/// The service department's figures for a period: η by count and by time, F, and what they count.
struct ServiceFiguresDTO: Content, Equatable {
    var from: String
    var to: String
    var segment_id: UUID?
    var client_id: UUID?
    var clients: Int
    var provided: Int
    var possible: Int
    var service_level_by_count: Double?
    var service_level_by_time: Double?
    var decided: Int
    var satisfied: Int
    var flexibility: Double?
    /// Upsell offers answered in the period, those accepted, and their share (null: none answered).
    var upsell_answered: Int
    var upsell_accepted: Int
    var upsell_success_rate: Double?

    private enum CodingKeys: String, CodingKey {
        case from, to, segment_id, client_id, clients, provided, possible, service_level_by_count, service_level_by_time, decided, satisfied, flexibility
        case upsell_answered, upsell_accepted, upsell_success_rate
    }

    /// The figures are written as null when there is nothing to measure (no possible service, no
    /// decided request), never left out: null is the answer, not a missing field.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encodeIfPresent(segment_id, forKey: .segment_id)
        try c.encodeIfPresent(client_id, forKey: .client_id)
        try c.encode(clients, forKey: .clients)
        try c.encode(provided, forKey: .provided)
        try c.encode(possible, forKey: .possible)
        try c.encode(service_level_by_count, forKey: .service_level_by_count)
        try c.encode(service_level_by_time, forKey: .service_level_by_time)
        try c.encode(decided, forKey: .decided)
        try c.encode(satisfied, forKey: .satisfied)
        try c.encode(flexibility, forKey: .flexibility)
        try c.encode(upsell_answered, forKey: .upsell_answered)
        try c.encode(upsell_accepted, forKey: .upsell_accepted)
        try c.encode(upsell_success_rate, forKey: .upsell_success_rate)
    }
}

/// An upsell offer made to a client, and its answer.
struct UpsellOfferDTO: Content, Equatable {
    var id: UUID
    var client_id: UUID
    var service_id: UUID
    var package_id: UUID
    var saving_minor: Int64
    /// `offered`, then `accepted` or `declined`.
    var outcome: String
    var offered_at: Date
    var answered_at: Date?
}

struct UpsellOfferInput: Content, Sendable {
    var service_id: UUID?
    var package_id: UUID?
}
