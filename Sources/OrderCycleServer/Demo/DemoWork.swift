import Fluent
import Foundation
import OrderCycleCore
import SQLKit
import Vapor

/// The demo's work area: two teams with their Kanban boards and a few hundred tasks, so every
/// part of the area has something to show — tasks done on time and late over the last month
/// (the control figures), work in progress up to the limits, one worker blocked by overdue
/// work (with the refusals the gate recorded), deadlines renegotiated with a reason, tasks
/// shown to clients in their cabinet, and deadlines within the next hour (the reminders).
///
/// Consistent with the gate: only the blocked worker has overdue open tasks; nobody holds more
/// tasks in progress than their own limit, and no strict column more than its limit.
/// Deterministic for a seed; a database that already has teams is left as it is.
enum DemoWork {
    struct Person: Sendable {
        var email: String
        var name: String
        var role: Role
    }

    /// The people of the two teams besides the demo staff (`DemoData.staff`).
    static let dispatchers: [Person] = [
        .init(email: "dispatcher1@ordercycle.demo", name: "Марія Диспетчер", role: .worker),
        .init(email: "dispatcher2@ordercycle.demo", name: "Dmytro Routes", role: .worker),
        .init(email: "dispatcher3@ordercycle.demo", name: "Светлана Графикова", role: .worker),
    ]
    static let storekeepers: [Person] = [
        .init(email: "warehouse.lead@ordercycle.demo", name: "Віктор Склад", role: .manager),
        .init(email: "logistician2@ordercycle.demo", name: "Olga Freight", role: .logistician),
        .init(email: "storekeeper1@ordercycle.demo", name: "Андрей Комплектов", role: .worker),
        .init(email: "storekeeper2@ordercycle.demo", name: "Iryna Pallets", role: .worker),
        .init(email: "storekeeper3@ordercycle.demo", name: "Богдан Приёмкин", role: .worker),
    ]

    /// The worker the overdue gate blocks in the demo: a dispatcher of their own, so that the demo
    /// worker (`worker@`) can try every move on the boards.
    static let blockedEmail = "dispatcher3@ordercycle.demo"
    /// Each worker's own limit on tasks in progress.
    static let personLimit = 3
    static let tasksPerBoard = 160

    static let titles: [String] = [
        "Позвонить клиенту о переносе отгрузки", "Prepare the shipping documents", "Сверить остатки по складу",
        "Book a truck for Lviv", "Согласовать график доставки", "Check the pallet count on the return",
        "Подготовить счёт по заказу", "Confirm the delivery window with the consignee", "Разобрать претензию по повреждению",
        "Update the customs declaration", "Перезвонить по пропущенному звонку", "Plan tomorrow's picking wave",
        "Проверить комплектацию заказа", "Send the client the tracking number", "Оформить возврат поставщику",
        "Agree the price of the urgent delivery",
    ]

    static let renegotiationReasons: [(String, String)] = [
        ("The consignee's warehouse is closed until Monday", "Ольга, склад получателя"),
        ("Waiting for the supplier's corrected invoice", "Andriy, purchasing"),
        ("Клиент попросил перенести доставку", "Ирина Клиентова"),
    ]

