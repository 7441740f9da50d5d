import Fluent
import Foundation
import OrderCycleCore
import SQLKit

/// Imports branches from a CSV file through a mapping, as clients are imported (the same
/// `ImportMapping`: `key`, and per field a column or a constant value, `map`, `default`,
/// `split`). Every row is checked by the API's own rules (`BranchFields`: names, coordinates in
/// range, phones to E.164, service codes the service catalog knows, hours that make sense) before anything is written; the
/// real run opens every branch through `CreateBranch` in one transaction, or none.
///
/// Hours: `hours.always_open` (true/yes/1/24x7), or per day `hours.mon` … `hours.sun` (and
/// `hours.weekdays` for Monday to Friday) as `09:00-18:00`, with breaks after it
/// (`09:00-18:00 13:00-14:00`); an empty cell, `-` or `closed` is a day off.
struct BranchImport {
    var mapping: ImportMapping
    var table: CSVReader
    var region: String

    static let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let targets: Set<String> = Set(["name_en", "name_ru", "address", "lat", "lon", "phones", "services", "internal_notes", "active",
                                           "hours.always_open", "hours.weekdays"] + days.map { "hours.\($0)" })
    static let required = ["name_en", "name_ru", "address", "lat", "lon"]

    typealias RowProblem = TableImportRowProblem

    struct Plan: Sendable {
        var rowsRead: Int
        var repeatedRows: Int
        var branches: [(line: Int, branch: CreateBranch)]
        var problems: [RowProblem]
    }

    /// Problems of the mapping itself against the file's header, before any row is read.
    func mappingProblems() -> [String] {
        mapping.problems(header: table.header, targets: Self.targets, required: Self.required, record: "a branch")
    }

    /// Reads and checks every row; writes nothing.
    func plan(on db: any Database) async throws -> Plan {
        let existing = Set(try await db.sql.raw("SELECT name_en, address FROM branches").all().map {
            Self.identity(try $0.decode(column: "name_en", as: String.self), try $0.decode(column: "address", as: String.self))
        })
        let serviceCodes = try await BranchQueries.serviceCodes(on: db)
        var inFile = Set<String>()
        var branches: [(Int, CreateBranch)] = []
        var problems: [RowProblem] = []
        let (rows, repeated) = mapping.rows(of: table, identifies: "the branch")
        for var row in rows {
            var active: Bool? = true
            if let text = row.one("active") {
                active = Self.yes(text)
                if active == nil { row.errors.append(.init(field: "active", message: "\"\(text)\" is not yes or no")) }
            }
            let (rowHours, hourErrors) = hours { row.one($0) }
            row.errors += hourErrors
            let input = BranchInput(name_en: row.one("name_en"), name_ru: row.one("name_ru"), address: row.one("address"),
                                    lat: row.number("lat"), lon: row.number("lon"), hours: rowHours,
                                    phones: row.many("phones"), services: row.many("services"),
                                    internal_notes: row.one("internal_notes"), active: active)
            do {
                let branch = try CreateBranch(input, region: region, lang: .en)
                let identity = Self.identity(branch.fields.nameEn, branch.fields.address)
                if existing.contains(identity) { row.errors.append(.init(field: "address", message: "a branch with this name and address exists already")) }
                if inFile.contains(identity) { row.errors.append(.init(field: "address", message: "another row of the file has this name and address")) }
                let unknown = branch.fields.services.filter { !serviceCodes.contains($0) }
                if !unknown.isEmpty { row.errors.append(.init(field: "services", message: "names no service of the service catalog: \(unknown.joined(separator: ", "))")) }
                inFile.insert(identity)
                if row.errors.isEmpty { branches.append((row.line, branch)) }
            } catch let problem as Problem {
                row.errors += (problem.errors ?? [.init(field: "row", message: problem.detail ?? problem.summary)]).map { ImportError(field: $0.field, message: $0.message) }
            }
            if let problem = row.problem { problems.append(problem) }
        }
        return Plan(rowsRead: table.records.count, repeatedRows: repeated, branches: branches, problems: problems)
    }

    /// The hours a row gives, or nil when the mapping names none (the branch then has no hours: closed).
    private func hours(_ one: (String) -> String?) -> (HoursDTO?, [ImportError]) {
        var errors: [ImportError] = []
        let named = mapping.fields.keys.filter { $0.hasPrefix("hours.") }
        guard !named.isEmpty else { return (nil, []) }
        if let text = one("hours.always_open") {
            guard let always = Self.yes(text) ?? (text.lowercased() == "24x7" ? true : nil) else {
                return (nil, [.init(field: "hours.always_open", message: "\"\(text)\" is not yes, no or 24x7")])
            }
            if always { return (HoursDTO(always_open: true), []) }
        }
        var week: [String: HoursDTO.Day] = [:]
        let weekdays = one("hours.weekdays")
        for day in Self.days {
            let target = "hours.\(day)"
            guard let text = one(target) ?? (Self.days.prefix(5).contains(day) ? weekdays : nil) else { continue }
            switch Self.day(text) {
            case .success(let d): if let d { week[day] = d }
            case .failure(let e):
                // A bad weekdays cell is one error, not five.
                let error = ImportError(field: mapping.fields[target] == nil ? "hours.weekdays" : target, message: e.message)
                if !errors.contains(error) { errors.append(error) }
            }
        }
        return (HoursDTO(always_open: false, week: week, holidays: []), errors)
    }

    /// `09:00-18:00`, breaks after it separated by spaces or commas; `-`, `closed` or `выходной` is a day off.
    static func day(_ text: String) -> Result<HoursDTO.Day?, ImportError> {
        let folded = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["-", "—", "closed", "off", "выходной"].contains(folded) { return .success(nil) }
        let spans = folded.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map { part -> (String, String)? in
            let ends = part.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
            return ends.count == 2 ? (ends[0], ends[1]) : nil
        }
        guard let open = spans.first ?? nil, spans.allSatisfy({ $0 != nil }) else {
            return .failure(ImportError(field: "", message: "\"\(text)\" is not hours like 09:00-18:00 (with breaks after it: 09:00-18:00 13:00-14:00)"))
        }
        let breaks = spans.dropFirst().compactMap { $0 }.map { HoursDTO.Span(from: $0.0, to: $0.1) }
        return .success(HoursDTO.Day(open: open.0, close: open.1, breaks: breaks))
    }

    static func yes(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "1", "y", "да": true
        case "false", "no", "0", "n", "нет": false
        default: nil
        }
    }

    static func identity(_ name: String, _ address: String) -> String { name.lowercased() + "\u{1F}" + address.lowercased() }

    /// Opens every planned branch, in the caller's transaction.
    static func write(_ plan: Plan, actor: Principal, now: Date, on tx: any Database) async throws -> Int {
        for (_, branch) in plan.branches { _ = try await branch.run(by: actor, now: now, on: tx) }
        return plan.branches.count
    }
}
