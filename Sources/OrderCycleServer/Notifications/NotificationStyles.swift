/// The notifications' part of the stylesheet: the bell in the header and the list.
enum NotificationStyles {
    static let css = """

    /* notifications */
    .bell{position:relative;display:inline-flex;align-items:center;text-decoration:none;color:inherit;padding:.1rem .3rem}
    .bell-icon{display:block}
    .bell-count{display:inline-block;min-width:1.2rem;margin-left:.1rem;padding:0 .3rem;border-radius:999px;background:var(--bad);color:#fff;font-size:.75rem;font-weight:700;text-align:center;vertical-align:top}
    .bell-count.empty{display:none}
    ul.notifications{list-style:none;padding:0}
    ul.notifications li{padding:.5rem .2rem;border-bottom:1px solid var(--line)}
    ul.notifications li.unread a{font-weight:600}
    label.check{display:block;font-weight:400;margin:.3rem 0}
    """
}
