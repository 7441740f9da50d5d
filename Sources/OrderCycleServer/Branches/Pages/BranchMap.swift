import Fluent
import Foundation
import OrderCycleCore
import Vapor

/// A map of branches and the user, drawn by the server as SVG: it needs no tile server and no
/// request leaving the site (the default; DOMAIN §2.5 "shown on a map"). An equirectangular
/// projection scaled by the cosine of the middle latitude keeps a city's shape; each branch is a
/// numbered dot linking to its page, the user a ring. With a tile URL configured, the page's
/// script lays a Leaflet map over it from the same points (`data-points`).
enum BranchMap {
    struct Point: Sendable, Encodable {
        var label: String
        var lat: Double
        var lon: Double
        /// The branch's page; nil for the user.
        var link: String?
        var number: Int?
    }

    static let width = 640.0
    static let height = 400.0

    static func svg(_ points: [Point], lang: Language, tileURL: String?) -> HTML {
        guard !points.isEmpty else { return "" }
        let midLat = (points.map(\.lat).min()! + points.map(\.lat).max()!) / 2
        let k = max(0.2, cos(midLat * .pi / 180))
        let xs = points.map { $0.lon * k }, ys = points.map(\.lat)
        var (x0, x1, y0, y1) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
        let span = max(x1 - x0, y1 - y0, 0.02)
        let cx = (x0 + x1) / 2, cy = (y0 + y1) / 2
        // The points' box, padded, stretched to the drawing's proportions.
        var w = max(x1 - x0, span * 0.3) * 1.25, h = max(y1 - y0, span * 0.3) * 1.25
        if w / h > width / height { h = w * height / width } else { w = h * width / height }
        (x0, x1, y0, y1) = (cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2)
        func px(_ p: Point) -> (Double, Double) {
            ((p.lon * k - x0) / (x1 - x0) * width, (y1 - p.lat) / (y1 - y0) * height)
        }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var marks: [HTML] = []
        // The user's ring under the branches, so a branch next door stays clickable.
        for p in points where p.link == nil {
            let (x, y) = px(p)
            marks.append("<g class=\"map-user\"><circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"9\" fill=\"none\" stroke=\"#cf222e\" stroke-width=\"3\"/><circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"3\" fill=\"#cf222e\"/><title>\(p.label)</title></g>")
        }
        for p in points where p.link != nil {
            let (x, y) = px(p)
            let number: HTML = p.number.map { "<text x=\"\(f(x))\" y=\"\(f(y + 4))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#fff\">\($0)</text>" } ?? ""
            marks.append("""
                <a href="\(p.link ?? "")" class="map-branch"><circle cx="\(f(x))" cy="\(f(y))" r="9" fill="#0969da" stroke="#fff" stroke-width="1.5"/>\(number)<title>\(p.label)</title></a>
                """)
        }
        // A scale bar: the km a fifth of the width covers.
        let kmPerUnit = GeoPoint.kmPerDegree
        let barKm = nice((x1 - x0) / 5 * kmPerUnit)
        let barPx = barKm / kmPerUnit / (x1 - x0) * width
        let data = (try? BranchFields.json(points)) ?? "[]"
        let tiles: HTML = tileURL.map { " data-tiles=\"\($0)\"" } ?? ""
        return """
        <div class="branch-map" id="branch-map"\(tiles) data-points="\(data)">
        <svg viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-label="\(lang.t("Map of the branches", "Карта отделений"))" class="branch-map-svg">
        <rect width="100%" height="100%" fill="#eef3f8"/>
        \(marks)
        <g class="map-scale"><line x1="12" y1="\(f(height - 14))" x2="\(f(12 + barPx))" y2="\(f(height - 14))" stroke="#57606a" stroke-width="2"/>
        <text x="12" y="\(f(height - 20))" font-size="11" fill="#57606a">\(barKm < 1 ? "\(Int(barKm * 1000)) m" : "\(Int(barKm)) km")</text></g>
        </svg>
        </div>
        """
    }

    /// A round figure near `km` for the scale bar (1, 2, 5 × 10ⁿ).
    static func nice(_ km: Double) -> Double {
        guard km > 0 else { return 1 }
        let p = pow(10, floor(log10(km)))
        return [1, 2, 5, 10].map { $0 * p }.last { $0 <= km } ?? p
    }

    /// Links that hand the route to an external navigator (DOMAIN §2.5 **Decision**): from the
    /// user's position when known, else from wherever the navigator stands.
    static func routeLinks(to b: GeoPoint, from user: GeoPoint?, lang: Language) -> HTML {
        func c(_ v: Double) -> String { String(format: "%.6f", v) }
        let yandex = "https://yandex.ru/maps/?rtext=\(user.map { "\(c($0.lat)),\(c($0.lon))" } ?? "")~\(c(b.lat)),\(c(b.lon))&rtt=auto"
        let google = "https://www.google.com/maps/dir/?api=1&destination=\(c(b.lat)),\(c(b.lon))" + (user.map { "&origin=\(c($0.lat)),\(c($0.lon))" } ?? "")
        let osm = user.map { "https://www.openstreetmap.org/directions?engine=fossgis_osrm_car&route=\(c($0.lat))%2C\(c($0.lon))%3B\(c(b.lat))%2C\(c(b.lon))" }
            ?? "https://www.openstreetmap.org/?mlat=\(c(b.lat))&mlon=\(c(b.lon))#map=16/\(c(b.lat))/\(c(b.lon))"
        return """
        <p class="route-links"><span class="muted">\(lang.t("Route:", "Маршрут:"))</span>
        <a href="\(yandex)" rel="noopener" target="_blank" class="route-yandex">\(lang.t("Yandex Maps", "Яндекс Карты"))</a>
        <a href="\(google)" rel="noopener" target="_blank" class="route-google">Google Maps</a>
        <a href="\(osm)" rel="noopener" target="_blank" class="route-osm">OpenStreetMap</a></p>
        """
    }

    /// The page's security policy when map tiles come from elsewhere: images from the tile host too.
    static func contentSecurityPolicy(tileURL: String?) -> String? {
        guard let tileURL, let schemeEnd = tileURL.range(of: "://") else { return nil }
        let rest = tileURL[schemeEnd.upperBound...]
        // `{s}.tile.example.org` (a subdomain per request) allows every subdomain.
        let host = String(rest.prefix { $0 != "/" }).replacingOccurrences(of: "{s}", with: "*")
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || ".-:*".contains($0) }) else { return nil }
        let origin = tileURL[..<schemeEnd.upperBound] + host
        return SecurityHeaders.contentSecurityPolicy.replacingOccurrences(of: "img-src 'self'", with: "img-src 'self' \(origin)")
    }
}
