import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The demo's support area: a client user for the cabinet (`client@ordercycle.demo`), an office
/// hours SLA policy for urgent tickets beside the standard 24x7 targets, and a few dozen tickets
/// over the last ten days in every status — new ones (some already past their first-response
/// promise, so the breach scan escalates them), open ones being worked, some waiting for the
/// client (their clocks paused), resolved ones (with one reply: first-contact resolution) and
/// closed ones rated by their clients. Every ticket is written by the same operations the API
/// runs, at the moments they happened. Deterministic for a seed; a database that already has
/// tickets is left as it is.
enum DemoSupport {
    static let clientEmail = "client@ordercycle.demo"
    static let ticketCount = 40

    static let subjects: [String] = [
        "Не печатаются этикетки на складе", "The tracking page shows the wrong address", "Не приходит счёт по заказу",
        "Delivery slot needs to change", "Сканер не видит штрихкоды", "Pallet damaged on arrival",
        "Вопрос по тарифу абонентского пакета", "Cannot log in to the cabinet", "Груз застрял на таможне",
        "The driver did not call before arriving", "Нужна копия накладной", "API returns 500 for order import",
    ]
    static let replies: [String] = [
        "Спасибо, проверяем и вернёмся с ответом.", "We have restarted the service, please try again.",
        "Передали вопрос логисту, ответим сегодня.", "Could you send a photo of the label?",
    ]
    static let comments: [String] = ["Быстро и по делу", "Solved on the first call", "Долго ждали ответа", "Thanks, all good now"]

    @discardableResult
    static func generate(_ app: Application, seed: UInt64, now: Date) async throws -> Int {
        if try await app.db.sql.raw("SELECT COUNT(*) AS n FROM tickets").first(decodingColumn: "n", as: Int.self) ?? 0 > 0 { return 0 }
        let clients = try await app.db.sql.raw("SELECT id, name FROM clients WHERE active = \(bind: true) ORDER BY code LIMIT 12").all().map {
            (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "name", as: String.self))
        }
        guard let first = clients.first,
              let op = try await User.query(on: app.db).filter(\.$email == "operator@ordercycle.demo").first(),
              let admin = try await User.query(on: app.db).filter(\.$email == "admin@ordercycle.demo").first() else { return 0 }
        let config = app.appConfig
        let window = config.ticketReopenWindow

        // The cabinet's demo user belongs to the first client.
        if try await User.query(on: app.db).filter(\.$email == clientEmail).count() == 0 {
            let hash = try await app.password.async.hash(DemoData.password)
            try await User(email: clientEmail, passwordHash: hash, displayName: "Demo Client", role: .client, clientID: first.0).create(on: app.db)
        }
        let clientUser = try await User.query(on: app.db).filter(\.$email == clientEmail).first()

        let staff: @Sendable (User) -> Principal = { user in
            Principal(userID: user.id, role: user.role, clientID: nil, label: user.displayName, email: user.email, language: nil, credential: .bearer(tokenID: UUID()))
        }
        let client: @Sendable (UUID, String) -> Principal = { id, name in
            let own = id == first.0 ? clientUser : nil
            return Principal(userID: own?.id, role: .client, clientID: id, label: own?.displayName ?? name, email: nil, language: nil, credential: .bearer(tokenID: UUID()))
        }
        let operatorActor = staff(op)
        let adminActor = staff(admin)

        try await app.db.write(app) { tx in
            let policy = try CreateSLAPolicy(segmentID: nil, priority: "low", firstResponseMinutes: 8 * 60, resolutionMinutes: 5 * 9 * 60,
                                             calendar: "business_hours", weekdays: nil, opens: "09:00", closes: "18:00", holidays: ["2026-01-01", "2026-01-07"],
                                             timeZone: config.timeZone, lang: .en)
            _ = try await policy.run(by: adminActor, now: now.addingTimeInterval(-11 * 86_400), on: tx)
            // The hotline team, so the console's queues by team show the operator's tickets.
            let hotline = try await WorkSetup.createTeam(name: "Hotline · Горячая линия", now: now, on: tx)
            try await WorkSetup.setMember(try op.requireID(), of: hotline, now: now, on: tx)
        }

