/// What an import found or made by a name (a client by its code, a product by its SKU), kept
/// for the pieces after so that a name met again is not looked up again. It holds at most
/// `capacity` names and forgets them all when full: the import's memory stays bounded however
/// many names the history has, and a forgotten name is looked up in the database again.
struct BoundedMemo<Key: Hashable, Value> {
    let capacity: Int
    private(set) var values: [Key: Value] = [:]

    init(capacity: Int) { self.capacity = capacity }

    subscript(key: Key) -> Value? { values[key] }

    /// Of `keys`, those it holds with their values, and the others in their order.
    func known(among keys: [Key]) -> (found: [Key: Value], unknown: [Key]) {
        var found: [Key: Value] = [:]
        var unknown: [Key] = []
        for key in keys {
            if let value = values[key] { found[key] = value } else { unknown.append(key) }
        }
        return (found, unknown)
    }

    mutating func remember(_ value: Value, for key: Key) {
        if values.count >= capacity, values[key] == nil { values.removeAll(keepingCapacity: true) }
        values[key] = value
    }
}
