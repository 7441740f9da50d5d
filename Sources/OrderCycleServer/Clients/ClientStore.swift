import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Reading and writing clients with their contacts and addresses. Functions take a `Database`
/// so that the API, the pages, the cabinet, the import and the demo share them.
enum ClientStore {
    /// Inserts a validated new client; `code` defaults to a short unique reference.
    static func insert(_ valid: ValidClient, id: UUID = UUID(), managerID: UUID?, now: Date, on db: any Database) async throws -> UUID {
        let (kind, party, name, segmentID) = try FieldValidator().check(valid.kind, valid.party, valid.name, valid.segmentID)
        let client = Client(id: id, code: valid.code ?? defaultCode(id), kind: kind, party: party, name: name,
                            taxID: valid.taxID ?? nil, segmentID: segmentID, managerID: managerID,
                            notes: valid.notes ?? nil, now: now)
        if let active = valid.active { client.active = active }
        try await client.create(on: db)
        CardChange.announce(.all)
        try await replaceContacts(of: id, with: valid.contacts ?? [], on: db)
        try await replaceAddresses(of: id, with: valid.addresses ?? [], on: db)
        return id
    }

    static func defaultCode(_ id: UUID) -> String { "C-" + id.uuidString.prefix(8) }

    /// Applies a validated change to a client whose version the caller has already advanced.
    static func apply(_ valid: ValidClient, to id: UUID, version: Int, now: Date, on db: any Database) async throws {
        guard let client = try await Client.find(id, on: db) else { throw Problem(.notFound) }
        if let code = valid.code { client.code = code }
        if let kind = valid.kind { client.kind = kind }
        if let party = valid.party { client.party = party }
        if let name = valid.name { client.name = name; client.searchName = Client.fold(name) }
        if let taxID = valid.taxID { client.taxID = taxID }
        if let segmentID = valid.segmentID { client.segmentID = segmentID }
        if let notes = valid.notes { client.notes = notes }
        if let active = valid.active { client.active = active }
        client.version = version
        client.updatedAt = now
        try await client.update(on: db)
        CardChange.announce(.all)
        if let contacts = valid.contacts { try await replaceContacts(of: id, with: contacts, on: db) }
        if let addresses = valid.addresses { try await replaceAddresses(of: id, with: addresses, on: db) }
    }

    static func replaceContacts(of clientID: UUID, with contacts: [ValidContact], on db: any Database) async throws {
        let sql = db.sql
        CardChange.announce(.all)
        try await sql.delete(from: "client_phones").where("client_id", .equal, clientID).run()
        try await sql.delete(from: "client_emails").where("client_id", .equal, clientID).run()
        try await sql.delete(from: "client_contacts").where("client_id", .equal, clientID).run()
        try await insertContacts(contacts.map { (clientID, $0) }, on: db)
    }

    /// Inserts contacts of many clients with one statement per table (the import and the demo use it in bulk).
    static func insertContacts(_ contacts: [(clientID: UUID, contact: ValidContact)], on db: any Database) async throws {
        guard !contacts.isEmpty else { return }
        CardChange.announce(.all)
        let sql = db.sql
        var phones: [[any SQLExpression]] = [], emails: [[any SQLExpression]] = [], rows: [[any SQLExpression]] = []
        var order: [UUID: Int] = [:]
        for (clientID, contact) in contacts {
            let contactID = UUID()
            let position = order[clientID, default: 0]
            order[clientID] = position + 1
            rows.append([SQLBind(contactID), SQLBind(clientID), SQLBind(contact.name), SQLBind(contact.position),
                         SQLBind(contact.notes), SQLBind(position)])
            for (i, p) in contact.phones.enumerated() {
                phones.append([SQLBind(UUID()), SQLBind(clientID), SQLBind(contactID), SQLBind(p.e164), SQLBind(p.extension),
                               SQLBind(p.asWritten), SQLBind(p.label), SQLBind(i)])
            }
            for (i, e) in contact.emails.enumerated() {
                emails.append([SQLBind(UUID()), SQLBind(clientID), SQLBind(contactID), SQLBind(e), SQLBind(i)])
            }
        }
        try await insertRows(into: "client_contacts", ["id", "client_id", "name", "position", "notes", "sort_order"], rows, on: sql)
        try await insertRows(into: "client_phones", ["id", "client_id", "contact_id", "e164", "extension", "as_written", "label", "position"], phones, on: sql)
        try await insertRows(into: "client_emails", ["id", "client_id", "contact_id", "email", "position"], emails, on: sql)
    }

    static func replaceAddresses(of clientID: UUID, with addresses: [ValidAddress], on db: any Database) async throws {
        try await db.sql.delete(from: "client_addresses").where("client_id", .equal, clientID).run()
        try await insertAddresses(addresses.map { (clientID, $0) }, on: db)
    }

