import Fluent
import OrderCycleCore
import Vapor

/// Creating and editing a client in the browser. Contacts and addresses are repeated blocks
/// (the existing ones plus one blank); phones and e-mails are written one per line. Errors
/// from the same rules as the API are printed beside the field they concern.
enum ClientFormPage {
    /// The form as submitted (flat names: `contact_phones_0`, `address_line_1`…), so a refused
    /// form comes back exactly as typed.
    struct Values: Sendable {
        var fields: [String: String] = [:]
        subscript(_ name: String) -> String? { fields[name].flatMap { $0.isEmpty ? nil : $0 } }

        var contactCount: Int { count(prefix: "contact_name_", "contact_phones_", "contact_emails_") }
        var addressCount: Int { count(prefix: "address_line_", "address_city_") }

        private func count(prefix: String...) -> Int {
            let indexes = fields.keys.compactMap { key in prefix.first(where: key.hasPrefix).flatMap { Int(key.dropFirst($0.count)) } }
            return (indexes.max() ?? -1) + 1
        }

        static func of(_ c: ClientDTO) -> Values {
            var v = Values()
            v.fields = ["code": c.code, "kind": c.kind.rawValue, "party": c.party.rawValue, "name": c.name, "tax_id": c.tax_id ?? "",
                        "segment_id": c.segment.id.uuidString, "notes": c.notes ?? "", "version": String(c.version)]
            for (i, contact) in c.contacts.enumerated() {
                v.fields["contact_name_\(i)"] = contact.name
                v.fields["contact_position_\(i)"] = contact.position ?? ""
                v.fields["contact_phones_\(i)"] = contact.phones.map(\.as_written).joined(separator: "\n")
                v.fields["contact_emails_\(i)"] = contact.emails.joined(separator: "\n")
            }
            for (i, a) in c.addresses.enumerated() {
                v.fields["address_label_\(i)"] = a.label ?? ""
                v.fields["address_line_\(i)"] = a.line
                v.fields["address_city_\(i)"] = a.city ?? ""
                v.fields["address_country_\(i)"] = a.country ?? ""
                v.fields["address_lat_\(i)"] = a.latitude.map { String($0) } ?? ""
                v.fields["address_lon_\(i)"] = a.longitude.map { String($0) } ?? ""
            }
            return v
        }

