import Vapor

/// No field of OrderCycle holds the NUL character and PostgreSQL's text cannot store it, so a
/// JSON body that writes one (`\u0000`) is refused with a 400 before it is decoded: the same
/// answer on both databases, where PostgreSQL would otherwise fail mid-write with a 500.
enum JSONNul {
    /// Whether a string in `bytes` escapes NUL. A backslash starts an escape only when an even
    /// number of backslashes precede it, so `\\u0000` (a backslash, then "u0000") is plain text.
    static func isWritten(in bytes: UnsafeRawBufferPointer) -> Bool {
        let pattern = Array("u0000".utf8)
        let count = bytes.count
        var i = 0
        while i < count {
            if bytes[i] == UInt8(ascii: "\\") {
                if i + 5 < count, (0..<5).allSatisfy({ bytes[i + 1 + $0] == pattern[$0] }) { return true }
                i += 2
                continue
            }
            i += 1
        }
        return false
    }

    /// Throws a 400 problem when `body` escapes NUL anywhere.
    static func refuse(_ body: ByteBuffer) throws {
        guard body.withUnsafeReadableBytes(isWritten(in:)) else { return }
        throw Problem(.malformed, detail: "The body writes the NUL character (\\u0000), which no field accepts")
    }
}
