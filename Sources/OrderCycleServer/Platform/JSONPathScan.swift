import Foundation

/// One pass over a JSON body's bytes, without building the document, that knows the path of
/// every place it reaches (`lines[0].sku`): strings are skipped with their escapes, objects and
/// arrays tracked on a stack. It does not validate; a malformed body is left to the decoder,
/// which says what is wrong with it. The body checks that must see a key or a `null` where the
/// decoder cannot (`JSONDuplicateKeys`, `JSONNullFields`) share it.
enum JSONPathScan {
    /// The decoder refuses deeper documents anyway; the scan stops there.
    static let maximumDepth = 512

    /// What the scan reached.
    enum Event {
        /// A key of the innermost object, already set on the top frame.
        case key(String)
        /// A `null` literal inside an object or array, at this byte offset.
        case null(at: Int)
    }

    enum Outcome {
        /// The whole body was read.
        case finished
        /// The visitor asked to stop.
        case stopped
        /// Deeper than `maximumDepth`, or a string never closed: nothing can be said.
        case abandoned
    }

    /// Calls `visit` for every key and every `null` inside a container, in order; `visit`
    /// returns false to stop the scan.
    static func scan(_ bytes: UnsafeRawBufferPointer, _ visit: (Event, inout [JSONPathFrame]) -> Bool) -> Outcome {
        var stack: [JSONPathFrame] = []
        var i = 0
        let count = bytes.count
        while i < count {
            switch bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < maximumDepth else { return .abandoned }
                stack.append(JSONPathFrame(isObject: bytes[i] == UInt8(ascii: "{")))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !stack.isEmpty { stack.removeLast() }
            case UInt8(ascii: ","):
                if let last = stack.indices.last {
                    if stack[last].isObject { stack[last].expectsKey = true } else { stack[last].index += 1 }
                }
            case UInt8(ascii: "\""):
                let start = i + 1
                var escaped = false
                i = start
                while i < count, bytes[i] != UInt8(ascii: "\"") {
                    if bytes[i] == UInt8(ascii: "\\") { escaped = true; i += 1 }
                    i += 1
                }
                guard i < count else { return .abandoned }
                if let last = stack.indices.last, stack[last].isObject, stack[last].expectsKey {
                    let key = JSONPathFrame.decodeKey(UnsafeRawBufferPointer(rebasing: bytes[start..<i]), escaped: escaped)
                    stack[last].key = key
                    stack[last].expectsKey = false
                    if !visit(.key(key), &stack) { return .stopped }
                }
            case UInt8(ascii: "n"):
                if !stack.isEmpty, i + 4 <= count, bytes[i + 1] == UInt8(ascii: "u"), bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l") {
                    if !visit(.null(at: i), &stack) { return .stopped }
                    i += 3
                }
            default:
                break
            }
            i += 1
        }
        return .finished
    }
}

/// One open object or array while a JSON body is scanned: the key or index a value sits under.
struct JSONPathFrame {
    var isObject: Bool
    var expectsKey = true
    var key = ""
    var index = 0
    /// The keys the object has shown so far (kept only by the duplicate-key check).
    var keys: Set<String> = []

    init(isObject: Bool) { self.isObject = isObject }

    /// A key as the decoder reads it (escapes resolved).
    static func decodeKey(_ raw: UnsafeRawBufferPointer, escaped: Bool) -> String {
        guard escaped else { return String(decoding: raw, as: UTF8.self) }
        // Rare: let Foundation resolve \u escapes and surrogate pairs exactly as the decoder does.
        let quoted = Data([UInt8(ascii: "\"")] + Array(raw) + [UInt8(ascii: "\"")])
        return (try? JSONDecoder().decode(String.self, from: quoted)) ?? String(decoding: raw, as: UTF8.self)
    }

    /// The path of the innermost value, written as problems name fields: `lines[0].sku`.
    static func path(_ stack: [JSONPathFrame]) -> String {
        var text = ""
        for frame in stack {
            if frame.isObject {
                text += text.isEmpty ? frame.key : ".\(frame.key)"
            } else {
                text += "[\(frame.index)]"
            }
        }
        return text
    }
}
