import Foundation
import OrderCycleCore
import Vapor

/// What a client sees of itself in its cabinet: no notes, no internal history.
struct CabinetDTO: Content, Equatable {
    var id: UUID
    var code: String
    var name: String
    var kind: ClientKind
    var party: PartyType
    var segment_name_en: String
    var segment_name_ru: String
    var manager: ManagerRef?
    var contacts: [ContactDTO]
    var addresses: [AddressDTO]
    var version: Int
}

extension CabinetDTO {
    /// The client's own part of its card.
    init(_ c: ClientDTO) {
        self.init(id: c.id, code: c.code, name: c.name, kind: c.kind, party: c.party, segment_name_en: c.segment.name_en,
                  segment_name_ru: c.segment.name_ru, manager: c.manager, contacts: c.contacts, addresses: c.addresses, version: c.version)
    }
}
