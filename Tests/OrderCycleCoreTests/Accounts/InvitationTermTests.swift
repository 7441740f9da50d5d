import Foundation
import OrderCycleCore
import Testing

@Suite("Invitation term")
struct InvitationTermTests {
    let made = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aLinkOpensForSeventyTwoHours() {
        let expiry = InvitationTerm.expiry(madeAt: made)
        #expect(expiry.timeIntervalSince(made) == 72 * 3600)
        #expect(InvitationTerm.state(expiresAt: expiry, usedAt: nil, now: made) == .open)
        #expect(InvitationTerm.state(expiresAt: expiry, usedAt: nil, now: expiry.addingTimeInterval(-1)) == .open)
        #expect(InvitationTerm.state(expiresAt: expiry, usedAt: nil, now: expiry) == .expired)
    }

    @Test func aUsedLinkStaysUsed() {
        let expiry = InvitationTerm.expiry(madeAt: made)
        #expect(InvitationTerm.state(expiresAt: expiry, usedAt: made, now: made) == .used)
        #expect(InvitationTerm.state(expiresAt: expiry, usedAt: made, now: expiry.addingTimeInterval(3600)) == .used)
    }
}
