import Foundation

/// The two SLA promises of one ticket, rebuilt from what was recorded about it (DOMAIN §2.3
/// Decision: first response and resolution targets, the clock paused while waiting for the
/// client). Every instance computes the same answer from the same record.
///
/// Both clocks start when the ticket is opened and share its pauses (the periods spent waiting
/// for the client, and the periods a ticket spent resolved before it was reopened). The
/// first-response clock stops at the company's first public reply; the resolution clock at the
/// resolution in force.
public struct TicketSLA: Hashable, Sendable {
    public var firstResponse: SLAClock
    public var resolution: SLAClock

    public init(targets: SLATargets, calendar: WorkingCalendar, openedAt: Date, pauses: [SLAPause],
                firstResponseAt: Date?, resolvedAt: Date?) {
        firstResponse = SLAClock(target: targets.firstResponse, calendar: calendar, startedAt: openedAt, pauses: pauses, stoppedAt: nil)
        resolution = SLAClock(target: targets.resolution, calendar: calendar, startedAt: openedAt, pauses: pauses, stoppedAt: nil)
        // Stopping closes an open pause at the stop; a response given while waiting ends nothing else.
        if let firstResponseAt { firstResponse.stop(at: firstResponseAt) }
        if let resolvedAt { resolution.stop(at: resolvedAt) }
    }

    /// What a ticket shows of its SLA at `instant`.
    public struct Snapshot: Hashable, Sendable {
        /// When the first response is due; nil while the clock stands still.
        public var firstResponseDue: Date?
        /// When the resolution is due; nil while the clock stands still.
        public var resolutionDue: Date?
        public var paused: Bool
        public var firstResponse: SLAState
        public var resolution: SLAState
        /// Either promise broken.
        public var breached: Bool { firstResponse == .breached || resolution == .breached }
    }

    public func snapshot(at instant: Date) -> Snapshot {
        let first = firstResponse.state(at: instant)
        let resolved = resolution.state(at: instant)
        return Snapshot(firstResponseDue: firstResponse.dueDate, resolutionDue: resolution.dueDate,
                        paused: resolution.isPaused && resolution.stoppedAt == nil, firstResponse: first, resolution: resolved)
    }

    /// The instants the breach scan watches: a clock still running and not yet stopped is due
    /// then; a stopped or paused one is watched by nobody (nil).
    public var firstResponseWatch: Date? { firstResponse.stoppedAt == nil ? firstResponse.dueDate : nil }
    public var resolutionWatch: Date? { resolution.stoppedAt == nil ? resolution.dueDate : nil }
}

/// First-contact resolution (the definition): the ticket was resolved with exactly one
/// public reply from the company.
public enum FirstContactResolution {
    public static func holds(resolved: Bool, publicStaffReplies: Int) -> Bool {
        resolved && publicStaffReplies == 1
    }
}
