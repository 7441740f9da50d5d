/// A client manager as the assignment rule sees them: whether they take clients at all, the
/// client segments they serve, and how many active clients they hold in each segment.
public struct ManagerCandidate<ManagerID: Hashable & Comparable & Sendable, Segment: Hashable & Sendable>: Hashable, Sendable {
    public var id: ManagerID
    public var isActive: Bool
    /// The segments this manager takes new clients in.
    public var segments: Set<Segment>
    /// Active clients held, by the client's segment (a manager may still hold clients of a
    /// segment they no longer serve).
    public var activeClients: [Segment: Int]

    public init(id: ManagerID, isActive: Bool = true, segments: Set<Segment>, activeClients: [Segment: Int] = [:]) {
        self.id = id
        self.isActive = isActive
        self.segments = segments
        self.activeClients = activeClients
    }

    /// Active clients held across all segments.
    public var totalActiveClients: Int { activeClients.values.reduce(0, +) }
}

/// The manager a new client is given (DOMAIN §2.1, single client-manager).
///
/// **Decision** (DOMAIN §2.1): the active manager serving the client's segment who holds the
/// fewest active clients in that segment, ties to the smallest id, so the choice is
/// reproducible. **Fallback**: when no active manager serves the segment (or the client has
/// none yet), the active manager with the fewest active clients overall, same tie rule — a
/// new client always gets someone responsible while an administrator fixes the segments.
/// `nil` only when no manager is active at all.
public struct ManagerAssignment<ManagerID: Hashable & Comparable & Sendable>: Hashable, Sendable {
    public let managerID: ManagerID
    /// False when the fallback chose: nobody active serves the client's segment.
    public let servesSegment: Bool

    public init(managerID: ManagerID, servesSegment: Bool) {
        self.managerID = managerID
        self.servesSegment = servesSegment
    }

    public static func choose<Segment>(
        forSegment segment: Segment?,
        among candidates: some Sequence<ManagerCandidate<ManagerID, Segment>>
    ) -> ManagerAssignment? {
        let active = candidates.filter(\.isActive)
        if let segment {
            let serving = active.filter { $0.segments.contains(segment) }
            if let chosen = leastLoaded(serving, load: { $0.activeClients[segment] ?? 0 }) {
                return ManagerAssignment(managerID: chosen, servesSegment: true)
            }
        }
        return leastLoaded(active, load: \.totalActiveClients)
            .map { ManagerAssignment(managerID: $0, servesSegment: false) }
    }

    private static func leastLoaded<Segment>(
        _ candidates: [ManagerCandidate<ManagerID, Segment>],
        load: (ManagerCandidate<ManagerID, Segment>) -> Int
    ) -> ManagerID? {
        candidates.min { (load($0), $0.id) < (load($1), $1.id) }?.id
    }
}
