import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// A client's monthly statement (DOMAIN §2.4, issue "requests": outside the package, priced,
/// billed on a monthly statement): the requests filed that month outside the package and not
/// refused, each with its price, and their total.
enum StatementQueries {
    static func statement(_ clientID: UUID, month: String, on db: any Database) async throws -> StatementDTO {
        let rows = try await db.sql.raw("""
            SELECT \(unsafeRaw: RequestQueries.columns) \(unsafeRaw: RequestQueries.from)
            WHERE r.client_id = \(bind: clientID) AND r.month = \(bind: month) AND r.inside_package = \(bind: false)
              AND r.price_minor > 0 AND r.status <> 'refused'
            ORDER BY r.created_at, r.id
            """).all().map(RequestQueries.dto)
        let currency = rows.first?.currency ?? "UAH"
        return StatementDTO(client_id: clientID, month: month, lines: rows.map {
            StatementDTO.Line(request_id: $0.id, filed_at: $0.created_at, kind: $0.kind, service_id: $0.service_id, service_code: $0.service_code,
                              description: $0.description, status: $0.status, price_minor: $0.price_minor, currency: $0.currency)
        }, total_minor: rows.reduce(0) { $0 + $1.price_minor }, currency: currency)
    }

    /// `month=YYYY-MM`, this month (company time) when left out; anything else names the field.
    static func month(_ req: Request, now: Date, calendar: CompanyCalendar) throws -> String {
        guard let raw = req.query[String.self, at: "month"], !raw.isEmpty else { return ServicesInput.month(of: now, calendar) }
        let parts = raw.split(separator: "-")
        guard raw.count == 7, parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1900...2200).contains(y), (1...12).contains(m) else {
            throw Problem.field("month", req.language.t("must be a month written YYYY-MM", "должен быть месяцем в виде ГГГГ-ММ"))
        }
        return raw
    }
}

/// The monthly statement as the API, the card's page and the cabinet show it.
struct StatementDTO: Content, Equatable {
    struct Line: Content, Equatable {
        var request_id: UUID
        var filed_at: Date
        var kind: String
        var service_id: UUID?
        var service_code: String?
        var description: String
        var status: String
        var price_minor: Int64
        var currency: String
    }

    var client_id: UUID
    var month: String
    var lines: [Line]
    var total_minor: Int64
    var currency: String
}
