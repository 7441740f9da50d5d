import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Checks credentials with the login backoff (per account, per address, per pair), so that
/// guessing is slow from anywhere while the real user is never locked out for long.
///
/// Each attempt first reserves its place on all three keys in one transaction (see
/// `LoginThrottle.reserve`): the count decides before the password is checked, so a burst of
/// concurrent guesses gets no more checks than the same guesses sent one by one.
/// An address's failures refuse only attempts on accounts that have failures of their own: one
/// office behind one address keeps logging in while a guesser there is slowed (docs/security.md).
struct LoginGate {
    let db: any Database
    let app: Application
    let hasher: AsyncPasswordHasher
    let now: Date
    /// A hash checked for unknown e-mails, so that timing does not reveal which accounts exist.
    let decoyHash: String

    enum Outcome { case success(User), wait(seconds: Int), invalid }

    private struct Refused: Error { var seconds: Int }
    private struct Reserved: Sendable { var key: String; var backoff: LoginBackoff; var count: Int }

    func attempt(email rawEmail: String, password: String, address: String) async throws -> Outcome {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        let account = "account:\(email)", addressKey = "address:\(address)", pair = "pair:\(address)|\(email)"
        let now = now
        let reserved: [Reserved]
        do {
            // Always account, address, pair: one lock order for every attempt.
            reserved = try await db.write(app) { tx in
                func reserve(_ key: String, _ backoff: LoginBackoff, force: Bool = false) async throws -> Reserved {
                    guard let count = try await LoginThrottle.reserve(key, backoff: backoff, now: now, force: force, on: tx) else {
                        throw Refused(seconds: try await LoginThrottle.wait(key, now: now, on: tx))
                    }
                    return Reserved(key: key, backoff: backoff, count: count)
                }
                let own = try await reserve(account, .account)
                // The account had no failures of its own in the window: the address does not refuse it.
                let byAddress = try await reserve(addressKey, .address, force: own.count == 1)
                return [own, byAddress, try await reserve(pair, .pair)]
            }
        } catch let refused as Refused {
            return .wait(seconds: refused.seconds)
        }

        let user = try await User.query(on: db).filter(\.$email == email).first()
        let verified = try await hasher.verify(password, created: user?.passwordHash ?? decoyHash)
        if let user, verified, user.active {
            try await LoginThrottle.forget([account, pair], on: db)
            let address = reserved[1]
            try await LoginThrottle.takeBack(addressKey, startedWait: now.addingTimeInterval(address.backoff.delay(afterFailures: address.backoff.freeFailures)), on: db)
            return .success(user)
        }
        for r in reserved {
            let delay = r.backoff.delay(afterFailures: r.count)
            if delay > 0 { try await LoginThrottle.block(r.key, until: now.addingTimeInterval(delay), on: db) }
        }
        return .invalid
    }
}
