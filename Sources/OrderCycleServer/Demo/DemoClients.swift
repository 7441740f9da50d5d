import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The clients part of the demo set: four segments, client managers serving them, clients of
/// every kind with contacts, three phones each (written in the different ways people write
/// them), addresses with coordinates, and a few absences. Deterministic for a seed; volume goes
/// in transactions of multi-row INSERTs, so `demo --clients 100000` takes seconds, not hours.
enum DemoClients {
    static let chunk = 5_000

    static let segments: [(code: String, en: String, ru: String, internal: Bool)] = [
        ("key", "Key accounts", "Ключевые клиенты", false),
        ("wholesale", "Wholesale", "Оптовые", false),
        ("retail", "Retail", "Розница", false),
        ("internal", "Internal", "Внутренние", true),
    ]

    /// Demo managers and the segments each serves (the first is the staff demo login).
    static let managers: [(email: String, name: String, segments: [String])] = [
        ("manager@ordercycle.demo", "Ирина Клиентова", ["key", "wholesale"]),
        ("manager2@ordercycle.demo", "Дмитро Оптовий", ["wholesale", "retail"]),
        ("manager3@ordercycle.demo", "Olga Retail", ["retail"]),
        ("manager4@ordercycle.demo", "Сергей Внутренний", ["internal", "retail"]),
        ("manager5@ordercycle.demo", "Mariia Key", ["key"]),
    ]

