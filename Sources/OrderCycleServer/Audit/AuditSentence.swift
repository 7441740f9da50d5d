import Foundation
import OrderCycleCore

/// An audit entry as a reader wants it: "Order changed: status: placed → invoiced", with the
/// record, the fields and the known values (statuses, priorities, roles, yes/no) in the reader's
/// language, instead of the stored JSON snapshots. Only what changed is listed; a new record
/// lists what it was made with. The snapshots stay in the API (`/api/v1/audit/events`).
enum AuditSentence {
    /// Fields that change with every write and say nothing to a reader.
    static let unremarkable: Set<String> = ["version", "updated_at", "password_hash", "token_hash", "search_name"]

    /// Whether a field says something to a reader: ids (`id`, `…_id`) and hashes do not.
    static func remarkable(_ field: String) -> Bool {
        !unremarkable.contains(field) && field != "id" && !field.hasSuffix("_id") && !field.hasSuffix("_ids")
    }
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

    /// One changed field: its name (a known one in the reader's words, else the stored name,
    /// shown as code) and what it became.
    struct Change: Equatable {
        var field: String
        var known: Bool
        var text: String
        var line: String { "\(field): \(text)" }
    }

    /// One line per changed field: "status: placed → invoiced".
    static func changes(before: String?, after: String?, lang: Language) -> [Change] {
        let old = object(before), new = object(after)
        func change(_ field: String, _ text: String) -> Change {
            Change(field: fieldName(field, lang), known: fields[field] != nil, text: text)
        }
        if old == nil, let new {
            return new.keys.sorted().filter { remarkable($0) && !isBlank(new[$0]) && !isID(new[$0]) }.prefix(createdShown)
                .map { change($0, value(new[$0], field: $0, lang)) }
        }
        guard let old else { return [] }
        let names = Set(old.keys).union(new.map { Array($0.keys) } ?? []).filter(remarkable).sorted()
        return names.compactMap { field in
            let a = old[field], b = new?[field]
            guard !same(a, b) else { return nil }
            return change(field, "\(value(a, field: field, lang)) → \(value(b, field: field, lang))")
        }
    }