    @discardableResult
    static func generate(_ app: Application, seed: UInt64, now: Date) async throws -> Int {
        let db = app.db
        guard try await db.sql.raw("SELECT COUNT(*) AS n FROM teams").first(decodingColumn: "n", as: Int.self) == 0 else { return 0 }
        let hash = try await app.password.async.hash(DemoData.password)
        return try await db.write(app) { tx in
            func user(_ person: Person) async throws -> UUID {
                if let existing = try await User.query(on: tx).filter(\.$email == person.email).first() { return try existing.requireID() }
                let created = User(email: person.email, passwordHash: hash, displayName: person.name, role: person.role)
                try await created.create(on: tx)
                return try created.requireID()
            }
            func staff(_ email: String) async throws -> UUID? {
                try await User.query(on: tx).filter(\.$email == email).first()?.requireID()
            }
            var rng = DemoRandom(seed: seed &+ 12_012)

            // The dispatch team: the client manager leads it; its "in progress" column is strict at five.
            let dispatch = try await WorkSetup.createTeam(name: "Dispatch · Диспетчерская", now: now, on: tx)
            let dispatchBoard = try await WorkSetup.createBoard(team: dispatch, name: "Dispatch board · Доска диспетчеров", now: now, on: tx)
            var dispatchPeople: [UUID] = []
            if let lead = try await staff("manager@ordercycle.demo") {
                try await WorkSetup.setMember(lead, of: dispatch, supervisor: true, wipLimit: personLimit, now: now, on: tx)
                dispatchPeople.append(lead)
            }
            for email in ["logistician@ordercycle.demo", "worker@ordercycle.demo"] {
                if let id = try await staff(email) {
                    try await WorkSetup.setMember(id, of: dispatch, wipLimit: personLimit, now: now, on: tx)
                    dispatchPeople.append(id)
                }
            }
            for person in dispatchers {
                let id = try await user(person)
                try await WorkSetup.setMember(id, of: dispatch, wipLimit: personLimit, now: now, on: tx)
                dispatchPeople.append(id)
            }

            // The warehouse team: picking is a soft limit of eight (a warning, not a refusal).
            let warehouse = try await WorkSetup.createTeam(name: "Warehouse · Склад", now: now, on: tx)
            let warehouseColumns: [WorkSetup.ColumnSpec] = [
                .init(nameEN: "To do", nameRU: "К выполнению", status: .todo, wipLimit: nil),
                .init(nameEN: "Picking", nameRU: "Комплектация", status: .inProgress, wipLimit: 8, wipStrict: false),
                .init(nameEN: "Waiting", nameRU: "Ожидание", status: .blocked, wipLimit: nil),
                .init(nameEN: "Done", nameRU: "Выполнено", status: .done, wipLimit: nil),
            ]
            let warehouseBoard = try await WorkSetup.createBoard(team: warehouse, name: "Warehouse board · Доска склада", columns: warehouseColumns, now: now, on: tx)
            var warehousePeople: [UUID] = []
            for (i, person) in storekeepers.enumerated() {
                let id = try await user(person)
                try await WorkSetup.setMember(id, of: warehouse, supervisor: i == 0, wipLimit: personLimit, now: now, on: tx)
                warehousePeople.append(id)
            }

            let clients = try await tx.sql.raw("SELECT id FROM clients ORDER BY code, id LIMIT 12").all().map { try $0.decode(column: "id", as: UUID.self) }
            let blocked = try await staff(blockedEmail)
            var insert = BulkInsert("tasks", [
                "id", "version", "board_id", "column_id", "rank", "title", "description", "direction", "source", "responsible_id", "creator_id",
                "deadline_original", "deadline", "priority", "status", "client_id", "order_id", "claim_id", "call_id", "visible_to_client",
                "created_at", "updated_at", "done_at",
            ])
            var renegotiations = BulkInsert("task_deadline_renegotiations", ["id", "task_id", "previous_deadline", "new_deadline", "reason", "agreed_by", "recorded_by", "at"])
            var count = 0
            let hour = 3600.0, day = 86_400.0

            for (board, people) in [(dispatchBoard, dispatchPeople), (warehouseBoard, warehousePeople)] where !people.isEmpty {
                let (todo, inProgress, waiting, done) = (board.columns[0], board.columns[1], board.columns[2], board.columns[3])
                let columnLimit = board.board == dispatchBoard.board ? 5 : 8
                var held: [UUID: Int] = [:]
                var inColumn = 0
                var rank: [UUID: Double] = [:]
                func nextRank(_ column: UUID) -> Double { rank[column, default: 0] += 1024; return rank[column]! }
                for i in 0..<tasksPerBoard {
                    let id = rng.uuid()
                    let title = titles[Int(rng.next() % UInt64(titles.count))]
                    var responsible = people[i % people.count]
                    if responsible == blocked { responsible = people[(i + 1) % people.count] }
                    let priority = [Priority.low, .normal, .normal, .normal, .high, .urgent][Int(rng.next() % 6)]
                    let direction = rng.next() % 3 == 0 ? TaskDirection.outgoing : .incoming
                    let client: UUID? = clients.isEmpty || i % 9 != 0 ? nil : clients[i % clients.count]
                    let visible = client != nil && i % 18 == 0
                    let created = now.addingTimeInterval(-Double(1 + rng.next() % 40) * day)
                    var deadline: Date, status: TaskStatus, column: UUID, doneAt: Date?
                    var original: Date?
                    if i % 10 < 6 {
                        // Finished over the last 30 days; about one in five after its deadline.
                        doneAt = now.addingTimeInterval(-Double(rng.next() % UInt64(30 * 24)) * hour - hour)
                        let late = rng.next() % 5 == 0
                        deadline = doneAt!.addingTimeInterval(late ? -Double(1 + rng.next() % 30) * hour : Double(1 + rng.next() % 48) * hour)
                        (status, column) = (.done, done)
                    } else {
                        // Open, due ahead: within the next hour for a few (the reminders), up to ten days for the rest.
                        deadline = now.addingTimeInterval(i % 25 == 6 ? Double(10 + rng.next() % 45) * 60 : Double(2 + rng.next() % 240) * hour)
                        doneAt = nil
                        if i % 10 == 6, inColumn < columnLimit - 1, held[responsible, default: 0] < personLimit {
                            held[responsible, default: 0] += 1
                            inColumn += 1
                            (status, column) = (.inProgress, inProgress)
                        } else if i % 10 == 7, i % 20 == 7 {
                            (status, column) = (.blocked, waiting)
                        } else {
                            (status, column) = (.todo, todo)
                        }
                        if i % 8 == 7 {
                            // Agreed later than first set: the first deadline passed, a new one was agreed with a reason.
                            original = now.addingTimeInterval(-Double(2 + rng.next() % 48) * hour)
                            let (reason, agreedBy) = renegotiationReasons[i % renegotiationReasons.count]
                            renegotiations.add([rng.uuid(), id, original!, deadline, reason, agreedBy, responsible, original!.addingTimeInterval(-hour)])
                        }
                    }
                    let createdAt = min(created, (original ?? deadline).addingTimeInterval(-day))
                    insert.add([id, 1, board.board, column, nextRank(column), title, String?.none, direction.rawValue, TaskSource.manual.rawValue,
                                responsible, people[0], original ?? deadline, deadline, priority.rawValue, status.rawValue, client, UUID?.none, UUID?.none,
                                UUID?.none, visible, createdAt, doneAt ?? createdAt, doneAt])
                    count += 1
                }

                // The blocked worker: three open tasks past their deadline, one of them in progress, and the pulls the gate refused.
                if let blocked, people.contains(blocked) {
                    for k in 0..<3 {
                        let id = rng.uuid()
                        let deadline = now.addingTimeInterval(-Double(3 + 11 * k) * hour)
                        let inWork = k == 0 && inColumn < columnLimit
                        if inWork { inColumn += 1 }
                        let column = inWork ? inProgress : todo
                        insert.add([id, 1, board.board, column, nextRank(column), ["Вернуть подписанные накладные", "Call Acme back about the damaged pallet", "Закрыть акт сверки"][k],
                                    String?.none, TaskDirection.incoming.rawValue, TaskSource.manual.rawValue, blocked, people[0], deadline, deadline,
                                    Priority.high.rawValue, (inWork ? TaskStatus.inProgress : .todo).rawValue, UUID?.none, UUID?.none, UUID?.none, UUID?.none,
                                    false, deadline.addingTimeInterval(-2 * day), deadline.addingTimeInterval(-2 * day), Date?.none])
                        count += 1
                        try await tx.sql.raw("""
                            INSERT INTO task_gate_refusals (id, employee_id, actor_id, task_id, action, code, at)
                            VALUES (\(bind: rng.uuid()), \(bind: blocked), \(bind: blocked), \(bind: UUID?.none), 'pull', 'overdue_tasks', \(bind: now.addingTimeInterval(-Double(1 + k) * hour)))
                            """).run()
                    }
                }
            }
            try await insert.flush(on: tx)
            try await renegotiations.flush(on: tx)
            return count
        }
    }
}
