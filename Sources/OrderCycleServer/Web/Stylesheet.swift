/// The whole look of OrderCycle in one sheet, served from memory so the binary needs no files.
enum Stylesheet {
    static let css = """
    :root{--ink:#1d2433;--muted:#5f6b7a;--line:#dfe3ea;--bg:#f6f7f9;--card:#fff;--accent:#1f6feb;--ok:#1a7f37;--warn:#9a6700;--bad:#cf222e;--radius:8px}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
    a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
    header.top{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;padding:.6rem 1.2rem;background:#102a43;color:#fff}
    header.top a{color:#dbe9ff}.brand{font-weight:700;font-size:1.1rem;color:#fff!important}
    header.top nav{display:flex;flex-wrap:wrap;gap:.2rem 1rem;flex:1}
    header.top nav a[aria-current]{color:#fff;border-bottom:2px solid #fff}
    .account{display:flex;align-items:center;gap:.8rem;font-size:.9rem}.who{color:#bcccdc}
    form.inline{display:inline;margin:0}
    button.link{background:none;border:0;color:#dbe9ff;cursor:pointer;font:inherit;padding:0}
    main{max-width:1200px;margin:1.2rem auto;padding:0 1rem}
    h1{font-size:1.5rem;margin:.2rem 0 1rem}h2{font-size:1.15rem;margin:1.4rem 0 .6rem}
    .card{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:1rem 1.2rem;margin-bottom:1rem}
    .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:1rem}
    .figure{font-size:1.8rem;font-weight:600}.muted{color:var(--muted)}
    table{width:100%;border-collapse:collapse;background:var(--card);border:1px solid var(--line);border-radius:var(--radius);overflow:hidden}
    th,td{text-align:left;padding:.45rem .7rem;border-bottom:1px solid var(--line);vertical-align:top}
    th{background:#eef1f5;font-weight:600;font-size:.9rem}
    .table-wrap{overflow-x:auto}
    label{display:block;font-weight:600;margin:.7rem 0 .2rem}
    input[type=text],input[type=search],input[type=email],input[type=password],input[type=tel],input[type=number],input[type=date],input[type=datetime-local],select,textarea{width:100%;max-width:28rem;padding:.45rem .6rem;border:1px solid #b8c2cc;border-radius:6px;font:inherit;background:#fff}
    .field-error{color:var(--bad);font-size:.88rem;margin:.2rem 0}
    input[aria-invalid=true],select[aria-invalid=true]{border-color:var(--bad)}
    .button,button.primary{display:inline-block;background:var(--accent);color:#fff;border:0;border-radius:6px;padding:.5rem 1rem;font:inherit;cursor:pointer}
    .button.secondary{background:#e8edf3;color:var(--ink)}
    .notice{padding:.6rem .9rem;border-radius:6px;margin-bottom:1rem;background:#ddf4ff;border:1px solid #9cd3ff}
    .notice.bad{background:#ffebe9;border-color:#ffb3ad}
    .badge{display:inline-block;padding:.05rem .5rem;border-radius:99px;font-size:.8rem;background:#eef1f5}
    .badge.ok{background:#dafbe1;color:var(--ok)}.badge.warn{background:#fff8c5;color:var(--warn)}.badge.bad{background:#ffebe9;color:var(--bad)}
    .claim-photos{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}.claim-photo{object-fit:cover;border-radius:6px;border:1px solid var(--line,#d0d7de)}
    .login{max-width:24rem;margin:3rem auto}
    .pager{margin:.8rem 0}
    pre.diff{white-space:pre-wrap;word-break:break-word;font-size:.8rem;margin:0}
    button.link-button{background:#e8edf3;border:0;border-radius:5px;padding:.2rem .55rem;font:inherit;font-size:.85rem;cursor:pointer;margin:.1rem}
    input.compact{width:9rem;padding:.2rem .4rem;font-size:.85rem}
    form.step{margin:.2rem .3rem .2rem 0}td.num,th.num{text-align:right;white-space:nowrap}
    table.cycle{max-width:36rem}svg.gantt{width:100%;height:auto}ul.comments li{margin:.4rem 0}
    .gantt .label{font:12px sans-serif;fill:#1d2433}.gantt .axis{font:10px sans-serif;fill:#5f6b7a}.gantt .plan{fill:#b6d4fe}.gantt .actual{fill:#1f6feb}
    .gantt .actual.open{fill:#79a8f0}.gantt .skipped{font:italic 11px sans-serif;fill:#9a6700}.gantt .now{stroke:#cf222e;stroke-dasharray:3 3}
    svg.histogram{width:100%;height:auto}
    .order-notes{white-space:pre-wrap;word-break:break-word}
    @media (max-width:640px){header.top{padding:.5rem .8rem}main{padding:0 .6rem}th,td{padding:.35rem .45rem}.figure{font-size:1.4rem}}
    @media print{header.top,.no-print{display:none}body{background:#fff}}
    /* papers: the invoice's seller and buyer side by side, its totals to the right */
    .parties{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:.8rem}.parties h2{font-size:1rem;margin:0 0 .3rem}
    .invoice-totals{max-width:420px;margin-left:auto}#product-picker ul.picker{list-style:none;padding:0}#product-picker li{margin:.3rem 0}
    /* service quality */
    .quality .indicators{grid-template-columns:repeat(auto-fit,minmax(300px,1fr))}
    .quality .indicator h3{font-size:1rem;margin:0 0 .3rem}.quality .symbol{font-weight:700;color:var(--accent)}
    .quality .indicator.breach,.quality td.breach{border-color:var(--bad);background:#ffebe9}.quality td.breach a{color:var(--bad);font-weight:600}
    .quality td.warning{background:#fff8c5}.quality tr.bottleneck td{font-weight:600;background:#fff8c5}
    svg.trend{width:100%;height:auto;max-width:420px;font-size:9px;fill:var(--muted)}
    svg.trend .axis,svg.cost-chart .axis{stroke:#b8c2cc;stroke-width:1}
    svg.trend .line{fill:none;stroke:var(--accent);stroke-width:2}svg.trend .dot{fill:var(--accent)}
    svg.trend .target{stroke:var(--ok);stroke-dasharray:4 3}
    svg.cost-chart{width:100%;height:auto;max-width:760px;font-size:11px;fill:var(--muted);background:#fff}
    svg.cost-chart polyline{fill:none;stroke-width:2.5}svg.cost-chart .cost{stroke:#cf222e}svg.cost-chart .loss{stroke:#1f6feb}svg.cost-chart .total{stroke:#1d2433;stroke-dasharray:6 3}
    svg.cost-chart .optimum{stroke:var(--ok);stroke-dasharray:3 3}svg.cost-chart .optimum-dot{fill:var(--ok)}
    .legend .key{display:inline-block;width:1.4rem;height:.25rem;margin:0 .3rem .2rem .8rem;vertical-align:middle}
    .legend .key.cost{background:#cf222e}.legend .key.loss{background:#1f6feb}.legend .key.total{background:#1d2433}
    .filter-row{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:0 1rem}
    textarea{width:100%;font:inherit;padding:.45rem .6rem;border:1px solid #b8c2cc;border-radius:6px}
    .standards-form input[type=number]{max-width:8rem}ul.breaches li{color:var(--bad)}
    @media print{.quality .indicators{grid-template-columns:repeat(2,1fr)}.quality .card{break-inside:avoid}.quality a{color:inherit}}
    """ + ClientsStyles.css + WorkStyles.css + BranchesStyles.css + ChatStyles.css + NotificationStyles.css + SupportCharts.css + PhoneStyles.css
}
