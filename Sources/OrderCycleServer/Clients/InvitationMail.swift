import Foundation
import OrderCycleCore
import Vapor

/// Where an invitation's link points and how it leaves the building. The link is shown to the
/// staff member who made it; when `ORDERCYCLE_INVITATION_WEBHOOK_URL` is set, it is also posted
/// there as JSON, after the invitation is committed, for a mail service to send. A webhook that
/// fails is logged and changes nothing: the manager still has the link to send.
enum InvitationMail {
    struct Message: Content {
        var kind = "client_invitation"
        var email: String
        var name: String
        var client_name: String
        var url: String
        var expires_at: Date
        var language: String
    }

    /// The site's address for links read outside it: `ORDERCYCLE_PUBLIC_URL`, else the address
    /// the staff member's browser used.
    static func linkBase(_ req: Request) -> String {
        if let url = req.application.appConfig.publicURL { return url }
        let scheme = req.application.appConfig.secureCookies ? "https" : "http"
        return "\(scheme)://\(req.headers.first(name: .host) ?? "localhost")"
    }

    static func send(_ invitation: InvitationDTO, clientName: String, lang: Language, app: Application) {
        guard let hook = app.appConfig.invitationWebhookURL, let url = invitation.url else { return }
        let message = Message(email: invitation.email, name: invitation.display_name, client_name: clientName,
                              url: url, expires_at: invitation.expires_at, language: lang.rawValue)
        let logger = app.logger
        let client = app.client
        Task {
            do {
                let answer = try await client.post(URI(string: hook)) { try $0.content.encode(message, using: APIJSON.encoder) }
                if answer.status.code >= 300 {
                    logger.warning("invitation webhook refused", metadata: ["status": "\(answer.status.code)", "invitation": "\(invitation.id)"])
                }
            } catch {
                logger.warning("invitation webhook failed", metadata: ["error": "\(error)", "invitation": "\(invitation.id)"])
            }
        }
    }
}
