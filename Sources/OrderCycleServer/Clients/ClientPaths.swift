import Foundation

/// The clients area's web paths, used both to register the pages and to build links.
enum ClientPaths {
    static let list = "/clients"
    static let new = "/clients/new"
    static let export = "/clients/export.csv"
    static let pattern = "/clients/:id"
    static let editPattern = "/clients/:id/edit"
    static let archivePattern = "/clients/:id/archive"
    static let reassignPattern = "/clients/:id/reassign"
    static func card(_ id: UUID) -> String { "/clients/\(id.uuidString)" }
    static func edit(_ id: UUID) -> String { "/clients/\(id.uuidString)/edit" }
    static func archive(_ id: UUID) -> String { "/clients/\(id.uuidString)/archive" }
    static func reassign(_ id: UUID) -> String { "/clients/\(id.uuidString)/reassign" }
    /// The new-client form with a phone already filled in (from an unknown caller's card).
    static func new(phone: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return "/clients/new?phone=" + (phone.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
    }

    static let segments = "/segments"
    static let workload = "/managers/workload"
    static let managerReassignPattern = "/managers/:id/reassign"
    static func managerReassign(_ id: UUID) -> String { "/managers/\(id.uuidString)/reassign" }
    static let absences = "/absences"
    static let absenceEndPattern = "/absences/:id/end"
    static func absenceEnd(_ id: UUID) -> String { "/absences/\(id.uuidString)/end" }
}
