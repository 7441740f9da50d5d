import Vapor

extension Request {
    /// A page's filter form sends every field, the ones left at "any" empty (`segment_id=`).
    /// The list filters shared with the API refuse an empty value (a filter is either given or
    /// left out), so a page drops the empty ones first and reads them as left out.
    func dropEmptyQueryValues() {
        guard let query = url.query, !query.isEmpty else { return }
        let kept = query.split(separator: "&", omittingEmptySubsequences: true).filter { pair in
            guard let equals = pair.firstIndex(of: "=") else { return false }
            return pair.index(after: equals) < pair.endIndex
        }
        url.query = kept.isEmpty ? nil : kept.joined(separator: "&")
    }
}
