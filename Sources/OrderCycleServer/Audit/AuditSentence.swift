import Foundation
import OrderCycleCore

/// An audit entry as a reader wants it: "Order changed: status: placed → invoiced", with the
/// record, the fields and the known values (statuses, priorities, roles, yes/no) in the reader's
/// language, instead of the stored JSON snapshots. Only what changed is listed; a new record
/// lists what it was made with. The snapshots stay in the API (`/api/v1/audit/events`).
enum AuditSentence {
    /// Fields that change with every write and say nothing to a reader.
    static let unremarkable: Set<String> = ["version", "updated_at", "password_hash", "token_hash", "search_name"]
    /// The most fields a new record lists.
    static let createdShown = 8

    static func heading(entity: String?, action: String, lang: Language) -> String {
        let verb: String = switch action {
        case "create": lang.t("created", "создан(а)")
        case "update": lang.t("changed", "изменён(а)")
        case "delete": lang.t("deleted", "удалён(а)")
        case "transition": lang.t("moved on", "переведён(а)")
        case "login": lang.t("logged in", "вход в систему")
        default: action
        }
        guard let entity else { return verb.prefix(1).uppercased() + verb.dropFirst() }
        return "\(recordName(entity, lang)): \(verb)"
    }

    /// One line per changed field: "status: placed → invoiced".
    static func changes(before: String?, after: String?, lang: Language) -> [String] {
        let old = object(before), new = object(after)
        if old == nil, let new {
            return new.keys.sorted().filter { !unremarkable.contains($0) && !isBlank(new[$0]) }.prefix(createdShown)
                .map { "\(fieldName($0, lang)): \(value(new[$0], field: $0, lang))" }
        }
        guard let old else { return [] }
        let fields = Set(old.keys).union(new.map { Array($0.keys) } ?? []).subtracting(unremarkable).sorted()
        return fields.compactMap { field in
            let a = old[field], b = new?[field]
            guard !same(a, b) else { return nil }
            return "\(fieldName(field, lang)): \(value(a, field: field, lang)) → \(value(b, field: field, lang))"
        }
    }

