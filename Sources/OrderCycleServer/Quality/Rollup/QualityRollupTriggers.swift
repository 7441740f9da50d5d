import Fluent
import Foundation
import SQLKit

/// The triggers that keep the quality roll-ups current on every write to orders, order lines,
/// stage intervals, claims and change requests, whatever code path makes it. Each appends signed contributions
/// (`QualityRollup`); the same statements are wrapped as SQLite triggers or as PostgreSQL
/// trigger functions. Orders are never deleted (cancelling ends an order), so their deletion is
/// not followed.
enum QualityRollupTriggers {
    struct Trigger {
        let name: String
        let table: String
        /// `INSERT`, `UPDATE` or `DELETE`.
        let event: String
        /// For an update: the columns whose change it follows (none: every column).
        var of: [String] = []
        /// On PostgreSQL, the name under which the statement's new rows are read once per
        /// statement (nil: the trigger runs for each row, as NEW and OLD).
        var newRows: String? = nil
        let statements: [String]
        /// A condition on `OLD`/`NEW` under which the trigger runs at all (row triggers only).
        var when: String? = nil

        /// What follows `CREATE TRIGGER name`, up to the body or the function.
        var timing: String { "AFTER \(event)" + (of.isEmpty ? "" : " OF " + of.joined(separator: ", ")) + " ON \(table)" }

        /// The three triggers that keep a sum following a table's rows: an insert adds the new
        /// row's contribution, an update takes the old one out and adds the new, a delete takes
        /// the old one out. `contribution` gets `OLD` or `NEW` and the sign.
        static func following(_ table: String, named name: String, _ contribution: (_ row: String, _ sign: Int) -> [String]) -> [Trigger] {
            [Trigger(name: "\(name)_insert", table: table, event: "INSERT", statements: contribution("NEW", 1)),
             Trigger(name: "\(name)_update", table: table, event: "UPDATE", statements: contribution("OLD", -1) + contribution("NEW", 1)),
             Trigger(name: "\(name)_delete", table: table, event: "DELETE", statements: contribution("OLD", -1))]
        }

        /// The three triggers that keep a sum following the order lines: as `following`, but a
        /// line's update counts only when it moves to another product or order (reserving or
        /// picking it changes nothing), and on PostgreSQL an INSERT's lines, read once as
        /// `newRows`, are added by the one statement `summed`.
        static func followingLines(named name: String, postgres: Bool, newRows: String, summed: String,
                                   _ contribution: (_ row: String, _ sign: Int) -> String) -> [Trigger] {
            [postgres
                ? Trigger(name: "\(name)_insert", table: "order_lines", event: "INSERT", newRows: newRows, statements: [summed])
                : Trigger(name: "\(name)_insert", table: "order_lines", event: "INSERT", statements: [contribution("NEW", 1)]),
             Trigger(name: "\(name)_update", table: "order_lines", event: "UPDATE", of: ["product_id", "order_id"],
                     statements: [contribution("OLD", -1), contribution("NEW", 1)]),
             Trigger(name: "\(name)_delete", table: "order_lines", event: "DELETE", statements: [contribution("OLD", -1)])]
        }
    }

