import Foundation
import OrderCycleCore

/// Everything OrderCycle reads from its environment, read in one place. Defaults work on a
/// laptop; a wrong value stops the start with a list of every problem found.
public struct AppConfig: Sendable {
    public enum Storage: Sendable, Equatable {
        case sqlite(path: String)
        case sqliteMemory
        case postgres(url: String)

        /// Several instances may share it: what one instance keeps in memory another can change.
        var isPostgres: Bool {
            if case .postgres = self { return true }
            return false
        }
    }

    public var storage: Storage
    public var postgresPoolSize: Int
    /// How long a request waits for a database connection before it is answered 503
    /// (`DATABASE_WAIT_SECONDS`, 30).
    public var databaseWait: TimeInterval = 30
    /// The PostgreSQL schema to work in (`DATABASE_SCHEMA`); the server's default search path when nil.
    public var postgresSchema: String?
    public var phoneRegion: String
    public var timeZone: TimeZone
    public var sessionIdleTimeout: TimeInterval
    public var sessionAbsoluteTimeout: TimeInterval
    public var apiTokenLifetime: TimeInterval
    public var maxBodySize: Int
    /// Marks cookies `Secure`; on when the app is served behind HTTPS.
    public var secureCookies: Bool
    /// Bcrypt work factor; 12 in production, lower only in tests.
    public var bcryptCost: Int
    /// The reverse proxies whose `X-Forwarded-For` is believed (`ORDERCYCLE_TRUSTED_PROXIES`);
    /// with none, the header is ignored and the client is the socket peer.
    public var trustedProxies: Set<String>
    /// How long before a task's deadline its responsible person is reminded (`ORDERCYCLE_TASK_REMINDER_MINUTES`, 60).
    public var taskReminderLead: TimeInterval = 3600
    /// How long after a resolution the client may reopen its ticket (`ORDERCYCLE_TICKET_REOPEN_DAYS`, 7).
    public var ticketReopenWindow: TimeInterval = TicketTransitions.defaultReopenWindow
    /// The map tiles of the branch maps (`ORDERCYCLE_MAP_TILE_URL`, e.g.
    /// `https://tile.openstreetmap.org/{z}/{x}/{y}.png`); none by default, and the maps are then
    /// drawn by the server as SVG, with no request leaving the site.
    public var mapTileURL: String?
    /// The site's address as people outside reach it (`ORDERCYCLE_PUBLIC_URL`, e.g.
    /// `https://orders.example.com`), for links sent by mail such as a client's invitation; when
    /// unset, the address the staff member's browser used.
    public var publicURL: String?
    /// Where a new client invitation is posted as JSON for a mail service to send
    /// (`ORDERCYCLE_INVITATION_WEBHOOK_URL`); none by default, and the manager sends the link.
    public var invitationWebhookURL: String?

    public init(
        storage: Storage = .sqlite(path: "ordercycle.sqlite"),
        postgresPoolSize: Int = 8,
        phoneRegion: String = "UA",
        timeZone: TimeZone = TimeZone(identifier: CompanyCalendar.defaultTimeZoneIdentifier) ?? .gmt,
        sessionIdleTimeout: TimeInterval = 2 * 3600,
        sessionAbsoluteTimeout: TimeInterval = 12 * 3600,
        apiTokenLifetime: TimeInterval = 12 * 3600,
        maxBodySize: Int = 2 * 1024 * 1024,
        secureCookies: Bool = false,
        bcryptCost: Int = 12,
        trustedProxies: Set<String> = []
    ) {
        self.storage = storage
        self.postgresPoolSize = postgresPoolSize
        self.phoneRegion = phoneRegion
        self.timeZone = timeZone
        self.sessionIdleTimeout = sessionIdleTimeout
        self.sessionAbsoluteTimeout = sessionAbsoluteTimeout
        self.apiTokenLifetime = apiTokenLifetime
        self.maxBodySize = maxBodySize
        self.secureCookies = secureCookies
        self.bcryptCost = bcryptCost
        self.trustedProxies = trustedProxies
    }

    public struct Invalid: Error, CustomStringConvertible {
        public let problems: [String]
        public var description: String {
            "OrderCycle cannot start, the configuration is wrong:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
        }
    }

    /// Reads `DATABASE_URL`, `DATABASE_POOL_SIZE`, `ORDERCYCLE_PHONE_REGION`, `ORDERCYCLE_TIMEZONE`,
    /// `ORDERCYCLE_SESSION_IDLE_MINUTES`, `ORDERCYCLE_SESSION_MAX_HOURS`, `ORDERCYCLE_MAX_BODY_KB`,
    /// `ORDERCYCLE_SECURE_COOKIES`, `ORDERCYCLE_BCRYPT_COST`, `DATABASE_SCHEMA`, `ORDERCYCLE_TRUSTED_PROXIES`,
    /// `ORDERCYCLE_TASK_REMINDER_MINUTES`, `ORDERCYCLE_TICKET_REOPEN_DAYS`, `ORDERCYCLE_MAP_TILE_URL`, `DATABASE_WAIT_SECONDS`,
    /// `ORDERCYCLE_PUBLIC_URL`, `ORDERCYCLE_INVITATION_WEBHOOK_URL`.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfig {
        var config = AppConfig()
        var problems: [String] = []

