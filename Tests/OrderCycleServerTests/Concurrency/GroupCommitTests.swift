import Fluent
import Foundation
@testable import OrderCycleServer
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Orders created at once commit together on SQLite (`GroupCommit`): each request is answered
/// for itself, and one that fails changes nothing, not even the order numbers of the others.
/// On PostgreSQL the same requests commit side by side, and are answered the same way.
@Suite("Group commit of concurrent writes")
struct GroupCommitTests {
    /// Holds SQLite's write turn while `count` writes queue up, so that they form one group.
    private func gathered<T: Sendable>(_ app: Application, _ count: Int, _ body: @escaping @Sendable (Int) async throws -> T) async throws -> [T] {
        let lock = app.sqliteWriteLock
        if !onPostgres { await lock.acquire() }
        return try await withThrowingTaskGroup(of: (Int, T).self) { group in
            for i in 0..<count { group.addTask { (i, try await body(i)) } }
            if !onPostgres {
                for _ in 0..<500 where app.groupCommit.waiting < count { try await Task.sleep(nanoseconds: 10_000_000) }
                #expect(app.groupCommit.waiting == count)
                await lock.release()
            }
            var results: [(Int, T)] = []
            for try await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// An order of one line, and one that is numbered, then refused: its lines together make a
    /// total too large to record.
    static func goodAndBad(_ world: OrderWorld) -> (good: [String: AnyCodable], bad: [String: AnyCodable]) {
        let good: [String: AnyCodable] = ["client_id": .string(world.client.uuidString), "status": .string("received"),
                                         "lines": .array([.object(["product_id": .string(world.stocked.uuidString), "quantity": .int(1)])])]
        let bad: [String: AnyCodable] = ["client_id": .string(world.client.uuidString), "status": .string("received"),
                                        "lines": .array((0..<10).map { _ in .object(["product_id": .string(world.stocked.uuidString), "quantity": .int(1_000_000),
                                                                                       "unit_price_minor": .int(1_000_000_000_000)]) })]
        return (good, bad)
    }

    @Test func concurrentCreationsWithOneInvalidAreEachAnsweredAndTheInvalidOneChangesNothing() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, admin) = try await makeUser(app, role: .admin)
            let (good, bad) = Self.goodAndBad(world)
            let orders = try await Order.query(on: app.db).count()
            let audit = try await AuditEvent.query(on: app.db).count()
            let answers = try await gathered(app, 6) { i in
                let response = try await app.api(.POST, "/api/v1/orders", headers: .bearer(admin, [("Idempotency-Key", "group-\(i)")]),
                                                 json: i == 3 ? bad : good)
                return (status: response.status, id: response.json["id"] as? String, number: response.json["number"] as? String, text: response.text)
            }
            for (i, answer) in answers.enumerated() {
                #expect(answer.status == (i == 3 ? .unprocessableEntity : .created), "\(i): \(answer.text)")
            }
            #expect(answers[3].text.contains("lines"))
            #expect(try await Order.query(on: app.db).count() == orders + 5)
            #expect(try await AuditEvent.query(on: app.db).count() == audit + 5)
            #expect(try await IdempotencyRecord.query(on: app.db).filter(\.$key == "group-3").count() == 0)
            for answer in answers where answer.status == .created {
                let id = try #require(answer.id.flatMap(UUID.init(uuidString:)))
                #expect(try await Order.find(id, on: app.db)?.number == answer.number)
            }
            if !onPostgres {
                // One writer: the refused order gave its number back, and the five are consecutive.
                let numbers = answers.compactMap(\.number).compactMap { Int($0.split(separator: "-").last ?? "") }.sorted()
                #expect(numbers.count == 5 && numbers.last! - numbers.first! == 4, "\(numbers)")
            }
            // A retry of an answered request replays its answer and creates nothing more.
            let retry = try await app.api(.POST, "/api/v1/orders", headers: .bearer(admin, [("Idempotency-Key", "group-0")]), json: good)
            #expect(retry.status == .created)
            #expect(retry.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(retry.json["id"] as? String == answers[0].id)
            #expect(try await Order.query(on: app.db).count() == orders + 5)
        }
    }

    /// On PostgreSQL an order's number is drawn outside its transaction, so writers do not wait
    /// for each other's commit on the counter: a refused order leaves a gap. On SQLite, whose
    /// writers take turns anyway, it gives the number back.
    @Test func aRefusedOrdersNumberIsAGapOnPostgresAndGivenBackOnSQLite() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, admin) = try await makeUser(app, role: .admin)
            let (good, bad) = Self.goodAndBad(world)
            func number(_ response: TestingHTTPResponse) -> Int? { (response.json["number"] as? String).flatMap { Int($0.split(separator: "-").last ?? "") } }
            let first = try await app.api(.POST, "/api/v1/orders", headers: .bearer(admin), json: good)
            let refused = try await app.api(.POST, "/api/v1/orders", headers: .bearer(admin), json: bad)
            let second = try await app.api(.POST, "/api/v1/orders", headers: .bearer(admin), json: good)
            #expect(refused.status == .unprocessableEntity)
            let a = try #require(number(first)), b = try #require(number(second))
            #expect(b - a == (onPostgres ? 2 : 1), "\(a) then \(b)")
        }
    }

    @Test func twoRequestsWithOneKeyCreateOneOrderAndGiveOneAnswer() async throws {
        try await withApp { app in
            let world = try await OrderWorld.make(app)
            let (_, admin) = try await makeUser(app, role: .admin)
            let body: [String: AnyCodable] = ["client_id": .string(world.client.uuidString), "status": .string("received"),
                                             "lines": .array([.object(["product_id": .string(world.stocked.uuidString), "quantity": .int(2)])])]
            let orders = try await Order.query(on: app.db).count()
            let answers = try await gathered(app, 2) { _ in
                let response = try await app.api(.POST, "/api/v1/orders", headers: .bearer(admin, [("Idempotency-Key", "twice")]), json: body)
                return (status: response.status, id: response.json["id"] as? String)
            }
            #expect(answers.allSatisfy { $0.status == .created })
            #expect(answers[0].id != nil && answers[0].id == answers[1].id)
            #expect(try await Order.query(on: app.db).count() == orders + 1)
        }
    }

    @Test func aWriteThatFailsInAGroupLeavesNoRowAndTheOthersCommit() async throws {
        try await withApp { app in
            struct Refused: Error {}
            let codes = try await gathered(app, 5) { i -> String? in
                do {
                    return try await app.db.write(app) { tx in
                        let segment = Segment(code: "group-\(i)", nameEN: "Group \(i)", nameRU: "Группа \(i)")
                        try await segment.create(on: tx)
                        if i == 2 { throw Refused() }
                        return segment.code
                    }
                } catch is Refused {
                    return nil
                }
            }
            #expect(codes == ["group-0", "group-1", nil, "group-3", "group-4"])
            let stored = try await Segment.query(on: app.db).filter(\.$code ~~ (0..<5).map { "group-\($0)" }).all().map(\.code).sorted()
            #expect(stored == ["group-0", "group-1", "group-3", "group-4"])
        }
    }
}

extension GroupCommitTests {
    @Test func aWriteOnAConnectionItHoldsRunsAloneOnIt() async throws {
        guard !onPostgres else { return }
        try await withApp { app in
            #expect(!GroupCommit.holdsConnection(app.db))
            let code = try await app.db.withConnection { conn in
                #expect(GroupCommit.holdsConnection(conn))
                return try await conn.write(app) { tx in
                    let segment = Segment(code: "held", nameEN: "Held", nameRU: "Своё соединение")
                    try await segment.create(on: tx)
                    return segment.code
                }
            }
            #expect(code == "held")
            #expect(try await Segment.query(on: app.db).filter(\.$code == "held").count() == 1)
        }
    }
}
