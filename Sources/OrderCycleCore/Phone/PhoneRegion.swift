/// A country or region whose phone numbers the system can read in their national written form
/// (DOMAIN §2.1: numbers are stored as E.164 so that any written form matches a caller).
///
/// Each entry knows its country calling code, the trunk prefix dialled before a national number
/// at home (`0` in Ukraine, `8` in Russia), and the plausible lengths of a national significant
/// number — the digits after the calling code. The lengths are deliberately ranges rather than
/// full numbering plans: the aim is to catch typos and garbage, not to certify that a number is
/// in service.
public struct PhoneRegion: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 code, upper case: `UA`.
    public let code: String
    /// Country calling code, digits only: `380`.
    public let callingCode: String
    /// Trunk prefixes, current one first. Later entries are older forms still seen in writing,
    /// e.g. Ukraine's Soviet-era `8 0…` long-distance form.
    public let trunkPrefixes: [String]
    /// Plausible lengths of the national significant number.
    public let nationalNumberLengths: ClosedRange<Int>
    /// The digits a national significant number may start with; `nil` allows any.
    public let leadingDigits: String?
    /// Prefixes for dialling abroad from this region, besides the universal `00` and `+`.
    public let internationalPrefixes: [String]

    init(
        code: String,
        callingCode: String,
        trunkPrefixes: [String],
        nationalNumberLengths: ClosedRange<Int>,
        leadingDigits: String? = "123456789",
        internationalPrefixes: [String] = []
    ) {
        self.code = code
        self.callingCode = callingCode
        self.trunkPrefixes = trunkPrefixes
        self.nationalNumberLengths = nationalNumberLengths
        self.leadingDigits = leadingDigits
        self.internationalPrefixes = internationalPrefixes
    }

    /// The current trunk prefix, if the region dials one.
    public var trunkPrefix: String? { trunkPrefixes.first }

    /// The region with this ISO 3166 alpha-2 code (any case).
    public init(isoCode: String) throws(PhoneNumberError) {
        let wanted = isoCode.trimmingCharacters(in: .whitespaces).uppercased()
        guard let region = Self.all.first(where: { $0.code == wanted }) else {
            throw .unknownRegion(isoCode)
        }
        self = region
    }

    /// Whether `digits` (ASCII, after the calling code and without a trunk prefix) is a
    /// plausible national significant number here.
    public func accepts(nationalNumber digits: some StringProtocol) -> Bool {
        guard nationalNumberLengths.contains(digits.count), let first = digits.first else { return false }
        return leadingDigits.map { $0.contains(first) } ?? true
    }
}

// MARK: - The table

extension PhoneRegion {
    // "810" is the Soviet-era international prefix (8, wait for tone, 10), still written in the
    // region; "8 10 49 …" means "+49 …".
    private static let soviet = ["810"]

