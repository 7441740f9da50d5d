"""The personal service department as its people meet it: a manager connects a package to a
client on the client's card, the client files a special request for 22:00 from its cabinet (in
Russian), the manager accepts, plans, does and closes it satisfied, and η and F on the quality
dashboard change to what the requests give, computed here by hand; a client that keeps buying
the same service outside its package gets an upsell suggestion on its card."""
import datetime
import uuid
from zoneinfo import ZoneInfo

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import PASSWORD, follow
from test_tasks import api, log_in, login

ZONE = ZoneInfo("Europe/Kyiv")


def figure(browser, indicator):
    return browser.find_element(By.CSS_SELECTOR, f"#indicator-{indicator} .figure a").text


def dashboard_value(server, token, client_id, indicator):
    board = api(server, "GET", f"/api/v1/quality/dashboard?group=client&key={client_id}", token)
    return next(i["value"] for i in board["total"]["indicators"] if i["indicator"] == indicator), board["total"]["service_requests"]


def test_a_package_a_night_request_and_the_figures_it_moves(server, browser):
    tag = uuid.uuid4().hex[:8]
    admin, manager, client = f"admin-{tag}@e2e.test", f"manager-{tag}@e2e.test", f"client-{tag}@e2e.test"
    server.create_user(admin, "admin")
    server.create_user(manager, "manager", name="Iryna Service " + tag)
    admin_token = login(server, admin)["token"]
    manager_token = login(server, manager)["token"]
    segment = api(server, "POST", "/api/v1/segments", admin_token, {"code": "V" + tag, "name_en": "Night " + tag, "name_ru": "Ночь " + tag})
    company = api(server, "POST", "/api/v1/clients", admin_token, {
        "kind": "customer", "party": "company", "name": "Night Freight " + tag, "segment_id": segment["id"]})
    regular = api(server, "POST", "/api/v1/clients", admin_token, {
        "kind": "customer", "party": "company", "name": "Label Buyer " + tag, "segment_id": segment["id"]})
    server.command("create-user", "--email", client, "--password", PASSWORD, "--role", "client", "--client-id", company["id"])
    client_token = login(server, client)["token"]

    def service(code, minutes, price):
        return api(server, "POST", "/api/v1/services", admin_token, {
            "code": code, "name_en": "Night intake " + code, "name_ru": "Ночная приёмка " + code, "kind": "special", "phase": "sale",
            "standard_minutes": minutes, "price_minor": price, "segment_ids": [segment["id"]]})
    intake = service("intake-" + tag, 60, 150_00)
    business = api(server, "POST", "/api/v1/packages", admin_token, {
        "code": "business-" + tag, "name_en": "Business " + tag, "name_ru": "Бизнес " + tag, "price_minor": 300_00,
        "services": [{"service_id": intake["id"], "included_per_month": 2}]})
    night = api(server, "POST", "/api/v1/packages", admin_token, {
        "code": "night-" + tag, "name_en": "Night " + tag, "name_ru": "Ночной " + tag, "price_minor": 100_00,
        "services": [{"service_id": intake["id"], "included_per_month": 2}]})

    # The manager connects the business package on the client's card.
    log_in(browser, server, manager)
    browser.get(server.url + f"/clients/{company['id']}")
    Select(browser.find_element(By.CSS_SELECTOR, "#connect-package select[name=package_id]")).select_by_value(business["id"])
    follow(browser, browser.find_element(By.ID, "connect-submit"))
    browser.get(server.url + f"/clients/{company['id']}")
    assert "Business " + tag in browser.find_element(By.ID, "current-package").text

    # Before any request the client's η and F are the orders' — it has none: no data.
    browser.get(server.url + f"/quality?group=client&key={company['id']}")
    assert figure(browser, "flexibility") == "no data"
    assert dashboard_value(server, manager_token, company["id"], "flexibility") == (None, False)

    # The client, in Russian, files a special request for 22:00 tomorrow (outside working hours).
    log_in(browser, server, client)
    browser.add_cookie({"name": "oc_lang", "value": "ru"})
    browser.get(server.url + "/cabinet/requests")
    assert "Мои заявки" in browser.find_element(By.TAG_NAME, "h1").text
    tomorrow = datetime.datetime.now(ZONE).date() + datetime.timedelta(days=1)
    Select(browser.find_element(By.ID, "kind")).select_by_value("special")
    Select(browser.find_element(By.ID, "service_id")).select_by_value(intake["id"])
    when = browser.find_element(By.ID, "scheduled_at")
    browser.execute_script("arguments[0].value = arguments[1]", when, f"{tomorrow.isoformat()}T22:00")
    browser.find_element(By.ID, "description").send_keys("Примите фуру на складе в 22:00 " + tag)
    follow(browser, browser.find_element(By.ID, "request-submit"))
    mine = browser.find_element(By.ID, "my-requests")
    assert "22:00" in mine.text
    request_id = mine.find_element(By.CSS_SELECTOR, "tr[data-request-id]").get_attribute("data-request-id")

    # Filed, not yet given or decided: η is 0 of what the client is offered, F still no data.
    eta, from_requests = dashboard_value(server, manager_token, company["id"], "service_level_by_count")
    assert from_requests and eta == 0
    assert dashboard_value(server, manager_token, company["id"], "flexibility") == (None, True)

    # The manager accepts, plans, does and closes it satisfied.
    log_in(browser, server, manager)
    browser.get(server.url + f"/requests/{request_id}")
    assert browser.find_element(By.ID, "after-hours").is_displayed()
    follow(browser, browser.find_element(By.CSS_SELECTOR, "#to-accepted button"))
    follow(browser, browser.find_element(By.CSS_SELECTOR, "#to-planned button"))
    follow(browser, browser.find_element(By.CSS_SELECTOR, "#to-done button"))
    browser.find_element(By.CSS_SELECTOR, "#to-closed input[name=satisfied][value=true]").click()
    follow(browser, browser.find_element(By.CSS_SELECTOR, "#to-closed button"))
    assert browser.find_element(By.ID, "request-outcome").text.startswith("Client satisfied")

    # By hand: the client is offered every active service open to its segment and its package's;
    # one of them was given, so η by count is 1 over that; F is 1 satisfied over 1 decided.
    offered = {s["id"] for s in api(server, "GET", "/api/v1/services", client_token)["items"]} | {intake["id"]}
    eta, from_requests = dashboard_value(server, manager_token, company["id"], "service_level_by_count")
    assert from_requests and abs(eta - 1 / len(offered)) < 1e-9
    assert dashboard_value(server, manager_token, company["id"], "flexibility") == (1.0, True)
    browser.get(server.url + f"/quality?group=client&key={company['id']}")
    assert figure(browser, "flexibility") == "100.0 %"
    assert figure(browser, "service_level_by_count") == f"{100 / len(offered):.1f} %"
    assert browser.find_element(By.CSS_SELECTOR, "#indicator-flexibility .from-service-requests").is_displayed()
    # The figure opens the requests behind it.
    follow(browser, browser.find_element(By.CSS_SELECTOR, "#indicator-flexibility .figure a"))
    WebDriverWait(browser, 10).until(lambda d: "/quality/service-requests" in d.current_url)
    assert browser.find_elements(By.CSS_SELECTOR, f"tr[data-service-request='{request_id.upper()}'], tr[data-service-request='{request_id.lower()}']")

    # A client without a package keeps buying night intakes: four this month at 150.00 — the card
    # suggests the night package that covers them.
    for n in range(4):
        api(server, "POST", "/api/v1/requests", manager_token, {
            "kind": "service", "service_id": intake["id"], "client_id": regular["id"], "description": f"Intake {n} {tag}",
            "scheduled_at": f"{tomorrow.isoformat()}T20:00:00Z"})
    browser.get(server.url + f"/clients/{regular['id']}")
    suggestion = browser.find_element(By.CSS_SELECTOR, f"#upsell [data-upsell-service='intake-{tag}']")
    assert "night-" + tag in suggestion.text and night["id"]
