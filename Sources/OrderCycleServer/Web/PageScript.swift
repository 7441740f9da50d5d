import Vapor

/// The small script every page loads. The Content-Security-Policy allows no inline script or
/// `on…=` attribute, so behaviour that a page once wrote inline is wired here instead: a
/// button with `data-print` prints the page.
enum PageScript {
    static let tag: HTML = "<script src=\"\(PageRoute.Observability.pageScript())\" defer></script>"

    static let source = #"""
    (function () {
      "use strict";
      document.addEventListener("click", function (event) {
        var target = event.target instanceof Element ? event.target.closest("[data-print]") : null;
        if (target) { event.preventDefault(); window.print(); }
      });
    })();
    """#

    static func response() -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
        headers.add(name: .cacheControl, value: "public, max-age=300")
        return Response(status: .ok, headers: headers, body: .init(string: source))
    }
}
