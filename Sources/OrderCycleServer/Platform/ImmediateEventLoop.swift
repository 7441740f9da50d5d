import Dispatch
import NIOCore
import NIOPosix

/// The event loop of the SQLite writer's database: Fluent completes its futures on the database's
/// loop, and the writer has already done the work by the time a future exists, so a callback
/// runs at once on the caller's thread instead of hopping to a loop thread and back.
/// Timers go to a real loop.
final class ImmediateEventLoop: EventLoop, Sendable {
    static let shared = ImmediateEventLoop()

    private let timers: any EventLoop = MultiThreadedEventLoopGroup.singleton.any()

    var inEventLoop: Bool { true }

    func execute(_ task: @escaping @Sendable () -> Void) { task() }

    func scheduleTask<T>(deadline: NIODeadline, _ task: @escaping @Sendable () throws -> T) -> Scheduled<T> {
        timers.scheduleTask(deadline: deadline, task)
    }

    func scheduleTask<T>(in delay: TimeAmount, _ task: @escaping @Sendable () throws -> T) -> Scheduled<T> {
        timers.scheduleTask(in: delay, task)
    }

    func shutdownGracefully(queue: DispatchQueue, _ callback: @escaping @Sendable ((any Error)?) -> Void) {
        queue.async { callback(nil) }
    }
}
