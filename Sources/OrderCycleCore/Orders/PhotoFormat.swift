/// The image formats a claim photo may have, recognised by the file's first bytes rather than
/// by the name or the announced type, so nothing else is stored or served as an image.
public enum PhotoFormat: String, Sendable, CaseIterable {
    case jpeg, png, webp

    public var mediaType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .webp: "image/webp"
        }
    }

    /// The format whose signature `bytes` start with; nil for anything else.
    public init?<Bytes: Collection>(signature bytes: Bytes) where Bytes.Element == UInt8 {
        let head = Array(bytes.prefix(12))
        if head.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if head.count == 12, head.starts(with: Array("RIFF".utf8)), Array(head[8..<12]) == Array("WEBP".utf8) {
            self = .webp
        } else {
            return nil
        }
    }

    /// At most this many photos per claim.
    public static let perClaim = 5
}
