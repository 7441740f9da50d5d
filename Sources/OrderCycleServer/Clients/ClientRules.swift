import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// A client's fields after validation, ready to store. On change, nil means "leave as it is".
struct ValidClient: Sendable, Encodable {
    var code: String?
    var kind: ClientKind?
    var party: PartyType?
    var name: String?
    var taxID: String??
    var segmentID: UUID?
    var notes: String??
    var active: Bool?
    var contacts: [ValidContact]?
    var addresses: [ValidAddress]?
}

struct ValidContact: Sendable, Encodable, Equatable {
    var name: String
    var position: String?
    var notes: String?
    var phones: [ValidPhone]
    var emails: [String]
}

struct ValidPhone: Sendable, Encodable, Equatable {
    var e164: String
    var `extension`: String?
    var asWritten: String
    var label: String?
}

struct ValidAddress: Sendable, Encodable, Equatable {
    var label: String?
    var line: String
    var city: String?
    var region: String?
    var postalCode: String?
    var country: String?
    var latitude: Double?
    var longitude: Double?
}

/// Validation of clients, shared by the API, the web form, the cabinet and the import: every
/// invalid field is reported at once, under the name the caller used (`contacts[0].phones[1].number`).
struct ClientRules {
    var region: PhoneRegion
    var lang: Language = .en

    init(regionCode: String, lang: Language = .en) {
        self.region = (try? PhoneRegion(isoCode: regionCode)) ?? .ukraine
        self.lang = lang
    }

    /// A new client: kind, party, name and segment are required.
    func validateNew(_ input: ClientInput, on db: any Database) async throws -> ValidClient {
        var v = FieldValidator(lang: lang)
        var out = ValidClient()
        out.kind = kind(input.kind, required: true, into: &v)
        out.party = party(input.party, required: true, into: &v)
        out.name = v.text("name", input.name, max: 200)
        out.code = v.text("code", input.code, required: false, max: 40)
        out.taxID = .some(v.text("tax_id", input.tax_id, required: false, max: 40))
        out.notes = .some(v.text("notes", input.notes, required: false, max: 4000))
        if input.segment_id == nil { v.add("segment_id", lang.t("is required", "обязательно")) }
        out.segmentID = input.segment_id
        out.active = input.active
        out.contacts = contacts(input.contacts ?? [], fallbackName: out.name, into: &v)
        out.addresses = addresses(input.addresses ?? [], into: &v)
        try await checkReferences(out, clientID: nil, on: db, into: &v)
        try v.check()
        return out
    }

    /// A change: only the fields sent are checked and changed.
    func validateChange(_ input: ClientInput, currentName: String, clientID: UUID, on db: any Database) async throws -> ValidClient {
        var v = FieldValidator(lang: lang)
        var out = ValidClient()
        out.kind = kind(input.kind, required: false, into: &v)
        out.party = party(input.party, required: false, into: &v)
        if input.name != nil { out.name = v.text("name", input.name, max: 200) }
        if input.code != nil { out.code = v.text("code", input.code, max: 40) }
        if input.tax_id != nil { out.taxID = .some(v.text("tax_id", input.tax_id, required: false, max: 40)) }
        if input.notes != nil { out.notes = .some(v.text("notes", input.notes, required: false, max: 4000)) }
        out.segmentID = input.segment_id
        out.active = input.active
        if let contacts = input.contacts { out.contacts = self.contacts(contacts, fallbackName: out.name ?? currentName, into: &v) }
        if let addresses = input.addresses { out.addresses = self.addresses(addresses, into: &v) }
        try await checkReferences(out, clientID: clientID, on: db, into: &v)
        try v.check()
        return out
    }

    func contacts(_ inputs: [ContactInput], fallbackName: String?, into v: inout FieldValidator) -> [ValidContact] {
        if inputs.count > 50 { v.add("contacts", lang.t("at most 50 contacts", "не больше 50 контактов")) }
        var out: [ValidContact] = []
        for (i, input) in inputs.enumerated() {
            let field = "contacts[\(i)]"
            var phones: [ValidPhone] = []
            for (j, phone) in (input.phones ?? []).enumerated() {
                if let valid = self.phone(phone, field: "\(field).phones[\(j)].number", into: &v),
                   !phones.contains(where: { $0.e164 == valid.e164 && $0.extension == valid.extension }) {
                    phones.append(valid)
                }
            }
            var emails: [String] = []
            for (j, raw) in (input.emails ?? []).enumerated() {
                guard let email = v.text("\(field).emails[\(j)]", raw, required: false, max: 254)?.lowercased() else { continue }
                if UserRules.isEmail(email) { if !emails.contains(email) { emails.append(email) } } else {
                    v.add("\(field).emails[\(j)]", lang.t("is not an e-mail address", "это не адрес e-mail"))
                }
            }
            let named = v.text("\(field).name", input.name, required: false, max: 120)
            let position = v.text("\(field).position", input.position, required: false, max: 120)
            let notes = v.text("\(field).notes", input.notes, required: false, max: 2000)
            // A contact with only a phone is common for a person: it is named after the client.
            guard let name = named ?? ((phones.isEmpty && emails.isEmpty) ? nil : fallbackName) else {
                if !phones.isEmpty || !emails.isEmpty || position != nil { v.add("\(field).name", lang.t("is required", "обязательно")) }
                continue
            }
            out.append(ValidContact(name: name, position: position, notes: notes, phones: phones, emails: emails))
        }
        return out
    }

