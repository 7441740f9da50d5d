import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The demo's client app: about forty branches in Russia and Kazakhstan with their hours (office
/// days with a lunch break, Saturdays, round-the-clock hubs, the New Year holidays), phones and
/// services; a fleet of twenty vehicles and eight drivers; and vehicle orders in every status,
/// some of them the demo client's (`client@ordercycle.demo`, who logs in to the cabinet).
/// Written through the same operations as the API. Deterministic; a database that already has
/// branches is left as it is.
enum DemoBranches {
    /// Name (en, ru), address, coordinates, hours kind and services of each branch; the services
    /// are codes of the demo's service catalog (`DemoServices.catalog`), which is loaded first.
    struct Place {
        var en: String
        var ru: String
        var address: String
        var lat: Double
        var lon: Double
        var kind: Kind
        var services: [String]
        enum Kind { case office, saturday, hub }
    }

    static let places: [Place] = [
        .init(en: "Moscow Tverskaya", ru: "Москва, Тверская", address: "Москва, ул. Тверская, 7", lat: 55.7601, lon: 37.6140, kind: .saturday, services: ["return-pickup", "express", "storage-extra"]),
        .init(en: "Moscow Varshavka hub", ru: "Москва, хаб Варшавка", address: "Москва, Варшавское шоссе, 118", lat: 55.6160, lon: 37.6180, kind: .hub, services: ["return-pickup", "storage-extra", "cross-dock"]),
        .init(en: "Moscow Sokolniki", ru: "Москва, Сокольники", address: "Москва, ул. Русаковская, 22", lat: 55.7869, lon: 37.6802, kind: .office, services: ["return-pickup", "express"]),
        .init(en: "Moscow Krylatskoye", ru: "Москва, Крылатское", address: "Москва, Осенний бульвар, 12", lat: 55.7574, lon: 37.4080, kind: .saturday, services: ["return-pickup"]),
        .init(en: "Moscow Khimki", ru: "Химки", address: "Химки, Ленинградское шоссе, 16", lat: 55.8970, lon: 37.4297, kind: .hub, services: ["return-pickup", "storage-extra", "cross-dock"]),
        .init(en: "Podolsk", ru: "Подольск", address: "Подольск, ул. Кирова, 1", lat: 55.4312, lon: 37.5447, kind: .office, services: ["return-pickup"]),
        .init(en: "Saint Petersburg Nevsky", ru: "Санкт-Петербург, Невский", address: "Санкт-Петербург, Невский проспект, 28", lat: 59.9358, lon: 30.3259, kind: .saturday, services: ["return-pickup", "express"]),
        .init(en: "Saint Petersburg Shushary hub", ru: "Санкт-Петербург, хаб Шушары", address: "Санкт-Петербург, Московское шоссе, 60", lat: 59.8010, lon: 30.3540, kind: .hub, services: ["return-pickup", "storage-extra", "cross-dock"]),
        .init(en: "Saint Petersburg Vasilyevsky", ru: "Санкт-Петербург, Васильевский", address: "Санкт-Петербург, Средний проспект В.О., 36", lat: 59.9410, lon: 30.2740, kind: .office, services: ["return-pickup"]),
        .init(en: "Kazan", ru: "Казань", address: "Казань, ул. Баумана, 44", lat: 55.7896, lon: 49.1131, kind: .saturday, services: ["return-pickup", "express"]),
        .init(en: "Nizhny Novgorod", ru: "Нижний Новгород", address: "Нижний Новгород, ул. Большая Покровская, 15", lat: 56.3197, lon: 44.0020, kind: .office, services: ["return-pickup"]),
        .init(en: "Yekaterinburg", ru: "Екатеринбург", address: "Екатеринбург, проспект Ленина, 24", lat: 56.8380, lon: 60.6030, kind: .saturday, services: ["return-pickup", "storage-extra"]),
        .init(en: "Yekaterinburg Koltsovo hub", ru: "Екатеринбург, хаб Кольцово", address: "Екатеринбург, ул. Бахчиванджи, 55", lat: 56.7500, lon: 60.7990, kind: .hub, services: ["return-pickup", "cross-dock"]),
        .init(en: "Novosibirsk", ru: "Новосибирск", address: "Новосибирск, Красный проспект, 25", lat: 55.0300, lon: 82.9200, kind: .saturday, services: ["return-pickup", "express"]),
        .init(en: "Samara", ru: "Самара", address: "Самара, ул. Куйбышева, 90", lat: 53.1900, lon: 50.0950, kind: .office, services: ["return-pickup"]),
        .init(en: "Rostov-on-Don", ru: "Ростов-на-Дону", address: "Ростов-на-Дону, ул. Большая Садовая, 47", lat: 47.2220, lon: 39.7160, kind: .office, services: ["return-pickup", "express"]),
        .init(en: "Krasnodar", ru: "Краснодар", address: "Краснодар, ул. Красная, 122", lat: 45.0400, lon: 38.9770, kind: .saturday, services: ["return-pickup"]),
        .init(en: "Voronezh", ru: "Воронеж", address: "Воронеж, проспект Революции, 33", lat: 51.6650, lon: 39.2000, kind: .office, services: ["return-pickup"]),
        .init(en: "Ufa", ru: "Уфа", address: "Уфа, ул. Ленина, 28", lat: 54.7300, lon: 55.9500, kind: .office, services: ["return-pickup"]),
        .init(en: "Perm", ru: "Пермь", address: "Пермь, Комсомольский проспект, 34", lat: 58.0080, lon: 56.2400, kind: .office, services: ["return-pickup"]),
        .init(en: "Chelyabinsk", ru: "Челябинск", address: "Челябинск, проспект Ленина, 61", lat: 55.1600, lon: 61.3900, kind: .office, services: ["return-pickup", "storage-extra"]),
        .init(en: "Volgograd", ru: "Волгоград", address: "Волгоград, проспект Ленина, 15", lat: 48.7130, lon: 44.5150, kind: .office, services: ["return-pickup"]),
        .init(en: "Omsk", ru: "Омск", address: "Омск, ул. Ленина, 10", lat: 54.9850, lon: 73.3730, kind: .office, services: ["return-pickup"]),
        .init(en: "Krasnoyarsk", ru: "Красноярск", address: "Красноярск, проспект Мира, 54", lat: 56.0120, lon: 92.8700, kind: .office, services: ["return-pickup"]),
        .init(en: "Tyumen", ru: "Тюмень", address: "Тюмень, ул. Республики, 40", lat: 57.1520, lon: 65.5400, kind: .office, services: ["return-pickup"]),
        .init(en: "Irkutsk", ru: "Иркутск", address: "Иркутск, ул. Карла Маркса, 21", lat: 52.2830, lon: 104.2820, kind: .office, services: ["return-pickup"]),
        .init(en: "Khabarovsk", ru: "Хабаровск", address: "Хабаровск, ул. Муравьёва-Амурского, 18", lat: 48.4800, lon: 135.0720, kind: .office, services: ["return-pickup"]),
        .init(en: "Vladivostok port hub", ru: "Владивосток, портовый хаб", address: "Владивосток, ул. Стрельникова, 9", lat: 43.1000, lon: 131.8800, kind: .hub, services: ["return-pickup", "storage-extra", "cross-dock"]),
        .init(en: "Kaliningrad", ru: "Калининград", address: "Калининград, Ленинский проспект, 30", lat: 54.7150, lon: 20.5100, kind: .office, services: ["return-pickup"]),
        .init(en: "Almaty Abay", ru: "Алматы, Абая", address: "Алматы, проспект Абая, 10", lat: 43.2389, lon: 76.9455, kind: .saturday, services: ["return-pickup", "express"]),
        .init(en: "Almaty hub", ru: "Алматы, хаб", address: "Алматы, ул. Бекмаханова, 93", lat: 43.3320, lon: 76.9550, kind: .hub, services: ["return-pickup", "storage-extra", "cross-dock"]),
        .init(en: "Astana", ru: "Астана", address: "Астана, проспект Кабанбай батыра, 11", lat: 51.1280, lon: 71.4300, kind: .saturday, services: ["return-pickup", "express"]),
        .init(en: "Shymkent", ru: "Шымкент", address: "Шымкент, проспект Тауке хана, 36", lat: 42.3200, lon: 69.5950, kind: .office, services: ["return-pickup"]),
        .init(en: "Karaganda", ru: "Караганда", address: "Караганда, проспект Бухар-Жырау, 45", lat: 49.8060, lon: 73.0880, kind: .office, services: ["return-pickup"]),
        .init(en: "Aktobe", ru: "Актобе", address: "Актобе, проспект Абилкайыр хана, 42", lat: 50.2850, lon: 57.1670, kind: .office, services: ["return-pickup"]),
        .init(en: "Pavlodar", ru: "Павлодар", address: "Павлодар, ул. Сатпаева, 49", lat: 52.2850, lon: 76.9600, kind: .office, services: ["return-pickup"]),
        .init(en: "Ust-Kamenogorsk", ru: "Усть-Каменогорск", address: "Усть-Каменогорск, ул. Казахстан, 67", lat: 49.9480, lon: 82.6280, kind: .office, services: ["return-pickup"]),
        .init(en: "Atyrau", ru: "Атырау", address: "Атырау, проспект Сатпаева, 17", lat: 47.1060, lon: 51.9060, kind: .office, services: ["return-pickup", "storage-extra"]),
        .init(en: "Kostanay", ru: "Костанай", address: "Костанай, ул. Аль-Фараби, 65", lat: 53.2140, lon: 63.6280, kind: .office, services: ["return-pickup"]),
        .init(en: "Aktau port", ru: "Актау, порт", address: "Актау, 9-й микрорайон, 2", lat: 43.6500, lon: 51.1600, kind: .hub, services: ["return-pickup", "cross-dock"]),
    ]

