import Fluent

/// The telephony and live-push tables; they follow the clients' migrations (calls refer to clients).
enum TelephonySchema {
    static let migrations: [any Migration] = [CreateCalls(), CreateLiveConnections()]
}
