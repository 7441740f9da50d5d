import Foundation
@testable import OrderCycleServer
import Testing

@Suite struct TimeOrderedIDsTests {
    static func bytes(_ id: UUID) -> [UInt8] { withUnsafeBytes(of: id.uuid) { Array($0) } }

    @Test func eachIdFollowsTheOneBeforeInByteOrder() {
        var ids = TimeOrderedIDs(startingAt: Date(timeIntervalSince1970: 1_764_000_000))
        let made = (0..<5_000).map { _ in ids.next() }
        for (a, b) in zip(made, made.dropFirst()) {
            #expect(Self.bytes(a).lexicographicallyPrecedes(Self.bytes(b)))
        }
        #expect(Set(made).count == made.count)
    }

    @Test func theyAreVersionSevenWithTheStartInTheirLeadingBits() {
        let start = Date(timeIntervalSince1970: 1_764_000_000.25)
        var ids = TimeOrderedIDs(startingAt: start)
        let b = Self.bytes(ids.next())
        #expect(b[6] >> 4 == 7)
        #expect(b[8] >> 6 == 0b10)
        let millis = b[0..<6].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(millis == 1_764_000_000_250)
    }
}