    static func all(postgres: Bool) -> [Trigger] {
        typealias R = QualityRollup
        let changed = R.groupKeysChanged("OLD", "NEW")
        let received = { (o: String) in "\(o).received_day IS NOT NULL" }
        // An order's lines and stages move with it when its month or group keys change, and its
        // stages count anew when its cycle completes or changes.
        func moveLines(_ o: String, _ sign: Int) -> String {
            R.append(R.kinds, R.line("l", of: o), sign: sign, from: "order_lines l",
                     where: "l.order_id = \(o).id AND \(received(o)) AND \(changed)")
        }
        func moveStages(_ o: String, _ sign: Int) -> String {
            R.append(R.stages, R.stage("s", of: o), sign: sign, from: "stage_intervals s",
                     where: "s.order_id = \(o).id AND \(received(o)) AND \(R.stageCounts("s", of: o))"
                        + " AND (\(changed) OR OLD.cycle_seconds IS DISTINCT FROM NEW.cycle_seconds)")
        }
        func moveRequests(_ o: String, _ sign: Int) -> [String] {
            R.RequestKind.allCases.map { kind in
                R.append(R.requests, R.request("r", kind, of: o), sign: sign, from: "\(kind.table) r",
                         where: "r.order_id = \(o).id AND \(R.requestCounts("r", kind)) AND \(changed)")
            }
        }
        func request(_ r: String, _ kind: R.RequestKind, _ sign: Int) -> String {
            R.append(R.requests, R.request(r, kind, of: "o"), sign: sign, from: "orders o",
                     where: "o.id = \(r).order_id AND \(R.requestCounts(r, kind))")
        }
        func order(_ o: String, _ sign: Int) -> [String] {
            [R.orders, R.consumers].map { R.append($0, R.order(o, into: $0, postgres: postgres), sign: sign, where: received(o)) }
        }
        // An INSERT's lines summed per key, once per statement: a 1,000-line order adds a few rows.
        let newLines = R.fill(R.kinds, R.line("l", of: "o"), from: "new_lines l JOIN orders o ON o.id = l.order_id", where: received("o"))
        func line(_ l: String, _ sign: Int) -> String {
            R.append(R.kinds, R.line(l, of: "o"), sign: sign, from: "orders o", where: "o.id = \(l).order_id AND \(received("o"))")
        }
        func stage(_ s: String, _ sign: Int) -> String {
            R.append(R.stages, R.stage(s, of: "o"), sign: sign, from: "orders o",
                     where: "o.id = \(s).order_id AND \(received("o")) AND \(R.stageCounts(s, of: "o"))")
        }
        return [
            Trigger(name: "quality_rollup_order_insert", table: "orders", event: "INSERT", statements: order("NEW", 1)),
            Trigger(name: "quality_rollup_order_update", table: "orders", event: "UPDATE", statements: order("OLD", -1) + order("NEW", 1) + [
                moveLines("OLD", -1), moveLines("NEW", 1), moveStages("OLD", -1), moveStages("NEW", 1),
            ] + moveRequests("OLD", -1) + moveRequests("NEW", 1)),
        ] + Trigger.followingLines(named: "quality_rollup_line", postgres: postgres, newRows: "new_lines", summed: newLines, line)
          + Trigger.following("stage_intervals", named: "quality_rollup_stage") { [stage($0, $1)] }
          + R.RequestKind.allCases.flatMap { kind in
              Trigger.following(kind.table, named: "quality_rollup_\(kind.rawValue)") { [request($0, kind, $1)] }
          } + QualityClientRollup.triggers(postgres: postgres) + QualityCategoryRollup.triggers(postgres: postgres)
    }

    /// Creates the triggers (again, after `remove`).
    static func install(on db: any Database) async throws {
        let postgres = db.isPostgres
        for trigger in all(postgres: postgres) {
            for statement in creation(trigger, postgres: postgres) { try await db.sqlRaw(statement) }
        }
    }

    /// The statements that create one trigger: on PostgreSQL its function, then the trigger.
    static func creation(_ trigger: Trigger, postgres: Bool) -> [String] {
        let body = trigger.statements.map { $0 + ";" }.joined(separator: "\n  ")
        if postgres {
            let when = trigger.when.map { " WHEN (\($0))" } ?? ""
            return ["""
                CREATE OR REPLACE FUNCTION \(trigger.name)() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  \(body)
                  RETURN NULL;
                END $$
                """,
                "CREATE TRIGGER \(trigger.name) \(trigger.timing) \(trigger.newRows.map { "REFERENCING NEW TABLE AS \($0) FOR EACH STATEMENT" } ?? "FOR EACH ROW\(when)") EXECUTE FUNCTION \(trigger.name)()"]
        }
        let when = trigger.when.map { " FOR EACH ROW WHEN \($0)" } ?? ""
        return ["CREATE TRIGGER \(trigger.name) \(trigger.timing)\(when) BEGIN\n  \(body)\nEND"]
    }

    /// Drops the triggers, for a bulk load that adds its own sums (`DemoRollup`).
    static func remove(on db: any Database) async throws {
        for trigger in all(postgres: db.isPostgres) {
            try await db.sqlRaw(db.isPostgres ? "DROP TRIGGER IF EXISTS \(trigger.name) ON \(trigger.table)" : "DROP TRIGGER IF EXISTS \(trigger.name)")
        }
    }
}
