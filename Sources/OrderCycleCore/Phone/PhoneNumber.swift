import Foundation

/// A phone number in E.164 form, with its extension kept apart (DOMAIN §2.1: numbers are stored
/// normalised, e.g. `+380542123456`, so that any written form of a caller's number matches).
///
/// Reading rules, in order:
/// - `+…`, `00…` (and a region's own international prefix: `8 10…` in the former USSR, `011…`
///   in North America) give an international number. It is checked against the region its
///   calling code belongs to; a trunk prefix written after the code, bracketed (`+44 (0)20…`)
///   or not (`+7 8 495…`), is dropped. Calling codes outside the region table are accepted as
///   written when the whole number has 8–15 digits.
/// - Otherwise the number is national in `defaultRegion`: with the trunk prefix
///   (`(0542) 12-34-56`, `8 (495) 123-45-67` in Russia), without it (`44 123 45 67` in Ukraine),
///   or starting with the region's calling code but no `+` (`380 44 123 45 67`).
/// - **Decision** (the Russian trunk form): when a default region other than Russia or
///   Kazakhstan cannot read a number of the shape `8` + 10 digits, it is read as a Russian or
///   Kazakh number in its national form: with default region `UA`, `8 (495) 123-45-67` is
///   `+74951234567`, because Russian and Kazakh clients write their numbers so. Ukraine's own
///   old long-distance form `8 0xx …` is read as Ukrainian first (`8 044 …` → `+380 44 …`).
/// - The extension follows `ext.`, `extension`, `x`, `доб.`, `вн.`, `#`, `,` or a `tel:` URI's
///   `;ext=`. Blanks (also no-break ones), dots, dashes, slashes and brackets are separators;
///   labels such as `tel.:` or `тел.` before the number are skipped; any other letter is refused.
public struct PhoneNumber: Hashable, Sendable {
    /// `+` and up to 15 digits: `+380542123456`.
    public let e164: String
    /// The extension's digits, dialled after the connection is made.
    public let `extension`: String?

    /// Reads a number as people write it; national forms are read in `defaultRegion`.
    public init(parsing text: String, defaultRegion: PhoneRegion) throws(PhoneNumberError) {
        let written = try PhoneText(text)
        self.e164 = try Self.e164(of: written, defaultRegion: defaultRegion)
        self.extension = written.extension
    }

    /// `tel:+380441234567;ext=12`, for links that start a call.
    public var telURI: String {
        "tel:" + e164 + (`extension`.map { ";ext=" + $0 } ?? "")
    }

    // MARK: Reading

    private static func e164(of written: PhoneText, defaultRegion region: PhoneRegion) throws(PhoneNumberError) -> String {
        let digits = written.digits
        if written.hasPlus {
            return try international(digits, zeroOffsets: written.bracketedZeroOffsets)
        }
        for prefix in ["00"] + region.internationalPrefixes where digits.hasPrefix(prefix) {
            let rest = String(digits.dropFirst(prefix.count))
            let offsets = written.bracketedZeroOffsets.map { $0 - prefix.count }
            do {
                return try international(rest, zeroOffsets: offsets)
            } catch {
                // "8 10…" may still be national somewhere; "00…" never is.
                if prefix == "00" { throw error }
                if let reading = national(digits, in: region) { return reading }
                throw error
            }
        }
        if let reading = national(digits, in: region) { return reading }
        if let russian = russianTrunkForm(digits, defaultRegion: region) { return russian }
        throw nationalProblem(digits, in: region)
    }