    static func html(entity: String?, action: String, before: String?, after: String?, lang: Language) -> HTML {
        let lines = changes(before: before, after: after, lang: lang).map { c -> HTML in
            c.known ? "<li>\(c.field): \(c.text)</li>" : "<li><code>\(c.field)</code>: \(c.text)</li>"
        }.joined
        return "<strong>\(heading(entity: entity, action: action, lang: lang))</strong>\(lines.text.isEmpty ? "" : HTML("<ul class=\"changes\">\(lines)</ul>"))"
    }

    /// A stored snapshot's fields, read with their JSON types kept (a `true` stays a Bool, where
    /// JSONSerialization would give a number on some platforms).
    private static func object(_ json: String?) -> [String: Any]? {
        guard let json, let data = json.data(using: .utf8), case .object(let fields)? = try? JSONDecoder().decode(JSONValue.self, from: data) else { return nil }
        return fields.mapValues(\.plain)
    }

    private enum JSONValue: Decodable {
        case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null }
            else if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let n = try? c.decode(Double.self) { self = .number(n) }
            else if let s = try? c.decode(String.self) { self = .string(s) }
            else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
            else { self = .object(try c.decode([String: JSONValue].self)) }
        }

        var plain: Any {
            switch self {
            case .null: NSNull()
            case .bool(let b): b
            case .number(let n): n == n.rounded() && abs(n) < 1e15 ? Int(n) as Any : n as Any
            case .string(let s): s
            case .array(let a): a.map(\.plain)
            case .object(let o): o.mapValues(\.plain)
            }
        }
    }

    private static func isID(_ v: Any?) -> Bool {
        (v as? String).map { UUID(uuidString: $0) != nil } ?? false
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
            if field == "status", let status = VehicleOrderStatus(rawValue: s) { return status.name(lang) }
            if field == "status", let status = ClaimStatus(rawValue: s) { return status.name(lang) }
            if field == "kind" || field == "type" || field == "vehicle_type", let type = VehicleType(rawValue: s) { return type.name(lang) }
            if field == "state", let state = InvitationState(rawValue: s) { return state.name(lang) }
            if field == "kind", let kind = ClientKind(rawValue: s) { return kind.name(lang) }
            if field == "party", let party = PartyType(rawValue: s) { return party.name(lang) }
            if field == "kind", let kind = ServiceRequestKind(rawValue: s) { return kind.name(lang) }
            if field == "status", let status = ServiceRequestStatus(rawValue: s) { return status.name(lang) }
            if field == "source", let source = TaskSource(rawValue: s) { return source.name(lang) }
            if field == "phase", let phase = ServicePhase(rawValue: s) { return phase.name(lang) }
            if field == "status", let status = ChatStatus(rawValue: s) { return status.name(lang) }
            if field == "status", let status = TaskStatus(rawValue: s) { return status.name(lang) }
            if field == "action", let action = RecordStage.Action(rawValue: s) { return action.name(lang) }
            if field == "breach", s == "resolution" { return lang.t("resolution", "срок решения") }
            if field == "breach", s == "first_response" { return lang.t("first response", "первый ответ") }
            if field == "language", let language = Language(rawValue: s) { return language == .ru ? "Русский" : "English" }
            if UUID(uuidString: s) != nil { return lang.t("another record", "другая запись") }
            // Any stored moment (`deadline`, `due`, `window_from` as well as `…_at`) reads as a local time, never as RFC 3339.
            if s.count >= 20, s.contains("T"), let date = ISO8601DateFormatter().date(from: s) { return moment(date) }
            let text = BilingualText.reading(s, in: lang)
            return text.count > 120 ? String(text.prefix(117)) + "…" : text
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
        return field
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
        "capacity": ("capacity", "вместимость"), "cargo": ("cargo", "груз"), "destination": ("destination", "куда"), "pickup": ("pickup", "откуда"),
        "escalations": ("escalations", "эскалации"), "history": ("history", "история"), "lat": ("latitude", "широта"), "lon": ("longitude", "долгота"),
        "level": ("level", "уровень"), "loaded": ("loaded", "загружено"), "plate": ("plate", "госномер"), "route": ("route", "маршрут"),
        "type": ("type", "тип"), "vehicle": ("vehicle", "машина"), "requested": ("requested", "запрошено"), "driver": ("driver", "водитель"),
        "address": ("address", "адрес"), "city": ("city", "город"), "hours": ("hours", "часы работы"), "services": ("services", "услуги"),
        "window_from": ("window from", "окно с"), "window_to": ("window to", "окно до"), "weight_kg": ("weight, kg", "вес, кг"),
        "volume_m3": ("volume, m³", "объём, м³"), "name_en": ("name in English", "название по-английски"),
        "name_ru": ("name in Russian", "название по-русски"), "phones": ("phones", "телефоны"), "vehicle_type": ("vehicle type", "тип машины"),
        "capacity_kg": ("capacity, kg", "грузоподъёмность, кг"), "created_by": ("created by", "создал"), "internal_notes": ("internal notes", "внутренние заметки"), "note": ("note", "заметка"), "body": ("text", "текст"), "outcome": ("outcome", "итог"),
        "breach": ("breached target", "нарушенный срок"), "escalated_to": ("escalated to", "передано"),
    ]

    static let records: [String: (String, String)] = [
        "orders": ("Order", "Заказ"), "clients": ("Client", "Клиент"), "users": ("User", "Пользователь"), "order_claims": ("Claim", "Претензия"),
        "claims": ("Claim", "Претензия"), "execution_plans": ("Execution plan", "План выполнения"), "segments": ("Segment", "Сегмент"),
        "products": ("Product", "Товар"), "company_details": ("Company details", "Реквизиты компании"), "api_tokens": ("Integration token", "Токен интеграции"), "teams": ("Team", "Команда"),
        "subscriptions": ("Subscription", "Подписка"), "vehicle_order": ("Vehicle order", "Заказ машины"), "upsell_offers": ("Offer", "Предложение"),
        "services": ("Service", "Услуга"), "manager_absences": ("Absence", "Отсутствие"), "calls": ("Call", "Звонок"), "branch": ("Branch", "Отделение"),
        "boards": ("Board", "Доска"), "vehicle": ("Vehicle", "Машина"), "driver": ("Driver", "Водитель"), "tasks": ("Task", "Задача"),
        "tickets": ("Ticket", "Обращение"), "service_requests": ("Request", "Заявка"), "service_packages": ("Package", "Пакет"),
        "sla_policies": ("SLA policy", "Политика SLA"), "imports": ("Import", "Импорт"), "task_comments": ("Task comment", "Комментарий к задаче"),
        "ticket_messages": ("Ticket message", "Сообщение обращения"), "manager_segments": ("Manager's segments", "Сегменты менеджера"),
        "ticket_escalations": ("Escalation", "Эскалация"), "client_invitations": ("Invitation", "Приглашение"),
        "chats": ("Chat", "Чат"), "chat_operators": ("Chat operator", "Оператор чата"), "order_comments": ("Order comment", "Комментарий к заказу"),
        "task_checklist_items": ("Checklist item", "Пункт чек-листа"), "task_gate_overrides": ("Gate override", "Допуск к задачам"),
        "ticket_attachments": ("Ticket image", "Изображение обращения"), "branch_photos": ("Branch photo", "Фото отделения"),
        "chat_messages": ("Chat message", "Сообщение чата"), "stock_movements": ("Stock movement", "Движение запаса"),
    ]
}