        static func lines(_ text: String?) -> [String] {
            (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        /// The API's input; coordinates that are not numbers are reported here already.
        func input(lang: Language) throws -> ClientInput {
            var errors: [Problem.FieldError] = []
            let contacts = (0..<contactCount).map { i in
                ContactInput(name: self["contact_name_\(i)"], position: self["contact_position_\(i)"], notes: nil,
                             phones: Self.lines(self["contact_phones_\(i)"]).map { PhoneInput(number: $0) },
                             emails: Self.lines(self["contact_emails_\(i)"]))
            }
            let addresses = (0..<addressCount).map { i -> AddressInput in
                func coordinate(_ key: String, _ field: String) -> Double? {
                    guard let raw = self[key] else { return nil }
                    guard let value = Double(raw.replacingOccurrences(of: ",", with: ".")) else {
                        errors.append(.init(field: "addresses[\(i)].\(field)", message: lang.t("must be a number", "должно быть числом")))
                        return nil
                    }
                    return value
                }
                return AddressInput(label: self["address_label_\(i)"], line: self["address_line_\(i)"], city: self["address_city_\(i)"],
                                    region: nil, postal_code: nil, country: self["address_country_\(i)"],
                                    latitude: coordinate("address_lat_\(i)", "latitude"), longitude: coordinate("address_lon_\(i)", "longitude"))
            }
            if !errors.isEmpty { throw Problem.validation(errors) }
            return ClientInput(code: self["code"], kind: self["kind"], party: self["party"], name: fields["name"], tax_id: fields["tax_id"] ?? "",
                               segment_id: self["segment_id"].flatMap(UUID.init(uuidString:)), notes: fields["notes"] ?? "",
                               active: nil, contacts: contacts, addresses: addresses)
        }
    }

    static func values(_ req: Request) throws -> Values {
        var v = Values()
        v.fields = (try? req.content.decode([String: String].self)) ?? [:]
        v.fields["_csrf"] = nil
        return v
    }

    @Sendable static func newForm(req: Request) async throws -> Response {
        var values = Values()
        values.fields = ["kind": ClientKind.customer.rawValue, "party": PartyType.company.rawValue]
        if let phone = req.query[String.self, at: "phone"] { values.fields["contact_phones_0"] = phone }
        return try await render(req, values: values, clientID: nil, errors: [])
    }

    @Sendable static func editForm(req: Request) async throws -> Response {
        guard let client = try await ClientStore.card(try idParameter(req), on: req.db) else { throw Problem(.notFound) }
        return try await render(req, values: .of(client), clientID: client.id, errors: [])
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let values = try values(req)
        let actor = try req.actor
        let rules = ClientRules(regionCode: req.application.appConfig.phoneRegion, lang: req.language)
        do {
            let input = try values.input(lang: req.language)
            let dto = try await req.write { tx in try await CreateClient(input: input, rules: rules).run(by: actor, now: req.clock.now(), on: tx) }
            return req.redirect(to: PageRoute.Clients.card(dto.id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return try await render(req, values: values, clientID: nil, errors: problem.errors ?? [], status: .unprocessableEntity)
        }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try idParameter(req)
        let values = try values(req)
        let rules = ClientRules(regionCode: req.application.appConfig.phoneRegion, lang: req.language)
        do {
            let input = try values.input(lang: req.language)
            let actor = try req.actor
            let operation = UpdateClient(clientID: id, input: input, expectedVersion: values["version"].flatMap(Int.init), rules: rules)
            _ = try await req.write { tx in try await operation.run(by: actor, now: req.clock.now(), on: tx) }
            return req.redirect(to: PageRoute.Clients.card(id), redirectType: .normal)
        } catch let problem as Problem where problem.errors != nil {
            return try await render(req, values: values, clientID: id, errors: problem.errors ?? [], status: .unprocessableEntity)
        }
    }

    static func render(_ req: Request, values: Values, clientID: UUID?, errors: [Problem.FieldError], status: HTTPResponseStatus = .ok) async throws -> Response {
        let lang = req.language
        let segments = try await SegmentQueries.all(on: req.db).filter { $0.active || $0.id.uuidString == values["segment_id"] }
        let error = FormErrors(errors)
        let title = clientID == nil ? lang.t("New client", "Новый клиент") : lang.t("Edit client", "Изменить клиента")
        let kinds = ClientKind.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }
        let parties = PartyType.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }
        let segmentOptions = [(value: "", label: "—")] + segments.map { (value: $0.id.uuidString, label: lang == .ru ? $0.name_ru : $0.name_en) }
        let contacts = (0..<(values.contactCount + 1)).map { i -> HTML in
            """
            <fieldset class="repeat"><legend>\(lang.t("Contact", "Контакт")) \(i + 1)</legend>
            \(FormField.input(name: "contact_name_\(i)", label: lang.t("Name", "Имя"), value: values["contact_name_\(i)"], error: error["contacts[\(i)].name"]))
            \(FormField.input(name: "contact_position_\(i)", label: lang.t("Position", "Должность"), value: values["contact_position_\(i)"], error: error["contacts[\(i)].position"]))
            \(FormControls.textarea(name: "contact_phones_\(i)", label: lang.t("Phones, one per line", "Телефоны, по одному в строке"), value: values["contact_phones_\(i)"], error: error.list("contacts[\(i)].phones", lang: lang)))
            \(FormControls.textarea(name: "contact_emails_\(i)", label: lang.t("E-mails, one per line", "E-mail, по одному в строке"), value: values["contact_emails_\(i)"], error: error.list("contacts[\(i)].emails", lang: lang)))
            </fieldset>
            """
        }.joined
        let addresses = (0..<(values.addressCount + 1)).map { i -> HTML in
            """
            <fieldset class="repeat"><legend>\(lang.t("Address", "Адрес")) \(i + 1)</legend>
            \(FormField.input(name: "address_label_\(i)", label: lang.t("Label (office, warehouse…)", "Метка (офис, склад…)"), value: values["address_label_\(i)"], error: error["addresses[\(i)].label"]))
            \(FormField.input(name: "address_line_\(i)", label: lang.t("Street and building", "Улица и дом"), value: values["address_line_\(i)"], error: error["addresses[\(i)].line"]))
            \(FormField.input(name: "address_city_\(i)", label: lang.t("City", "Город"), value: values["address_city_\(i)"], error: error["addresses[\(i)].city"]))
            \(FormField.input(name: "address_country_\(i)", label: lang.t("Country", "Страна"), value: values["address_country_\(i)"], error: error["addresses[\(i)].country"]))
            \(FormField.input(name: "address_lat_\(i)", label: lang.t("Latitude (optional)", "Широта (необязательно)"), value: values["address_lat_\(i)"], error: error["addresses[\(i)].latitude"]))
            \(FormField.input(name: "address_lon_\(i)", label: lang.t("Longitude (optional)", "Долгота (необязательно)"), value: values["address_lon_\(i)"], error: error["addresses[\(i)].longitude"]))
            </fieldset>
            """
        }.joined
        let action = clientID.map { PageRoute.Clients.card($0) } ?? PageRoute.Clients.list()
        let summary: HTML = errors.isEmpty ? "" : "<p class=\"notice bad\" role=\"alert\">\(lang.t("Please correct the marked fields.", "Исправьте отмеченные поля."))</p>"
        let content: HTML = """
        <h1>\(title)</h1>
        \(summary)
        <form method="post" action="\(action)" class="card client-form" novalidate>
          <input type="hidden" name="_csrf" value="\(CSRF.token(for: req))">
          <input type="hidden" name="version" value="\(values["version"])">
          \(FormField.input(name: "name", label: lang.t("Name", "Название"), value: values["name"], error: error["name"], required: true))
          \(FormField.select(name: "kind", label: lang.t("Kind", "Вид"), options: kinds, selected: values["kind"], error: error["kind"]))
          \(FormField.select(name: "party", label: lang.t("Person or company", "Физическое лицо или организация"), options: parties, selected: values["party"], error: error["party"]))
          \(FormField.select(name: "segment_id", label: lang.t("Segment", "Сегмент"), options: segmentOptions, selected: values["segment_id"], error: error["segment_id"]))
          \(FormField.input(name: "tax_id", label: lang.t("Tax id", "ИНН / налоговый номер"), value: values["tax_id"], error: error["tax_id"]))
          \(FormField.input(name: "code", label: lang.t("Code (optional, given automatically)", "Код (необязательно, присваивается сам)"), value: values["code"], error: error["code"]))
          \(FormControls.textarea(name: "notes", label: lang.t("Notes", "Заметки"), value: values["notes"], error: error["notes"]))
          <h2>\(lang.t("Contacts", "Контакты"))</h2>
          \(contacts)
          <h2>\(lang.t("Addresses", "Адреса"))</h2>
          \(addresses)
          <p><button type="submit" class="primary" id="client-submit">\(lang.t("Save", "Сохранить"))</button></p>
        </form>
        """
        return Layout(title: title, request: req).render(content, status: status)
    }
}

/// Field errors by field name, for printing beside the fields.
struct FormErrors {
    private var byField: [String: [String]] = [:]