    static let vehicles: [(plate: String, type: VehicleType, kg: Double, m3: Double)] = [
        ("A101AA77", .car, 450, 1.8), ("A202AA77", .car, 500, 2), ("B303BB77", .van, 1_500, 12), ("B404BB77", .van, 1_200, 10),
        ("B505BB78", .van, 1_500, 12), ("B606BB78", .van, 900, 8), ("C707CC77", .truck, 5_000, 36), ("C808CC77", .truck, 3_500, 24),
        ("C909CC78", .truck, 5_000, 36), ("E110EE77", .lorry, 20_000, 86), ("E220EE77", .lorry, 20_000, 82), ("E330EE78", .lorry, 16_000, 70),
        ("K440KK77", .refrigerator, 10_000, 45), ("K550KK78", .refrigerator, 6_000, 30), ("123ABC02", .van, 1_500, 12), ("456DEF02", .truck, 5_000, 36),
        ("789GHI02", .lorry, 20_000, 86), ("321JKL01", .car, 500, 2), ("654MNO01", .refrigerator, 10_000, 45), ("987PQR01", .van, 1_500, 12),
    ]

    static let drivers: [(String, String)] = [
        ("Иван Петров", "+7 916 123-45-67"), ("Сергей Смирнов", "+7 916 234-56-78"), ("Алексей Кузнецов", "+7 921 345-67-89"),
        ("Ольга Сидорова", "+7 921 456-78-90"), ("Dmitry Volkov", "+7 903 567-89-01"), ("Нурлан Абенов", "+7 701 234-56-78"),
        ("Айгерим Садыкова", "+7 702 345-67-89"), ("Ерлан Жумабаев", "+7 705 456-78-90"),
    ]

