import Foundation
import Testing
@testable import OrderCycleCore

/// A number as someone wrote it, the region it was written in, and what it must read as.
struct WrittenPhone: Sendable, CustomTestStringConvertible {
    let text: String
    let region: PhoneRegion
    let e164: String
    var `extension`: String? = nil

    var testDescription: String { "\(region.code): \(text)" }
}

/// A text that is no phone number, and the error it must give.
struct UnreadablePhone: Sendable, CustomTestStringConvertible {
    let text: String
    let region: PhoneRegion
    let error: PhoneNumberError

    var testDescription: String { "\(region.code): \(text.debugDescription)" }
}

@Suite("Phone numbers are read into E.164 (DOMAIN §2.1)")
struct PhoneNumberTests {
    static let written: [WrittenPhone] = [
        // Ukraine, default region UA
        WrittenPhone(text: "(0542) 12-34-56", region: .ukraine, e164: "+380542123456"),
        WrittenPhone(text: "0 800 500 609", region: .ukraine, e164: "+380800500609"),
        WrittenPhone(text: "+380 (44) 123 45 67 ext. 12", region: .ukraine, e164: "+380441234567", extension: "12"),
        WrittenPhone(text: "044 123-45-67", region: .ukraine, e164: "+380441234567"),
        WrittenPhone(text: "+38 (050) 123-45-67", region: .ukraine, e164: "+380501234567"),
        WrittenPhone(text: "38 067 123 45 67", region: .ukraine, e164: "+380671234567"),
        WrittenPhone(text: "380671234567", region: .ukraine, e164: "+380671234567"),
        WrittenPhone(text: "0671234567", region: .ukraine, e164: "+380671234567"),
        WrittenPhone(text: "067.123.45.67", region: .ukraine, e164: "+380671234567"),
        WrittenPhone(text: "067/123 45 67", region: .ukraine, e164: "+380671234567"),
        WrittenPhone(text: "067\u{00A0}123\u{00A0}45\u{00A0}67", region: .ukraine, e164: "+380671234567"),
        WrittenPhone(text: "\u{200E}+380\u{202F}67\u{202F}123\u{202F}45\u{202F}67", region: .ukraine, e164: "+380671234567"),
        WrittenPhone(text: "8 (044) 123-45-67", region: .ukraine, e164: "+380441234567"),
        WrittenPhone(text: "00380 44 123 45 67", region: .ukraine, e164: "+380441234567"),
        WrittenPhone(text: "tel:+380-44-123-45-67", region: .ukraine, e164: "+380441234567"),
        WrittenPhone(text: "тел.: (0542) 12-34-56, доб. 305", region: .ukraine, e164: "+380542123456", extension: "305"),
        WrittenPhone(text: "Tel. +380 44 123 45 67 #7", region: .ukraine, e164: "+380441234567", extension: "7"),
        WrittenPhone(text: "44 123 45 67", region: .ukraine, e164: "+380441234567"),
        WrittenPhone(text: "моб. 067 123 45 67", region: .ukraine, e164: "+380671234567"),
        // Russian and Kazakh numbers
        WrittenPhone(text: "8 (495) 123-45-67", region: .russia, e164: "+74951234567"),
        WrittenPhone(text: "8 (495) 123-45-67", region: .ukraine, e164: "+74951234567"),
        WrittenPhone(text: "+7 495 1234567", region: .ukraine, e164: "+74951234567"),
        WrittenPhone(text: "+7 (916) 123-45-67 доб. 1234", region: .russia, e164: "+79161234567", extension: "1234"),
        WrittenPhone(text: "89161234567", region: .russia, e164: "+79161234567"),
        WrittenPhone(text: "79161234567", region: .russia, e164: "+79161234567"),
        WrittenPhone(text: "916 123-45-67", region: .russia, e164: "+79161234567"),
        WrittenPhone(text: "8 800 555-35-35", region: .russia, e164: "+78005553535"),
        WrittenPhone(text: "+7 8 812 123-45-67", region: .ukraine, e164: "+78121234567"),
        WrittenPhone(text: "8 10 380 44 123 45 67", region: .russia, e164: "+380441234567"),
        WrittenPhone(text: "8 (727) 250-12-34", region: .kazakhstan, e164: "+77272501234"),
        WrittenPhone(text: "8 701 123 45 67", region: .ukraine, e164: "+77011234567"),
        WrittenPhone(text: "+7 (701) 123-45-67", region: .russia, e164: "+77011234567"),
        WrittenPhone(text: "Телефон: +7 (727) 250-12-34", region: .ukraine, e164: "+77272501234"),
        // Belarus
        WrittenPhone(text: "8 029 123-45-67", region: .belarus, e164: "+375291234567"),
        WrittenPhone(text: "+375 (17) 123-45-67", region: .ukraine, e164: "+375171234567"),
        // Poland, Germany, United Kingdom
        WrittenPhone(text: "+48 22 123 45 67", region: .ukraine, e164: "+48221234567"),
        WrittenPhone(text: "601 234 567", region: .poland, e164: "+48601234567"),
        WrittenPhone(text: "+49 (0)30 1234567", region: .ukraine, e164: "+49301234567"),
        WrittenPhone(text: "030 / 123 456 78", region: .germany, e164: "+493012345678"),
        WrittenPhone(text: "0049 89 1234567-0", region: .ukraine, e164: "+498912345670"),
        WrittenPhone(text: "+44 (0)20 7946 0958", region: .ukraine, e164: "+442079460958"),
        WrittenPhone(text: "07700 900123", region: .unitedKingdom, e164: "+447700900123"),
        // North America
        WrittenPhone(text: "(202) 555-0123", region: .unitedStates, e164: "+12025550123"),
        WrittenPhone(text: "1-800-555-0199 x204", region: .unitedStates, e164: "+18005550199", extension: "204"),
        WrittenPhone(text: "202.555.0123", region: .canada, e164: "+12025550123"),
        WrittenPhone(text: "+1 (416) 555-0199", region: .ukraine, e164: "+14165550199"),
        WrittenPhone(text: "011 44 20 7946 0958", region: .unitedStates, e164: "+442079460958"),
        WrittenPhone(text: "tel:+1-201-555-0123;ext=1234", region: .ukraine, e164: "+12015550123", extension: "1234"),
        // France, Italy, Spain, Turkey
        WrittenPhone(text: "01 23 45 67 89", region: .france, e164: "+33123456789"),
        WrittenPhone(text: "+33 (0)6 12 34 56 78", region: .ukraine, e164: "+33612345678"),
        WrittenPhone(text: "+39 06 1234 5678", region: .ukraine, e164: "+390612345678"),
        WrittenPhone(text: "06 1234 5678", region: .italy, e164: "+390612345678"),
        WrittenPhone(text: "+39 333 123 4567", region: .ukraine, e164: "+393331234567"),
        WrittenPhone(text: "912 34 56 78", region: .spain, e164: "+34912345678"),
        WrittenPhone(text: "+34 612-34-56-78", region: .ukraine, e164: "+34612345678"),
        WrittenPhone(text: "0 (212) 123 45 67", region: .turkey, e164: "+902121234567"),
        WrittenPhone(text: "+90 532 123 45 67", region: .ukraine, e164: "+905321234567"),
        // China, India
        WrittenPhone(text: "+86 10 1234 5678", region: .ukraine, e164: "+861012345678"),
        WrittenPhone(text: "010-12345678", region: .china, e164: "+861012345678"),
        WrittenPhone(text: "138 0013 8000", region: .china, e164: "+8613800138000"),
        WrittenPhone(text: "＋８６ １３８ ００１３ ８０００", region: .ukraine, e164: "+8613800138000"),
        WrittenPhone(text: "+91 98765 43210", region: .ukraine, e164: "+919876543210"),
        WrittenPhone(text: "022 2345 6789", region: .india, e164: "+912223456789"),
        // Calling codes outside the table are kept as written
        WrittenPhone(text: "+351 21 123 4567", region: .ukraine, e164: "+351211234567"),
        WrittenPhone(text: "00 971 4 123 4567", region: .ukraine, e164: "+97141234567"),
    ]

