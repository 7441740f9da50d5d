import Foundation
@testable import OrderCycleServer

extension AppClock {
    /// The demo dates its orders, tickets and trips back from "now", so what stands open in it
    /// depends on the day it is loaded; loaded on this one day it is the same on every run.
    static let demoDay = AppClock.fixed(ISO8601DateFormatter().date(from: "2026-11-17T11:00:00Z")!)
}
