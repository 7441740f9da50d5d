import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The demo's personal service department: a catalog of thirty services of every kind and phase,
/// three packages, clients on them (some changed package along the way), a few hundred requests
/// over the last four months in every state — so η, F and the upsell suggestions have something
/// real to count — and a client login (`client@ordercycle.demo`) for the cabinet.
/// Deterministic for a seed; a database that already has services is left as it is.
enum DemoServices {
    struct Service {
        var code: String, en: String, ru: String, kind: ServiceKind, phase: ServicePhase, minutes: Int, price: Int64
        /// Segment codes the service is open to; empty: all.
        var segments: [String] = []
    }

    static let catalog: [Service] = [
        .init(code: "consult-assortment", en: "Assortment consultation", ru: "Консультация по ассортименту", kind: .basic, phase: .preSale, minutes: 30, price: 0),
        .init(code: "price-offer", en: "Individual price offer", ru: "Индивидуальное ценовое предложение", kind: .basic, phase: .preSale, minutes: 20, price: 0),
        .init(code: "demand-plan", en: "Joint demand planning", ru: "Совместное планирование спроса", kind: .special, phase: .preSale, minutes: 120, price: 1_200_00, segments: ["key"]),
        .init(code: "samples", en: "Product samples", ru: "Образцы продукции", kind: .additional, phase: .preSale, minutes: 45, price: 150_00),
        .init(code: "site-visit", en: "Manager's site visit", ru: "Выезд менеджера к клиенту", kind: .special, phase: .preSale, minutes: 180, price: 900_00, segments: ["key", "wholesale"]),
        .init(code: "credit-terms", en: "Credit terms review", ru: "Пересмотр условий кредита", kind: .additional, phase: .preSale, minutes: 40, price: 0, segments: ["key", "wholesale"]),
        .init(code: "tracking", en: "Shipment tracking notices", ru: "Уведомления об отслеживании груза", kind: .basic, phase: .sale, minutes: 5, price: 0),
        .init(code: "express", en: "Express delivery", ru: "Срочная доставка", kind: .additional, phase: .sale, minutes: 90, price: 450_00),
        .init(code: "night-intake", en: "Cargo intake outside hours", ru: "Приём груза в нерабочее время", kind: .special, phase: .sale, minutes: 60, price: 600_00, segments: ["key", "wholesale"]),
        .init(code: "weekend-delivery", en: "Weekend delivery", ru: "Доставка в выходные", kind: .special, phase: .sale, minutes: 120, price: 800_00),
        .init(code: "time-window", en: "Delivery in an agreed window", ru: "Доставка в согласованное окно", kind: .additional, phase: .sale, minutes: 30, price: 200_00),
        .init(code: "gift-pack", en: "Gift packaging", ru: "Подарочная упаковка", kind: .additional, phase: .sale, minutes: 15, price: 60_00, segments: ["retail"]),
        .init(code: "pallet-wrap", en: "Pallet stretch-wrapping", ru: "Обмотка паллет стрейч-плёнкой", kind: .basic, phase: .sale, minutes: 10, price: 35_00),
        .init(code: "labels", en: "Client's own labelling", ru: "Маркировка этикетками клиента", kind: .additional, phase: .sale, minutes: 20, price: 80_00),
        .init(code: "kitting", en: "Kitting and sets", ru: "Комплектация наборов", kind: .additional, phase: .sale, minutes: 45, price: 180_00),
        .init(code: "cross-dock", en: "Cross-docking", ru: "Кросс-докинг", kind: .special, phase: .sale, minutes: 90, price: 700_00, segments: ["key", "wholesale"]),
        .init(code: "storage-extra", en: "Extra storage days", ru: "Дополнительные дни хранения", kind: .additional, phase: .sale, minutes: 10, price: 120_00),
        .init(code: "docs-express", en: "Documents the same day", ru: "Документы в тот же день", kind: .basic, phase: .sale, minutes: 15, price: 0),
        .init(code: "unloading", en: "Unloading at the client", ru: "Разгрузка у клиента", kind: .additional, phase: .sale, minutes: 40, price: 250_00),
        .init(code: "recall-order", en: "Order recall", ru: "Отзыв заказа", kind: .basic, phase: .sale, minutes: 20, price: 0),
        .init(code: "warranty-repair", en: "Warranty repair", ru: "Гарантийный ремонт", kind: .basic, phase: .postSale, minutes: 240, price: 0),
        .init(code: "exchange", en: "Exchange of goods", ru: "Обмен товара", kind: .basic, phase: .postSale, minutes: 60, price: 0),
        .init(code: "return-pickup", en: "Return pick-up", ru: "Вывоз возврата", kind: .additional, phase: .postSale, minutes: 60, price: 300_00),
        .init(code: "training", en: "User training session", ru: "Обучение пользователей", kind: .additional, phase: .postSale, minutes: 120, price: 1_500_00),
        .init(code: "install", en: "Installation and start-up", ru: "Монтаж и пусконаладка", kind: .special, phase: .postSale, minutes: 300, price: 2_500_00, segments: ["key", "wholesale"]),
        .init(code: "spare-parts", en: "Spare parts selection", ru: "Подбор запчастей", kind: .additional, phase: .postSale, minutes: 30, price: 100_00),
        .init(code: "claims-fast", en: "Claims within a day", ru: "Рассмотрение претензии за день", kind: .special, phase: .postSale, minutes: 60, price: 350_00),
        .init(code: "usage-report", en: "Monthly usage report", ru: "Ежемесячный отчёт об использовании", kind: .additional, phase: .postSale, minutes: 30, price: 200_00, segments: ["key"]),
        .init(code: "docs-copies", en: "Copies of shipping documents", ru: "Копии отгрузочных документов", kind: .basic, phase: .postSale, minutes: 10, price: 0),
        .init(code: "old-fax-orders", en: "Orders by fax", ru: "Приём заказов по факсу", kind: .basic, phase: .sale, minutes: 15, price: 0),
    ]

