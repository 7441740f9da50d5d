import Foundation

/// Finding where a user is from what they type, with no external geocoder (none is reachable):
/// a city from the shipped list of cities with their coordinates, in Russian or English
/// (DOMAIN §2.5, the nearest branch "by an address or city typed").
///
/// Matching ignores case, "ё"/"е", punctuation and the words "г.", "город", "city": the whole
/// name first, then a name among the text's words ("Москва, Тверская 1" → Moscow), then one that
/// the text starts (a prefix of at least three letters: "Новосиб" → Novosibirsk). Among equals
/// the larger city wins.
public struct CityDirectory: Sendable {
    public struct City: Sendable, Equatable {
        public var nameEn: String
        public var nameRu: String
        public var country: String
        public var point: GeoPoint
        public var population: Int

        public init(nameEn: String, nameRu: String, country: String, point: GeoPoint, population: Int) {
            self.nameEn = nameEn; self.nameRu = nameRu; self.country = country; self.point = point; self.population = population
        }
    }

    public let cities: [City]
    private let keys: [(en: String, ru: String)]

    public init(cities: [City]) {
        self.cities = cities.sorted { $0.population > $1.population }
        self.keys = self.cities.map { (Self.fold($0.nameEn), Self.fold($0.nameRu)) }
    }

    /// Reads the shipped list: `name_en,name_ru,country,lat,lon,population`, one city a line.
    public init(csv: String) throws {
        let reader = try CSVReader(text: csv)
        guard let en = reader.column("name_en"), let ru = reader.column("name_ru"), let country = reader.column("country"),
              let lat = reader.column("lat"), let lon = reader.column("lon"), let population = reader.column("population") else {
            throw CSVReader.Failure.unterminatedQuote(line: 1)
        }
        var cities: [City] = []
        let width = [en, ru, country, lat, lon, population].max() ?? 0
        for row in reader.rows where row.count > width {
            guard let point = Double(row[lat]).flatMap({ la in Double(row[lon]).flatMap { GeoPoint(checking: la, $0) } }) else { continue }
            cities.append(City(nameEn: row[en], nameRu: row[ru], country: row[country], point: point, population: Int(row[population]) ?? 0))
        }
        self.init(cities: cities)
    }

    /// The city the text names, if any.
    public func match(_ text: String) -> City? {
        let q = Self.fold(text)
        guard !q.isEmpty else { return nil }
        if let i = keys.firstIndex(where: { $0.en == q || $0.ru == q }) { return cities[i] }
        let padded = " " + q + " "
        // A name among the text's words, longest first so "Нижний Новгород" beats "Нижний".
        var best: (index: Int, length: Int)?
        for (i, key) in keys.enumerated() {
            for name in [key.en, key.ru] where padded.contains(" " + name + " ") {
                if best == nil || name.count > best!.length { best = (i, name.count) }
            }
        }
        if let best { return cities[best.index] }
        if q.count >= 3, let i = keys.firstIndex(where: { $0.en.hasPrefix(q) || $0.ru.hasPrefix(q) }) { return cities[i] }
        return nil
    }

    /// Lower case, "ё" as "е", letters and digits only, single spaces, without "г."/"город"/"city".
    public static func fold(_ text: String) -> String {
        let lowered = text.lowercased().replacingOccurrences(of: "ё", with: "е")
        let cleaned = String(lowered.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" ? Character($0) : " " })
        let stop: Set<String> = ["г", "город", "city", "гор"]
        return cleaned.split(separator: " ").map(String.init).filter { !stop.contains($0) }.joined(separator: " ")
    }
}
