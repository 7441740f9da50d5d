/// The chat's look: bubbles left and right, the system's word in the middle, a phone-sized thread.
enum ChatStyles {
    static let css = """
    .chat-thread{list-style:none;margin:0 0 .5rem;padding:.5rem;max-height:60vh;overflow-y:auto;background:#f6f8fa;border:1px solid #d8dee4;border-radius:8px}
    .chat-message{display:flex;flex-direction:column;max-width:85%;margin:.3rem 0;padding:.4rem .6rem;border-radius:10px;background:#fff;border:1px solid #d8dee4;overflow-wrap:anywhere}
    .chat-message.mine{margin-left:auto;background:#ddf4ff;border-color:#b6e3ff}
    .chat-message.system{margin:.4rem auto;max-width:95%;background:#fff8c5;border-color:#eac54f;text-align:center}
    .chat-message.internal{background:#fbefff;border-style:dashed}
    .chat-message.pending{opacity:.6}.chat-message.refused{border-color:var(--bad)}
    .chat-message.mine.read .chat-meta::after{content:" ✓✓";color:var(--ok)}
    .chat-meta{font-size:.75rem;color:var(--muted)}.chat-text{white-space:pre-wrap}
    .chat-canned{display:flex;flex-wrap:wrap;gap:.3rem;margin:.4rem 0}.button.small{padding:.2rem .5rem;font-size:.85rem}
    .chat-moves{display:flex;flex-wrap:wrap;gap:.4rem;margin-top:.6rem}.chat-moves form{display:inline-flex;gap:.3rem;align-items:center}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    #chat-console .duty{margin:.3rem 0}
    """
}
