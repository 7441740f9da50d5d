import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// Imports clients from a CSV file through a mapping. Every row is checked by the same rules as
/// the API before anything is written; the real run writes all clients in one transaction or
/// none (any error in any row stops it).
struct ClientImport {
    var mapping: ImportMapping
    var table: CSVReader
    var rules: ClientRules

    typealias RowProblem = TableImportRowProblem

    /// The fields a client mapping may give.
    static let targets: Set<String> = [
        "code", "name", "kind", "party", "segment", "tax_id", "notes",
        "contact.name", "contact.position", "contact.phones", "contact.emails",
        "address.label", "address.line", "address.city", "address.region", "address.postal_code", "address.country",
        "address.latitude", "address.longitude",
    ]
    static let required = ["name", "segment"]

    struct Plan: Sendable {
        var rowsRead: Int
        var repeatedRows: Int
        var clients: [(line: Int, client: ValidClient)]
        var problems: [RowProblem]
    }

    /// Reads and checks every row; writes nothing.
    func plan(on db: any Database) async throws -> Plan {
        let segments = try await Segment.query(on: db).all()
        let segmentByCode = Dictionary(segments.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var clients: [(Int, ValidClient)] = []
        var problems: [RowProblem] = []
        let (rows, repeated) = mapping.rows(of: table, identifies: "the client")
        for var row in rows {
            var segmentID: UUID?
            if let code = row.one("segment") {
                if let segment = segmentByCode[code], segment.active { segmentID = segment.id } else {
                    row.errors.append(.init(field: "segment", message: "\"\(code)\" is not an active segment (\(segmentByCode.keys.sorted().joined(separator: ", ")))"))
                }
            } else if !row.errors.contains(where: { $0.field == "segment" }) {
                row.errors.append(.init(field: "segment", message: "is empty"))
            }
            let phones = row.many("contact.phones"), emails = row.many("contact.emails")
            let input = ClientInput(
                code: row.one("code"), kind: row.one("kind") ?? ClientKind.customer.rawValue, party: row.one("party") ?? PartyType.company.rawValue,
                name: row.one("name"), tax_id: row.one("tax_id"), segment_id: segmentID, notes: row.one("notes"), active: nil,
                contacts: [ContactInput(name: row.one("contact.name"), position: row.one("contact.position"), notes: nil,
                                        phones: phones.map { PhoneInput(number: $0) }, emails: emails)],
                addresses: [AddressInput(label: row.one("address.label"), line: row.one("address.line"), city: row.one("address.city"),
                                         region: row.one("address.region"), postal_code: row.one("address.postal_code"),
                                         country: row.one("address.country"), latitude: row.number("address.latitude"), longitude: row.number("address.longitude"))])
            var v = FieldValidator()
            let valid = rules.checkOffline(input, into: &v)
            row.errors += v.errors.map { ImportError(field: $0.field.replacingOccurrences(of: "contacts[0].", with: "contact.")
                .replacingOccurrences(of: "addresses[0].", with: "address."), message: $0.message) }
            if let problem = row.problem { problems.append(problem) } else { clients.append((row.line, valid)) }
        }
        // Codes already in the database (checked with one query per thousand codes).
        let codes = clients.compactMap(\.1.code)
        var taken = Set<String>()
        for start in stride(from: 0, to: codes.count, by: 1000) {
            let slice = Array(codes[start..<min(start + 1000, codes.count)])
            taken.formUnion(try await db.sql.select().column("code").from(Client.schema).where("code", .in, slice).all(decodingColumn: "code", as: String.self))
        }
        if !taken.isEmpty {
            for (line, client) in clients where client.code.map(taken.contains) == true {
                problems.append(RowProblem(line: line, key: client.code ?? "", errors: [.init(field: "code", message: "a client with this code exists already")]))
            }
            clients.removeAll { $0.1.code.map(taken.contains) == true }
            problems.sort { $0.line < $1.line }
        }
        return Plan(rowsRead: table.records.count, repeatedRows: repeated, clients: clients, problems: problems)
    }

    /// Writes every planned client with its manager (by the assignment rule), contacts,
    /// addresses, assignment history and audit entry, in the caller's transaction.
    static func write(_ plan: Plan, actor: Principal?, now: Date, on tx: any Database) async throws -> Int {
        var pool = try await ManagerPool.candidates(on: tx)
        var moves: [(UUID, UUID?, UUID?)] = []
        var ids: [UUID] = []
        for (_, client) in plan.clients {
            let segmentID = try FieldValidator().check(client.segmentID)
            let managerID = ManagerPool.choose(segmentID: segmentID, among: pool)
            if let managerID, let i = pool.firstIndex(where: { $0.id == managerID.uuidString }) {
                pool[i].activeClients[segmentID.uuidString, default: 0] += 1
            }
            let id = try await ClientStore.insert(client, managerID: managerID, now: now, on: tx)
            ids.append(id)
            if let managerID { moves.append((id, nil, managerID)) }
        }
        try await AssignmentHistory.records(moves, reason: AssignmentHistory.imported, by: actor?.userID, at: now, on: tx)
        for id in ids {
            guard let dto = try await ClientStore.card(id, on: tx) else { continue }
            try await AuditTrail.record(on: tx, actor: actor, entity: Client.schema, id: id, action: .create, before: ClientDTO?.none, after: dto, at: now)
        }
        return ids.count
    }
}

extension AssignmentHistory {
    static let imported = "automatic: imported client"
}

extension ClientRules {
    /// The checks of `validateNew` that need no database (the import resolves segments and codes itself).
    func checkOffline(_ input: ClientInput, into v: inout FieldValidator) -> ValidClient {
        var out = ValidClient()
        out.kind = ClientKind(rawValue: input.kind ?? "")
        if out.kind == nil { v.add("kind", "must be one of: " + ClientKind.allCases.map(\.rawValue).joined(separator: ", ")) }
        out.party = PartyType(rawValue: input.party ?? "")
        if out.party == nil { v.add("party", "must be one of: " + PartyType.allCases.map(\.rawValue).joined(separator: ", ")) }
        out.name = v.text("name", input.name, max: 200)
        out.code = v.text("code", input.code, required: false, max: 40)
        out.taxID = .some(v.text("tax_id", input.tax_id, required: false, max: 40))
        out.notes = .some(v.text("notes", input.notes, required: false, max: 4000))
        out.segmentID = input.segment_id
        out.contacts = contacts(input.contacts ?? [], fallbackName: out.name, into: &v)
        out.addresses = addresses(input.addresses ?? [], into: &v)
        return out
    }
}
