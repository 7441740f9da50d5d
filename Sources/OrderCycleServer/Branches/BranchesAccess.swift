import Fluent
import OrderCycleCore

/// Who sees and manages the branch catalog: everyone reads it, with no login, what a branch
/// shows the public (DOMAIN §2.5: the catalog is the client app's); staff also see inactive
/// branches and the staff notes; administrators, client managers and logisticians keep it.
enum BranchesAccess {
    static let managerRoles: Set<Role> = [.admin, .manager, .logistician]
    static let managers: Access = .roles(managerRoles)

    /// Whether the reader sees what only staff see (inactive branches, notes).
    static func seesPrivate(_ principal: Principal?) -> Bool { principal?.role.isStaff == true }
}
