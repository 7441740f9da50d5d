import OrderCycleCore
import Testing

@Suite("CSV reading")
struct CSVReaderTests {
    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() throws {
        let csv = try CSVReader(text: "a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\n")
        #expect(csv.header == ["a", "b", "c"])
        #expect(csv.rows == [["1", "x, \"y\"", "two\nlines"]])
    }

    @Test func byteOrderMarkAndTrailingBlankLinesAreDropped() throws {
        let csv = try CSVReader(text: "\u{FEFF}id,name\n1,Ölga\u{00A0}Ltd\n\n")
        #expect(csv.header == ["id", "name"])
        #expect(csv.rows == [["1", "Ölga\u{00A0}Ltd"]])
    }

    @Test func eachRowKeepsTheLineItBeginsOn() throws {
        let csv = try CSVReader(text: "\u{FEFF}a,b\r\n1,\"x, \"\"y\"\"\nz\"\r\n2,3\n")
        #expect(csv.header == ["a", "b"])
        #expect(csv.rows == [["1", "x, \"y\"\nz"], ["2", "3"]])
        #expect(csv.lines == [2, 4])
    }

    @Test func aLoneCarriageReturnEndsARecord() throws {
        let csv = try CSVReader(text: "a,b\r1,2\r\r3,4")
        #expect(csv.rows == [["1", "2"], ["3", "4"]])
        #expect(csv.lines == [2, 4])
    }

    @Test func anUnterminatedQuoteIsReportedWithItsLine() {
        #expect(throws: CSVReader.Failure.unterminatedQuote(line: 2)) { try CSVReader(text: "a\n\"open\n") }
    }

    @Test func emptyTextHasNoHeader() {
        #expect(throws: CSVReader.Failure.empty) { try CSVReader(text: "") }
    }
}
