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
        var managerSeenAt: Date?

        /// The columns by name: a key strategy would convert every name of every row it decodes.
        enum CodingKeys: String, CodingKey {
            case id, code, name, kind, party, active
            case lastContactAt = "last_contact_at", segmentCode = "segment_code", nameEn = "name_en", nameRu = "name_ru"
            case managerId = "manager_id", managerName = "manager_name", managerEmail = "manager_email", managerPhone = "manager_phone"
            case openOrders = "open_orders", openRequests = "open_requests", managerSeenAt = "manager_seen_at"
        }

        /// A manager's name and e-mail are required columns; a row without them is corrupt.
        func require(_ value: String?, _ column: String) throws -> String {
            guard let value else {
                throw DecodingError.valueNotFound(String.self, .init(codingPath: [], debugDescription: "\(column) is null for a client with a manager"))
            }
            return value
        }
    }

    /// A card as read, with what it depends on besides the rows it shows: the people it names
    /// (their names and live pages) and the moment it stops holding (an absence begins or ends,
    /// a live page's heartbeat runs out).
    struct Read: Sendable {
        var card: CallCardDTO
        var userIDs: [UUID] = []
        var validUntil: Date?
    }

    static func card(caller: String, called: String?, regionCode: String, now: Date, on db: any Database) async throws -> CallCardDTO {
        let absences = try await AbsenceStore.notOver(now: now, on: db)
        return try await read(caller: caller, called: called, regionCode: regionCode, absences: absences, now: now, on: db).card
    }

    /// The card for a number without logging a call (`TelephonyAPI.lookup`): the card kept on
    /// this instance while it holds, else read and kept.
    static func lookup(caller: String, regionCode: String, now: Date, cache: CallCardCache, on db: any Database) async throws -> CallCardDTO {
        guard let e164 = e164(caller, regionCode: regionCode) else {
            return try await card(caller: caller, called: nil, regionCode: regionCode, now: now, on: db)
        }
        if var card = cache.card(for: e164, at: now) {
            card.caller = caller
            return card
        }
        let generation = cache.generation
        let absences: [ManagerAbsence<UUID>]
        if let kept = cache.absences { absences = kept } else {
            absences = try await AbsenceStore.notOver(now: now, on: db)
            cache.store(absences: absences, readAt: generation)
        }
        var read = try await read(caller: caller, called: nil, regionCode: regionCode, absences: absences, now: now, on: db)
        let card = read.card
        read.card.caller = ""
        cache.store(.init(card: read.card, clientID: card.client?.id, userIDs: read.userIDs, validUntil: read.validUntil), for: e164, readAt: generation)
        return card
    }

    static func e164(_ caller: String, regionCode: String) -> String? {
        let region = (try? PhoneRegion(isoCode: regionCode)) ?? .ukraine
        return try? PhoneNumber(parsing: caller, defaultRegion: region).e164
    }

    /// The card at `now`, given every absence not over by then (`AbsenceStore.notOver`).
    static func read(caller: String, called: String?, regionCode: String, absences: [ManagerAbsence<UUID>], now: Date,
                     on db: any Database) async throws -> Read {
        let e164 = e164(caller, regionCode: regionCode)
        var card = CallCardDTO(caller: caller, caller_e164: e164, called: called, known: false,
                               routed_to: .init(kind: "operators"), open_orders: 0, open_requests: 0)
        // The client, its segment, its manager, its open orders and when the manager's page was
        // last confirmed, in one indexed read.
        guard let e164, let row = try await db.sql.raw("""
            SELECT c.id, c.code, c.name, c.kind, c.party, c.active, c.last_contact_at, s.code AS segment_code, s.name_en, s.name_ru,
                   u.id AS manager_id, u.display_name AS manager_name, u.email AS manager_email, u.phone AS manager_phone,
                   (SELECT COUNT(*) FROM orders o WHERE o.client_id = c.id AND o.status IN (\(binds: OpenWork.openOrderStatuses))) AS open_orders,
                   (SELECT COUNT(*) FROM tickets t WHERE t.client_id = c.id AND t.status IN (\(binds: TicketQueries.openStatuses))) AS open_requests,
                   \(LivePresence.lastSeen(user: "c.manager_id")) AS manager_seen_at
            FROM client_phones p JOIN clients c ON c.id = p.client_id JOIN segments s ON s.id = c.segment_id
            LEFT JOIN users u ON u.id = c.manager_id
            WHERE p.e164 = \(bind: e164) ORDER BY c.active DESC, c.updated_at DESC LIMIT 1
            """).first(decoding: CardRow.self)
        else {
            card.new_client_url = e164.map(PageRoute.Clients.newClientForm(phone:)) ?? PageRoute.Clients.new()
            return Read(card: card)
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
        guard let managerID = row.managerId else { return Read(card: card) }
        card.manager = ManagerRef(id: managerID, name: try row.require(row.managerName, "manager_name"),
                                  email: try row.require(row.managerEmail, "manager_email"),
                                  phone: row.managerPhone)
        let recipient = try await route(&card, managerID: managerID, absences: absences, managerSeenAt: row.managerSeenAt, now: now, on: db)
        // Whoever takes the call stays live until their page's confirmation runs out; the
        // routing holds until an absence begins or ends.
        let liveUntil = recipient.seenAt.flatMap { LivePresence.liveUntil(seenAt: $0, now: now) }
        let absencesChange = absences.flatMap { [$0.from, $0.to] }.filter { $0 > now }.min()
        let validUntil = [absencesChange, liveUntil].compactMap { $0 }.min()
        return Read(card: card, userIDs: Array(Set([managerID, recipient.id])), validUntil: validUntil)
    }

    /// The manager takes the call, or their deputy (chain) while away (`ManagerAbsence.callRecipient`);
    /// whoever it is must have a live page open, else the operators on duty get it. When the
    /// manager's page was last confirmed comes with the card's read; the deputy's presence is
    /// read only when the manager is away. Returns who was asked to take the call and when their
    /// page was last confirmed.
    @discardableResult
    static func route(_ card: inout CallCardDTO, managerID: UUID, absences notOver: [ManagerAbsence<UUID>], managerSeenAt: Date?,
                      now: Date, on db: any Database) async throws -> (id: UUID, seenAt: Date?) {
        var recipient = managerID
        let absences = notOver.filter { $0.covers(now) }
        if absences.contains(where: { $0.managerID == managerID }) {
            if let own = absences.filter({ $0.managerID == managerID }).max(by: { $0.from < $1.from }) {
                card.manager_absent_until = own.to
            }
            guard let deputy = ManagerAbsence.callRecipient(for: managerID, at: now, absences: absences) else { return (managerID, nil) }
            recipient = deputy
        }
        if recipient != managerID, let deputy = try await User.find(recipient, on: db) {
            card.deputy = ManagerRef(id: recipient, name: deputy.displayName, email: deputy.email, phone: deputy.phone)
        }
        let seenAt = recipient == managerID ? managerSeenAt : try await LivePresence.lastSeen(recipient, on: db)
        guard let seenAt, LivePresence.liveUntil(seenAt: seenAt, now: now) != nil else { return (recipient, seenAt) }
        card.routed_to = .init(kind: recipient == managerID ? "manager" : "deputy", user_id: recipient,
                               name: recipient == managerID ? card.manager?.name : card.deputy?.name)
        return (recipient, seenAt)
    }

    /// The live event that shows the card: to the routed person, else to the operators on duty.
    static func event(_ card: CallCardDTO) throws -> LiveEvent {
        struct Body: Encodable { var kind = "call"; var card: CallCardDTO }
        let text = String(decoding: try APIJSON.encoder.encode(Body(card: card)), as: UTF8.self)
        if let user = card.routed_to.user_id { return LiveEvent(userIDs: [user], body: text) }
        return LiveEvent(roles: [.operator], body: text)
    }
}
