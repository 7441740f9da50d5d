/// Form controls with their error message printed beside them, as every form shows errors.
enum FormField {
    static func input(name: String, type: String = "text", label: String, value: String?, error: String?,
                      autocomplete: String? = nil, required: Bool = false) -> HTML {
        let invalid: HTML = error == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"\(name)-error\""
        let auto: HTML = autocomplete.map { " autocomplete=\"\($0)\"" } ?? ""
        let req: HTML = required ? " required" : ""
        return """
        <label for="\(name)">\(label)</label>
        <input type="\(type)" id="\(name)" name="\(name)" value="\(value)"\(invalid)\(auto)\(req)>
        \(errorLine(name: name, error))
        """
    }

    static func select(name: String, label: String, options: [(value: String, label: String)], selected: String?, error: String?) -> HTML {
        let opts = options.map { o -> HTML in
            let sel: HTML = o.value == selected ? " selected" : ""
            return "<option value=\"\(o.value)\"\(sel)>\(o.label)</option>"
        }.joined
        let invalid: HTML = error == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"\(name)-error\""
        return """
        <label for="\(name)">\(label)</label>
        <select id="\(name)" name="\(name)"\(invalid)>\(opts)</select>
        \(errorLine(name: name, error))
        """
    }

    static func errorLine(name: String, _ error: String?) -> HTML {
        guard let error else { return "" }
        return "<p class=\"field-error\" id=\"\(name)-error\">\(error)</p>"
    }
}
