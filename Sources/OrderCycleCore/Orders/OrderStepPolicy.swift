/// Who may take each step of an order (DOMAIN §1 roles, §3.2 steps). The buyer sends its own
/// order, may withdraw it while it is not yet in work, and confirms receipt; staff move it
/// through processing; warehouse and logistics staff pick, dispatch and deliver.
public enum OrderStepPolicy {
    public static func roles(for step: OrderStatus, from current: OrderStatus) -> Set<Role> {
        switch step {
        case .draft: []
        case .sent: [.client, .manager, .operator, .admin]
        case .received, .placed, .invoiced: [.manager, .operator, .logistician, .admin]
        case .picked, .dispatched, .delivered: [.logistician, .worker, .manager, .admin]
        case .accepted: [.client, .manager, .admin]
        case .cancelled:
            current == .draft || current == .sent
                ? [.client, .manager, .operator, .admin]
                : [.manager, .operator, .admin]
        }
    }

    public static func may(_ role: Role, take step: OrderStatus, from current: OrderStatus) -> Bool {
        roles(for: step, from: current).contains(role)
    }
}
