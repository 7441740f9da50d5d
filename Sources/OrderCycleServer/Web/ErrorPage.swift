import Vapor

/// A friendly page for web errors, in the visitor's language.
enum ErrorPage {
    static func render(_ problem: Problem, request: Request) -> Response {
        let lang = request.language
        let (title, text): (String, String) = switch problem.status {
        case 403 where problem.detail != nil:
            (lang.t("Not allowed", "Нет доступа"), lang.t(problem.detail!, "Форма устарела или отправлена не с этого сайта; обновите страницу и повторите."))
        case 403: (lang.t("Not allowed", "Нет доступа"), lang.t("Your role cannot open this page.", "Ваша роль не даёт доступа к этой странице."))
        case 404: (lang.t("Page not found", "Страница не найдена"), lang.t("There is nothing at this address.", "По этому адресу ничего нет."))
        case 409: (lang.t("Conflict", "Конфликт"), problem.detail ?? lang.t("The record was changed meanwhile.", "Запись тем временем изменилась."))
        case 413: (lang.t("Too large", "Слишком большой запрос"), lang.t("The request is too large.", "Запрос слишком велик."))
        case 429: (lang.t("Too many attempts", "Слишком много попыток"), problem.detail ?? lang.t("Please wait a little and try again.", "Подождите немного и повторите."))
        case 400..<500: (lang.t("Cannot do that", "Не получилось"), problem.detail ?? lang.t("The request was not understood.", "Запрос не распознан."))
        default: (lang.t("Something went wrong", "Что-то пошло не так"), lang.t("We have logged the error. Please try again later.", "Ошибка записана в журнал. Повторите позже."))
        }
        let content: HTML = """
        <div class="card">
          <h1>\(title)</h1>
          <p>\(text)</p>
          <p><a href="\(PageRoute.Home.home())">\(lang.t("Go to the home page", "На главную"))</a></p>
        </div>
        """
        return Layout(title: title, request: request).render(content, status: problem.httpStatus)
    }
}