    static func insertAddresses(_ addresses: [(clientID: UUID, address: ValidAddress)], on db: any Database) async throws {
        var order: [UUID: Int] = [:]
        let rows: [[any SQLExpression]] = addresses.map { clientID, a in
            let position = order[clientID, default: 0]
            order[clientID] = position + 1
            return [SQLBind(UUID()), SQLBind(clientID), SQLBind(a.label), SQLBind(a.line), SQLBind(a.city), SQLBind(a.region),
                    SQLBind(a.postalCode), SQLBind(a.country), SQLBind(a.latitude), SQLBind(a.longitude), SQLBind(position)]
        }
        try await insertRows(into: "client_addresses",
                             ["id", "client_id", "label", "line", "city", "region", "postal_code", "country", "latitude", "longitude", "position"],
                             rows, on: db.sql)
    }

    /// The whole card in five queries, whatever the number of contacts.
    static func card(_ id: UUID, on db: any Database) async throws -> ClientDTO? {
        let sql = db.sql
        guard let row = try await sql.raw("""
            SELECT c.id, c.code, c.kind, c.party, c.name, c.tax_id, c.notes, c.active, c.last_contact_at, c.created_at,
                   c.updated_at, c.version, s.id AS segment_id, s.code AS segment_code, s.name_en, s.name_ru,
                   u.id AS manager_id, u.display_name AS manager_name, u.email AS manager_email, u.phone AS manager_phone
            FROM clients c JOIN segments s ON s.id = c.segment_id LEFT JOIN users u ON u.id = c.manager_id
            WHERE c.id = \(bind: id)
            """).first(decoding: CardRow.self) else { return nil }
        let contactRows = try await sql.raw("SELECT id, name, position, notes FROM client_contacts WHERE client_id = \(bind: id) ORDER BY sort_order, id").all(decoding: ContactRow.self)
        let phoneRows = try await sql.raw("SELECT contact_id, e164, extension, as_written, label FROM client_phones WHERE client_id = \(bind: id) ORDER BY position, id").all(decoding: PhoneRow.self)
        let emailRows = try await sql.raw("SELECT contact_id, email FROM client_emails WHERE client_id = \(bind: id) ORDER BY position, id").all(decoding: EmailRow.self)
        let addresses = try await sql.raw("""
            SELECT id, label, line, city, region, postal_code, country, latitude, longitude
            FROM client_addresses WHERE client_id = \(bind: id) ORDER BY position, id
            """).all(decoding: AddressDTO.self)
        var phones: [UUID: [PhoneDTO]] = [:]
        for p in phoneRows {
            guard let contact = p.contact_id else { continue }
            phones[contact, default: []].append(PhoneDTO(e164: p.e164, extension: p.extension, as_written: p.as_written, label: p.label))
        }
        var emails: [UUID: [String]] = [:]
        for e in emailRows {
            guard let contact = e.contact_id else { continue }
            emails[contact, default: []].append(e.email)
        }
        let contacts = contactRows.map { c in
            ContactDTO(id: c.id, name: c.name, position: c.position, notes: c.notes, phones: phones[c.id] ?? [], emails: emails[c.id] ?? [])
        }
        let manager: ManagerRef? = try row.manager_id.map { mid in
            ManagerRef(id: mid, name: try row.required(row.manager_name, "manager_name"),
                       email: try row.required(row.manager_email, "manager_email"),
                       phone: row.manager_phone)
        }
        return ClientDTO(
            id: id, code: row.code,
            kind: ClientKind(rawValue: row.kind) ?? .customer,
            party: PartyType(rawValue: row.party) ?? .company,
            name: row.name, tax_id: row.tax_id,
            segment: SegmentRef(id: row.segment_id, code: row.segment_code, name_en: row.name_en, name_ru: row.name_ru),
            manager: manager, notes: row.notes,
            active: row.active,
            last_contact_at: row.last_contact_at,
            contacts: contacts, addresses: addresses,
            created_at: row.created_at,
            updated_at: row.updated_at,
            version: row.version)
    }

    /// The card's own row; the manager's columns come from a left join and are present exactly
    /// when the client has a manager.
    private struct CardRow: Decodable {
        var code: String
        var kind: String
        var party: String
        var name: String
        var tax_id: String?
        var notes: String?
        var active: Bool
        var last_contact_at: Date?
        var created_at: Date
        var updated_at: Date
        var version: Int
        var segment_id: UUID
        var segment_code: String
        var name_en: String
        var name_ru: String
        var manager_id: UUID?
        var manager_name: String?
        var manager_email: String?
        var manager_phone: String?

        func required(_ value: String?, _ column: String) throws -> String {
            guard let value else {
                throw DecodingError.valueNotFound(String.self, .init(codingPath: [], debugDescription: "\(column) is null for a client with a manager"))
            }
            return value
        }
    }
    private struct ContactRow: Decodable { var id: UUID; var name: String; var position: String?; var notes: String? }
    private struct PhoneRow: Decodable { var contact_id: UUID?; var e164: String; var `extension`: String?; var as_written: String; var label: String? }
    private struct EmailRow: Decodable { var contact_id: UUID?; var email: String }
}

