/// A long array of an answer that the API's JSON writer encodes a share per core: a year's
/// dashboard by client is thousands of groups of one shape and most of its answer's time. The
/// bytes are those of the plain array; any other encoder or decoder sees a plain array.
@propertyWrapper
struct EncodedConcurrently<Element: Encodable & Sendable>: Encodable, Sendable {
    var wrappedValue: [Element]

    init(wrappedValue: [Element]) { self.wrappedValue = wrappedValue }

    func encode(to encoder: any Encoder) throws {
        if let tree = encoder as? JSONTreeEncoder {
            try tree.encodeConcurrently(wrappedValue)
        } else {
            try wrappedValue.encode(to: encoder)
        }
    }
}

extension EncodedConcurrently: Decodable where Element: Decodable {
    init(from decoder: any Decoder) throws { wrappedValue = try [Element](from: decoder) }
}
