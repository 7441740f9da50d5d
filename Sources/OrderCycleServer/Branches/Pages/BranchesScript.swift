import Fluent
import Foundation
import Vapor

/// The branch pages' script, served as a file (the CSP allows no inline script): "use my
/// location" asks the browser for its position (with the user's permission) and searches from
/// it; with a tile URL configured, a Leaflet map replaces the server's SVG, from the same points.
/// Text is set with `textContent` only.
enum BranchesScript {
    static let source = #"""
    (function () {
      "use strict";
      var ru = (document.documentElement.lang || "en") === "ru";
      function t(en, r) { return ru ? r : en; }
      var button = document.querySelector("[data-locate]");
      var status = document.getElementById("locate-status");
      if (button) {
        if (!navigator.geolocation) { button.hidden = true; }
        button.addEventListener("click", function () {
          var form = document.getElementById("nearest-form");
          if (status) status.textContent = t("Finding where you are…", "Определяем ваше местоположение…");
          navigator.geolocation.getCurrentPosition(function (pos) {
            document.getElementById("nearest-lat").value = pos.coords.latitude.toFixed(6);
            document.getElementById("nearest-lon").value = pos.coords.longitude.toFixed(6);
            var q = document.getElementById("q"); if (q) q.value = "";
            form.submit();
          }, function () {
            if (status) status.textContent = t("Your location is not available; type a city or an address.",
                                               "Местоположение недоступно: введите город или адрес.");
          }, { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 });
        });
      }
      // Fields the visitor left empty are left out of the search's address.
      var form = document.getElementById("nearest-form");
      if (form) form.addEventListener("submit", function () {
        Array.prototype.forEach.call(form.querySelectorAll("input"), function (i) { if (!i.value) i.disabled = true; });
      });
      var box = document.getElementById("branch-map");
      if (box && box.getAttribute("data-tiles") && window.L) {
        var points; try { points = JSON.parse(box.getAttribute("data-points") || "[]"); } catch (_) { points = []; }
        if (!points.length) return;
        var div = document.createElement("div"); div.className = "leaflet-box";
        box.textContent = ""; box.appendChild(div);
        var map = window.L.map(div);
        window.L.tileLayer(box.getAttribute("data-tiles"), { maxZoom: 18, attribution: "&copy; OpenStreetMap" }).addTo(map);
        var bounds = [];
        points.forEach(function (p) {
          var mark = window.L.circleMarker([p.lat, p.lon], p.link ? { radius: 9, color: "#fff", fillColor: "#0969da", fillOpacity: 1, weight: 2 }
                                                              : { radius: 9, color: "#cf222e", fillOpacity: 0, weight: 3 });
          var label = document.createElement("a"); label.textContent = (p.number ? p.number + ". " : "") + p.label;
          if (p.link) label.href = p.link;
          mark.bindTooltip(label.textContent); if (p.link) mark.on("click", function () { location.href = p.link; });
          mark.addTo(map); bounds.push([p.lat, p.lon]);
        });
        if (bounds.length === 1) map.setView(bounds[0], 14); else map.fitBounds(bounds, { padding: [30, 30] });
      }
    })();
    """#

    static func response() -> Response { StaticText.response(source) }

    /// Leaflet as Debian packages it (`Resources/vendor/leaflet`, BSD-2-clause, licence beside it).
    static let leaflet = vendored("leaflet.min", "js")
    static let leafletStyle = vendored("leaflet", "css")

    private static func vendored(_ name: String, _ ext: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources/vendor/leaflet"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return "" }
        return text
    }

    static func leafletResponse() -> Response {
        leaflet.isEmpty ? Response(status: .notFound) : StaticText.response(leaflet, maxAge: 86_400)
    }

    static func leafletStyleResponse() -> Response {
        leafletStyle.isEmpty ? Response(status: .notFound) : StaticText.response(leafletStyle, type: StaticText.css, maxAge: 86_400)
    }
}

/// The branch pages' part of the stylesheet: the search beside its map, which goes under the
/// list on a phone.
enum BranchesStyles {
    static let css = """

    /* branches: the catalog, the nearest branch, the map */
    .branches .crumbs{margin:0 0 .3rem;font-size:.9rem}
    .branch-search select{max-width:100%}
    .nearest-grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.2fr);gap:1rem;align-items:start}
    @media (max-width:760px){.nearest-grid{grid-template-columns:1fr}}
    .branch-photo{display:block;max-width:100%;height:auto;max-height:320px;border-radius:8px;object-fit:cover}
    ol.nearest{list-style:none;margin:0;padding:0}.nearest-item h2{font-size:1.05rem;margin:0 0 .3rem}
    .nearest-item .distance{float:right;font-weight:400;color:var(--muted)}
    .badge.open-now{background:#dafbe1;color:#116329}.badge.closed-now{background:#ffebe9;color:#a40e26}
    .route-links a{display:inline-block;margin:.2rem .6rem .2rem 0;padding:.35rem .6rem;border:1px solid var(--line);border-radius:6px}
    .branch-map svg{width:100%;height:auto;border:1px solid var(--line);border-radius:var(--radius);background:#eef3f8}
    .branch-map .leaflet-box{width:100%;height:400px;border-radius:var(--radius)}
    table.hours th{text-align:left;padding-right:1rem;font-weight:400}table.hours tr.today{font-weight:600}
    table.hours-form input{width:7rem}
    .vehicle-orders .status{font-weight:600}.vo-board td form{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
    .vo-board select,.vo-board input{width:auto}
    """
}