    public static let ukraine = PhoneRegion(
        code: "UA", callingCode: "380", trunkPrefixes: ["0", "80"], nationalNumberLengths: 9...9,
        internationalPrefixes: soviet)
    // Russia and Kazakhstan share +7; Russian numbers start 3, 4, 8 or 9, Kazakh ones 6 or 7.
    public static let russia = PhoneRegion(
        code: "RU", callingCode: "7", trunkPrefixes: ["8"], nationalNumberLengths: 10...10,
        leadingDigits: "3489", internationalPrefixes: soviet)
    public static let kazakhstan = PhoneRegion(
        code: "KZ", callingCode: "7", trunkPrefixes: ["8"], nationalNumberLengths: 10...10,
        leadingDigits: "67", internationalPrefixes: soviet)
    // Belarus writes "8 0xx": the trunk is 8 and the area code's own 0 is dropped after +375.
    public static let belarus = PhoneRegion(
        code: "BY", callingCode: "375", trunkPrefixes: ["80", "8", "0"], nationalNumberLengths: 9...9,
        internationalPrefixes: soviet)
    public static let moldova = PhoneRegion(
        code: "MD", callingCode: "373", trunkPrefixes: ["0"], nationalNumberLengths: 8...8)
    public static let georgia = PhoneRegion(
        code: "GE", callingCode: "995", trunkPrefixes: ["0"], nationalNumberLengths: 9...9)
    public static let armenia = PhoneRegion(
        code: "AM", callingCode: "374", trunkPrefixes: ["0"], nationalNumberLengths: 8...8)
    public static let azerbaijan = PhoneRegion(
        code: "AZ", callingCode: "994", trunkPrefixes: ["0"], nationalNumberLengths: 9...9)
    public static let poland = PhoneRegion(
        code: "PL", callingCode: "48", trunkPrefixes: [], nationalNumberLengths: 9...9)
    public static let czechia = PhoneRegion(
        code: "CZ", callingCode: "420", trunkPrefixes: [], nationalNumberLengths: 9...9)
    public static let latvia = PhoneRegion(
        code: "LV", callingCode: "371", trunkPrefixes: [], nationalNumberLengths: 8...8)
    public static let estonia = PhoneRegion(
        code: "EE", callingCode: "372", trunkPrefixes: [], nationalNumberLengths: 7...8)
    // German numbers vary in length with the area code.
    public static let germany = PhoneRegion(
        code: "DE", callingCode: "49", trunkPrefixes: ["0"], nationalNumberLengths: 6...13)
    public static let austria = PhoneRegion(
        code: "AT", callingCode: "43", trunkPrefixes: ["0"], nationalNumberLengths: 4...13)
    public static let switzerland = PhoneRegion(
        code: "CH", callingCode: "41", trunkPrefixes: ["0"], nationalNumberLengths: 9...9)
    public static let netherlands = PhoneRegion(
        code: "NL", callingCode: "31", trunkPrefixes: ["0"], nationalNumberLengths: 9...9)
    public static let unitedKingdom = PhoneRegion(
        code: "GB", callingCode: "44", trunkPrefixes: ["0"], nationalNumberLengths: 9...10,
        leadingDigits: "1235789")
    public static let france = PhoneRegion(
        code: "FR", callingCode: "33", trunkPrefixes: ["0"], nationalNumberLengths: 9...9)
    // Italy keeps the leading 0 of its area codes after +39: it is not a trunk prefix.
    public static let italy = PhoneRegion(
        code: "IT", callingCode: "39", trunkPrefixes: [], nationalNumberLengths: 6...11, leadingDigits: nil)
    public static let spain = PhoneRegion(
        code: "ES", callingCode: "34", trunkPrefixes: [], nationalNumberLengths: 9...9, leadingDigits: "6789")
    public static let turkey = PhoneRegion(
        code: "TR", callingCode: "90", trunkPrefixes: ["0"], nationalNumberLengths: 10...10)
    public static let china = PhoneRegion(
        code: "CN", callingCode: "86", trunkPrefixes: ["0"], nationalNumberLengths: 7...12)
    public static let india = PhoneRegion(
        code: "IN", callingCode: "91", trunkPrefixes: ["0"], nationalNumberLengths: 10...10)
    // The North American Numbering Plan: area codes and exchanges never start with 0 or 1.
    public static let unitedStates = PhoneRegion(
        code: "US", callingCode: "1", trunkPrefixes: ["1"], nationalNumberLengths: 10...10,
        leadingDigits: "23456789", internationalPrefixes: ["011"])
    public static let canada = PhoneRegion(
        code: "CA", callingCode: "1", trunkPrefixes: ["1"], nationalNumberLengths: 10...10,
        leadingDigits: "23456789", internationalPrefixes: ["011"])

    /// Every region the system reads national numbers for.
    public static let all: [PhoneRegion] = [
        ukraine, russia, kazakhstan, belarus, moldova, georgia, armenia, azerbaijan,
        poland, czechia, latvia, estonia, germany, austria, switzerland, netherlands,
        unitedKingdom, france, italy, spain, turkey, china, india, unitedStates, canada,
    ]

    /// The regions that share a calling code (`7` → Russia and Kazakhstan); empty when unknown.
    public static func regions(callingCode: some StringProtocol) -> [PhoneRegion] {
        all.filter { $0.callingCode == callingCode }
    }

    /// The known calling code that `digits` (an international number without `+`) starts with.
    /// Calling codes are prefix-free, so at most one of the first 1–3 digits matches.
    static func callingCode(startingAt digits: String) -> (code: String, regions: [PhoneRegion])? {
        for length in 1...3 where digits.count >= length {
            let code = String(digits.prefix(length))
            let regions = regions(callingCode: code)
            if !regions.isEmpty { return (code, regions) }
        }
        return nil
    }
}

extension Array where Element == PhoneRegion {
    /// Whether any of these regions (all sharing one calling code) accepts the number.
    func accept(nationalNumber digits: some StringProtocol) -> Bool {
        contains { $0.accepts(nationalNumber: digits) }
    }
}

extension PhoneRegion: Codable {
    // Stored and configured by its ISO code alone; the table supplies the rest.
    public init(from decoder: any Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try PhoneRegion(isoCode: code)
        } catch {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: error.message(.en)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
