extension String {
    /// Whether any scalar is a control character (NUL, bell, escape…): never part of a key,
    /// a code or a search a person typed.
    var hasControlCharacters: Bool { unicodeScalars.contains { $0.properties.generalCategory == .control } }
}
