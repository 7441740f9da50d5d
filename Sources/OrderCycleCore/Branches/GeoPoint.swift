import Foundation

/// A place on the Earth in decimal degrees (WGS 84), as a phone's geolocation or a map gives it.
///
/// **Decision** (DOMAIN §2.5): the distance to a branch is the great-circle ("as the crow flies")
/// distance in kilometres, on a sphere of the Earth's mean radius; the route itself is left to an
/// external navigator. On a sphere the error against the ellipsoid stays under 0.5 %.
public struct GeoPoint: Sendable, Hashable, Codable {
    public var lat: Double
    public var lon: Double

    /// The mean radius of the Earth (IUGG), in km.
    public static let earthRadiusKm = 6371.0088
    /// One degree of latitude (or of longitude on the equator), in km.
    public static let kmPerDegree = earthRadiusKm * .pi / 180

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    /// A point, if both coordinates are finite and in range (latitude −90…90, longitude −180…180).
    public init?(checking lat: Double, _ lon: Double) {
        guard Self.validLatitude(lat), Self.validLongitude(lon) else { return nil }
        self.init(lat: lat, lon: lon)
    }

    public static func validLatitude(_ value: Double) -> Bool { value.isFinite && (-90...90).contains(value) }
    public static func validLongitude(_ value: Double) -> Bool { value.isFinite && (-180...180).contains(value) }

    /// The great-circle distance in km (haversine, stable for short and antipodal distances).
    public func distanceKm(to other: GeoPoint) -> Double {
        let φ1 = lat * .pi / 180, φ2 = other.lat * .pi / 180
        let dφ = φ2 - φ1
        let dλ = (other.lon - lon) * .pi / 180
        let a = sin(dφ / 2) * sin(dφ / 2) + cos(φ1) * cos(φ2) * sin(dλ / 2) * sin(dλ / 2)
        return 2 * Self.earthRadiusKm * asin(min(1, sqrt(a)))
    }
}
