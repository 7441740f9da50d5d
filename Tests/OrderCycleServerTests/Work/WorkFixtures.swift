import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

/// A team with a board and three people for the work tests: a supervisor, a worker and a
/// colleague, all members; the clock is a `ManualClock` the test moves.
struct WorkWorld {
    struct Person { var id: UUID; var token: String }

    var clock: ManualClock
    var team: UUID
    var board: UUID
    /// The board's columns in order (the standard ones: to do, in progress (limit 5), waiting, done).
    var columns: [UUID]
    var supervisor: Person
    var worker: Person
    var colleague: Person

    /// 2026-03-02 09:00 UTC: tokens made now last an hour, so tests move the clock by less.
    static let start = Date(timeIntervalSince1970: 1_772_442_000)

    static func make(_ app: Application, clock: ManualClock, columns: [WorkSetup.ColumnSpec] = WorkSetup.standardColumns) async throws -> WorkWorld {
        let now = clock.now()
        let team = try await WorkSetup.createTeam(name: "Dispatch", now: now, on: app.db)
        let (board, columnIDs) = try await WorkSetup.createBoard(team: team, name: "Dispatch board", columns: columns, now: now, on: app.db)
        func person(_ role: Role, supervisor: Bool = false) async throws -> Person {
            let (user, token) = try await makeUser(app, role: role)
            try await WorkSetup.setMember(user.id!, of: team, supervisor: supervisor, now: now, on: app.db)
            return Person(id: user.id!, token: token)
        }
        return WorkWorld(clock: clock, team: team, board: board, columns: columnIDs,
                         supervisor: try await person(.manager, supervisor: true), worker: try await person(.worker), colleague: try await person(.worker))
    }
}

struct NewTask: Encodable, Sendable {
    var title: String
    var responsible_id: UUID
    var deadline: String
    var board_id: UUID?
    var client_id: UUID?
    var visible_to_client: Bool?
}

extension Application {
    /// Creates a task through the API, due `minutes` from the world's now; returns the response.
    @discardableResult
    func newTask(_ world: WorkWorld, _ title: String, for responsible: UUID, dueIn minutes: Double, by token: String,
                 clientID: UUID? = nil, visible: Bool? = nil, headers extra: [(String, String)] = []) async throws -> TestingHTTPResponse {
        let deadline = ISO8601DateFormatter().string(from: world.clock.now().addingTimeInterval(minutes * 60))
        return try await api(.POST, "/api/v1/tasks", headers: .bearer(token, extra),
                             json: NewTask(title: title, responsible_id: responsible, deadline: deadline, board_id: world.board, client_id: clientID, visible_to_client: visible))
    }

    /// Creates a task and returns its id.
    func taskID(_ world: WorkWorld, _ title: String, for responsible: UUID, dueIn minutes: Double, by token: String,
                clientID: UUID? = nil, visible: Bool? = nil) async throws -> UUID {
        let response = try await newTask(world, title, for: responsible, dueIn: minutes, by: token, clientID: clientID, visible: visible)
        #expect(response.status == .created, "\(response.text)")
        return try #require(UUID(uuidString: response.json["id"] as? String ?? ""), "\(response.text)")
    }

    func pull(_ task: UUID, by token: String, language: String = "en") async throws -> TestingHTTPResponse {
        try await api(.POST, "/api/v1/tasks/\(task)/pull", headers: .bearer(token, [("Accept-Language", language)]))
    }

    func move(_ task: UUID, to column: UUID, by token: String) async throws -> TestingHTTPResponse {
        try await api(.POST, "/api/v1/tasks/\(task)/move", headers: .bearer(token), json: ["column_id": column.uuidString])
    }
}

extension TestingHTTPResponse {
    /// A refusal's `blocking` ids.
    var blocking: [UUID] { (json["blocking"] as? [String] ?? []).compactMap(UUID.init(uuidString:)) }
}
