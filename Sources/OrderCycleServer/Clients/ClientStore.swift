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
        if let contacts = valid.contacts { try await replaceContacts(of: id, with: contacts, on: db) }
        if let addresses = valid.addresses { try await replaceAddresses(of: id, with: addresses, on: db) }
    }

    static func replaceContacts(of clientID: UUID, with contacts: [ValidContact], on db: any Database) async throws {
        let sql = db.sql
        try await sql.delete(from: "client_phones").where("client_id", .equal, clientID).run()
        try await sql.delete(from: "client_emails").where("client_id", .equal, clientID).run()
        try await sql.delete(from: "client_contacts").where("client_id", .equal, clientID).run()
        try await insertContacts(contacts.map { (clientID, $0) }, on: db)
    }

    /// Inserts contacts of many clients with one statement per table (the import and the demo use it in bulk).
    static func insertContacts(_ contacts: [(clientID: UUID, contact: ValidContact)], on db: any Database) async throws {
        guard !contacts.isEmpty else { return }
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
            """).first() else { return nil }
        let contactRows = try await sql.raw("SELECT id, name, position, notes FROM client_contacts WHERE client_id = \(bind: id) ORDER BY sort_order, id").all()
        let phoneRows = try await sql.raw("SELECT contact_id, e164, extension, as_written, label FROM client_phones WHERE client_id = \(bind: id) ORDER BY position, id").all()
        let emailRows = try await sql.raw("SELECT contact_id, email FROM client_emails WHERE client_id = \(bind: id) ORDER BY position, id").all()
        let addressRows = try await sql.raw("""
            SELECT id, label, line, city, region, postal_code, country, latitude, longitude
            FROM client_addresses WHERE client_id = \(bind: id) ORDER BY position, id
            """).all()
        var phones: [UUID: [PhoneDTO]] = [:]
        for p in phoneRows {
            guard let contact = try p.decode(column: "contact_id", as: UUID?.self) else { continue }
            phones[contact, default: []].append(PhoneDTO(
                e164: try p.decode(column: "e164", as: String.self), extension: try p.decode(column: "extension", as: String?.self),
                as_written: try p.decode(column: "as_written", as: String.self), label: try p.decode(column: "label", as: String?.self)))
        }
        var emails: [UUID: [String]] = [:]
        for e in emailRows {
            guard let contact = try e.decode(column: "contact_id", as: UUID?.self) else { continue }
            emails[contact, default: []].append(try e.decode(column: "email", as: String.self))
        }
        let contacts = try contactRows.map { c -> ContactDTO in
            let cid = try c.decode(column: "id", as: UUID.self)
            return ContactDTO(id: cid, name: try c.decode(column: "name", as: String.self),
                              position: try c.decode(column: "position", as: String?.self),
                              notes: try c.decode(column: "notes", as: String?.self),
                              phones: phones[cid] ?? [], emails: emails[cid] ?? [])
        }
        let addresses = try addressRows.map { a in
            AddressDTO(id: try a.decode(column: "id", as: UUID.self), label: try a.decode(column: "label", as: String?.self),
                       line: try a.decode(column: "line", as: String.self), city: try a.decode(column: "city", as: String?.self),
                       region: try a.decode(column: "region", as: String?.self),
                       postal_code: try a.decode(column: "postal_code", as: String?.self),
                       country: try a.decode(column: "country", as: String?.self),
                       latitude: try a.decode(column: "latitude", as: Double?.self),
                       longitude: try a.decode(column: "longitude", as: Double?.self))
        }
        let manager: ManagerRef? = try row.decode(column: "manager_id", as: UUID?.self).map { mid in
            ManagerRef(id: mid, name: try row.decode(column: "manager_name", as: String.self),
                       email: try row.decode(column: "manager_email", as: String.self),
                       phone: try row.decode(column: "manager_phone", as: String?.self))
        }
        return ClientDTO(
            id: id, code: try row.decode(column: "code", as: String.self),
            kind: ClientKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .customer,
            party: PartyType(rawValue: try row.decode(column: "party", as: String.self)) ?? .company,
            name: try row.decode(column: "name", as: String.self), tax_id: try row.decode(column: "tax_id", as: String?.self),
            segment: SegmentRef(id: try row.decode(column: "segment_id", as: UUID.self),
                                code: try row.decode(column: "segment_code", as: String.self),
                                name_en: try row.decode(column: "name_en", as: String.self),
                                name_ru: try row.decode(column: "name_ru", as: String.self)),
            manager: manager, notes: try row.decode(column: "notes", as: String?.self),
            active: try row.decode(column: "active", as: Bool.self),
            last_contact_at: try row.decode(column: "last_contact_at", as: Date?.self),
            contacts: contacts, addresses: addresses,
            created_at: try row.decode(column: "created_at", as: Date.self),
            updated_at: try row.decode(column: "updated_at", as: Date.self),
            version: try row.decode(column: "version", as: Int.self))
    }
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
        let last = try await sql.raw("SELECT MAX(sort_order) AS n FROM client_contacts WHERE client_id = \(bind: clientID)").first()
        let position = (try last?.decode(column: "n", as: Int?.self) ?? nil).map { $0 + 1 } ?? 0
        let id = UUID()
        try await sql.insert(into: "client_contacts").columns("id", "client_id", "name", "position", "notes", "sort_order")
            .values(SQLBind(id), SQLBind(clientID), SQLBind(contact.name), SQLBind(contact.position), SQLBind(contact.notes), SQLBind(position)).run()
        try await replaceContact(id, of: clientID, with: contact, on: db)
        return id
    }

    static func deleteContact(_ contactID: UUID, of clientID: UUID, on db: any Database) async throws {
        try await db.sql.delete(from: "client_phones").where("contact_id", .equal, contactID).run()
        try await db.sql.delete(from: "client_emails").where("contact_id", .equal, contactID).run()
        try await db.sql.delete(from: "client_contacts").where("id", .equal, contactID).where("client_id", .equal, clientID).run()
    }

    /// Whether the contact belongs to the client (the cabinet's isolation check).
    static func contactBelongs(_ contactID: UUID, to clientID: UUID, on db: any Database) async throws -> Bool {
        try await db.sql.raw("SELECT 1 AS found FROM client_contacts WHERE id = \(bind: contactID) AND client_id = \(bind: clientID)").first() != nil
    }
}
