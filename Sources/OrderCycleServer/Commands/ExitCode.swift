import Vapor

/// A command that said what was wrong itself ends with this status (`OrderCycleApp` exits with
/// it). Vapor logs every error a command throws; this one only at debug level, so the user reads
/// the command's own words, not a warning naming a type.
struct ExitCode: DebuggableError {
    let code: Int32
    init(_ code: Int32) { self.code = code }

    var identifier: String { "exit-\(code)" }
    var reason: String { "the command ended with status \(code)" }
    var logLevel: Logger.Level { .debug }
}