    static func html(entity: String?, action: String, before: String?, after: String?, lang: Language) -> HTML {
        let lines = changes(before: before, after: after, lang: lang).map { line -> HTML in "<li>\(line)</li>" }.joined
        return "<strong>\(heading(entity: entity, action: action, lang: lang))</strong>\(lines.text.isEmpty ? "" : HTML("<ul class=\"changes\">\(lines)</ul>"))"
    }

    private static func object(_ json: String?) -> [String: Any]? {
        guard let json, let data = json.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    private static func isBlank(_ v: Any?) -> Bool {
        v == nil || v is NSNull || (v as? String)?.isEmpty == true || (v as? [Any])?.isEmpty == true
    }

    private static func same(_ a: Any?, _ b: Any?) -> Bool {
        if isBlank(a) && isBlank(b) { return true }
        guard let a, let b else { return false }
        return String(describing: a) == String(describing: b)
    }

    static func value(_ v: Any?, field: String, _ lang: Language) -> String {
        guard let v, !(v is NSNull) else { return "—" }
        if type(of: v) == Bool.self, let b = v as? Bool { return b ? lang.t("yes", "да") : lang.t("no", "нет") }
        if let s = v as? String {
            if s.isEmpty { return "—" }
            if field == "status" || field == "to" || field == "from", let status = OrderStatus(rawValue: s) { return status.name(lang) }
            if field == "priority", let priority = Priority(rawValue: s) { return priority.name(lang) }
            if field == "role", let role = Role(rawValue: s) { return role.name(lang) }
            if field == "stage", let stage = Stage(rawValue: s) { return stage.name(lang) }
            if field.hasSuffix("_at"), let date = ISO8601DateFormatter().date(from: s) { return moment(date) }
            return s.count > 120 ? String(s.prefix(117)) + "…" : s
        }
        if let list = v as? [Any] { return lang.t("\(list.count) item(s)", "элементов: \(list.count)") }
        if v is [String: Any] { return "…" }
        return "\(v)"
    }

    private static func moment(_ date: Date) -> String {
        let f = DateFormatter()
        f.dateFormat = "dd.MM.yyyy HH:mm"
        f.timeZone = TimeZone(identifier: CompanyCalendar.defaultTimeZoneIdentifier)
        return f.string(from: date)
    }

    static func fieldName(_ field: String, _ lang: Language) -> String {
        if let known = fields[field] { return lang.t(known.0, known.1) }
        return field.replacingOccurrences(of: "_", with: " ")
    }

    static func recordName(_ entity: String, _ lang: Language) -> String {
        if let known = records[entity] { return lang.t(known.0, known.1) }
        return entity.replacingOccurrences(of: "_", with: " ")
    }

    static let fields: [String: (String, String)] = [
        "status": ("status", "статус"), "priority": ("priority", "приоритет"), "name": ("name", "название"), "role": ("role", "роль"),
        "email": ("e-mail", "e-mail"), "display_name": ("name", "имя"), "active": ("active", "действует"), "notes": ("notes", "примечания"),
        "manager_id": ("manager", "менеджер"), "segment_id": ("segment", "сегмент"), "client_id": ("client", "клиент"), "kind": ("kind", "вид"),
        "tax_id": ("tax id", "ИНН"), "code": ("code", "код"), "number": ("number", "номер"), "total_minor": ("total, minor units", "сумма, в копейках"),
        "promised_date": ("promised date", "обещанная дата"), "promised_day": ("promised date", "обещанная дата"), "requested_date": ("requested date", "желаемая дата"),
        "external_ref": ("client's reference", "номер у клиента"), "rating": ("rating", "оценка"), "reason": ("reason", "причина"),
        "resolution": ("resolution", "решение"), "description": ("description", "описание"), "state": ("state", "состояние"),
        "stage": ("stage", "этап"), "from": ("from", "из"), "to": ("to", "в"), "language": ("language", "язык"), "phone": ("phone", "телефон"),
        "revision": ("revision", "редакция"), "agreed_at": ("agreed", "согласован"), "approved_at": ("approved", "утверждён"),
        "revoked_at": ("revoked", "отозван"), "title": ("title", "название"), "deadline": ("deadline", "срок"), "subject": ("subject", "тема"),
        "currency": ("currency", "валюта"), "lines": ("lines", "строки"), "contacts": ("contacts", "контакты"), "channel": ("channel", "канал"),
        "cancel_reason": ("cancellation reason", "причина отмены"), "delivery_method": ("delivery method", "способ доставки"),
    ]

    static let records: [String: (String, String)] = [
        "orders": ("Order", "Заказ"), "clients": ("Client", "Клиент"), "users": ("User", "Пользователь"), "order_claims": ("Claim", "Претензия"),
        "claims": ("Claim", "Претензия"), "execution_plans": ("Execution plan", "План выполнения"), "segments": ("Segment", "Сегмент"),
        "products": ("Product", "Товар"), "api_tokens": ("Integration token", "Токен интеграции"), "teams": ("Team", "Команда"),
        "subscriptions": ("Subscription", "Подписка"), "vehicle_order": ("Vehicle order", "Заказ машины"), "upsell_offers": ("Offer", "Предложение"),
        "services": ("Service", "Услуга"), "manager_absences": ("Absence", "Отсутствие"), "calls": ("Call", "Звонок"), "branch": ("Branch", "Отделение"),
        "boards": ("Board", "Доска"), "vehicle": ("Vehicle", "Машина"), "driver": ("Driver", "Водитель"), "tasks": ("Task", "Задача"),
        "tickets": ("Ticket", "Обращение"), "service_requests": ("Request", "Заявка"), "service_packages": ("Package", "Пакет"),
        "sla_policies": ("SLA policy", "Политика SLA"), "imports": ("Import", "Импорт"), "task_comments": ("Task comment", "Комментарий к задаче"),
        "ticket_messages": ("Ticket message", "Сообщение обращения"), "manager_segments": ("Manager's segments", "Сегменты менеджера"),
    ]
}