        // The mix of where tickets end up: mostly resolved or closed, a steady few open, waiting and new.
        let plan: [TicketStatus] = [.closed, .resolved, .open, .closed, .waitingForClient, .resolved, .new, .closed, .open, .resolved]
        for i in 0..<ticketCount {
            try await app.db.write(app) { tx in
                // Each ticket draws from its own sequence, so one ticket's story never shifts another's.
                var random = DemoRandom(seed: seed &+ 17 &* UInt64(i + 1))
                let (clientID, clientName) = i % 3 == 0 ? first : clients[random.int(0...(clients.count - 1))]
                let target = plan[i % plan.count]
                // Some new tickets were opened long enough ago to have missed their first response.
                let age: TimeInterval = target == .new ? (i % 20 == 6 ? random.hours(6...30) : random.hours(0.02...0.15)) : random.hours(3...240)
                var at = now.addingTimeInterval(-age)
                let priority = [Priority.low, .normal, .normal, .high, .urgent][random.int(0...4)]
                let asClient = client(clientID, clientName)
                let open = try CreateTicket(subject: subjects[i % subjects.count], description: "Demo ticket \(i + 1).", priority: priority.rawValue,
                                            category: ["Warehouse", "Billing", "Delivery", "IT"][i % 4], source: i % 5 == 0 ? .email : .cabinet,
                                            timeZone: config.timeZone, reopenWindow: window, lang: .ru)
                let id = try await open.run(by: asClient, now: at, on: tx).ticket.id
                guard target != .new else { return }
                func step(_ hours: ClosedRange<Double>) -> Date {
                    at = min(at.addingTimeInterval(random.hours(hours)), now.addingTimeInterval(-60))
                    return at
                }
                _ = try await UpdateTicket(ticketID: id, assigneeID: .some(op.id), expectedVersion: nil, reopenWindow: window, lang: .en)
                    .run(by: operatorActor, now: step(0.01...0.1), on: tx)
                // Most answer in time; every seventh is answered late (a breach the scan records).
                let late = i % 7 == 3
                _ = try await AddTicketMessage(ticketID: id, text: replies[i % replies.count], internal: false, reopenWindow: window, lang: .ru)
                    .run(by: operatorActor, now: step(late ? 5...9 : 0.05...0.5), on: tx)
                if i % 4 == 1 {
                    _ = try await AddTicketMessage(ticketID: id, text: "Checked the logs: the same issue as last week.", internal: true,
                                                   reopenWindow: window, lang: .en).run(by: operatorActor, now: step(0.05...0.2), on: tx)
                }
                if target == .open { return }
                if target == .waitingForClient || i % 3 == 1 {
                    _ = try await TransitionTicket(ticketID: id, to: TicketStatus.waitingForClient.rawValue, expectedVersion: nil, reopenWindow: window, lang: .en)
                        .run(by: operatorActor, now: step(0.05...0.3), on: tx)
                    if target == .waitingForClient { return }
                    _ = try await AddTicketMessage(ticketID: id, text: "Фото отправили на почту.", internal: false, reopenWindow: window, lang: .ru)
                        .run(by: asClient, now: step(1...20), on: tx)
                    _ = try await AddTicketMessage(ticketID: id, text: replies[(i + 1) % replies.count], internal: false, reopenWindow: window, lang: .ru)
                        .run(by: operatorActor, now: step(0.1...1), on: tx)
                }
                _ = try await TransitionTicket(ticketID: id, to: TicketStatus.resolved.rawValue, expectedVersion: nil, reopenWindow: window, lang: .en)
                    .run(by: operatorActor, now: step(0.1...3), on: tx)
                if target == .resolved && i % 2 == 0 { return }
                _ = try await RateTicket(ticketID: id, rating: [5, 5, 4, 3, 2, 5][i % 6], comment: comments[i % comments.count], reopenWindow: window, lang: .ru)
                    .run(by: asClient, now: step(0.5...12), on: tx)
                if target == .closed {
                    _ = try await TransitionTicket(ticketID: id, to: TicketStatus.closed.rawValue, expectedVersion: nil, reopenWindow: window, lang: .en)
                        .run(by: asClient, now: step(0.1...2), on: tx)
                }
            }
        }
        // The breaches that fell due meanwhile are recorded and escalated as the running scan would.
        _ = try await TicketBreachScan.run(app, now: now)
        return ticketCount
    }
}