/// Multi-row INSERTs in slices that stay under both engines' bind limits.
func insertRows(into table: String, _ columns: [String], _ rows: [[any SQLExpression]], on sql: any SQLDatabase) async throws {
    guard let width = rows.first?.count, width > 0 else { return }
    let perStatement = max(1, 30_000 / width)
    var start = 0
    while start < rows.count {
        let end = min(start + perStatement, rows.count)
        var insert = sql.insert(into: table).columns(columns)
        for row in rows[start..<end] { insert = insert.values(row) }
        try await insert.run()
        start = end
    }
}

extension ClientStore {
    /// Replaces one contact's fields, phones and e-mails, keeping its id and place.
    static func replaceContact(_ contactID: UUID, of clientID: UUID, with contact: ValidContact, on db: any Database) async throws {
        let sql = db.sql
        CardChange.announce(.all)
        try await sql.delete(from: "client_phones").where("contact_id", .equal, contactID).run()
        try await sql.delete(from: "client_emails").where("contact_id", .equal, contactID).run()
        try await sql.update("client_contacts").set("name", to: contact.name).set("position", to: contact.position)
            .set("notes", to: contact.notes).where("id", .equal, contactID).where("client_id", .equal, clientID).run()
        try await insertRows(into: "client_phones", ["id", "client_id", "contact_id", "e164", "extension", "as_written", "label", "position"],
                             contact.phones.enumerated().map { i, p in
                                 [SQLBind(UUID()), SQLBind(clientID), SQLBind(contactID), SQLBind(p.e164), SQLBind(p.extension),
                                  SQLBind(p.asWritten), SQLBind(p.label), SQLBind(i)]
                             }, on: sql)
        try await insertRows(into: "client_emails", ["id", "client_id", "contact_id", "email", "position"],
                             contact.emails.enumerated().map { i, e in [SQLBind(UUID()), SQLBind(clientID), SQLBind(contactID), SQLBind(e), SQLBind(i)] },
                             on: sql)
    }

    /// Adds a contact after the existing ones; returns its id.
    static func addContact(to clientID: UUID, _ contact: ValidContact, on db: any Database) async throws -> UUID {
        let sql = db.sql
        let last = try await sql.raw("SELECT MAX(sort_order) AS n FROM client_contacts WHERE client_id = \(bind: clientID)").first(decodingColumn: "n", as: Int?.self)
        let position = (last ?? nil).map { $0 + 1 } ?? 0
        let id = UUID()
        try await sql.insert(into: "client_contacts").columns("id", "client_id", "name", "position", "notes", "sort_order")
            .values(SQLBind(id), SQLBind(clientID), SQLBind(contact.name), SQLBind(contact.position), SQLBind(contact.notes), SQLBind(position)).run()
        try await replaceContact(id, of: clientID, with: contact, on: db)
        return id
    }

    static func deleteContact(_ contactID: UUID, of clientID: UUID, on db: any Database) async throws {
        CardChange.announce(.all)
        try await db.sql.delete(from: "client_phones").where("contact_id", .equal, contactID).run()
        try await db.sql.delete(from: "client_emails").where("contact_id", .equal, contactID).run()
        try await db.sql.delete(from: "client_contacts").where("id", .equal, contactID).where("client_id", .equal, clientID).run()
    }

    /// Whether the contact belongs to the client (the cabinet's isolation check).
    static func contactBelongs(_ contactID: UUID, to clientID: UUID, on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT 1 AS found FROM client_contacts WHERE id = \(bind: contactID) AND client_id = \(bind: clientID)").first() != nil
    }

    /// One client of a manager, as a reassignment of all their clients reads it.
    struct ManagedClient: Decodable, Sendable { var id: UUID; var segment_id: UUID; var active: Bool }

    /// Every client of `managerID`, in the order of the client list (by name).
    static func clients(of managerID: UUID, on db: any Database) async throws -> [ManagedClient] {
        try await db.sql.raw("""
            SELECT id, segment_id, active FROM clients WHERE manager_id = \(bind: managerID) ORDER BY search_name, id
            """).all(decoding: ManagedClient.self)
    }

    /// Gives the client to `managerID`. A single reassignment has advanced the version already
    /// (it checked `If-Match`); a bulk one advances it here.
    static func setManager(_ managerID: UUID, of clientID: UUID, now: Date, advancingVersion: Bool = false, on db: any Database) async throws {
        CardChange.announce(.all)
        var update = db.sql.update(Client.schema).set("manager_id", to: managerID).set("updated_at", to: now)
        if advancingVersion { update = update.set(SQLIdentifier("version"), to: SQLRaw("version + 1")) }
        try await update.where("id", .equal, clientID).run()
    }
}