    /// Digits after `+` (or an international prefix): calling code, then national number.
    private static func international(_ digits: String, zeroOffsets: [Int]) throws(PhoneNumberError) -> String {
        guard let first = digits.first else { throw .tooShort }
        guard first != "0" else { throw .unknownRegion("+0") }
        guard let known = PhoneRegion.callingCode(startingAt: digits) else {
            // Unknown calling code: the code length is unknown too, so a "(0)" in the first
            // four digits is taken for the trunk; E.164 itself allows 8–15 digits in practice.
            var digits = digits
            if let offset = zeroOffsets.first(where: { (1...4).contains($0) }) {
                digits.remove(at: digits.index(digits.startIndex, offsetBy: offset))
            }
            guard digits.count >= 8 else { throw .tooShort }
            guard digits.count <= 15 else { throw .tooLong }
            return "+" + digits
        }
        let (code, regions) = known
        var national = String(digits.dropFirst(code.count))
        let trunks = regions.flatMap(\.trunkPrefixes)
        if zeroOffsets.contains(code.count), trunks.contains("0"), national.hasPrefix("0") {
            national.removeFirst()
        }
        if regions.accept(nationalNumber: national) { return "+" + code + national }
        for trunk in trunks where national.hasPrefix(trunk) {
            let withoutTrunk = national.dropFirst(trunk.count)
            if regions.accept(nationalNumber: withoutTrunk) { return "+" + code + withoutTrunk }
        }
        let lengths = regions[0].nationalNumberLengths
        if national.count < lengths.lowerBound { throw .tooShort }
        if national.count > lengths.upperBound { throw .tooLong }
        throw .invalidForRegion(regions[0].code)
    }

    /// A national number of `region`: with a trunk prefix, without one, or preceded by the
    /// calling code without `+`. Regions sharing the calling code count too (`7`: RU and KZ).
    private static func national(_ digits: String, in region: PhoneRegion) -> String? {
        let regions = PhoneRegion.regions(callingCode: region.callingCode)
        for trunk in region.trunkPrefixes where digits.hasPrefix(trunk) {
            let withoutTrunk = digits.dropFirst(trunk.count)
            if regions.accept(nationalNumber: withoutTrunk) { return "+" + region.callingCode + withoutTrunk }
        }
        if regions.accept(nationalNumber: digits) { return "+" + region.callingCode + digits }
        if digits.hasPrefix(region.callingCode) {
            let afterCode = digits.dropFirst(region.callingCode.count)
            if regions.accept(nationalNumber: afterCode) { return "+" + digits }
        }
        return nil
    }

    /// `8` + 10 digits read as a Russian or Kazakh national number (see the Decision above).
    private static func russianTrunkForm(_ digits: String, defaultRegion: PhoneRegion) -> String? {
        guard defaultRegion.callingCode != "7", digits.count == 11, digits.hasPrefix("8") else { return nil }
        let national = digits.dropFirst()
        return PhoneRegion.regions(callingCode: "7").accept(nationalNumber: national) ? "+7" + national : nil
    }

    /// Why `digits` is no national number of `region`, judged by its length without the trunk.
    private static func nationalProblem(_ digits: String, in region: PhoneRegion) -> PhoneNumberError {
        let trunk = region.trunkPrefixes.first { digits.hasPrefix($0) } ?? ""
        let length = digits.count - trunk.count
        if length < region.nationalNumberLengths.lowerBound { return .tooShort }
        if length > region.nationalNumberLengths.upperBound { return .tooLong }
        return .invalidForRegion(region.code)
    }
}

extension PhoneNumber: CustomStringConvertible {
    /// `+380441234567 ext. 12`.
    public var description: String {
        e164 + (`extension`.map { " ext. " + $0 } ?? "")
    }
}

extension PhoneNumber: Codable {
    private enum CodingKeys: String, CodingKey {
        case e164
        case `extension`
    }

    // Decoding re-reads the stored number, so a hand-edited or corrupt value cannot pass as E.164.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let e164 = try container.decode(String.self, forKey: .e164)
        let ext = try container.decodeIfPresent(String.self, forKey: .extension)
        let parsed: PhoneNumber
        do {
            parsed = try PhoneNumber(parsing: e164, defaultRegion: .ukraine)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .e164, in: container, debugDescription: error.message(.en))
        }
        guard e164.hasPrefix("+"), parsed.e164 == e164, parsed.extension == nil else {
            throw DecodingError.dataCorruptedError(forKey: .e164, in: container, debugDescription: "Not in E.164 form: \(e164)")
        }
        guard ext.map({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) ?? true else {
            throw DecodingError.dataCorruptedError(forKey: .extension, in: container, debugDescription: "An extension holds digits only: \(ext ?? "")")
        }
        self.e164 = e164
        self.extension = ext
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(e164, forKey: .e164)
        try container.encodeIfPresent(`extension`, forKey: .extension)
    }
}
