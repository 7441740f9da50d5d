import Fluent
import Vapor

/// Starts OrderCycle: `serve [--demo]`, `demo`, `create-user`, `migrate`. `serve` migrates first;
/// with `--demo` it also loads the demo data set into an empty database.
public enum OrderCycleApp {
    public static func main(arguments: [String] = CommandLine.arguments) async throws {
        var arguments = arguments
        let wantsDemo = arguments.contains("--demo")
        arguments.removeAll { $0 == "--demo" }
        let command = arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"

        var env = try Environment.detect(arguments: arguments)
        try LoggingSystem.bootstrap(from: &env)
        let config: AppConfig
        do { config = try AppConfig.fromEnvironment() } catch let invalid as AppConfig.Invalid {
            FileHandle.standardError.write(Data((invalid.description + "\n").utf8))
            exit(2)
        }
        let app = try await Application.make(env)
        do {
            try await configure(app, config: config)
            app.asyncCommands.use(CreateUserCommand(), as: "create-user")
            app.asyncCommands.use(DemoCommand(), as: "demo")
            app.asyncCommands.use(DemoTasksCommand(), as: "demo-tasks")
            app.asyncCommands.use(DemoTicketsCommand(), as: "demo-tickets")
            app.asyncCommands.use(TableImportCommand<ClientImport>(), as: "import-clients")
            app.asyncCommands.use(TableImportCommand<BranchImport>(), as: "import-branches")
            app.asyncCommands.use(ImportOrdersCommand(), as: "import-orders")
            app.asyncCommands.use(MigrationsCommand(), as: "migrate")
            if command == "serve" {
                useBackgroundPasses(app)
                try await prepareStorage(app)
                try await app.autoMigrate()
                try await QualityRollupRebuild.recoverInterruptedLoad(app)
                if wantsDemo { try await DemoData.loadIfEmpty(app) }
                announce(app, demo: wantsDemo)
            }
            try await app.execute()
        } catch let exit as ExitCode {
            // A command that reported its own errors ends with its status, not a crash report.
            try? await app.asyncShutdown()
            Foundation.exit(exit.code)
        } catch let wrong as CommandError {
            // Words the command does not take (an option without its value, an unknown one):
            // what was wrong and where to read the usage, never a crash report.
            try? await app.asyncShutdown()
            let help = if case .unknownCommand = wrong { "ordercycle --help" } else { "ordercycle \(command) --help" }
            FileHandle.standardError.write(Data("\(wrong)\nSee `\(help)`.\n".utf8))
            Foundation.exit(1)
        } catch {
            // Anything else that stops a command or the server (a port taken, a database
            // refused) is said once, in one line, and ends with status 1.
            try? await app.asyncShutdown()
            FileHandle.standardError.write(Data("ordercycle \(command): \(String(reflecting: error))\n".utf8))
            Foundation.exit(1)
        }
        try await app.asyncShutdown()
    }

    private static func announce(_ app: Application, demo: Bool) {
        let args = CommandLine.arguments
        func value(_ flag: String, _ short: String) -> String? {
            guard let i = args.firstIndex(where: { $0 == flag || $0 == short }), i + 1 < args.count else { return nil }
            return args[i + 1]
        }
        let host = value("--hostname", "-H") ?? "127.0.0.1"
        let port = value("--port", "-p") ?? "8080"
        var lines = ["OrderCycle is starting at http://\(host):\(port)"]
        if demo {
            lines.append("Demo logins (password \(DemoData.password)):")
            lines += DemoData.staff.map { "  \($0.role.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \($0.email)" }
            lines.append("  \("client".padding(toLength: 12, withPad: " ", startingAt: 0)) \(DemoSupport.clientEmail) (the cabinet of the first client)")
            lines.append("  \("client".padding(toLength: 12, withPad: " ", startingAt: 0)) \(DemoInvitations.clientEmail) (the second client's, invited by its manager)")
        }
        print(lines.joined(separator: "\n"))
    }
}