    func phone(_ input: PhoneInput, field: String, into v: inout FieldValidator) -> ValidPhone? {
        guard let written = v.text(field, input.number, required: false, max: 60) else { return nil }
        do {
            let number = try PhoneNumber(parsing: written, defaultRegion: region)
            let label = v.text(field.replacingOccurrences(of: ".number", with: ".label"), input.label, required: false, max: 40)
            return ValidPhone(e164: number.e164, extension: number.extension, asWritten: written, label: label)
        } catch {
            v.add(field, error.message(lang))
            return nil
        }
    }

    func addresses(_ inputs: [AddressInput], into v: inout FieldValidator) -> [ValidAddress] {
        var out: [ValidAddress] = []
        for (i, input) in inputs.enumerated() {
            let field = "addresses[\(i)]"
            let line = v.text("\(field).line", input.line, required: false, max: 300)
            let city = v.text("\(field).city", input.city, required: false, max: 120)
            let region = v.text("\(field).region", input.region, required: false, max: 120)
            let postal = v.text("\(field).postal_code", input.postal_code, required: false, max: 20)
            let country = v.text("\(field).country", input.country, required: false, max: 80)
            let label = v.text("\(field).label", input.label, required: false, max: 60)
            if let lat = input.latitude, !(-90.0...90.0).contains(lat) {
                v.add("\(field).latitude", lang.t("must be from -90 to 90", "должна быть от -90 до 90"))
            }
            if let lon = input.longitude, !(-180.0...180.0).contains(lon) {
                v.add("\(field).longitude", lang.t("must be from -180 to 180", "должна быть от -180 до 180"))
            }
            if (input.latitude == nil) != (input.longitude == nil) {
                v.add("\(field).\(input.latitude == nil ? "latitude" : "longitude")",
                      lang.t("give both coordinates or none", "укажите обе координаты или ни одной"))
            }
            let anything = city != nil || region != nil || postal != nil || country != nil || input.latitude != nil
            // The line is what a driver reads; a city alone still makes a usable line.
            guard let text = line ?? (anything ? [city, region, postal, country].compactMap { $0 }.joined(separator: ", ") : nil) else { continue }
            out.append(ValidAddress(label: label, line: text, city: city, region: region, postalCode: postal, country: country,
                                    latitude: input.latitude, longitude: input.longitude))
        }
        return out
    }

    private func kind(_ raw: String?, required: Bool, into v: inout FieldValidator) -> ClientKind? {
        guard let raw else {
            if required { v.add("kind", lang.t("is required", "обязательно")) }
            return nil
        }
        guard let kind = ClientKind(rawValue: raw) else {
            v.add("kind", lang.t("must be one of: ", "допустимо: ") + ClientKind.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        return kind
    }

    private func party(_ raw: String?, required: Bool, into v: inout FieldValidator) -> PartyType? {
        guard let raw else {
            if required { v.add("party", lang.t("is required", "обязательно")) }
            return nil
        }
        guard let party = PartyType(rawValue: raw) else {
            v.add("party", lang.t("must be one of: ", "допустимо: ") + PartyType.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        return party
    }

    private func checkReferences(_ client: ValidClient, clientID: UUID?, on db: any Database, into v: inout FieldValidator) async throws {
        if let segmentID = client.segmentID {
            let segment = try await Segment.find(segmentID, on: db)
            if segment == nil || segment?.active == false { v.add("segment_id", lang.t("is not an active segment", "не действующий сегмент")) }
        }
        if let code = client.code {
            var query = Client.query(on: db).filter(\.$code == code)
            if let clientID { query = query.filter(\.$id != clientID) }
            if try await query.count() > 0 { v.add("code", lang.t("is already used by another client", "уже занят другим клиентом")) }
        }
    }
}
