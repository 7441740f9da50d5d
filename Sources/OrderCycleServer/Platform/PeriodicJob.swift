import NIOConcurrencyHelpers
import NIOCore
import Vapor

/// A pass that runs every `interval` while the app runs (first after `initialDelay`) and stops
/// on shutdown, waiting for a pass already running so it cannot reach a database being shut
/// down. A failed pass is logged and the next one runs as planned.
struct PeriodicJob: LifecycleHandler {
    let name: String
    let initialDelay: TimeAmount
    let interval: TimeAmount
    let pass: @Sendable (Application) async throws -> Void
    private let task = NIOLockedValueBox<RepeatedTask?>(nil)

    init(_ name: String, initialDelay: TimeAmount, interval: TimeAmount = .seconds(60), pass: @escaping @Sendable (Application) async throws -> Void) {
        (self.name, self.initialDelay, self.interval, self.pass) = (name, initialDelay, interval, pass)
    }

    func didBoot(_ app: Application) throws {
        let loop = app.eventLoopGroup.any()
        let (name, pass) = (name, pass)
        let repeated = loop.scheduleRepeatedAsyncTask(initialDelay: initialDelay, delay: interval) { _ in
            loop.makeFutureWithTask { try await pass(app) }
                .flatMapError { error in
                    app.logger.warning("\(name): \(error)")
                    return loop.makeSucceededVoidFuture()
                }
        }
        task.withLockedValue { $0 = repeated }
    }

    func shutdownAsync(_ app: Application) async {
        if let repeated = task.withLockedValue({ t in defer { t = nil }; return t }) {
            let stopped = app.eventLoopGroup.any().makePromise(of: Void.self)
            repeated.cancel(promise: stopped)
            try? await stopped.futureResult.get()
        }
    }
}
