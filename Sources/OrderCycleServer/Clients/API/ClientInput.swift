import Foundation
import Vapor

/// What a caller sends to create or change a client. On change every field is optional; a
/// `contacts` or `addresses` array, when sent, replaces the whole list.
struct ClientInput: Content, Sendable {
    var code: String?
    var kind: String?
    var party: String?
    var name: String?
    var tax_id: String?
    var segment_id: UUID?
    var notes: String?
    var active: Bool?
    var contacts: [ContactInput]?
    var addresses: [AddressInput]?
}

struct ContactInput: Content, Sendable {
    var name: String?
    var position: String?
    var notes: String?
    var phones: [PhoneInput]?
    var emails: [String]?
}

struct PhoneInput: Content, Sendable {
    var number: String?
    var label: String?
}

struct AddressInput: Content, Sendable {
    var label: String?
    var line: String?
    var city: String?
    var region: String?
    var postal_code: String?
    var country: String?
    var latitude: Double?
    var longitude: Double?
}