        if let url = env["DATABASE_URL"], !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                config.storage = .postgres(url: url)
            } else if url == "sqlite::memory:" {
                config.storage = .sqliteMemory
            } else if url.hasPrefix("sqlite:") {
                let path = String(url.dropFirst("sqlite:".count)).replacingOccurrences(of: "//", with: "")
                if path.isEmpty { problems.append("DATABASE_URL=sqlite:PATH needs a file path") }
                config.storage = .sqlite(path: path)
            } else {
                problems.append("DATABASE_URL must start with postgres://, postgresql:// or sqlite: (got \(url.prefix(12))…)")
            }
        }
        func int(_ key: String, _ range: ClosedRange<Int>, apply: (Int) -> Void) {
            guard let raw = env[key], !raw.isEmpty else { return }
            guard let v = Int(raw), range.contains(v) else {
                problems.append("\(key) must be a whole number in \(range.lowerBound)…\(range.upperBound) (got \(raw))")
                return
            }
            apply(v)
        }
        int("DATABASE_POOL_SIZE", 1...500) { config.postgresPoolSize = $0 }
        int("DATABASE_WAIT_SECONDS", 1...3_600) { config.databaseWait = TimeInterval($0) }
        int("ORDERCYCLE_BCRYPT_COST", 4...31) { config.bcryptCost = $0 }
        if let schema = env["DATABASE_SCHEMA"], !schema.isEmpty {
            if schema.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) { config.postgresSchema = schema } else {
                problems.append("DATABASE_SCHEMA must be letters, digits and underscores (got \(schema))")
            }
        }
        int("ORDERCYCLE_SESSION_IDLE_MINUTES", 1...10_080) { config.sessionIdleTimeout = TimeInterval($0 * 60) }
        int("ORDERCYCLE_SESSION_MAX_HOURS", 1...2_160) { config.sessionAbsoluteTimeout = TimeInterval($0 * 3600) }
        int("ORDERCYCLE_MAX_BODY_KB", 16...1_048_576) { config.maxBodySize = $0 * 1024 }
        int("ORDERCYCLE_TASK_REMINDER_MINUTES", 1...10_080) { config.taskReminderLead = TimeInterval($0 * 60) }
        int("ORDERCYCLE_TICKET_REOPEN_DAYS", 0...365) { config.ticketReopenWindow = TimeInterval($0 * 86_400) }
        if let region = env["ORDERCYCLE_PHONE_REGION"], !region.isEmpty {
            let code = region.uppercased()
            if code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) {
                config.phoneRegion = code
            } else {
                problems.append("ORDERCYCLE_PHONE_REGION must be a two-letter ISO 3166 code such as UA (got \(region))")
            }
        }
        if let tz = env["ORDERCYCLE_TIMEZONE"], !tz.isEmpty {
            if let zone = TimeZone(identifier: tz) { config.timeZone = zone } else {
                problems.append("ORDERCYCLE_TIMEZONE must be an IANA time zone such as Europe/Kyiv (got \(tz))")
            }
        }
        if let tiles = env["ORDERCYCLE_MAP_TILE_URL"], !tiles.isEmpty {
            if let url = URL(string: tiles.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")),
               ["http", "https"].contains(url.scheme ?? ""), url.host != nil, ["{z}", "{x}", "{y}"].allSatisfy(tiles.contains) {
                config.mapTileURL = tiles
            } else {
                problems.append("ORDERCYCLE_MAP_TILE_URL must be an http(s) URL with {z}, {x} and {y} (got \(tiles))")
            }
        }
        func httpURL(_ key: String, apply: (String) -> Void) {
            guard let raw = env[key], !raw.isEmpty else { return }
            if let url = URL(string: raw), ["http", "https"].contains(url.scheme ?? ""), url.host != nil { apply(raw) } else {
                problems.append("\(key) must be an http(s) URL (got \(raw))")
            }
        }
        httpURL("ORDERCYCLE_PUBLIC_URL") { config.publicURL = $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        httpURL("ORDERCYCLE_INVITATION_WEBHOOK_URL") { config.invitationWebhookURL = $0 }
        if let secure = env["ORDERCYCLE_SECURE_COOKIES"] { config.secureCookies = ["1", "true", "yes"].contains(secure.lowercased()) }
        if let proxies = env["ORDERCYCLE_TRUSTED_PROXIES"], !proxies.isEmpty {
            let list = proxies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let wrong = list.filter { !ClientAddress.isIPAddress($0) }
            if wrong.isEmpty { config.trustedProxies = Set(list) } else {
                problems.append("ORDERCYCLE_TRUSTED_PROXIES must be IP addresses separated by commas (not: \(wrong.joined(separator: ", ")))")
            }
        }
        if !problems.isEmpty { throw Invalid(problems: problems) }
        return config
    }
}
