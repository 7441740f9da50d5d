import Foundation

extension UUID {
    /// An id read from its 36-character text (hex digits of either case, hyphens at their four
    /// places) without the C library's `sscanf` that `init(uuidString:)` goes through: a report by
    /// client reads tens of thousands of ids. Stricter than Foundation, which also takes a space
    /// or a hyphen for a digit.
    init?(text: String) {
        var text = text
        guard let bytes = text.withUTF8({ Self.bytes(of: $0) }) else { return nil }
        self.init(uuid: bytes)
    }

    private static func bytes(of text: UnsafeBufferPointer<UInt8>) -> uuid_t? {
        guard text.count == 36 else { return nil }
        var id: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let read = withUnsafeMutableBytes(of: &id) { out -> Bool in
            var position = 0
            for index in 0..<16 {
                if position == 8 || position == 13 || position == 18 || position == 23 {
                    guard text[position] == UInt8(ascii: "-") else { return false }
                    position += 1
                }
                guard let high = hexValue(text[position]), let low = hexValue(text[position + 1]) else { return false }
                out[index] = high << 4 | low
                position += 2
            }
            return true
        }
        return read ? id : nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
