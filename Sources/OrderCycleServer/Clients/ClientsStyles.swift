/// The clients area's part of the stylesheet: filters, repeated form blocks and the call pop-up.
enum ClientsStyles {
    static let css = """

    /* clients, telephony, cabinet */
    .filter-row{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:0 1rem}
    fieldset.repeat{border:1px solid var(--line);border-radius:var(--radius);margin:.8rem 0;padding:.4rem 1rem .8rem}
    fieldset.repeat legend{font-weight:600;padding:0 .3rem}
    textarea{width:100%;max-width:28rem;padding:.45rem .6rem;border:1px solid #b8c2cc;border-radius:6px;font:inherit}
    textarea[aria-invalid=true]{border-color:var(--bad)}
    .actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
    td.num{text-align:right;font-variant-numeric:tabular-nums}
    .reassign-all label,.reassign label{font-weight:400;font-size:.9rem}
    .call-popup{position:fixed;right:1rem;bottom:1rem;z-index:50;width:min(24rem,calc(100vw - 2rem));background:#fff;border:2px solid var(--accent);border-radius:var(--radius);box-shadow:0 8px 28px rgba(16,42,67,.25);padding:.8rem 1rem}
    .call-popup h2{margin:.1rem 0 .5rem;font-size:1.05rem}.call-popup p{margin:.2rem 0}.call-popup .call-client{font-size:1.15rem;font-weight:600}
    .call-popup .button{margin:.5rem .4rem 0 0}
    @media (max-width:640px){.call-popup{left:.5rem;right:.5rem;bottom:.5rem;width:auto}}
    .call-stack{position:fixed;right:1rem;bottom:1rem;z-index:50;display:flex;flex-direction:column;gap:.5rem;max-height:calc(100vh - 2rem);overflow-y:auto;width:min(24rem,calc(100vw - 2rem))}
    .call-stack .call-popup{position:static;width:auto}.call-outcome select,.call-outcome input[type=text]{max-width:100%}
    @media (max-width:640px){.call-stack{left:.5rem;right:.5rem;bottom:.5rem;width:auto}}
    """
}
