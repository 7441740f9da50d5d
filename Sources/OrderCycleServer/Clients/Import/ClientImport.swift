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
        var seen = Set<String>()
        var clients: [(Int, ValidClient)] = []
        var problems: [RowProblem] = []
        var repeated = 0
        for record in table.records {
            let row = table.named(record.fields)
            let key = row[mapping.key]?.trimmingCharacters(in: .whitespaces) ?? ""
            var errors: [ImportError] = []
            if record.fields.count != table.header.count {
                errors.append(.init(field: "row", message: "has \(record.fields.count) fields, the header has \(table.header.count)"))
            }
            if key.isEmpty { errors.append(.init(field: mapping.key, message: "is empty (it identifies the client)")) }
            if !key.isEmpty, seen.contains(key) { repeated += 1; continue }
            seen.insert(key)
            func one(_ target: String) -> String? {
                switch mapping.value(target, in: row) {
                case .success(let v): return v
                case .failure(let e): errors.append(e); return nil
                }
            }
            func many(_ target: String) -> [String] {
                switch mapping.values(target, in: row) {
                case .success(let v): return v
                case .failure(let e): errors.append(e); return []
                }
            }
            var segmentID: UUID?
            if let code = one("segment") {
                if let segment = segmentByCode[code], segment.active { segmentID = segment.id } else {
                    errors.append(.init(field: "segment", message: "\"\(code)\" is not an active segment (\(segmentByCode.keys.sorted().joined(separator: ", ")))"))
                }
            } else if !errors.contains(where: { $0.field == "segment" }) {
                errors.append(.init(field: "segment", message: "is empty"))
            }
            func number(_ target: String) -> Double? {
                guard let text = one(target) else { return nil }
                guard let value = Double(text.replacingOccurrences(of: ",", with: ".")) else {
                    errors.append(.init(field: target, message: "\"\(text)\" is not a number")); return nil
                }
                return value
            }
            let phones = many("contact.phones"), emails = many("contact.emails")
            let input = ClientInput(
                code: one("code"), kind: one("kind") ?? ClientKind.customer.rawValue, party: one("party") ?? PartyType.company.rawValue,
                name: one("name"), tax_id: one("tax_id"), segment_id: segmentID, notes: one("notes"), active: nil,
                contacts: [ContactInput(name: one("contact.name"), position: one("contact.position"), notes: nil,
                                        phones: phones.map { PhoneInput(number: $0) }, emails: emails)],
                addresses: [AddressInput(label: one("address.label"), line: one("address.line"), city: one("address.city"),
                                         region: one("address.region"), postal_code: one("address.postal_code"),
                                         country: one("address.country"), latitude: number("address.latitude"), longitude: number("address.longitude"))])
            var v = FieldValidator()
            let valid = rules.checkOffline(input, into: &v)
            errors += v.errors.map { ImportError(field: $0.field.replacingOccurrences(of: "contacts[0].", with: "contact.")
                .replacingOccurrences(of: "addresses[0].", with: "address."), message: $0.message) }
            if errors.isEmpty { clients.append((record.line, valid)) } else { problems.append(RowProblem(line: record.line, key: key, errors: errors)) }
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
