"""Tasks and the Kanban board as a worker meets them: register a task, drag it across the
board, hit a column's strict limit, be stopped by an overdue task that the page names, agree a
new deadline with a reason, and pull again; an open board follows changes made elsewhere live."""
import datetime
import json
import sqlite3
import urllib.request
import uuid

from selenium.common.exceptions import ElementNotInteractableException, StaleElementReferenceException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PASSWORD, follow, present


def api(server, method, path, token=None, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(server.url + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=10) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


def login(server, email):
    return api(server, "POST", "/api/v1/auth/login", body={"email": email, "password": PASSWORD})


def log_in(browser, server, email):
    browser.delete_all_cookies()
    browser.get(server.url + "/login")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(browser, browser.find_element(By.ID, "login-submit"))
    WebDriverWait(browser, 10).until(lambda d: "/login" not in d.current_url)


def team_with_board(server, admin, name, board, members, in_progress_limit):
    """Sets a team up as an administrator does, through the API: the team, its members (the
    supervisor first), and a board with the standard columns whose "In progress" holds
    `in_progress_limit` cards at most, strictly. Answers the board's id."""
    team = api(server, "POST", "/api/v1/teams", admin["token"], {"name": name})["id"]
    for user, supervisor in members:
        api(server, "PUT", f"/api/v1/teams/{team}/members/{user}", admin["token"], {"supervisor": supervisor})
    made = api(server, "POST", "/api/v1/boards", admin["token"], {"team_id": team, "name": board})
    doing = next(c for c in made["columns"] if c["status"] == "in_progress")
    shaped = api(server, "PATCH", f"/api/v1/boards/{made['id']}/columns/{doing['id']}", admin["token"], {"wip_limit": in_progress_limit, "wip_strict": True})
    assert [c["status"] for c in shaped["columns"]] == ["todo", "in_progress", "blocked", "done"]
    return made["id"].lower()


class Store:
    """The server's SQLite file, written the way the server writes it (ids and moments in the
    same form as the rows already there): no API takes a deadline in the past, so a task is
    made overdue here."""

    def __init__(self, server):
        self.db = sqlite3.connect(server.env["DATABASE_URL"].removeprefix("sqlite:"), timeout=20)
        self.sample_id, self.sample_at = self.db.execute("SELECT id, created_at FROM users LIMIT 1").fetchone()

    def uid(self, value):
        value = uuid.UUID(str(value))
        if isinstance(self.sample_id, bytes):
            return value.bytes
        return str(value).upper() if self.sample_id == self.sample_id.upper() else str(value)

    def moment(self, when):
        if isinstance(self.sample_at, (int, float)):
            return when.timestamp()
        return when.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def make_overdue(self, task, hours=3):
        past = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=hours)
        with self.db:
            self.db.execute("UPDATE tasks SET deadline = ?, deadline_original = ? WHERE id = ?", (self.moment(past), self.moment(past), self.uid(task)))


def in_hours(hours):
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


def set_value(browser, element_id, value):
    """A datetime-local field takes its value as the browser's own picker would leave it."""
    browser.execute_script("document.getElementById(arguments[0]).value = arguments[1];", element_id, value)


def local_in_hours(browser, hours):
    # The page shows and reads wall-clock times in the company's zone; the server's default is Kyiv.
    return browser.execute_script("""
        var d = new Date(Date.now() + arguments[0] * 3600000);
        var parts = new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit',
            hour: '2-digit', minute: '2-digit', hour12: false}).formatToParts(d);
        var p = {}; parts.forEach(function (x) { p[x.type] = x.value; });
        return p.year + '-' + p.month + '-' + p.day + 'T' + (p.hour === '24' ? '00' : p.hour) + ':' + p.minute;
    """, hours)


def column_of(browser, task):
    cards = present(browser, By.ID, "card-" + task.upper())
    if not cards:
        return None
    return cards[0].find_element(By.XPATH, "ancestor::section[contains(@class,'board-column')]").get_attribute("data-column-id")


def until(browser, condition):
    """Waits for the condition; the board redraws its columns meanwhile, so an element read a
    moment ago may have been replaced: that is a reason to look again, not a failure."""
    return WebDriverWait(browser, 10, ignored_exceptions=[StaleElementReferenceException, ElementNotInteractableException]).until(condition)


def press(browser, task, key):
    """Presses a key on a task's card, finding the card afresh if a redraw replaced it."""
    until(browser, lambda d: d.find_element(By.ID, "card-" + task.upper()).send_keys(key) or True)


def wait_board(browser):
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "board").get_attribute("data-ready") == "true")


