import OrderCycleCore

/// The menu button of a narrow screen. Below 700 px the role's menu folds behind it: without a
/// script a visually hidden checkbox and its label open it; the page script swaps them for a
/// real button that says whether the menu is open (`aria-expanded`).
enum MenuToggle {
    static func html(_ lang: Language) -> HTML {
        let menu = lang.t("Menu", "Меню")
        return """
        <input type="checkbox" id="menu-toggle" class="menu-toggle" aria-label="\(menu)" aria-controls="main-menu">
        <label for="menu-toggle" class="menu-button" aria-hidden="true">☰ \(menu)</label>
        <button type="button" class="menu-button" id="menu-button" aria-expanded="false" aria-controls="main-menu">☰ \(menu)</button>
        """
    }
}
