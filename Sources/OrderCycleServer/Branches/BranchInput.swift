import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// A branch as a person or a program sends it, before checks: the API's JSON body and the
/// staff form both fill it, and `BranchFields` checks it once for both.
struct BranchInput: Content, Sendable {
    var name_en: String?
    var name_ru: String?
    var address: String?
    var lat: Double?
    var lon: Double?
    var hours: HoursDTO?
    var phones: [String]?
    var services: [String]?
    var internal_notes: String?
    var active: Bool?
}

/// A branch's checked fields, with the messages in the user's language: names and address
/// required, coordinates in range (a refusal names `lat` or `lon`), hours that make sense,
/// phones read into E.164 in the company's phone region, services as short codes (which the
/// operations then look up in the service catalog: `refuseUnknown`).
struct BranchFields: Sendable, Equatable, Encodable {
    var nameEn: String
    var nameRu: String
    var address: String
    var lat: Double
    var lon: Double
    var hours: HoursDTO
    var phones: [String]
    var services: [String]
    var internalNotes: String?
    var active: Bool

    static let maxPhones = 10
    static let maxServices = 30

    init(_ input: BranchInput, region: String, lang: Language) throws {
        var v = FieldInput(lang)
        let nameEn = v.text("name_en", input.name_en, max: 200)
        let nameRu = v.text("name_ru", input.name_ru, max: 200)
        let address = v.text("address", input.address, max: 500)
        let lat = Self.coordinate("lat", input.lat, valid: GeoPoint.validLatitude, en: "a latitude from -90 to 90", ru: "широта от -90 до 90", &v)
        let lon = Self.coordinate("lon", input.lon, valid: GeoPoint.validLongitude, en: "a longitude from -180 to 180", ru: "долгота от -180 до 180", &v)
        let hours = (input.hours ?? HoursDTO()).checked(&v).map { HoursDTO($0) }
        var phones: [String] = []
        let phoneRegion = (try? PhoneRegion(isoCode: region)) ?? .ukraine
        for (i, raw) in (input.phones ?? []).enumerated() {
            guard let text = v.text("phones[\(i)]", raw, max: 40) else { continue }
            do {
                let number = try PhoneNumber(parsing: text, defaultRegion: phoneRegion)
                if !phones.contains(number.description) { phones.append(number.description) }
            } catch {
                v.add("phones[\(i)]", en: error.message(.en), ru: error.message(.ru))
            }
        }
        if (input.phones ?? []).count > Self.maxPhones { v.add("phones", en: "must list at most \(Self.maxPhones) numbers", ru: "не больше \(Self.maxPhones) номеров") }
        var services: [String] = []
        for (i, raw) in (input.services ?? []).enumerated() {
            let code = raw
            guard (1...40).contains(code.count), code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }) else {
                v.add("services[\(i)]", en: "must be a code of 1–40 letters a–z, digits, _ or -", ru: "код из 1–40 символов: a–z, цифры, _ или -")
                continue
            }
            if !services.contains(code) { services.append(code) }
        }
        if (input.services ?? []).count > Self.maxServices { v.add("services", en: "must list at most \(Self.maxServices) services", ru: "не больше \(Self.maxServices) услуг") }
        let notes = v.text("internal_notes", input.internal_notes, required: false, max: 2_000)
        (self.nameEn, self.nameRu, self.address, self.lat, self.lon, self.hours) = try v.check(nameEn, nameRu, address, lat, lon, hours)
        self.phones = phones
        self.services = services
        self.internalNotes = notes
        self.active = input.active ?? true
    }

    /// A branch's services are the service catalog's: a code it does not know is refused
    /// naming `services`, so the branch's page can always name what it offers.
    static func refuseUnknown(services unknown: [String], lang: Language) throws {
        guard !unknown.isEmpty else { return }
        var v = FieldInput(lang)
        let list = unknown.joined(separator: ", ")
        v.add("services", en: "names no service of the service catalog: \(list)", ru: "таких услуг нет в каталоге услуг: \(list)")
        try v.check()
    }

    private static func coordinate(_ field: String, _ value: Double?, valid: (Double) -> Bool, en: String, ru: String, _ v: inout FieldInput) -> Double? {
        guard let value else { v.required(field); return nil }
        guard valid(value) else { v.add(field, en: "must be \(en)", ru: "должна быть \(ru)"); return nil }
        return value
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