    /// The packages: code, names, price a month, and service code → units a month.
    static let packages: [(code: String, en: String, ru: String, price: Int64, items: [(String, Int)])] = [
        ("start", "Start", "Старт", 500_00, [("express", 2), ("labels", 5), ("time-window", 2)]),
        ("business", "Business", "Бизнес", 2_000_00, [("express", 6), ("night-intake", 2), ("labels", 20), ("time-window", 6), ("return-pickup", 2)]),
        ("premium", "Premium", "Премиум", 5_500_00, [("express", 15), ("night-intake", 6), ("weekend-delivery", 4), ("labels", 50), ("training", 1),
                                                     ("cross-dock", 4), ("usage-report", 1)]),
    ]

    static let clientEmail = "client@ordercycle.demo"

    @discardableResult
    static func generate(_ app: Application, seed: UInt64, now: Date) async throws -> Int {
        let db = app.db
        guard try await db.sql.raw("SELECT COUNT(*) AS n FROM services").first(decodingColumn: "n", as: Int.self) == 0 else { return 0 }
        let calendar = CompanyCalendar(timeZone: app.appConfig.timeZone)
        let hash = try await app.password.async.hash(DemoData.password)
        return try await db.write(app) { tx in
            var rng = DemoRandom(seed: seed &+ 13_013)
            let sql = tx.sql
            var segments: [String: UUID] = [:]
            for r in try await sql.raw("SELECT id, code FROM segments").all() {
                segments[try r.decode(column: "code", as: String.self)] = try r.decode(column: "id", as: UUID.self)
            }
            let staff = try await sql.raw("SELECT id FROM users WHERE role IN ('manager', 'operator', 'logistician', 'worker') AND active = \(bind: true) ORDER BY email").all()
                .map { try $0.decode(column: "id", as: UUID.self) }
            let created = now.addingTimeInterval(-150 * 86_400)

            // The catalog; the fax service is retired (it stays on history).
            var services: [String: (id: UUID, s: Service)] = [:]
            for s in catalog {
                let id = rng.uuid()
                try await sql.raw("""
                    INSERT INTO services (id, version, code, name_en, name_ru, kind, phase, standard_minutes, unit, price_minor, currency, active, created_at, updated_at)
                    VALUES (\(bind: id), 1, \(bind: s.code), \(bind: s.en), \(bind: s.ru), \(bind: s.kind.rawValue), \(bind: s.phase.rawValue), \(bind: s.minutes),
                            'each', \(bind: s.price), 'UAH', \(bind: s.code != "old-fax-orders"), \(bind: created), \(bind: created))
                    """).run()
                for code in s.segments { if let segment = segments[code] {
                    try await sql.raw("INSERT INTO service_segments (id, service_id, segment_id) VALUES (\(bind: rng.uuid()), \(bind: id), \(bind: segment))").run()
                } }
                services[s.code] = (id, s)
            }
            var packageIDs: [String: UUID] = [:]
            var included: [UUID: [UUID: Int]] = [:]
            for p in packages {
                let id = rng.uuid()
                packageIDs[p.code] = id
                try await sql.raw("""
                    INSERT INTO service_packages (id, version, code, name_en, name_ru, price_minor, currency, active, created_at, updated_at)
                    VALUES (\(bind: id), 1, \(bind: p.code), \(bind: p.en), \(bind: p.ru), \(bind: p.price), 'UAH', \(bind: true), \(bind: created), \(bind: created))
                    """).run()
                for (code, n) in p.items {
                    guard let service = services[code] else { continue }
                    included[id, default: [:]][service.id] = n
                    try await sql.raw("""
                        INSERT INTO service_package_items (id, package_id, service_id, included_per_month) VALUES (\(bind: rng.uuid()), \(bind: id), \(bind: service.id), \(bind: n))
                        """).run()
                }
            }

            // Clients: the first sixty outside the internal segment; two in three on a package.
            let clients = try await sql.raw("""
                SELECT c.id, s.code FROM clients c JOIN segments s ON s.id = c.segment_id WHERE s.internal = \(bind: false) ORDER BY c.code LIMIT 60
                """).all().map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "code", as: String.self)) }
            let today = calendar.day(of: now)
            var packageOf: [UUID: UUID] = [:]
            for (i, (client, segment)) in clients.enumerated() where i % 3 != 2 {
                let code = segment == "key" ? "premium" : (segment == "wholesale" ? "business" : "start")
                let starts = today.adding(days: -rng.int(60...150))
                if i % 5 == 0, let first = packageIDs["start"], code != "start" {
                    // Started small and moved up from a later date: the history keeps both.
                    let change = starts.adding(days: 40)
                    try await insertSubscription(client, first, starts, change.adding(days: -1), rng: &rng, now: created, on: sql)
                    try await insertSubscription(client, packageIDs[code]!, change, nil, rng: &rng, now: created, on: sql)
                } else {
                    try await insertSubscription(client, packageIDs[code]!, starts, nil, rng: &rng, now: created, on: sql)
                }
                packageOf[client] = packageIDs[code]
            }

            // A client login for the cabinet, on the first client (on a package).
            if let first = clients.first?.0,
               try await sql.raw("SELECT id FROM users WHERE email = \(bind: clientEmail)").first() == nil {
                try await User(email: clientEmail, passwordHash: hash, displayName: "Клиент · Client", role: .client, clientID: first).create(on: tx)
            }

            // Requests over the last 120 days: most worked to the end, the recent ones still open.
            let requestable = services.values.filter { $0.s.code != "old-fax-orders" }.sorted { $0.s.code < $1.s.code }
            let descriptions = ["Please arrange it for our next shipment", "Нужно срочно, клиент ждёт", "As agreed with our manager",
                                "Просим принять груз вечером", "Repeat of last month's request", "Уточните стоимость, пожалуйста"]
            var used: [String: Int] = [:]
            var made = 0
            let total = 420
            for n in 0..<total {
                guard !clients.isEmpty else { break }
                // Some clients ask far more often, and keep buying the same service (the upsell's material).
                let (client, segment) = clients[n % 7 == 0 ? min(n % 4, clients.count - 1) : rng.int(0...(clients.count - 1))]
                let age = Double(rng.int(0...(120 * 24))) * 3600
                let filed = now.addingTimeInterval(-age)
                let kindRoll = rng.int(0...9)
                let kind: ServiceRequestKind = kindRoll < 6 ? .service : (kindRoll < 8 ? .special : ([.warranty, .return, .exchange, .training] as [ServiceRequestKind])[rng.int(0...3)])
                var service: (id: UUID, s: Service)?
                if kind == .service || kind == .special {
                    let open = requestable.filter { $0.s.segments.isEmpty || $0.s.segments.contains(segment) }
                    service = n % 7 == 0 ? services["express"] : open[rng.int(0...(open.count - 1))]
                    if kind == .special, rng.chance(0.3) { service = nil }
                } else if kind == .training { service = services["training"] } else if kind == .return { service = services["return-pickup"] } else if kind == .warranty {
                    service = services["warranty-repair"]
                } else { service = services["exchange"] }
                let month = ServicesInput.month(of: filed, calendar)
                var inside = false
                var price: Int64 = 0
                if let service {
                    let key = "\(client)|\(month)|\(service.id)"
                    if let package = packageOf[client], let units = included[package]?[service.id], (used[key] ?? 0) < units {
                        inside = true
                        used[key, default: 0] += 1
                    } else { price = service.s.price }
                }
                let scheduled = filed.addingTimeInterval(rng.hours(4...72))
                let outside = RequestSchedule.check(scheduled, now: filed, timeZone: calendar.timeZone) == .outsideHours
                // The older the request, the further it went.
                let roll = rng.int(0...99)
                let status: ServiceRequestStatus
                if age < 2 * 86_400 { status = ([.new, .new, .accepted, .planned] as [ServiceRequestStatus])[rng.int(0...3)] } else if age < 7 * 86_400 {
                    status = ([.accepted, .planned, .done, .closed, .refused] as [ServiceRequestStatus])[rng.int(0...4)]
                } else { status = roll < 80 ? .closed : (roll < 92 ? .refused : .done) }
                let assignee = [.planned, .done, .closed].contains(status) && !staff.isEmpty ? staff[rng.int(0...(staff.count - 1))] : nil
                let doneAt: Date? = [.done, .closed].contains(status) ? scheduled.addingTimeInterval(rng.hours(0...4)) : nil
                let decidedAt: Date? = status == .closed ? (doneAt ?? scheduled).addingTimeInterval(rng.hours(1...48)) : (status == .refused ? filed.addingTimeInterval(rng.hours(1...8)) : nil)
                let satisfied: Bool? = status == .closed ? rng.chance(0.88) : (status == .refused ? false : nil)
                let reason: String? = status == .refused ? ["No free truck that night", "Склад закрыт на инвентаризацию", "Outside the delivery zone"][rng.int(0...2)]
                    : (satisfied == false ? ["Two hours late", "Груз принят не полностью", "The driver did not call ahead"][rng.int(0...2)] : nil)
                let id = rng.uuid()
                let effectiveNow = min(now, [decidedAt, doneAt].compactMap { $0 }.max() ?? filed)
                try await sql.raw("""
                    INSERT INTO service_requests (id, version, client_id, kind, service_id, order_id, scheduled_at, outside_hours, description, status,
                                                  inside_package, price_minor, currency, month, assignee_id, satisfied, reason, channel, filed_by,
                                                  created_at, updated_at, done_at, decided_at)
                    VALUES (\(bind: id), 1, \(bind: client), \(bind: kind.rawValue), \(bind: service?.id), \(bind: UUID?.none), \(bind: scheduled), \(bind: outside),
                            \(bind: descriptions[rng.int(0...(descriptions.count - 1))]), \(bind: status.rawValue), \(bind: inside), \(bind: price), 'UAH', \(bind: month),
                            \(bind: assignee), \(bind: satisfied), \(bind: reason), \(bind: rng.chance(0.5) ? "client" : "staff"), \(bind: UUID?.none),
                            \(bind: filed), \(bind: effectiveNow), \(bind: doneAt.map { min($0, now) }), \(bind: decidedAt.map { min($0, now) }))
                    """).run()
                made += 1
            }
            return made
        }
    }

    private static func insertSubscription(_ client: UUID, _ package: UUID, _ starts: CalendarDay, _ ends: CalendarDay?, rng: inout DemoRandom, now: Date,
                                           on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            INSERT INTO subscriptions (id, version, client_id, package_id, starts_on, ends_on, created_by, created_at, updated_at)
            VALUES (\(bind: rng.uuid()), 1, \(bind: client), \(bind: package), \(bind: starts.description), \(bind: ends?.description), \(bind: UUID?.none), \(bind: now), \(bind: now))
            """).run()
    }
}
