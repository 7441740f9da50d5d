import SQLKit

extension SQLList {
    /// Fixed words (statuses, kinds) written into the SQL as quoted literals rather than bound.
    /// For a statement kept prepared and run again and again: SQLite plans `status IN (?, …)`
    /// against a partial index's condition with the values bound, so a new binding would have
    /// it planned anew on every run.
    static func literals(_ words: [String]) -> SQLList {
        SQLList(words.map { SQLLiteral.string($0) })
    }
}