def test_a_task_across_the_board_through_the_gate(server, browser):
    tag = uuid.uuid4().hex[:6]
    admin_email, boss_email, worker_email = f"admin-{tag}@example.com", f"boss-{tag}@example.com", f"worker-{tag}@example.com"
    server.create_user(admin_email, "admin", "Ada Admin")
    server.create_user(boss_email, "manager", "Sam Supervisor")
    server.create_user(worker_email, "worker", "Wendy Worker")
    admin, boss, worker = login(server, admin_email), login(server, boss_email), login(server, worker_email)
    store = Store(server)
    board = team_with_board(server, admin, f"Dispatch {tag}", f"Dispatch board {tag}", [(boss["user_id"], True), (worker["user_id"], False)],
                            in_progress_limit=1)

    # The worker registers a task on "my tasks".
    log_in(browser, server, worker_email)
    browser.get(server.url + "/tasks")
    browser.find_element(By.ID, "title").send_keys("Pack the Acme order")
    browser.find_element(By.CSS_SELECTOR, f"#responsible_id option[value='{worker['user_id'].upper()}']").click()
    set_value(browser, "deadline", local_in_hours(browser, 8))
    browser.find_element(By.CSS_SELECTOR, f"#board option[value='{board.upper()}']").click()
    follow(browser, browser.find_element(By.ID, "task-submit"))
    packing = browser.current_url.rsplit("/", 1)[1].lower()
    assert browser.find_element(By.ID, "task-title").text == "Pack the Acme order"

    # On the board, a real drag takes the card from "To do" to "In progress".
    browser.get(server.url + "/boards/" + board)
    wait_board(browser)
    columns = [c.get_attribute("data-column-id") for c in browser.find_elements(By.CSS_SELECTOR, "#board-columns .board-column")]
    todo, doing, waiting, done = columns
    assert column_of(browser, packing) == todo
    card = browser.find_element(By.ID, "card-" + packing.upper())
    target = browser.find_element(By.CSS_SELECTOR, f".board-cards[data-column-id='{doing}']")
    ActionChains(browser).move_to_element(card.find_element(By.CSS_SELECTOR, ".card-meta")).click_and_hold() \
        .move_by_offset(10, 10).move_to_element(target).move_by_offset(0, 5).release().perform()
    until(browser, lambda d: column_of(d, packing) == doing and d.find_element(By.ID, "board").get_attribute("aria-busy") is None)
    assert api(server, "GET", f"/api/v1/tasks/{packing}", worker["token"])["status"] == "in_progress"
    until(browser, lambda d: "Full" in d.find_element(By.ID, "column-mark-" + doing).text)

    # The keyboard moves a focused card to the next column and back.
    press(browser, packing, Keys.ARROW_RIGHT)
    until(browser, lambda d: column_of(d, packing) == waiting)
    press(browser, packing, Keys.ARROW_LEFT)
    until(browser, lambda d: column_of(d, packing) == doing and d.find_element(By.ID, "board").get_attribute("aria-busy") is None)

    # A second task, given by the supervisor, cannot come in: the strict column is full, and the
    # page says so, naming the task that fills it.
    second = api(server, "POST", "/api/v1/tasks", boss["token"], {
        "title": "Label the returns", "responsible_id": worker["user_id"], "deadline": in_hours(24), "board_id": board})["id"].lower()
    until(browser, lambda d: column_of(d, second) == todo)  # arrived live
    press(browser, second, Keys.ARROW_RIGHT)
    until(browser, lambda d: d.find_elements(By.ID, "refusal"))
    refusal = browser.find_element(By.ID, "refusal")
    assert refusal.get_attribute("data-code") == "column_full"
    assert "limit of 1" in refusal.text and "Pack the Acme order" in refusal.text
    assert column_of(browser, second) == todo

    # The first task is done; an overdue task now blocks the next pull, and the page names it.
    api(server, "POST", f"/api/v1/tasks/{packing}/complete", worker["token"])
    late = api(server, "POST", "/api/v1/tasks", boss["token"], {
        "title": "Call back Acme about the pallet", "responsible_id": worker["user_id"], "deadline": in_hours(1), "board_id": board})["id"].lower()
    store.make_overdue(late)
    browser.get(server.url + "/tasks/" + second)
    follow(browser, browser.find_element(By.ID, "task-pull"))
    refusal = browser.find_element(By.ID, "refusal")
    assert refusal.get_attribute("data-code") == "overdue_tasks"
    assert "overdue task" in refusal.text
    link = refusal.find_element(By.CSS_SELECTOR, f"#blocking-tasks a[href='/tasks/{late.upper()}']")
    assert link.text == "Call back Acme about the pallet"
    assert late[:8] in refusal.text

    # The worker agrees a new deadline with a reason (none is refused), then pulls again.
    follow(browser, link)
    set_value(browser, "deadline", local_in_hours(browser, 5))
    follow(browser, browser.find_element(By.ID, "deadline-submit"))
    assert browser.find_element(By.ID, "reason-error").text
    set_value(browser, "deadline", local_in_hours(browser, 5))
    browser.find_element(By.ID, "reason").send_keys("Acme's dock is closed until noon")
    browser.find_element(By.ID, "agreed_by").send_keys("Olga at Acme")
    follow(browser, browser.find_element(By.ID, "deadline-submit"))
    history = browser.find_element(By.ID, "deadline-history").text
    assert "Acme's dock is closed until noon" in history and "Olga at Acme" in history
    assert "Overdue" not in browser.find_element(By.ID, "task-status").text
    browser.get(server.url + "/tasks/" + second)
    follow(browser, browser.find_element(By.ID, "task-pull"))
    assert 'id="refusal"' not in browser.page_source
    assert "In progress" in browser.find_element(By.ID, "task-status").text

    # An open board follows a change made elsewhere, without reloading.
    browser.get(server.url + "/boards/" + board)
    wait_board(browser)
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("data-live") == "open")
    marker = browser.find_element(By.ID, "board-columns")
    api(server, "POST", f"/api/v1/tasks/{second}/move", boss["token"], {"column_id": waiting})
    until(browser, lambda d: column_of(d, second) == waiting)
    assert marker.id != browser.find_element(By.ID, "board-columns").id, "the columns were redrawn in place"

    # In Russian the board and a refusal read in Russian.
    browser.find_element(By.ID, "switch-language").click()
    # The switch loads the page again: the old page's root may go stale between finding and reading it.
    until(browser, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru")
    until(browser, lambda d: "строгий предел" in d.find_element(By.ID, "board-columns").text)
