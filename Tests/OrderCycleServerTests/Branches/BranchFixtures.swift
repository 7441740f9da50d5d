import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// Branches for the catalog tests: where they stand, what they offer, their hours.
struct NewBranch: Encodable, Sendable {
    var name_en: String
    var name_ru: String
    var address: String
    var lat: Double
    var lon: Double
    var hours: [String: AnyCodableValue]? = nil
    var phones: [String]? = nil
    var services: [String]? = nil
    var internal_notes: String? = nil
    var active: Bool? = nil

    /// Weekdays 09:00–18:00 with lunch 13:00–14:00, Saturday 10:00–15:00, Sunday off, 1 January closed.
    static let officeHours: [String: AnyCodableValue] = [
        "always_open": .bool(false),
        "week": .object(Dictionary(uniqueKeysWithValues: ["mon", "tue", "wed", "thu", "fri"].map {
            ($0, AnyCodableValue.object(["open": .string("09:00"), "close": .string("18:00"),
                                         "breaks": .array([.object(["from": .string("13:00"), "to": .string("14:00")])])]))
        }) .merging(["sat": .object(["open": .string("10:00"), "close": .string("15:00")])]) { a, _ in a }),
        "holidays": .array([.object(["date": .string("2027-01-01"), "name": .string("New Year")])]),
    ]
}

/// A JSON value for bodies whose shape a test spells out.
indirect enum AnyCodableValue: Encodable, Sendable {
    case string(String), bool(Bool), number(Double), object([String: AnyCodableValue]), array([AnyCodableValue])
    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .bool(let b): try c.encode(b)
        case .number(let n): try c.encode(n)
        case .object(let o): try c.encode(o)
        case .array(let a): try c.encode(a)
        }
    }
}

extension Application {
    /// Puts the services the test branches offer into the service catalog, through the services
    /// API as an administrator would: a branch names only the catalog's services.
    func branchServices(_ codes: [String] = BranchPlaces.services, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let (_, admin) = try await makeUser(self, role: .admin)
        for code in codes {
            let response = try await api(.POST, "/api/v1/services", headers: .bearer(admin), json: ServiceInput(
                code: code, name_en: "Branch \(code)", name_ru: "Отделение: \(code)", kind: "basic", phase: "sale", standard_minutes: 10, price_minor: 0))
            #expect(response.status == .created, "\(response.text)", sourceLocation: sourceLocation)
        }
    }

    /// Opens a branch through the API and returns its id.
    func branch(_ b: NewBranch, token: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> UUID {
        let response = try await api(.POST, "/api/v1/branches", headers: .bearer(token), json: b, sourceLocation: sourceLocation)
        #expect(response.status == .created, "\(response.text)", sourceLocation: sourceLocation)
        return try #require(UUID(uuidString: response.json["id"] as? String ?? ""), sourceLocation: sourceLocation)
    }
}

enum BranchPlaces {
    /// The codes of the service catalog the places below offer (`Application.branchServices`).
    static let services = ["pickup", "storage"]
    static let moscowCentre = NewBranch(name_en: "Moscow Centre", name_ru: "Москва Центр", address: "Москва, ул. Тверская, 7", lat: 55.7601, lon: 37.6140,
                                        hours: NewBranch.officeHours, phones: ["8 (495) 123-45-67"], services: ["pickup", "storage"],
                                        internal_notes: "Key safe code 4711")
    static let moscowSouth = NewBranch(name_en: "Moscow South", name_ru: "Москва Юг", address: "Москва, Варшавское шоссе, 118", lat: 55.6160, lon: 37.6180,
                                       hours: ["always_open": .bool(true)], services: ["pickup"])
    static let petersburg = NewBranch(name_en: "Saint Petersburg", name_ru: "Санкт-Петербург", address: "Санкт-Петербург, Невский проспект, 28", lat: 59.9358, lon: 30.3259,
                                      hours: NewBranch.officeHours, services: ["storage"])
    static let kazan = NewBranch(name_en: "Kazan", name_ru: "Казань", address: "Казань, ул. Баумана, 44", lat: 55.7896, lon: 49.1131, hours: NewBranch.officeHours)
    static let almaty = NewBranch(name_en: "Almaty", name_ru: "Алматы", address: "Алматы, проспект Абая, 10", lat: 43.2389, lon: 76.9455, hours: NewBranch.officeHours,
                                  services: ["pickup"])
}
