import Foundation
import OrderCycleCore
import Vapor

extension BoardPage {
    /// The board's markup. `#board-columns` and `#board-notice` are what the board script
    /// swaps in from a fresh copy of this page after a move or a live event, so the page and
    /// its refreshes are drawn by this one view. Reads nothing.
    enum View {
        static func content(_ m: Model, notice: HTML, lang: Language, csrf: String, clock: PageMoments) -> HTML {
            let b = m.board
            let url = m.cardsPerColumn == BoardPage.defaultCards ? PageRoute.Work.board(b.id) : "\(PageRoute.Work.board(b.id))?cards=\(m.cardsPerColumn)"
            let help: HTML = m.canMove ? """
                <p class="muted board-help no-print" id="board-help">\(lang.t(
                    "Drag a card to another column, or focus a card and press ← or → to move it (↑ ↓ go between cards). Each card also has a Move form.",
                    "Перетащите карточку в другую колонку или выберите её клавишей Tab и нажмите ← или → (↑ ↓ — переход между карточками). У каждой карточки есть и форма «Переместить»."))</p>
                """ : ""
            let scripts: HTML = m.canMove ? """
                <script src="\(PageRoute.Work.sortableScript())" defer></script>
                <script src="\(PageRoute.Work.boardScript())" defer></script>
                """ : """
                <script src="\(PageRoute.Work.boardScript())" defer></script>
                """
            return """
            <div class="work board-page" id="board" data-board-id="\(b.id)" data-url="\(url)" data-can-move="\(m.canMove ? "true" : "false")">
            <p class="crumbs no-print"><a href="\(PageRoute.Work.boards())">\(lang.t("Boards", "Доски"))</a> · \(b.team_name)
              · <a href="\(PageRoute.Work.tasks())">\(lang.t("My tasks", "Мои задачи"))</a>\(m.canSetUp
                ? HTML(" · <a href=\"\(PageRoute.Work.boardSettings(b.id))\" id=\"board-settings-link\">\(lang.t("Set up the columns", "Настроить колонки"))</a>") : "")</p>
            <h1>\(b.name)</h1>
            \(help)
            <div id="board-notice">\(notice)</div>
            \(columns(m, lang: lang, csrf: csrf, clock: clock))
            <p class="visually-hidden" id="board-status" role="status" aria-live="polite"></p>
            </div>
            \(scripts)
            """
        }

        static func columns(_ m: Model, lang: Language, csrf: String, clock: PageMoments) -> HTML {
            let all = m.board.columns
            let sections = all.map { column -> HTML in
                let head = header(column, lang: lang)
                let cards = column.cards.map { card(m, $0, in: column, of: all, lang: lang, csrf: csrf, clock: clock) }.joined
                let shown = column.cards.count
                let more: HTML = column.task_count > shown
                    ? "<p class=\"muted more\">\(lang.t("\(column.task_count - shown) more not shown", "Ещё \(column.task_count - shown) не показаны"))</p>"
                    : ""
                var classes = "board-column"
                if let limit = column.wip_limit {
                    classes += column.wip_strict ? " strict" : " soft"
                    if column.task_count > limit { classes += " over-limit" } else if column.task_count >= limit { classes += " at-limit" }
                }
                return """
                <section class="\(classes)" id="column-\(column.id)" data-column-id="\(column.id)" data-status="\(column.status)" aria-labelledby="column-name-\(column.id)">
                \(head)
                <ul class="board-cards" data-column-id="\(column.id)" data-empty="\(lang.t("No cards", "Нет карточек"))">\(cards)</ul>
                \(more)
                </section>
                """
            }.joined
            return "<div class=\"board-columns\" id=\"board-columns\">\(sections)</div>"
        }

        static func header(_ column: BoardColumnDTO, lang: Language) -> HTML {
            var limit: HTML = ""
            var mark: HTML = ""
            if let wip = column.wip_limit {
                let kind = column.wip_strict ? lang.t("strict limit", "строгий предел") : lang.t("soft limit", "мягкий предел")
                limit = "<span class=\"wip\" title=\"\(kind)\"> / \(wip) <span class=\"badge wip-kind\">\(kind)</span></span>"
                if column.task_count > wip {
                    mark = "<p class=\"column-mark over\" id=\"column-mark-\(column.id)\">\(lang.t("Over the limit", "Предел превышен"))</p>"
                } else if column.task_count >= wip {
                    let text = column.wip_strict
                        ? lang.t("Full: nothing more can come in", "Заполнена: больше ничего не добавить")
                        : lang.t("At the limit", "Предел достигнут")
                    mark = "<p class=\"column-mark full\" id=\"column-mark-\(column.id)\">\(text)</p>"
                }
            }
            return """
            <header class="column-head">
              <h2 id="column-name-\(column.id)">\(column.name)</h2>
              <p class="column-count"><span class="count" id="count-\(column.id)">\(column.task_count)</span>\(limit)</p>
              \(mark)
            </header>
            """
        }

        static func card(_ m: Model, _ t: TaskCardDTO, in column: BoardColumnDTO, of columns: [BoardColumnDTO], lang: Language, csrf: String, clock: PageMoments) -> HTML {
            var classes = "task-card priority-\(t.priority)"
            if t.overdue { classes += " overdue" }
            var move: HTML = ""
            if m.canMove {
                let options = columns.filter { $0.id != column.id }.map { c -> HTML in "<option value=\"\(c.id)\">\(c.name)</option>" }.joined
                move = """
                <details class="card-move"><summary>\(lang.t("Move", "Переместить"))</summary>
                <form method="post" action="\(PageRoute.Work.move(t.id))" class="card-move-form">
                  <input type="hidden" name="_csrf" value="\(csrf)"><input type="hidden" name="return_to" value="board">
                  <select name="column_id" aria-label="\(lang.t("Column for", "Колонка для")) \(BilingualText.reading(t.title, in: lang))" id="move-column-\(t.id)">\(options)</select>
                  <button type="submit" class="link-button" id="move-submit-\(t.id)">\(lang.t("Move", "Переместить"))</button>
                </form></details>
                """
            }
            let focusable: HTML = m.canMove ? " tabindex=\"0\" aria-describedby=\"board-help\"" : ""
            let priority: HTML = t.priority == Priority.normal.rawValue ? "" : WorkPageParts.priority(t.priority, lang: lang)
            return """
            <li class="\(classes)" id="card-\(t.id)" data-task-id="\(t.id)"\(focusable)>
            <a class="card-title" href="\(PageRoute.Work.task(t.id))">\(BilingualText.reading(t.title, in: lang))</a>
            <p class="card-meta"><span class="who">\(t.responsible_name)</span>
            <span class="due">\(clock.show(t.deadline))</span> \(WorkPageParts.overdue(t.overdue, lang: lang)) \(priority)</p>
            \(move)
            </li>
            """
        }
    }
}
