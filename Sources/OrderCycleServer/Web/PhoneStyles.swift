/// The narrow-screen part of the stylesheet: the menu folded behind its button, wide tables as
/// stacked cards (`TableCards` labels their cells) and the Gantt chart as a list of stages.
enum PhoneStyles {
    static let css = """

    /* phone: menu, table cards, Gantt list */
    .menu-toggle{position:absolute;width:1px;height:1px;opacity:0;pointer-events:none;margin:0}
    .menu-button{display:none}
    button.menu-button,label.menu-button{background:#1f3a5a;color:#fff;border:1px solid #486581;border-radius:6px;padding:.35rem .8rem;font:inherit;font-weight:600;cursor:pointer;margin:0}
    .gantt-list{display:none}
    .global-search input{width:13rem;padding:.3rem .6rem;border:1px solid #486581;border-radius:6px;background:#f0f4f8;font:inherit;font-size:.9rem}
    .table-wrap:has(> table > tbody:empty):has(+ .empty-state){display:none}.empty-state p{margin:.3rem 0}.empty-state p:first-child{font-size:1.05rem}
    th a{color:inherit}th[aria-sort] a{color:var(--accent)}p.empty{color:var(--muted);padding:.8rem 0}
    @media (max-width:700px){
      header.top{gap:.5rem .8rem}
      header.top nav{display:none;order:10;flex-basis:100%;flex-direction:column;gap:0;padding:.3rem 0}
      header.top nav a{display:block;padding:.55rem .2rem;border-bottom:1px solid #243b53}
      header.top nav a[aria-current]{border-bottom:1px solid #243b53;font-weight:700}
      header.top label.menu-button{display:inline-block}
      .menu-toggle:checked ~ nav{display:flex}
      header.top .global-search{display:none;order:11;flex-basis:100%}.global-search input{width:100%;max-width:none}
      .menu-toggle:checked ~ .global-search,header.top.scripted.menu-open .global-search{display:block}
      header.top.scripted .global-search{display:none}
      .menu-toggle:focus-visible + label.menu-button{outline:2px solid #fff;outline-offset:2px}
      header.top.scripted label.menu-button{display:none}
      header.top.scripted button.menu-button{display:inline-block}
      header.top.scripted nav{display:none}
      header.top.scripted.menu-open nav{display:flex}
      .account{flex-wrap:wrap;gap:.3rem .8rem;flex-basis:100%}
      table[data-cards]{border:0;background:none}
      table[data-cards] thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
      table[data-cards],table[data-cards] tbody,table[data-cards] tr,table[data-cards] td{display:block;width:100%}
      table[data-cards] tr{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);margin:0 0 .6rem;padding:.3rem .6rem}
      table[data-cards] td{border:0;padding:.2rem 0;text-align:left;white-space:normal;overflow-wrap:anywhere}
      table[data-cards] td[data-label]{display:grid;grid-template-columns:minmax(6rem,38%) 1fr;gap:.6rem}
      table[data-cards] td[data-label]::before{content:attr(data-label);color:var(--muted);font-size:.85rem;font-weight:600}
      table[data-cards] td:empty{display:none}
      .table-wrap{overflow-x:visible}
    }
    @media (max-width:600px){
      svg.gantt{display:none}
      .gantt-list{display:block;list-style:none;margin:0;padding:0}
      .gantt-list li{padding:.45rem 0;border-bottom:1px solid var(--line)}.gantt-list li:last-child{border-bottom:0}
      .gantt-list .stage{font-weight:600;display:block}
      .gantt-list .plan,.gantt-list .actual,.gantt-list .skipped{display:block;font-size:.9rem}
      .gantt-list .plan::before{content:"";display:inline-block;width:.8rem;height:.5rem;margin-right:.4rem;background:#b6d4fe}
      .gantt-list .actual::before{content:"";display:inline-block;width:.8rem;height:.5rem;margin-right:.4rem;background:#1f6feb}
      .gantt-list .actual.open::before{background:#79a8f0}.gantt-list .skipped{color:var(--warn);font-style:italic}
    }
    """
}
