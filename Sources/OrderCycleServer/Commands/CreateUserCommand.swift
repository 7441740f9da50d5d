import Fluent
import OrderCycleCore
import Vapor

/// `ordercycle create-user --email E --password P --role R [--name N]`, for scripts and first set-up.
struct CreateUserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email") var email: String?
        @Option(name: "password") var password: String?
        @Option(name: "role") var role: String?
        @Option(name: "name") var name: String?
        @Option(name: "client-id") var clientID: String?
    }

    var help: String { "Creates a user (roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await prepareStorage(app)
        try await app.autoMigrate()
        let draft = UserRules.Draft(email: signature.email, password: signature.password,
                                    displayName: signature.name ?? signature.email, role: signature.role,
                                    clientID: signature.clientID.flatMap(UUID.init(uuidString:)), phone: nil)
        do {
            let user = try await app.db.write(app) { tx in
                let user = try await UserRules.validateNew(draft, on: tx, hasher: app.password.async)
                try await user.create(on: tx)
                let dto = try user.toDTO()
                try await AuditTrail.record(on: tx, actor: nil, entity: User.schema, id: dto.id, action: .create, before: UserDTO?.none, after: dto, at: app.clock.now())
                return dto
            }
            context.console.print("Created \(user.role.rawValue) \(user.email) (\(user.id))")
        } catch let problem as Problem {
            for error in problem.errors ?? [] { context.console.error("\(error.field): \(error.message)") }
            throw ExitCode(2)
        }
    }
}
