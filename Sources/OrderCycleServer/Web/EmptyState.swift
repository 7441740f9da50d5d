import OrderCycleCore

/// What a list says while it has nothing: what will appear there, and how the first one comes
/// (a link when the reader can make it here, a sentence when it comes from elsewhere).
enum EmptyState {
    static func html(id: String, _ what: String, how: String? = nil, action: (href: String, label: String)? = nil) -> HTML {
        let link: HTML = action.map { " <a class=\"button secondary\" href=\"\($0.href)\">\($0.label)</a>" } ?? ""
        let next: HTML = how.map { "<p>\($0)\(link)</p>" } ?? (action == nil ? "" : "<p>\(link)</p>")
        return "<div class=\"card empty-state\" id=\"\(id)\"><p><strong>\(what)</strong></p>\(next)</div>"
    }
}
