import Fluent
import Foundation
import NIOConcurrencyHelpers
import OrderCycleCore
import SQLKit
import Vapor

/// The information message about a caller (DOMAIN §2.1): who the client is, who is responsible
/// for it and who takes the call now, its open work and its last contact. Unknown numbers get
/// a card that offers a new client with this number.
struct CallCardDTO: Content, Equatable {
    struct CardClient: Content, Equatable {
        var id: UUID
        var code: String
        var name: String
        var kind: ClientKind
        var kind_name_en: String
        var kind_name_ru: String
        var party: PartyType
        var segment_code: String
        var segment_name_en: String
        var segment_name_ru: String
        var active: Bool
        var card_url: String
    }

    struct Routing: Content, Equatable {
        /// `manager`, `deputy`, or `operators` (on duty) when neither can take it.
        var kind: String
        var user_id: UUID?
        var name: String?
    }

    var call_id: UUID?
    var exchange_call_id: String?
    var caller: String
    var caller_e164: String?
    var called: String?
    var known: Bool
    var client: CardClient?
    var manager: ManagerRef?
    var deputy: ManagerRef?
    var manager_absent_until: Date?
    var routed_to: Routing
    var open_orders: Int
    var open_requests: Int
    var last_contact_at: Date?
    var new_client_url: String?
    var version: Int?
}

/// Builds call cards: one indexed phone lookup, then the routing rule.
enum CallCards {
    /// The caller's client as the card's read returns it. The manager's columns come from a
    /// left join: present exactly when the client has a manager.
    private struct CardRow: Decodable {
        var id: UUID
        var code: String
        var name: String
        var kind: String
        var party: String
        var active: Bool
        var lastContactAt: Date?
        var segmentCode: String
        var nameEn: String
        var nameRu: String
        var managerId: UUID?
        var managerName: String?
        var managerEmail: String?
        var managerPhone: String?
        var openOrders: Int
        var openRequests: Int
        var managerAbsent: Bool
        var managerLive: Bool

        /// A manager's name and e-mail are required columns; a row without them is corrupt.
        func require(_ value: String?, _ column: String) throws -> String {
            guard let value else {
                throw DecodingError.valueNotFound(String.self, .init(codingPath: [], debugDescription: "\(column) is null for a client with a manager"))
            }
            return value
        }
    }

    static func card(caller: String, called: String?, regionCode: String, now: Date, on db: any Database) async throws -> CallCardDTO {
        let region = (try? PhoneRegion(isoCode: regionCode)) ?? .ukraine
        let e164 = try? PhoneNumber(parsing: caller, defaultRegion: region).e164
        var card = CallCardDTO(caller: caller, caller_e164: e164, called: called, known: false,
                               routed_to: .init(kind: "operators"), open_orders: 0, open_requests: 0)
        // The client, its segment, its manager, its open orders and whether the manager is away
        // or has a live page, in one indexed read.
        guard let e164, let row = try await db.sql.raw("""
            SELECT c.id, c.code, c.name, c.kind, c.party, c.active, c.last_contact_at, s.code AS segment_code, s.name_en, s.name_ru,
                   u.id AS manager_id, u.display_name AS manager_name, u.email AS manager_email, u.phone AS manager_phone,
                   (SELECT COUNT(*) FROM orders o WHERE o.client_id = c.id AND o.status IN (\(binds: OpenWork.openOrderStatuses))) AS open_orders,
                   (SELECT COUNT(*) FROM tickets t WHERE t.client_id = c.id AND t.status IN (\(binds: TicketQueries.openStatuses))) AS open_requests,
                   \(AbsenceStore.absent(manager: "c.manager_id", now: now)) AS manager_absent,
                   \(LivePresence.live(user: "c.manager_id", now: now)) AS manager_live
            FROM client_phones p JOIN clients c ON c.id = p.client_id JOIN segments s ON s.id = c.segment_id
            LEFT JOIN users u ON u.id = c.manager_id
            WHERE p.e164 = \(bind: e164) ORDER BY c.active DESC, c.updated_at DESC LIMIT 1
            """).first(decoding: CardRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        else {
            card.new_client_url = e164.map(PageRoute.Clients.newClientForm(phone:)) ?? PageRoute.Clients.new()
            return card
        }
        let kind = ClientKind(rawValue: row.kind) ?? .customer
        card.known = true
        card.client = .init(id: row.id, code: row.code, name: row.name,
                            kind: kind, kind_name_en: kind.name(.en), kind_name_ru: kind.name(.ru),
                            party: PartyType(rawValue: row.party) ?? .company,
                            segment_code: row.segmentCode,
                            segment_name_en: row.nameEn,
                            segment_name_ru: row.nameRu,
                            active: row.active, card_url: PageRoute.Clients.card(row.id))
        card.last_contact_at = row.lastContactAt
        // Open requests are the client's support tickets that still ask for work.
        card.open_requests = row.openRequests
        card.open_orders = row.openOrders
        guard let managerID = row.managerId else { return card }
        card.manager = ManagerRef(id: managerID, name: try row.require(row.managerName, "manager_name"),
                                  email: try row.require(row.managerEmail, "manager_email"),
                                  phone: row.managerPhone)
        try await route(&card, managerID: managerID, managerAbsent: row.managerAbsent,
                        managerLive: row.managerLive, now: now, on: db)
        return card
    }

    /// The manager takes the call, or their deputy (chain) while away (`ManagerAbsence.callRecipient`);
    /// whoever it is must have a live page open, else the operators on duty get it. Whether the
    /// manager is away or live comes with the card's read; the absences in force and the
    /// deputy's presence are read only when the manager is away.
    static func route(_ card: inout CallCardDTO, managerID: UUID, managerAbsent: Bool, managerLive: Bool,
                      now: Date, on db: any Database) async throws {
        var recipient = managerID
        if managerAbsent {
            let absences = try await AbsenceStore.inForce(now: now, on: db)
            if let own = absences.filter({ $0.managerID == managerID }).max(by: { $0.from < $1.from }) {
                card.manager_absent_until = own.to
            }
            guard let deputy = ManagerAbsence.callRecipient(for: managerID, at: now, absences: absences) else { return }
            recipient = deputy
        }
        if recipient != managerID, let deputy = try await User.find(recipient, on: db) {
            card.deputy = ManagerRef(id: recipient, name: deputy.displayName, email: deputy.email, phone: deputy.phone)
        }
        let live = recipient == managerID ? managerLive : try await LivePresence.isLive(recipient, now: now, on: db)
        guard live else { return }
        card.routed_to = .init(kind: recipient == managerID ? "manager" : "deputy", user_id: recipient,
                               name: recipient == managerID ? card.manager?.name : card.deputy?.name)
    }

    /// The live event that shows the card: to the routed person, else to the operators on duty.
    static func event(_ card: CallCardDTO) throws -> LiveEvent {
        struct Body: Encodable { var kind = "call"; var card: CallCardDTO }
        let text = String(decoding: try APIJSON.encoder.encode(Body(card: card)), as: UTF8.self)
        if let user = card.routed_to.user_id { return LiveEvent(userIDs: [user], body: text) }
        return LiveEvent(roles: [.operator], body: text)
    }
}
