import Vapor

/// The small script every page loads. The Content-Security-Policy allows no inline script or
/// `on…=` attribute, so behaviour that a page once wrote inline is wired here instead: a
/// button with `data-print` prints the page; on a narrow screen the menu button opens and
/// closes the menu and says so in `aria-expanded` (Escape closes it too).
enum PageScript {
    static let tag: HTML = "<script src=\"\(PageRoute.Observability.pageScript())\" defer></script>"

    static let source = #"""
    (function () {
      "use strict";
      document.addEventListener("click", function (event) {
        var target = event.target instanceof Element ? event.target.closest("[data-print]") : null;
        if (target) { event.preventDefault(); window.print(); }
      });
      var header = document.querySelector("header.top"), menu = document.getElementById("menu-button");
      if (header && menu) {
        var box = document.getElementById("menu-toggle");
        if (box) { box.tabIndex = -1; box.setAttribute("aria-hidden", "true"); }
        header.classList.add("scripted");
        var show = function (open) {
          header.classList.toggle("menu-open", open);
          menu.setAttribute("aria-expanded", open ? "true" : "false");
        };
        menu.addEventListener("click", function () { show(!header.classList.contains("menu-open")); });
        document.addEventListener("keydown", function (event) {
          if (event.key === "Escape" && header.classList.contains("menu-open")) { show(false); menu.focus(); }
        });
      }
    })();
    """#

    static func response() -> Response { StaticText.response(source) }
}
