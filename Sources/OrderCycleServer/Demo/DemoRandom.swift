import Foundation

/// SplitMix64: a small, fast generator whose whole sequence follows from the seed, so the demo
/// data set is the same on every machine.
struct DemoRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func uuid() -> UUID {
        let a = next(), b = next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 { bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * UInt64(i))) }
        for i in 0..<8 { bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * UInt64(i))) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40 // version 4 layout
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// A UUID whose leading 48 bits are `sequence` (the UUIDv7 layout, with a counter where the
    /// clock would be). Rows made in sequence then land at the end of every index keyed by their
    /// id, so a bulk load appends to its B-trees instead of touching a random page per row.
    mutating func uuid(sequence: UInt64) -> UUID {
        var bytes = uuid().uuid
        bytes.0 = UInt8(truncatingIfNeeded: sequence >> 40)
        bytes.1 = UInt8(truncatingIfNeeded: sequence >> 32)
        bytes.2 = UInt8(truncatingIfNeeded: sequence >> 24)
        bytes.3 = UInt8(truncatingIfNeeded: sequence >> 16)
        bytes.4 = UInt8(truncatingIfNeeded: sequence >> 8)
        bytes.5 = UInt8(truncatingIfNeeded: sequence)
        bytes.6 = (bytes.6 & 0x0F) | 0x70 // version 7 layout
        return UUID(uuid: bytes)
    }

    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func hours(_ range: ClosedRange<Double>) -> TimeInterval { Double.random(in: range, using: &self) * 3600 }
}
