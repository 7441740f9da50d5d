import Foundation
import OrderCycleCore

/// The roll-ups of the grouping by client. The order tallies are kept per client already
/// (`QualityRollup.consumers`); what the other roll-ups sum per segment, manager and delivery
/// method — the kinds of product ordered, the counted stages, the decided requests — is kept
/// here per client, so that a year's report over thousands of clients reads a row per client,
/// month and product instead of every line, stage and request of the year.
///
/// Like the other roll-ups, every row is a signed contribution appended by a trigger, folded by
/// `QualityRollupCompaction`, made again by `QualityRollupRebuild`, and summed in memory by a
/// bulk load (`DemoRollup`). They answer for the grouping by client or none, over every order
/// or one client's.
enum QualityClientRollup {
    typealias R = QualityRollup

    /// Per received month, client and product: the lines ordered (coverage's kinds H).
    static let kinds = R.Table(
        name: "quality_client_kind_months",
        keys: ["month", "client_id", "product_id"],
        measures: LineMeasure.columns)

    /// Per received month and client: the stages counted, for whether a client's interruption
    /// share was measured.
    static let stages = R.Table(
        name: "quality_client_stage_months",
        keys: ["month", "client_id"],
        measures: ["stages"])

    /// Per month a request was made in, its kind and the client of its order: the decided requests.
    static let requests = R.Table(
        name: "quality_client_request_months",
        keys: ["month", "kind", "client_id"],
        measures: RequestMeasure.columns)

    static let tables = [kinds, stages, requests]

    /// Whether these roll-ups answer: grouped by client or not at all, narrowed to a client or not.
    static func serves(_ grouping: QualityGrouping, _ restriction: QualitySelection) -> Bool {
        [.all, .client].contains(grouping) && [.all, .client].contains(restriction.narrowing)
    }

    /// Whether an order's keys here differ between two versions of its row.
    static func keysChanged(_ a: String, _ b: String) -> String {
        "(\(R.month(a)) IS DISTINCT FROM \(R.month(b)) OR \(a).client_id IS DISTINCT FROM \(b).client_id)"
    }

    /// What the line `l` of the order `o` adds to `kinds`.
    static func line(_ l: String, of o: String) -> R.Contribution {
        R.Contribution(keys: [R.month(o), "\(o).client_id", "\(l).product_id"], measures: R.line(l, of: o).measures)
    }

    /// What a counted stage of the order `o` adds to `stages`.
    static func stage(of o: String) -> R.Contribution {
        R.Contribution(keys: [R.month(o), "\(o).client_id"], measures: ["1"])
    }

    /// What the request `r` of the order `o` adds to `requests`.
    static func request(_ r: String, _ kind: R.RequestKind, of o: String) -> R.Contribution {
        let counts = R.request(r, kind, of: o)
        return R.Contribution(keys: [counts.keys[0], counts.keys[1], "\(o).client_id"], measures: counts.measures)
    }

    /// The triggers that keep these roll-ups current; they are installed and removed with the others.
    static func triggers(postgres: Bool) -> [QualityRollupTriggers.Trigger] {
        typealias Trigger = QualityRollupTriggers.Trigger
        let changed = keysChanged("OLD", "NEW")
        let received = { (o: String) in "\(o).received_day IS NOT NULL" }
        func moveLines(_ o: String, _ sign: Int) -> String {
            R.append(kinds, line("l", of: o), sign: sign, from: "order_lines l", where: "l.order_id = \(o).id AND \(received(o)) AND \(changed)")
        }
        func moveStages(_ o: String, _ sign: Int) -> String {
            R.append(stages, stage(of: o), sign: sign, from: "stage_intervals s",
                     where: "s.order_id = \(o).id AND \(received(o)) AND \(R.stageCounts("s", of: o))"
                        + " AND (\(changed) OR OLD.cycle_seconds IS DISTINCT FROM NEW.cycle_seconds)")
        }
        func moveRequests(_ o: String, _ sign: Int) -> [String] {
            R.RequestKind.allCases.map { kind in
                R.append(requests, request("r", kind, of: o), sign: sign, from: "\(kind.table) r",
                         where: "r.order_id = \(o).id AND \(R.requestCounts("r", kind)) AND OLD.client_id IS DISTINCT FROM NEW.client_id")
            }
        }
        func lineWritten(_ l: String, _ sign: Int) -> String {
            R.append(kinds, line(l, of: "o"), sign: sign, from: "orders o", where: "o.id = \(l).order_id AND \(received("o"))")
        }
        func stageWritten(_ s: String, _ sign: Int) -> String {
            R.append(stages, stage(of: "o"), sign: sign, from: "orders o",
                     where: "o.id = \(s).order_id AND \(received("o")) AND \(R.stageCounts(s, of: "o"))")
        }
        func requestWritten(_ r: String, _ kind: R.RequestKind, _ sign: Int) -> String {
            R.append(requests, request(r, kind, of: "o"), sign: sign, from: "orders o", where: "o.id = \(r).order_id AND \(R.requestCounts(r, kind))")
        }
        // An INSERT's lines summed per key, once per statement on PostgreSQL, as for `kinds`.
        let newLines = R.fill(kinds, line("l", of: "o"), from: "client_lines l JOIN orders o ON o.id = l.order_id", where: received("o"))
        return [
            Trigger(name: "quality_client_order_update", table: "orders", event: "UPDATE",
                    statements: [moveLines("OLD", -1), moveLines("NEW", 1), moveStages("OLD", -1), moveStages("NEW", 1)]
                        + moveRequests("OLD", -1) + moveRequests("NEW", 1)),
        ] + Trigger.followingLines(named: "quality_client_line", postgres: postgres, newRows: "client_lines", summed: newLines, lineWritten)
          + Trigger.following("stage_intervals", named: "quality_client_stage") { [stageWritten($0, $1)] }
          + R.RequestKind.allCases.flatMap { kind in
              Trigger.following(kind.table, named: "quality_client_\(kind.rawValue)") { [requestWritten($0, kind, $1)] }
          }
    }

    /// The statements that add every order's lines, counted stages and decided requests to
    /// these emptied roll-ups.
    static func fillStatements() -> [String] {
        let received = "o.received_day IS NOT NULL"
        return [
            R.fill(kinds, line("l", of: "o"), from: "orders o JOIN order_lines l ON l.order_id = o.id", where: received),
            R.fill(stages, stage(of: "o"), from: "orders o JOIN stage_intervals s ON s.order_id = o.id",
                   where: "\(received) AND \(R.stageCounts("s", of: "o"))"),
        ] + R.RequestKind.allCases.map { kind in
            R.fill(requests, request("r", kind, of: "o"), from: "orders o JOIN \(kind.table) r ON r.order_id = o.id",
                   where: R.requestCounts("r", kind))
        }
    }
}
