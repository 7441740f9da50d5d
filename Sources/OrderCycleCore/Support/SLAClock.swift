import Foundation

/// One SLA promise of a support ticket being kept or broken (DOMAIN §2.3 Decision: SLA targets
/// for first response and resolution, escalation on breach).
///
/// The clock counts working time on its calendar from `startedAt`, except while paused (e.g.
/// waiting for the client's answer), until it is stopped (the response given, the ticket
/// resolved). Everything is computed from these recorded instants, so the same record gives the
/// same answer on every server instance.
public struct SLAClock: Hashable, Sendable {
    /// Working time allowed.
    public var target: TimeInterval
    public var calendar: WorkingCalendar
    public var startedAt: Date
    /// Periods the clock stood still; only the last may still be open.
    public var pauses: [SLAPause]
    /// When the promise was fulfilled.
    public var stoppedAt: Date?

    public init(target: TimeInterval, calendar: WorkingCalendar, startedAt: Date, pauses: [SLAPause] = [], stoppedAt: Date? = nil) {
        self.target = target
        self.calendar = calendar
        self.startedAt = startedAt
        self.pauses = pauses
        self.stoppedAt = stoppedAt
    }

    // MARK: Recording

    /// Stops the count from `instant` until `resume(at:)`; no effect if already paused or stopped.
    public mutating func pause(at instant: Date) {
        guard stoppedAt == nil, !isPaused else { return }
        pauses.append(SLAPause(from: instant))
    }

    /// Restarts the count after a pause.
    public mutating func resume(at instant: Date) {
        guard let last = pauses.indices.last, pauses[last].to == nil else { return }
        pauses[last].to = max(instant, pauses[last].from)
    }

    /// Records that the promise was fulfilled at `instant`; an open pause ends there.
    public mutating func stop(at instant: Date) {
        guard stoppedAt == nil else { return }
        resume(at: instant)
        stoppedAt = instant
    }

    /// Whether the last pause is still open.
    public var isPaused: Bool { pauses.last.map { $0.to == nil } ?? false }

    // MARK: Reading

    /// Working time counted by `instant` (up to the stop, pauses left out).
    public func elapsed(at instant: Date) -> TimeInterval {
        let end = min(instant, stoppedAt ?? instant)
        return runningPeriods(until: end).reduce(0) { total, period in
            total + calendar.workingTime(from: period.start, to: period.end ?? end)
        }
    }

    /// Working time left at `instant`; negative once the target is exceeded.
    public func remaining(at instant: Date) -> TimeInterval {
        target - elapsed(at: instant)
    }

    /// The instant the target runs out, given the pauses recorded so far; `nil` while paused
    /// before it ran out, since the clock stands still for an unknown time.
    public var dueDate: Date? {
        var left = target
        for period in runningPeriods(until: nil) {
            guard let end = period.end else { return calendar.addingWorkingTime(left, to: period.start) }
            let available = calendar.workingTime(from: period.start, to: end)
            if left <= available { return calendar.addingWorkingTime(left, to: period.start) }
            left -= available
        }
        return nil
    }

    /// Where the promise stands at `instant`. Breached wins over paused: a pause does not
    /// undo a breach. Exactly reaching the target is still in time.
    public func state(at instant: Date) -> SLAState {
        if let stoppedAt, stoppedAt <= instant {
            return elapsed(at: stoppedAt) <= target ? .met : .breached
        }
        if elapsed(at: instant) > target { return .breached }
        let paused = pauses.contains { $0.from <= instant && $0.to.map { instant < $0 } ?? true }
        return paused ? .paused : .running
    }

    /// The periods the clock ran, from `startedAt` to `end` (open-ended when `end` is nil, in
    /// which case the last period has no end unless a pause is still open).
    private func runningPeriods(until end: Date?) -> [(start: Date, end: Date?)] {
        var periods: [(start: Date, end: Date?)] = []
        var cursor = startedAt
        for pause in pauses.sorted(by: { $0.from < $1.from }) {
            if let end, cursor >= end { return periods }
            if pause.from > cursor {
                let stop = end.map { min($0, pause.from) } ?? pause.from
                if stop > cursor { periods.append((cursor, stop)) }
            }
            guard let resumed = pause.to else { return periods }
            cursor = max(cursor, resumed)
        }
        if let end {
            if end > cursor { periods.append((cursor, end)) }
        } else {
            periods.append((cursor, nil))
        }
        return periods
    }
}

/// A period an SLA clock stood still; `to` is nil while it lasts.
public struct SLAPause: Hashable, Sendable, Codable {
    public var from: Date
    public var to: Date?

    public init(from: Date, to: Date? = nil) {
        self.from = from
        self.to = to
    }
}

/// Where an SLA promise stands.
public enum SLAState: String, CaseIterable, Codable, Sendable {
    /// Counting, target not yet exceeded.
    case running
    /// Standing still, target not yet exceeded.
    case paused
    /// Stopped within the target.
    case met
    /// The target was exceeded, whether or not the clock has stopped since: escalate.
    case breached

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.running, .en): "Running"
        case (.running, .ru): "Идёт"
        case (.paused, .en): "Paused"
        case (.paused, .ru): "Приостановлен"
        case (.met, .en): "Met"
        case (.met, .ru): "Выполнен"
        case (.breached, .en): "Breached"
        case (.breached, .ru): "Нарушен"
        }
    }
}