    static let companyStems = ["Днепр", "Карпаты", "Polissia", "Slobozhanshchyna", "Azov", "Volyn", "Podillia", "Tavria", "Bukovyna", "Siver",
                               "Волга", "Ural", "Baltic", "Danube", "Black Sea", "Prykarpattia", "Zakarpattia", "Galicia", "Steppe", "Desna"]
    static let companyTrades = ["Logistics", "Trade", "Agro", "Steel", "Foods", "Pharm", "Retail", "Build", "Auto", "Textile", "Energo", "Print"]
    static let companyForms = ["LLC", "ТОВ", "ООО", "PJSC", "Ltd", "ПП"]
    static let givenNames = ["Olena", "Андрій", "Ирина", "Taras", "Natalia", "Дмитрий", "Oksana", "Сергій", "Maria", "Павел", "Yulia", "Bohdan"]
    static let familyNames = ["Kovalenko", "Шевченко", "Иванова", "Bondarenko", "Tkachenko", "Мельник", "Kravets", "Петренко", "Lysenko", "Соколов"]
    static let departments = ["Warehouse No. 2", "Склад готовой продукции", "Transport department", "Відділ закупівель", "Production shop 3",
                              "Бухгалтерия", "Quality control", "Служба доставки"]
    static let cities: [(String, Double, Double)] = [
        ("Kyiv", 50.4501, 30.5234), ("Kharkiv", 49.9935, 36.2304), ("Odesa", 46.4825, 30.7233), ("Dnipro", 48.4647, 35.0462),
        ("Lviv", 49.8397, 24.0297), ("Zaporizhzhia", 47.8388, 35.1396), ("Poltava", 49.5883, 34.5514), ("Vinnytsia", 49.2331, 28.4682),
    ]
    static let mobileCodes = ["50", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99", "63"]

    @discardableResult
    static func generate(_ app: Application, clients total: Int, seed: UInt64, now: Date) async throws -> Int {
        let db = app.db
        let segmentIDs = try await ensureSegments(app)
        let managerIDs = try await ensureManagers(app, segments: segmentIDs)
        try await ensureAbsences(app, managers: managerIDs, now: now)
        guard total > 0 else { return 0 }
        // A second run adds after the first instead of colliding with its codes and numbers.
        let offset = try await db.sql.raw("SELECT COUNT(*) AS n FROM clients WHERE code LIKE 'CL-%'").first(decodingColumn: "n", as: Int.self) ?? 0
        var pool = try await ManagerPool.candidates(on: db)
        var created = 0
        while created < total {
            let count = min(chunk, total - created)
            let first = offset + created
            var rng = DemoRandom(seed: seed &+ 1_000_003 &* UInt64(first + 1))
            let batch = (0..<count).map { i in client(number: first + i, segments: segmentIDs, random: &rng) }
            var assigned: [(UUID, UUID?)] = []
            for c in batch {
                let manager = ManagerPool.choose(segmentID: c.segment, among: pool)
                if let manager, let i = pool.firstIndex(where: { $0.id == manager.uuidString }) {
                    pool[i].activeClients[c.segment.uuidString, default: 0] += 1
                }
                assigned.append((c.id, manager))
            }
            let owners = assigned
            try await db.write(app) { tx in
                let clientRows: [[any SQLExpression]] = zip(batch, owners).map { c, a in
                    [SQLBind(c.id), SQLBind(1), SQLBind(now), SQLBind(now), SQLBind(c.code), SQLBind(c.kind.rawValue), SQLBind(c.party.rawValue),
                     SQLBind(c.name), SQLBind(Client.fold(c.name)), SQLBind(c.taxID), SQLBind(c.segment), SQLBind(a.1), SQLBind(true)]
                }
                try await insertRows(into: "clients", ["id", "version", "created_at", "updated_at", "code", "kind", "party", "name", "search_name",
                                                       "tax_id", "segment_id", "manager_id", "active"], clientRows, on: tx.sql)
                try await ClientStore.insertContacts(batch.flatMap { c in c.contacts.map { (c.id, $0) } }, on: tx)
                try await ClientStore.insertAddresses(batch.map { ($0.id, $0.address) }, on: tx)
                try await AssignmentHistory.records(owners.compactMap { a in a.1.map { (a.0, nil, $0) } }, reason: AssignmentHistory.automatic, by: nil, at: now, on: tx)
            }
            created += count
        }
        return created
    }

    struct DemoClient {
        var id: UUID
        var code: String
        var kind: ClientKind
        var party: PartyType
        var name: String
        var taxID: String?
        var segment: UUID
        var contacts: [ValidContact]
        var address: ValidAddress
    }

    static func client(number n: Int, segments: [String: UUID], random r: inout DemoRandom) -> DemoClient {
        let roll = r.int(0...99)
        let kind: ClientKind = roll < 70 ? .customer : roll < 80 ? .supplier : roll < 85 ? .partner : roll < 93 ? .department : .employee
        let person = kind == .employee || (kind == .customer && r.chance(0.35))
        let given = givenNames[r.int(0...givenNames.count - 1)], family = familyNames[r.int(0...familyNames.count - 1)]
        let name: String
        switch kind {
        case .department: name = departments[n % departments.count] + " #\(n)"
        case _ where person: name = "\(given) \(family) #\(n)"
        default:
            name = "\(companyStems[r.int(0...companyStems.count - 1)]) \(companyTrades[r.int(0...companyTrades.count - 1)]) \(companyForms[r.int(0...companyForms.count - 1)]) #\(n)"
        }
        let segmentCode = kind.isInternal ? "internal" : (roll % 10 == 0 ? "key" : roll % 3 == 0 ? "wholesale" : "retail")
        // Three unique numbers per client, written in the forms people use.
        let phones = (0..<3).map { j -> ValidPhone in
            let k = n * 3 + j
            let code = mobileCodes[k % mobileCodes.count]
            let local = String(format: "%07d", (k / mobileCodes.count) % 10_000_000)
            let e164 = "+380" + code + local
            let a = local.prefix(3), b = local.dropFirst(3).prefix(2), c = local.suffix(2)
            let written = switch k % 4 {
            case 0: "+380 \(code) \(a) \(b) \(c)"
            case 1: "(0\(code)) \(a)-\(b)-\(c)"
            case 2: "0\(code).\(a).\(b).\(c)"
            default: "380\(code)\(local)"
            }
            return ValidPhone(e164: e164, extension: nil, asWritten: written, label: j == 2 ? "office" : "mobile")
        }
        let slug = "client\(n)"
        let main = ValidContact(name: person ? "\(given) \(family)" : "\(given) \(family)", position: person ? nil : "Logistics manager",
                                notes: nil, phones: Array(phones.prefix(2)), emails: ["\(slug)@example.com"])
        let office = ValidContact(name: kind == .department ? "Dispatcher" : "Office", position: nil, notes: nil, phones: [phones[2]], emails: [])
        let city = cities[r.int(0...cities.count - 1)]
        let address = ValidAddress(label: "office", line: "\(["Shevchenka", "Franka", "Soborna", "Hoholia", "Bankova"][r.int(0...4)]) St, \(r.int(1...180))",
                                   city: city.0, region: nil, postalCode: nil, country: "Ukraine",
                                   latitude: city.1 + Double(r.int(-500...500)) / 10_000, longitude: city.2 + Double(r.int(-500...500)) / 10_000)
        return DemoClient(id: r.uuid(), code: String(format: "CL-%06d", n + 1), kind: kind, party: person ? .person : .company, name: name,
                          taxID: person ? nil : String(format: "%08d", 10_000_000 + n), segment: segments[segmentCode]!,
                          contacts: [main, office], address: address)
    }

    static func ensureSegments(_ app: Application) async throws -> [String: UUID] {
        try await app.db.write(app) { tx in
            var ids: [String: UUID] = [:]
            for s in segments {
                if let existing = try await Segment.query(on: tx).filter(\.$code == s.code).first() { ids[s.code] = existing.id; continue }
                let segment = Segment(code: s.code, nameEN: s.en, nameRU: s.ru, isInternal: s.internal)
                try await segment.create(on: tx)
                ids[s.code] = segment.id
            }
            return ids
        }
    }

    static func ensureManagers(_ app: Application, segments: [String: UUID]) async throws -> [UUID] {
        let hash = try await app.password.async.hash(DemoData.password)
        return try await app.db.write(app) { tx in
            var ids: [UUID] = []
            for (i, m) in managers.enumerated() {
                let user: User
                if let existing = try await User.query(on: tx).filter(\.$email == m.email).first() { user = existing } else {
                    user = User(email: m.email, passwordHash: hash, displayName: m.name, role: .manager, phone: "+38044000000\(i + 1)")
                    try await user.create(on: tx)
                }
                let id = try user.requireID()
                ids.append(id)
                let served = try await tx.sql.raw("SELECT COUNT(*) AS n FROM manager_segments WHERE manager_id = \(bind: id)").first(decodingColumn: "n", as: Int.self) ?? 0
                if served == 0 {
                    try await insertRows(into: "manager_segments", ["id", "manager_id", "segment_id"],
                                         m.segments.compactMap { segments[$0] }.map { [SQLBind(UUID()), SQLBind(id), SQLBind($0)] }, on: tx.sql)
                }
            }
            return ids
        }
    }

    /// A manager away this week with a deputy, and one away next week without (calls go to the operators).
    static func ensureAbsences(_ app: Application, managers: [UUID], now: Date) async throws {
        guard managers.count >= 5 else { return }
        try await app.db.write(app) { tx in
            guard try await tx.sql.raw("SELECT COUNT(*) AS n FROM manager_absences").first(decodingColumn: "n", as: Int.self) == 0 else { return }
            let day: TimeInterval = 86_400
            _ = try await AbsenceStore.insert(managerID: managers[2], deputyID: managers[1], startsAt: now.addingTimeInterval(-day),
                                              endsAt: now.addingTimeInterval(6 * day), note: "Vacation", on: tx)
            _ = try await AbsenceStore.insert(managerID: managers[4], deputyID: nil, startsAt: now.addingTimeInterval(7 * day),
                                              endsAt: now.addingTimeInterval(10 * day), note: "Business trip to Lviv", on: tx)
        }
    }
}
