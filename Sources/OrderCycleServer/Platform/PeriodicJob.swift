import NIOConcurrencyHelpers
import NIOCore
import Vapor

/// A pass that runs every `interval` while the app runs (first after `initialDelay`) and stops
/// on shutdown, waiting for a pass already running so it cannot reach a database being shut
/// down. A failed pass is logged and the next one runs as planned. A pass reaches the database
/// through `openDatabase()`: after a plain shutdown, which cannot wait, it then fails instead of
/// stopping the process.
struct PeriodicJob: LifecycleHandler {
    let name: String
    let initialDelay: TimeAmount
    let interval: TimeAmount
    let pass: @Sendable (Application) async throws -> Void
    /// Every timer this job started (a second boot must not leave one running unseen), and
    /// whether the app is stopping: a pass that fires after that does not start.
    private let state = NIOLockedValueBox<(tasks: [RepeatedTask], stopping: Bool)>(([], false))

    init(_ name: String, initialDelay: TimeAmount, interval: TimeAmount = .seconds(60), pass: @escaping @Sendable (Application) async throws -> Void) {
        (self.name, self.initialDelay, self.interval, self.pass) = (name, initialDelay, interval, pass)
    }

    func didBoot(_ app: Application) throws {
        let loop = app.eventLoopGroup.any()
        let (name, pass, state) = (name, pass, state)
        let repeated = loop.scheduleRepeatedAsyncTask(initialDelay: initialDelay, delay: interval) { _ in
            guard !state.withLockedValue({ $0.stopping }) else { return loop.makeSucceededVoidFuture() }
            return loop.makeFutureWithTask { try await pass(app) }
                .flatMapError { error in
                    app.logger.warning("\(name): \(error)")
                    return loop.makeSucceededVoidFuture()
                }
        }
        state.withLockedValue { $0.tasks.append(repeated) }
    }

    /// An app released without its asynchronous shutdown stops here: no pass starts after it,
    /// so none reaches the databases the app then shuts down.
    func shutdown(_ app: Application) {
        for repeated in stopping() { repeated.cancel() }
    }

    func shutdownAsync(_ app: Application) async {
        let tasks = stopping()
        for repeated in tasks {
            // Fulfilled once the timer is off and a pass already running has ended.
            let stopped = app.eventLoopGroup.any().makePromise(of: Void.self)
            repeated.cancel(promise: stopped)
            try? await stopped.futureResult.get()
        }
    }

    /// Marks the job stopping and hands over its timers, once.
    private func stopping() -> [RepeatedTask] {
        state.withLockedValue { s in defer { s = ([], true) }; return s.tasks }
    }
}