    init(_ errors: [Problem.FieldError]) {
        for e in errors { byField[e.field, default: []].append(e.message) }
    }

    subscript(_ field: String) -> String? { byField[field]?.joined(separator: " ") }

    /// The errors of a one-per-line list (`contacts[0].phones[2].number`), naming the line.
    func list(_ prefix: String, lang: Language) -> String? {
        let messages = byField.filter { $0.key.hasPrefix(prefix) }.sorted { $0.key < $1.key }.map { key, messages -> String in
            let index = key.dropFirst(prefix.count).dropFirst().prefix(while: \.isNumber)
            let line = Int(index).map { lang.t("Line \($0 + 1): ", "Строка \($0 + 1): ") } ?? ""
            return line + messages.joined(separator: " ")
        }
        return messages.isEmpty ? nil : messages.joined(separator: " ")
    }
}

/// Controls the shared `FormField` lacks, with the same error-beside-the-field look.
enum FormControls {
    static func textarea(name: String, label: String, value: String?, error: String?, rows: Int = 3) -> HTML {
        let invalid: HTML = error == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"\(name)-error\""
        return """
        <label for="\(name)">\(label)</label>
        <textarea id="\(name)" name="\(name)" rows="\(rows)"\(invalid)>\(value)</textarea>
        \(FormField.errorLine(name: name, error))
        """
    }
}
