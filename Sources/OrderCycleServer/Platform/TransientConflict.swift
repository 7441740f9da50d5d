import PostgresNIO

/// PostgreSQL may abort one of two transactions that wait for each other (a deadlock, 40P01)
/// or that it cannot serialise (40001); the aborted one left nothing behind and would succeed
/// if run again. The server runs it again itself, a few times after a short random pause, so a
/// client never sees such a failure; if the database stays that busy, the answer is a 409.
enum TransientConflict {
    static let attempts = 5

    static func isTransient(_ error: any Error) -> Bool {
        guard let psql = error as? PSQLError, let state = psql.serverInfo?[.sqlState] else { return false }
        return state == "40001" || state == "40P01"
    }

    /// Runs `body` (a whole transaction) until it does not fail transiently, at most `attempts` times.
    static func retrying<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await body()
            } catch where isTransient(error) {
                guard attempt < attempts else {
                    throw Problem(.conflict, detail: "The data was busy with other changes; try again")
                }
                // Jittered, growing pauses, so two retrying transactions do not meet again in step.
                try await Task.sleep(nanoseconds: UInt64.random(in: 2_000_000...10_000_000) * UInt64(attempt))
                attempt += 1
            }
        }
    }
}
