/// Runs `body` and then `giveBack`, whether `body` succeeds or fails: for a connection setting a
/// bulk load changes for its time (the page cache, the journal, the sorter's threads). When `body`
/// fails, its error is the one reported, not one from giving the setting back.
func givingBack<T>(_ giveBack: () async throws -> Void, after body: () async throws -> T) async throws -> T {
    let result: T
    do {
        result = try await body()
    } catch {
        try? await giveBack()
        throw error
    }
    try await giveBack()
    return result
}
