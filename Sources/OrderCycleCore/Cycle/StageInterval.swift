import Foundation

/// The actual (or planned) time span of one stage of an order (DOMAIN §3.4: each stage has
/// planned and actual start/end).
///
/// A stage that has begun but not finished has no `end` yet; measurements close it at the
/// moment they are taken (`asOf`). An order may record a stage more than once (work resumed
/// after a stop); each span is its own interval.
public struct StageInterval: Hashable, Sendable, Codable {
    public var stage: Stage
    public var start: Date
    /// `nil` while the stage is still open.
    public var end: Date?

    public init(stage: Stage, start: Date, end: Date? = nil) {
        self.stage = stage
        self.start = start
        self.end = end
    }

    /// True while the stage has not finished.
    public var isOpen: Bool { end == nil }
}