    @Test("A written form reads as its E.164 number", arguments: written)
    func readsWrittenForm(_ sample: WrittenPhone) throws {
        // MUT
        let number = try PhoneNumber(parsing: sample.text, defaultRegion: sample.region)

        // validate
        #expect(number.e164 == sample.e164)
        #expect(number.extension == sample.extension)
    }

    static let unreadable: [UnreadablePhone] = [
        UnreadablePhone(text: "", region: .ukraine, error: .empty),
        UnreadablePhone(text: " \u{00A0}\t", region: .ukraine, error: .empty),
        UnreadablePhone(text: "abc", region: .ukraine, error: .containsLetters),
        UnreadablePhone(text: "нет телефона", region: .ukraine, error: .containsLetters),
        UnreadablePhone(text: "1-800-FLOWERS", region: .unitedStates, error: .containsLetters),
        UnreadablePhone(text: "+380 44 123 45 67 ext. abc", region: .ukraine, error: .containsLetters),
        UnreadablePhone(text: "call 044 123 45 67 after 6", region: .ukraine, error: .containsLetters),
        UnreadablePhone(text: "--- ( ) ---", region: .ukraine, error: .noDigits),
        UnreadablePhone(text: "+", region: .ukraine, error: .noDigits),
        UnreadablePhone(text: "+380441234567!", region: .ukraine, error: .unexpectedCharacter("!")),
        UnreadablePhone(text: "++380441234567", region: .ukraine, error: .unexpectedCharacter("+")),
        UnreadablePhone(text: "044 123+45 67", region: .ukraine, error: .unexpectedCharacter("+")),
        UnreadablePhone(text: "123-45-67", region: .ukraine, error: .tooShort),
        UnreadablePhone(text: "(044) 123-45-6", region: .ukraine, error: .tooShort),
        UnreadablePhone(text: "+380 44 123 45 67 89", region: .ukraine, error: .tooLong),
        UnreadablePhone(text: "0 44 123 45 67 89 00", region: .ukraine, error: .tooLong),
        UnreadablePhone(text: "+1 234 567", region: .ukraine, error: .tooShort),
        UnreadablePhone(text: "+999 1234 5678 9012 345", region: .ukraine, error: .tooLong),
        UnreadablePhone(text: "+7 123 456 78 90", region: .ukraine, error: .invalidForRegion("RU")),
        UnreadablePhone(text: "+1 055 555 0123", region: .ukraine, error: .invalidForRegion("US")),
        UnreadablePhone(text: "+0 44 123 45 67", region: .ukraine, error: .unknownRegion("+0")),
    ]

