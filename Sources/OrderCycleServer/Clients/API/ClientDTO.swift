import Foundation
import OrderCycleCore
import Vapor

/// A client as the API shows it: the card with its contacts, addresses and responsible manager.
struct ClientDTO: Content, Equatable {
    var id: UUID
    var code: String
    var kind: ClientKind
    var party: PartyType
    var name: String
    var tax_id: String?
    var segment: SegmentRef
    var manager: ManagerRef?
    var notes: String?
    var active: Bool
    var last_contact_at: Date?
    var contacts: [ContactDTO]
    var addresses: [AddressDTO]
    var created_at: Date
    var updated_at: Date
    var version: Int
}

struct SegmentRef: Content, Equatable {
    var id: UUID
    var code: String
    var name_en: String
    var name_ru: String
}

/// A staff member as a client card names them: enough to call or write.
struct ManagerRef: Content, Equatable {
    var id: UUID
    var name: String
    var email: String
    var phone: String?
}

struct ContactDTO: Content, Equatable {
    var id: UUID
    var name: String
    var position: String?
    var notes: String?
    var phones: [PhoneDTO]
    var emails: [String]
}

struct PhoneDTO: Content, Equatable {
    var e164: String
    var `extension`: String?
    var as_written: String
    var label: String?
}

struct AddressDTO: Content, Equatable {
    var id: UUID
    var label: String?
    var line: String
    var city: String?
    var region: String?
    var postal_code: String?
    var country: String?
    var latitude: Double?
    var longitude: Double?
}

/// One row of the clients list: what a list and a CSV export show, without the contacts.
struct ClientSummaryDTO: Content, Equatable {
    var id: UUID
    var code: String
    var kind: ClientKind
    var party: PartyType
    var name: String
    var tax_id: String?
    var segment_id: UUID
    var segment_code: String
    var manager_id: UUID?
    var manager_name: String?
    var active: Bool
    var last_contact_at: Date?
    var version: Int
}
