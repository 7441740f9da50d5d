import Vapor

extension Application {
    private struct AppConfigKey: StorageKey { typealias Value = AppConfig }
    private struct DecoyHashKey: StorageKey { typealias Value = String }

    /// The configuration this app was started with (set once in `configure`).
    var appConfig: AppConfig {
        get { storage[AppConfigKey.self] ?? AppConfig() }
        set { storage[AppConfigKey.self] = newValue }
    }

    var decoyPasswordHash: String {
        get { storage[DecoyHashKey.self] ?? "" }
        set { storage[DecoyHashKey.self] = newValue }
    }
}
