import Foundation

/// Ids for rows written in one long run (an imported history): UUIDv7 (RFC 9562) with the run's
/// start in the leading 48 bits and a 42-bit counter after the version and variant bits (the RFC's
/// fixed-length counter method), then 32 random bits. Each id follows the one before, so the
/// rows land at the end of every index keyed by their id — or by their parent's — instead of on a
/// random page per row, which is what made a million-row import re-read its indexes.
struct TimeOrderedIDs {
    private let millis: UInt64
    private var counter: UInt64 = 0
    private var random = SystemRandomNumberGenerator()

    init(startingAt start: Date) {
        millis = UInt64(max(0, start.timeIntervalSince1970 * 1000))
    }

    mutating func next() -> UUID {
        let count = counter
        counter += 1
        let tail = random.next() as UInt64
        let bytes: [UInt8] = [
            UInt8(truncatingIfNeeded: millis >> 40), UInt8(truncatingIfNeeded: millis >> 32), UInt8(truncatingIfNeeded: millis >> 24),
            UInt8(truncatingIfNeeded: millis >> 16), UInt8(truncatingIfNeeded: millis >> 8), UInt8(truncatingIfNeeded: millis),
            // version 7 and the counter's top 12 bits
            0x70 | UInt8(truncatingIfNeeded: (count >> 38) & 0x0F), UInt8(truncatingIfNeeded: count >> 30),
            // variant 10 and the counter's low 30 bits
            0x80 | UInt8(truncatingIfNeeded: (count >> 24) & 0x3F), UInt8(truncatingIfNeeded: count >> 16),
            UInt8(truncatingIfNeeded: count >> 8), UInt8(truncatingIfNeeded: count),
            UInt8(truncatingIfNeeded: tail), UInt8(truncatingIfNeeded: tail >> 8), UInt8(truncatingIfNeeded: tail >> 16), UInt8(truncatingIfNeeded: tail >> 24),
        ]
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
