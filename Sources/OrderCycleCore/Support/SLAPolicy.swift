import Foundation

/// The two promises a support ticket carries (DOMAIN §2.3 Decision: SLA targets for first
/// response and resolution), as working time on the policy's calendar.
public struct SLATargets: Hashable, Sendable, Codable {
    /// Until an operator first answers the client.
    public var firstResponse: TimeInterval
    /// Until the ticket is resolved.
    public var resolution: TimeInterval

    public init(firstResponse: TimeInterval, resolution: TimeInterval) {
        self.firstResponse = firstResponse
        self.resolution = resolution
    }
}

/// SLA targets per priority and the calendar they are counted on (DOMAIN §2.3 Decision: a 24x7
/// calendar by default, business-hours calendars possible).
public struct SLAPolicy: Hashable, Sendable {
    public var low: SLATargets
    public var normal: SLATargets
    public var high: SLATargets
    public var urgent: SLATargets
    public var calendar: WorkingCalendar

    public init(low: SLATargets, normal: SLATargets, high: SLATargets, urgent: SLATargets, calendar: WorkingCalendar) {
        self.low = low
        self.normal = normal
        self.high = high
        self.urgent = urgent
        self.calendar = calendar
    }

    /// **Decision** (defaults, not in the source texts): round the clock; urgent 15 min / 4 h,
    /// high 1 h / 8 h, normal 4 h / 24 h, low 8 h / 72 h — first response / resolution.
    public static let standard = SLAPolicy(
        low: SLATargets(firstResponse: 8 * hour, resolution: 72 * hour),
        normal: SLATargets(firstResponse: 4 * hour, resolution: 24 * hour),
        high: SLATargets(firstResponse: 1 * hour, resolution: 8 * hour),
        urgent: SLATargets(firstResponse: 15 * 60, resolution: 4 * hour),
        calendar: .roundTheClock
    )
    private static let hour: TimeInterval = 3600

    public subscript(priority: Priority) -> SLATargets {
        switch priority {
        case .low: low
        case .normal: normal
        case .high: high
        case .urgent: urgent
        }
    }

    /// The clock until first response for a ticket opened at `openedAt`.
    public func firstResponseClock(priority: Priority, openedAt: Date) -> SLAClock {
        SLAClock(target: self[priority].firstResponse, calendar: calendar, startedAt: openedAt)
    }

    /// The clock until resolution for a ticket opened at `openedAt`.
    public func resolutionClock(priority: Priority, openedAt: Date) -> SLAClock {
        SLAClock(target: self[priority].resolution, calendar: calendar, startedAt: openedAt)
    }
}
