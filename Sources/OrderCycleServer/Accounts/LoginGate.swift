import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// Checks credentials with the login backoff (per account, per address, per pair), so that
/// guessing is slow from anywhere while the real user is never locked out for long.
struct LoginGate {
    let db: any Database
    let hasher: AsyncPasswordHasher
    let now: Date
    /// A hash checked for unknown e-mails, so that timing does not reveal which accounts exist.
    let decoyHash: String

    enum Outcome { case success(User), wait(seconds: Int), invalid }

    func attempt(email rawEmail: String, password: String, address: String) async throws -> Outcome {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        let keys = [("account:\(email)", LoginBackoff.account),
                    ("address:\(address)", LoginBackoff.address),
                    ("pair:\(address)|\(email)", LoginBackoff.pair)]
        var throttles: [(LoginThrottle, LoginBackoff)] = []
        for (key, backoff) in keys {
            let throttle = try await LoginThrottle.query(on: db).filter(\.$key == key).first() ?? LoginThrottle(key: key, now: now)
            if now.timeIntervalSince(throttle.windowStartedAt) > LoginBackoff.window {
                throttle.failures = 0
                throttle.windowStartedAt = now
                throttle.blockedUntil = nil
            }
            if let until = throttle.blockedUntil, until > now {
                return .wait(seconds: Int(until.timeIntervalSince(now).rounded(.up)))
            }
            throttles.append((throttle, backoff))
        }

        let user = try await User.query(on: db).filter(\.$email == email).first()
        let verified = try await hasher.verify(password, created: user?.passwordHash ?? decoyHash)
        if let user, verified, user.active {
            for (throttle, _) in throttles where throttle.key.hasPrefix("pair:") || throttle.key.hasPrefix("account:") {
                if throttle.id != nil { try await throttle.delete(on: db) }
            }
            return .success(user)
        }
        for (throttle, backoff) in throttles {
            throttle.failures += 1
            let delay = backoff.delay(afterFailures: throttle.failures)
            throttle.blockedUntil = delay > 0 ? now.addingTimeInterval(delay) : nil
            try await throttle.save(on: db)
        }
        return .invalid
    }
}