    @Test("A text that is no phone number is refused", arguments: unreadable)
    func refusesGarbage(_ sample: UnreadablePhone) {
        #expect(throws: sample.error) {
            try PhoneNumber(parsing: sample.text, defaultRegion: sample.region)
        }
    }

    @Test func refusalExplainsItselfInBothLanguages() {
        // setup
        let error = PhoneNumberError.containsLetters

        // validate
        #expect(error.message(.en).contains("letters"))
        #expect(error.message(.ru).contains("буквы"))
        #expect(error.code == "contains_letters")
    }

    @Test func regionIsFoundByItsISOCode() throws {
        #expect(try PhoneRegion(isoCode: "ua") == .ukraine)
        #expect(throws: PhoneNumberError.unknownRegion("XX")) { try PhoneRegion(isoCode: "XX") }
    }

    @Test func callingCodeLeadsToItsRegions() {
        #expect(PhoneRegion.regions(callingCode: "7").map(\.code) == ["RU", "KZ"])
        #expect(PhoneRegion.regions(callingCode: "1").map(\.code) == ["US", "CA"])
        #expect(PhoneRegion.regions(callingCode: "999").isEmpty)
    }

    @Test func everyWrittenFormOfOneNumberMatches() throws {
        // setup: the way a caller ID, a contract and a manager's note write one number
        let forms = ["+380542123456", "(0542) 12-34-56", "8 0542 12 34 56", "tel:+380542123456", "00 380 542 123 456"]

        // MUT
        let numbers = try forms.map { try PhoneNumber(parsing: $0, defaultRegion: .ukraine) }

        // validate
        #expect(Set(numbers).count == 1)
    }

    @Test func roundTripsThroughJSON() throws {
        // setup
        let number = try PhoneNumber(parsing: "+380 44 123 45 67 ext. 12", defaultRegion: .ukraine)

        // MUT
        let decoded = try JSONDecoder().decode(PhoneNumber.self, from: JSONEncoder().encode(number))

        // validate
        #expect(decoded == number)
        #expect(number.telURI == "tel:+380441234567;ext=12")
        #expect(number.description == "+380441234567 ext. 12")
    }

    @Test func decodingRefusesANumberNotInE164() {
        let json = Data(#"{"e164":"044 123 45 67"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PhoneNumber.self, from: json) }
    }
}
