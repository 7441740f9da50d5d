/// The work area's part of the stylesheet: task lists and pages, and the Kanban board, whose
/// columns sit side by side on a wide screen and scroll sideways one by one on a phone.
enum WorkStyles {
    static let css = """

    /* work: tasks and boards */
    .visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
    .work .crumbs{margin:0 0 .3rem;font-size:.9rem;color:var(--muted)}
    .work h3{font-size:1rem;margin:1rem 0 .2rem}
    .notice.warn{background:#fff8c5;border-color:#eac54f}
    .notice p{margin:0}.notice .blocking-heading{margin-top:.5rem;font-weight:600}
    .notice ul.blocking{margin:.3rem 0 0;padding-left:1.2rem}.notice ul.blocking li{margin:.15rem 0}
    .badge.priority-low{color:var(--muted)}.badge.priority-high{background:#fff1e5;color:#bc4c00}.badge.priority-urgent{background:#ffebe9;color:var(--bad);font-weight:600}
    .nowrap{white-space:nowrap}.pre{white-space:pre-wrap;word-break:break-word;margin:.2rem 0}
    #my-tasks tr.overdue td{background:#fff5f5}.work .table-wrap{margin-bottom:1rem}
    .filter-inline{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem}.filter-inline label{margin:0}.filter-inline select{width:auto}
    label.check{display:flex;align-items:center;gap:.4rem;font-weight:400;margin:.7rem 0 .2rem}.filter-inline label.check{margin:0}
    .form-columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:0 1.5rem}
    .task-badges{display:flex;flex-wrap:wrap;gap:.4rem;margin:-.6rem 0 1rem}
    .task-grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:0 1rem;align-items:start}
    dl.fields{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.35rem 1rem;margin:0}dl.fields dt{color:var(--muted)}dl.fields dd{margin:0;word-break:break-word}
    #task-actions .actions{margin:.2rem 0 .6rem}#task-actions select{max-width:100%}
    .move-form .button{margin-top:.5rem}
    ul.checklist{list-style:none;padding:0;margin:.2rem 0}ul.checklist li{padding:.2rem 0;display:flex;align-items:center;gap:.4rem;flex-wrap:wrap}
    ul.checklist li.done .text{text-decoration:line-through;color:var(--muted)}
    .tick{display:inline-block;width:1.2rem;text-align:center;color:var(--muted)}.tick.done{color:var(--ok);font-weight:700}
    form.add-line{display:flex;flex-wrap:wrap;align-items:flex-end;gap:.5rem}form.add-line label{width:100%;margin-bottom:0}form.add-line input{flex:1;min-width:12rem}
    ul.comments{list-style:none;padding:0}ul.comments li{border-bottom:1px solid var(--line);padding:.3rem 0}ul.comments p{margin:0}
    /* the board */
    .board-help{font-size:.9rem;margin:-.5rem 0 .8rem}
    .board-columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(230px,1fr);gap:.8rem;overflow-x:auto;padding-bottom:.6rem;align-items:start}
    .board-column{background:#eef1f5;border:1px solid var(--line);border-top:4px solid #b8c2cc;border-radius:var(--radius);padding:.6rem;min-width:0}
    .board-column.at-limit{border-top-color:#d4a72c;background:#fffbea}
    .board-column.strict.at-limit,.board-column.over-limit{border-top-color:var(--bad);background:#fff3f1}
    .column-head h2{font-size:1rem;margin:0}
    .column-count{margin:.1rem 0 .4rem;font-size:.88rem;color:var(--muted)}.column-count .count{font-weight:700;color:var(--ink)}
    .column-count .wip-kind{margin-left:.2rem;font-size:.75rem}
    .column-mark{margin:0 0 .5rem;font-size:.85rem;font-weight:600;color:var(--bad)}.board-column.soft .column-mark.full{color:var(--warn)}
    .board-cards{list-style:none;margin:0;padding:0;min-height:3.5rem;display:flex;flex-direction:column;gap:.5rem}
    .board-cards:empty::before{content:attr(data-empty);display:block;color:var(--muted);font-size:.85rem;padding:.8rem;border:1px dashed #b8c2cc;border-radius:6px;text-align:center}
    .task-card{background:#fff;border:1px solid var(--line);border-left:4px solid #b8c2cc;border-radius:6px;padding:.5rem .6rem;cursor:grab;box-shadow:0 1px 2px rgba(16,42,67,.06)}
    .task-card:focus{outline:3px solid var(--accent);outline-offset:1px}
    .task-card.priority-high{border-left-color:#fb8f44}.task-card.priority-urgent{border-left-color:var(--bad)}
    .task-card.overdue{background:#fff7f6;border-color:#ffb3ad}
    .card-title{font-weight:600;display:block;word-break:break-word;color:var(--ink)}
    .card-meta{margin:.25rem 0 0;font-size:.84rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:.2rem .5rem;align-items:center}
    .card-meta .badge{font-size:.75rem}
    .card-move summary{font-size:.8rem;color:var(--accent);cursor:pointer;margin-top:.25rem;width:max-content}
    .card-move form{display:flex;flex-wrap:wrap;gap:.3rem;margin-top:.3rem;align-items:center}.card-move select{font-size:.85rem;padding:.2rem .3rem;width:auto;max-width:100%}
    .card-ghost{opacity:.35}.card-chosen{box-shadow:0 4px 14px rgba(16,42,67,.22)}.card-drag{transform:rotate(1.5deg)}
    .board-page[aria-busy=true] .board-columns{opacity:.75}
    #cabinet-tasks td{vertical-align:top}
    @media (max-width:640px){.task-grid{grid-template-columns:1fr}.board-columns{grid-auto-columns:82vw;scroll-snap-type:x proximity}.board-column{scroll-snap-align:start}dl.fields{grid-template-columns:1fr}dl.fields dt{margin-top:.3rem}}
    """
}