    static let clientEmail = "client@ordercycle.demo"

    static func hours(_ kind: Place.Kind, year: Int) -> HoursDTO {
        let lunch = [HoursDTO.Span(from: "13:00", to: "14:00")]
        let weekday = HoursDTO.Day(open: "09:00", close: "18:00", breaks: lunch)
        var week = Dictionary(uniqueKeysWithValues: ["mon", "tue", "wed", "thu", "fri"].map { ($0, weekday) })
        switch kind {
        case .hub: return HoursDTO(always_open: true, week: [:], holidays: [])
        case .saturday: week["sat"] = HoursDTO.Day(open: "10:00", close: "16:00", breaks: [])
        case .office: break
        }
        let holidays = [HoursDTO.Holiday(date: "\(year + 1)-01-01", name: "Новый год"), .init(date: "\(year + 1)-01-02", name: "Новогодние каникулы"),
                        .init(date: "\(year + 1)-03-08", name: "8 Марта", open: "10:00", close: "15:00")]
        return HoursDTO(always_open: false, week: week, holidays: holidays)
    }

    @discardableResult
    static func generate(_ app: Application, seed: UInt64, now: Date) async throws -> Int {
        let db = app.db
        guard try await db.sql.raw("SELECT COUNT(*) AS n FROM branches").first(decodingColumn: "n", as: Int.self) == 0 else { return 0 }
        let region = app.appConfig.phoneRegion
        let admin = try await User.query(on: db).filter(\.$email == "logistician@ordercycle.demo").first()
        let actor = Principal(userID: admin?.id, role: .logistician, clientID: nil, label: admin?.displayName ?? "demo", email: nil, language: nil,
                              credential: .bearer(tokenID: UUID()))
        let year = Calendar(identifier: .gregorian).component(.year, from: now)
        let hash = try await app.password.async.hash(DemoData.password)
        let calendar = CompanyCalendar(timeZone: app.appConfig.timeZone)
        let count = try await db.write(app) { tx -> Int in
            for (i, p) in places.enumerated() {
                // Kazakhstan's branches (the last eleven) answer on Almaty's code, Russia's on a toll-free line.
                let phone = i >= places.count - 11 ? "+7 727 \(300 + i)-\(10 + i)-\(20 + i)" : "+7 800 \(500 + i)-\(10 + i)-\(30 + i)"
                let input = BranchInput(name_en: p.en, name_ru: p.ru, address: p.address, lat: p.lat, lon: p.lon, hours: hours(p.kind, year: year),
                                        phones: [phone], services: p.services, internal_notes: i % 5 == 0 ? "Ключи от склада у охраны, пост 2" : nil, active: true)
                _ = try await CreateBranch(input, region: region, lang: .ru).run(by: actor, now: now, on: tx)
            }
            var vehicleIDs: [(UUID, VehicleType, Double, Double)] = []
            for v in vehicles {
                let made = try await AddVehicle(plate: v.plate, vehicleType: v.type.rawValue, capacityKg: v.kg, capacityM3: v.m3, lang: .en).run(by: actor, now: now, on: tx)
                vehicleIDs.append((made.id, v.type, v.kg, v.m3))
            }
            var driverIDs: [UUID] = []
            for (name, phone) in drivers {
                driverIDs.append(try await AddDriver(name: name, phone: phone, region: region, lang: .en).run(by: actor, now: now, on: tx).id)
            }
            // The demo client: the first client, with a login for the cabinet and the app.
            let clients = try await tx.sql.raw("SELECT id FROM clients WHERE active = \(bind: true) ORDER BY code, id LIMIT 12").all().map { try $0.decode(column: "id", as: UUID.self) }
            guard let own = clients.first else { return places.count }
            var clientUser = try await User.query(on: tx).filter(\.$email == clientEmail).first()
            if clientUser == nil {
                let made = User(email: clientEmail, passwordHash: hash, displayName: "Demo Client", role: .client, clientID: own)
                try await made.create(on: tx)
                clientUser = made
            }
            let clientActor = Principal(userID: clientUser?.id, role: .client, clientID: clientUser?.clientID ?? own, label: clientUser?.displayName ?? "client",
                                        email: nil, language: nil, credential: .bearer(tokenID: UUID()))
            // Vehicle orders in every status: each a few hours apart so no vehicle is double-booked.
            var rng = DemoRandom(seed: seed &+ 51_515)
            let route = VehicleOrderStatus.path
            let finals: [VehicleOrderStatus] = route + [.cancelled] + route.dropFirst() + [.requested, .assigned, .en_route, .cancelled]
            for (n, target) in finals.enumerated() {
                let forOwn = n % 3 == 0
                let client = forOwn ? (clientActor.clientID ?? own) : clients[n % clients.count]
                let p = places[n % 12], q = places[(n + 5) % 12]
                let (type, kg, m3) = ([VehicleType.van, .truck, .car, .lorry, .refrigerator][n % 5], Double(rng.int(50...400)), 1.5)
                // Delivered and cancelled ones lie in the past days; open ones from today on.
                let start = target.isFinal ? now.addingTimeInterval(Double(-86_400 * (n + 1))) : now.addingTimeInterval(Double(3_600 * (n + 1)))
                let order = try OrderVehicle(
                    clientID: forOwn ? nil : client,
                    pickup: PlaceDTO(address: p.address, lat: p.lat, lon: p.lon), destination: PlaceDTO(address: q.address, lat: nil, lon: nil),
                    windowFrom: ISO8601DateFormatter().string(from: start), windowTo: ISO8601DateFormatter().string(from: start.addingTimeInterval(3 * 3_600)),
                    cargo: CargoDTO(weight_kg: kg, volume_m3: m3, pieces: rng.int(1...40), notes: n % 4 == 0 ? "Хрупкое: стекло" : nil),
                    vehicleType: type.rawValue, lang: .ru, now: start)
                let made = try await order.run(by: forOwn ? clientActor : actor, now: start.addingTimeInterval(-1_800), on: tx)
                guard target != .requested else { continue }
                if target == .cancelled {
                    _ = try await MoveVehicleOrder(orderID: made.id, to: "cancelled", reason: "Клиент перенёс отгрузку", vehicleID: nil, driverID: nil,
                                                   expectedVersion: nil, lang: .ru).run(by: actor, calendar: calendar, now: start.addingTimeInterval(-900), on: tx)
                    continue
                }
                let fitting = vehicleIDs.filter { $0.1 == type && $0.2 >= kg && $0.3 >= m3 }
                let vehicle = fitting[n % fitting.count].0
                let driver = driverIDs[n % driverIDs.count]
                var at = start.addingTimeInterval(-600)
                _ = try await MoveVehicleOrder(orderID: made.id, to: "assigned", reason: nil, vehicleID: vehicle, driverID: driver, expectedVersion: nil, lang: .ru)
                    .run(by: actor, calendar: calendar, now: at, on: tx)
                for step in route.drop(while: { $0 != .assigned }).dropFirst() {
                    guard let last = route.firstIndex(of: target), let i = route.firstIndex(of: step), i <= last else { break }
                    at = at.addingTimeInterval(1_800)
                    _ = try await MoveVehicleOrder(orderID: made.id, to: step.rawValue, reason: nil, vehicleID: nil, driverID: nil, expectedVersion: nil, lang: .ru)
                        .run(by: actor, calendar: calendar, now: at, on: tx)
                }
            }
            return places.count
        }
        BranchCatalog.of(app).invalidate()
        return count
    }
}
