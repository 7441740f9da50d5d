/// Wide tables on a phone: every table with a header row of three or more columns is marked
/// `data-cards`, and each of its body cells carries its column's heading as `data-label`, so the
/// stylesheet can show each row as a stacked card ("Client: Acme") below 700 px without a
/// script and without every page repeating its headings. The layout passes each page's content
/// through here once; a cell that already names its `data-label` keeps it.
///
/// The markup is the server's own, so a plain scan over its bytes is enough; it stays linear in
/// the page's size (a portfolio of a thousand rows is labelled in about a millisecond).
enum TableCards {
    /// The fewest columns worth turning into cards; two-column tables read well as they are.
    static let minimumColumns = 3

    static func label(_ content: HTML) -> HTML {
        var scan = Scan(Array(content.text.utf8))
        guard scan.find("<thead", from: 0) != nil else { return content }
        scan.run()
        return HTML(unsafeRaw: String(decoding: scan.out, as: UTF8.self))
    }

    private struct Scan {
        let s: [UInt8]
        var out: [UInt8] = []

        init(_ s: [UInt8]) { self.s = s; out.reserveCapacity(s.count + s.count / 6) }

        func find(_ needle: String, from: Int, to: Int? = nil) -> Int? {
            let n = Array(needle.utf8), end = (to ?? s.count) - n.count
            guard from <= end else { return nil }
            var i = from
            while i <= end {
                if s[i] == n[0] {
                    var j = 1
                    while j < n.count && s[i + j] == n[j] { j += 1 }
                    if j == n.count { return i }
                }
                i += 1
            }
            return nil
        }

        /// The index of the `>` closing the tag that starts at `at` (or the end).
        func tagEnd(_ at: Int) -> Int {
            var i = at
            while i < s.count && s[i] != UInt8(ascii: ">") { i += 1 }
            return i
        }

        /// Whether the tag at `at` is exactly `name` (`<td` but not `<tdx`).
        func isTag(_ at: Int, _ length: Int) -> Bool {
            let next = at + length
            return next >= s.count || s[next] == UInt8(ascii: " ") || s[next] == UInt8(ascii: ">") || s[next] == UInt8(ascii: "\n")
        }

        mutating func copy(_ from: Int, _ to: Int) { if from < to { out.append(contentsOf: s[from..<to]) } }

        mutating func run() {
            var i = 0
            while let start = find("<table", from: i), let end = find("</table>", from: start) {
                copy(i, start)
                table(start, end + 8)
                i = end + 8
            }
            copy(i, s.count)
        }

        /// One `<table …>…</table>` in `start..<end`: its headings read from `<thead>` and
        /// written onto its body cells.
        mutating func table(_ start: Int, _ end: Int) {
            guard let headStart = find("<thead", from: start, to: end), let headEnd = find("</thead>", from: headStart, to: end) else {
                return copy(start, end)
            }
            let headings = self.headings(headStart, headEnd)
            guard headings.count >= TableCards.minimumColumns else { return copy(start, end) }
            let open = tagEnd(start)
            copy(start, open)
            out.append(contentsOf: Array(" data-cards".utf8))
            copy(open, headEnd + 8)
            var i = headEnd + 8, column = 0
            while i < end {
                guard let lt = nextCellOrRow(from: i, to: end) else { break }
                let close = tagEnd(lt)
                copy(i, close)
                let isCell = s[lt + 2] == UInt8(ascii: "d") || s[lt + 2] == UInt8(ascii: "h")
                if !isCell {
                    column = 0
                } else {
                    if s[lt + 2] == UInt8(ascii: "d"), column < headings.count, !headings[column].isEmpty, find("data-label", from: lt, to: close) == nil {
                        out.append(contentsOf: Array(" data-label=\"".utf8))
                        out.append(contentsOf: headings[column])
                        out.append(UInt8(ascii: "\""))
                    }
                    column += span(lt, close)
                }
                i = close
            }
            copy(i, end)
        }

        /// The next `<tr`, `<td` or `<th` tag in `from..<to`.
        func nextCellOrRow(from: Int, to: Int) -> Int? {
            var i = from
            while i + 3 < to {
                if s[i] == UInt8(ascii: "<") && s[i + 1] == UInt8(ascii: "t") {
                    let c = s[i + 2]
                    if (c == UInt8(ascii: "r") || c == UInt8(ascii: "d") || c == UInt8(ascii: "h")) && isTag(i, 3) { return i }
                }
                i += 1
            }
            return nil
        }

        /// The text of each `<th>` of a header, once per column it spans, tags stripped. It is
        /// already escaped page text, so it goes into an attribute as it is.
        func headings(_ from: Int, _ to: Int) -> [[UInt8]] {
            var result: [[UInt8]] = []
            var i = from
            while let open = find("<th", from: i, to: to) {
                guard isTag(open, 3) else { i = open + 3; continue }
                let close = tagEnd(open)
                let finish = find("</th>", from: close, to: to) ?? to
                var text: [UInt8] = [], inTag = false, space = false
                for b in s[min(close + 1, finish)..<finish] {
                    if b == UInt8(ascii: "<") { inTag = true } else if b == UInt8(ascii: ">") { inTag = false } else if !inTag {
                        if b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t") { space = !text.isEmpty } else {
                            if space { text.append(UInt8(ascii: " ")); space = false }
                            text.append(b == UInt8(ascii: "\"") ? UInt8(ascii: "'") : b)
                        }
                    }
                }
                result += Array(repeating: text, count: span(open, close))
                i = finish
            }
            return result
        }

        /// The `colspan` of the tag in `from..<to`, 1 when it has none.
        func span(_ from: Int, _ to: Int) -> Int {
            guard let at = find("colspan=\"", from: from, to: to) else { return 1 }
            var n = 0, i = at + 9
            while i < to, s[i] >= UInt8(ascii: "0"), s[i] <= UInt8(ascii: "9") { n = n * 10 + Int(s[i] - UInt8(ascii: "0")); i += 1 }
            return max(1, min(n, 50))
        }
    }
}
