import OrderCycleCore

/// The answers an operator puts into a chat with one click (and may edit before sending), in the
/// language of the chat.
enum CannedAnswers {
    struct Answer: Sendable { var title: (en: String, ru: String); var text: (en: String, ru: String) }

    static let all: [Answer] = [
        .init(title: ("Greeting", "Приветствие"), text: ("Hello! How can I help you?", "Здравствуйте! Чем могу помочь?")),
        .init(title: ("One moment", "Минуту"), text: ("One moment please, I am checking.", "Минуту, пожалуйста, я проверяю.")),
        .init(title: ("Order number", "Номер заказа"), text: ("Could you give me the order number, please?", "Назовите, пожалуйста, номер заказа.")),
        .init(title: ("Passed on", "Передано"), text: ("I have passed this on to your manager; they will call you back today.", "Я передал(а) вопрос вашему менеджеру, он перезвонит вам сегодня.")),
        .init(title: ("Anything else", "Что-то ещё"), text: ("Is there anything else I can help with?", "Могу ли я помочь чем-то ещё?")),
    ]
}
