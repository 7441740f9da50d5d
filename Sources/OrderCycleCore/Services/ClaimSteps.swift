/// A claim on an order is worked as a post-sale request: what the claims API or page asks of
/// the claim becomes the request steps that get its request there.
public enum ClaimSteps {
    /// The request steps that bring a claim's request to what the claims API or page asked of
    /// the claim: into work is accepting it; resolving is doing it and closing it satisfied;
    /// rejecting is refusing it, or, once done, closing it unsatisfied.
    public static func steps(from: ServiceRequestStatus, to claim: ClaimStatus) -> [ServiceRequestStatus] {
        switch (claim, from) {
        case (.open, _): []
        case (.inProgress, .new): [.accepted]
        case (.inProgress, _): []
        case (.resolved, .new): [.accepted, .done, .closed]
        case (.resolved, .accepted), (.resolved, .planned): [.done, .closed]
        case (.resolved, .done): [.closed]
        case (.rejected, .new), (.rejected, .accepted), (.rejected, .planned): [.refused]
        case (.rejected, .done): [.closed]
        case (_, .refused), (_, .closed): []
        }
    }

    /// Whether closing the request on the way to `claim` is closing it satisfied.
    public static func satisfied(_ claim: ClaimStatus) -> Bool { claim == .resolved }
}
