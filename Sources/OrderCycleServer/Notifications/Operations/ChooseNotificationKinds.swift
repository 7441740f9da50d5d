import Fluent
import Foundation
import OrderCycleCore

/// A person chooses which kinds of news they are told of; the others are not written for them
/// from then on (what was written stays).
struct ChooseNotificationKinds: Sendable {
    let wanted: Set<NotificationKind>

    init(wanted: [String], lang: Language = .en) throws {
        var v = FieldValidator(lang: lang)
        let kinds = wanted.compactMap(NotificationKind.init(rawValue:))
        if kinds.count != wanted.count {
            v.add("kinds", lang.t("must be among: ", "допустимо: ") + NotificationKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        try v.check()
        self.wanted = Set(kinds)
    }

    func run(by actor: Principal, on db: any Database) async throws -> Set<NotificationKind> {
        guard let user = actor.userID else { throw Problem(.forbidden) }
        try await NotificationQueries.setMutes(of: user, Set(NotificationKind.allCases).subtracting(wanted), on: db)
        return wanted
    }
}
