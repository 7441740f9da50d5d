/// The order execution plan is drafted, agreed and approved (DOMAIN §3.3, item 3). An
/// approved plan is not edited: changing it makes a new version with a reason.
public enum ExecutionPlanState: String, CaseIterable, Codable, Sendable {
    case draft, agreed, approved

    public var next: ExecutionPlanState? {
        switch self {
        case .draft: .agreed
        case .agreed: .approved
        case .approved: nil
        }
    }

    public var isEditable: Bool { self != .approved }

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.draft, .en): "Draft"
        case (.draft, .ru): "Черновик"
        case (.agreed, .en): "Agreed"
        case (.agreed, .ru): "Согласован"
        case (.approved, .en): "Approved"
        case (.approved, .ru): "Утверждён"
        }
    }
}
