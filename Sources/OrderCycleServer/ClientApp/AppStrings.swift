import Foundation
import OrderCycleCore

/// Every text the app's script shows, in the client's language, written in both languages here
/// (the names of statuses, stages and kinds come from the core).
enum AppStrings {
    static func all(_ lang: Language) -> [String: Any] {
        func names<T: CaseIterable & RawRepresentable>(_ type: T.Type, _ name: (T) -> String) -> [String: String] where T.RawValue == String {
            Dictionary(uniqueKeysWithValues: T.allCases.map { ($0.rawValue, name($0)) })
        }
        var s: [String: Any] = [
            "orderStatus": names(OrderStatus.self) { $0.name(lang) },
            "stage": names(Stage.self) { $0.name(lang) },
            "vehicleStatus": names(VehicleOrderStatus.self) { $0.name(lang) },
            "vehicleType": names(VehicleType.self) { $0.name(lang) },
            "requestStatus": names(ServiceRequestStatus.self) { $0.name(lang) },
            "requestKind": names(ServiceRequestKind.self) { $0.name(lang) },
        ]
        let texts: [String: (String, String)] = [
            "loading": ("Loading…", "Загрузка…"),
            "failed": ("Something went wrong; try again.", "Что-то пошло не так; попробуйте ещё раз."),
            "offline": ("No network: you see what was last loaded.", "Нет сети: показано то, что было загружено последним."),
            "offlineData": ("No network: these figures may be out of date.", "Нет сети: данные могут быть устаревшими."),
            "offlineNoData": ("No network, and this has not been loaded before.", "Нет сети, а раньше это не загружалось."),
            "myOrders": ("My orders", "Мои заказы"), "order": ("Order", "Заказ"), "noOrders": ("No orders yet.", "Заказов пока нет."),
            "promised": ("promised for", "обещан на"), "stages": ("Stages", "Этапы"), "skipped": ("skipped", "пропущен"),
            "done": ("done", "завершён"), "since": ("since", "с"), "notYet": ("not yet", "ещё нет"),
            "openFull": ("Open the full order", "Открыть заказ полностью"),
            "vehicles": ("My vehicles", "Мои машины"), "vehicleOrder": ("Vehicle order", "Заказ машины"),
            "orderVehicle": ("Order a vehicle", "Заказать машину"), "noVehicleOrders": ("No vehicle orders yet.", "Заказов машин пока нет."),
            "queuedTitle": ("Waiting for the network, will be sent once:", "Ждут сети, будут отправлены один раз:"),
            "queued": ("Saved on the phone: it will be sent once the network returns.", "Сохранено в телефоне: будет отправлено, когда появится сеть."),
            "queuedSent": ("What waited on the phone has been sent.", "Отложенное в телефоне отправлено."),
            "queuedRefused": ("Your queued vehicle order was refused", "Заказ машины из очереди отклонён"),
            "pickup": ("Pick up", "Откуда забрать"), "useLocation": ("Where I am now", "Там, где я сейчас"),
            "locating": ("Finding where you are…", "Определяем ваше местоположение…"),
            "located": ("Your position is attached", "Ваше местоположение приложено"),
            "noLocation": ("Your location is not available; type the address.", "Местоположение недоступно: укажите адрес."),
            "myPosition": ("my position", "моё местоположение"),
            "orAddress": ("or the address", "или адрес"), "destination": ("Deliver to", "Куда доставить"),
            "later": ("Later, not now", "Позже, не сейчас"), "from": ("From", "С"), "to": ("To", "До"),
            "weight": ("Weight, kg", "Вес, кг"), "volume": ("Volume, m³", "Объём, м³"), "pieces": ("Pieces", "Мест"),
            "vehicleLabel": ("Vehicle", "Машина"), "anyVehicle": ("Any", "Любая"), "notes": ("Notes for the driver", "Заметки для водителя"),
            "send": ("Order the vehicle", "Заказать машину"), "sending": ("Sending…", "Отправляем…"),
            "window": ("Window", "Окно"), "vehicle": ("Vehicle", "Машина"), "driver": ("Driver", "Водитель"),
            "carries": ("Carries order", "Везёт заказ"),
            "rate": ("Rate the delivery", "Оцените перевозку"), "comment": ("Comment", "Комментарий"), "rateSend": ("Rate", "Оценить"),
            "branches": ("Branches", "Отделения"), "findNearest": ("Find the nearest branch", "Найти ближайшее отделение"),
            "noLocationCity": ("Your location is not available; type a city.", "Местоположение недоступно: введите город."),
            "orCity": ("or a city or address", "или город либо адрес"), "cityPlaceholder": ("e.g. Kazan", "например, Казань"),
            "search": ("Search", "Найти"), "km": ("km", "км"), "openNow": ("Open now", "Открыто"), "closedNow": ("Closed now", "Закрыто"),
            "today": ("today", "сегодня"), "allDay": ("open 24/7", "круглосуточно"), "dayOff": ("closed today", "сегодня выходной"),
            "yandex": ("Yandex Maps", "Яндекс Карты"), "allBranches": ("All branches", "Все отделения"),
            "requests": ("My requests", "Мои заявки"), "package": ("Package", "Пакет"), "left": ("left this month", "осталось в этом месяце"),
            "noPackage": ("No service package.", "Пакета услуг нет."), "noRequests": ("No requests yet.", "Заявок пока нет."),
            "fileRequest": ("File a request", "Подать заявку"),
            "chat": ("Hotline", "Горячая линия"), "openChat": ("Open the chat with the hotline", "Открыть чат с горячей линией"),
            "callUs": ("Call us", "Позвоните нам"), "orCall": ("Or call us", "Или позвоните нам"),
            "callUsWhy": ("The branch nearest to you answers.", "Ответит ближайшее к вам отделение."),
            "findForPhone": ("Find your nearest branch for its phone", "Найдите ближайшее отделение, чтобы узнать его телефон"),
            "writeSupport": ("Write to support", "Написать в поддержку"),
            "chatMessage": ("Your message", "Ваше сообщение"), "chatSend": ("Send", "Отправить"),
            "chatEmpty": ("Write to the hotline: an operator answers here.", "Напишите на горячую линию: оператор ответит здесь."),
            "chatQueued": ("Waiting for the network: sent once it returns", "Ждёт сети: уйдёт, как только она появится"),
            "chatClosed": ("This chat has ended; your next message starts a new one.", "Этот чат завершён; следующее сообщение начнёт новый."),
            "chatTicket": ("No operator was free: your message became a support ticket, answered there. Your next message starts a new chat.",
                           "Свободного оператора не было: сообщение стало обращением в поддержку, ответ придёт там. Следующее сообщение начнёт новый чат."),
        ]
        for (key, text) in texts { s[key] = lang.t(text.0, text.1) }
        return s
    }
}
