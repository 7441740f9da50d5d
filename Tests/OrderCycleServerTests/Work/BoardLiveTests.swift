import Foundation
import OrderCycleCore
@testable import OrderCycleServer
import Testing
import Vapor
import VaporTesting

@Suite("Open boards update live")
struct BoardLiveTests {
    /// A teammate's open page hears of a pull on the team's board; a member of another team does not.
    @Test func aPullIsPushedToTheTeamNotToOthers() async throws {
        try await withApp { app in
            let w = try await WorkWorld.make(app, clock: ManualClock(Date()))
            let task = try await app.taskID(w, "Ring the warehouse", for: w.worker.id, dueIn: 120, by: w.supervisor.token)
            let (outsider, _) = try await makeUser(app, role: .worker)
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = app.http.server.shared.localAddress?.port ?? 0
            let teammate = try await LiveListener.connect(port: port, sessionToken: try await makeSession(app, userID: w.colleague.id), on: app.eventLoopGroup)
            let stranger = try await LiveListener.connect(port: port, sessionToken: try await makeSession(app, userID: outsider.id!), on: app.eventLoopGroup)
            try await eventually { teammate.messages.contains { $0.contains("hello") } && stranger.messages.contains { $0.contains("hello") } }

            #expect(try await app.pull(task, by: w.worker.token).status == .ok)
            let pushed = try #require(try await teammate.waitFor(task.uuidString))
            #expect(pushed.contains("\"kind\":\"board\"") && pushed.contains("\"change\":\"pulled\"") && pushed.contains(w.board.uuidString))
            #expect(!stranger.messages.contains { $0.contains(task.uuidString) })
            try await teammate.socket.close()
            try await stranger.socket.close()
            await app.server.shutdown()
        }
    }
}
