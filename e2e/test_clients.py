"""Clients as a person meets them: find a client by a phone typed differently from how it was
saved, and see the incoming-call card pop up while a page is open."""
import json
import urllib.request
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PASSWORD, follow


def api(server, method, path, token=None, body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(server.url + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    with urllib.request.urlopen(request, timeout=10) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


def login_token(server, email):
    return api(server, "POST", "/api/v1/auth/login", body={"email": email, "password": PASSWORD})["token"]


def log_in(browser, server, email):
    browser.get(server.url + "/login")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(browser, browser.find_element(By.ID, "login-submit"))
    WebDriverWait(browser, 10).until(lambda d: "/login" not in d.current_url)


def staff(server, role):
    email = f"e2e-{role}-{uuid.uuid4().hex[:8]}@example.com"
    server.create_user(email, role, f"E2E {role.title()} {email[8:12]}")
    return email


def segment_with_manager(server, admin_token, manager_email):
    """A fresh segment served by this manager only, so new clients in it are theirs."""
    code = "e2e" + uuid.uuid4().hex[:6]
    segment = api(server, "POST", "/api/v1/segments", admin_token, {"code": code, "name_en": "E2E " + code, "name_ru": "E2E " + code})
    users = api(server, "GET", "/api/v1/users?limit=200", admin_token)["items"]
    manager = next(u for u in users if u["email"] == manager_email)
    api(server, "PUT", f"/api/v1/managers/{manager['id']}/segments", admin_token, {"segment_ids": [segment["id"]]})
    return segment["id"]


def test_search_a_client_by_a_phone_typed_differently(server, browser):
    admin = staff(server, "admin")
    admin_token = login_token(server, admin)
    manager = staff(server, "manager")
    segment = segment_with_manager(server, admin_token, manager)
    api(server, "POST", "/api/v1/clients", admin_token, {
        "kind": "customer", "party": "company", "name": "Phone Search Ltd", "segment_id": segment,
        "contacts": [{"name": "Olha", "phones": [{"number": "+380 44 321 65 87"}]}]})

    log_in(browser, server, manager)
    browser.get(server.url + "/clients")
    search = browser.find_element(By.ID, "q")
    search.send_keys("(044) 321-65-87")
    follow(browser, browser.find_element(By.ID, "search-submit"))
    WebDriverWait(browser, 10).until(lambda d: "q=" in d.current_url)
    table = browser.find_element(By.ID, "clients")
    assert "Phone Search Ltd" in table.text
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == 1


def test_receive_a_call_card_pop_up(server, browser):
    admin = staff(server, "admin")
    admin_token = login_token(server, admin)
    manager = staff(server, "manager")
    segment = segment_with_manager(server, admin_token, manager)
    api(server, "POST", "/api/v1/clients", admin_token, {
        "kind": "customer", "party": "company", "name": "Pop-up Freight", "segment_id": segment,
        "contacts": [{"name": "Petro", "phones": [{"number": "+380 67 555 12 34"}]}]})
    exchange = api(server, "POST", "/api/v1/integration-tokens", admin_token, {"name": "PBX " + uuid.uuid4().hex[:6], "role": "operator"})

    log_in(browser, server, manager)
    browser.get(server.url + "/clients")
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("data-live") == "open")

    card = api(server, "POST", "/api/v1/telephony/calls", exchange["token"],
               {"caller": "067 555-12-34", "called": "+380441110000", "exchange_call_id": "e2e-" + uuid.uuid4().hex})
    assert card["routed_to"]["kind"] == "manager"

    popup = WebDriverWait(browser, 10).until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".call-popup")))
    assert "Pop-up Freight" in popup.text
    assert "+380675551234" in popup.text
    follow(browser, browser.find_element(By.ID, "call-client-link"))
    assert "Pop-up Freight" in browser.find_element(By.TAG_NAME, "h1").text


def test_call_pop_ups_stack_and_take_the_outcome(server, browser):
    """A second call joins the first pop-up instead of replacing it; the outcome set on a pop-up
    is saved without leaving the page, the other pop-up stays, and the call list shows it."""
    admin = staff(server, "admin")
    admin_token = login_token(server, admin)
    manager = staff(server, "manager")
    segment = segment_with_manager(server, admin_token, manager)
    for name, phone in (("Stack One Ltd", "+380 67 555 20 01"), ("Stack Two Ltd", "+380 67 555 20 02")):
        api(server, "POST", "/api/v1/clients", admin_token, {
            "kind": "customer", "party": "company", "name": name, "segment_id": segment,
            "contacts": [{"name": "Desk", "phones": [{"number": phone}]}]})
    exchange = api(server, "POST", "/api/v1/integration-tokens", admin_token, {"name": "PBX " + uuid.uuid4().hex[:6], "role": "operator"})

    log_in(browser, server, manager)
    browser.get(server.url + "/clients")
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("data-live") == "open")

    first = api(server, "POST", "/api/v1/telephony/calls", exchange["token"],
                {"caller": "067 555-20-01", "exchange_call_id": "e2e-" + uuid.uuid4().hex})
    WebDriverWait(browser, 10).until(EC.visibility_of_element_located((By.ID, "call-popup-" + first["call_id"])))
    second = api(server, "POST", "/api/v1/telephony/calls", exchange["token"],
                 {"caller": "067 555-20-02", "exchange_call_id": "e2e-" + uuid.uuid4().hex})
    WebDriverWait(browser, 10).until(EC.visibility_of_element_located((By.ID, "call-popup-" + second["call_id"])))
    pop_ups = browser.find_elements(By.CSS_SELECTOR, "#call-stack .call-popup")
    assert len(pop_ups) == 2
    assert "Stack One Ltd" in pop_ups[0].text and "Stack Two Ltd" in pop_ups[1].text

    box = browser.find_element(By.ID, "call-popup-" + first["call_id"])
    box.find_element(By.CSS_SELECTOR, "select[name=outcome]").send_keys("answered")
    box.find_element(By.CSS_SELECTOR, "input[name=note]").send_keys("Wants two pallets")
    box.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "Outcome: answered" in d.find_element(By.ID, "call-popup-" + first["call_id"]).text)
    assert browser.find_element(By.ID, "call-popup-" + second["call_id"]).is_displayed()
    call = api(server, "GET", "/api/v1/telephony/calls/" + first["call_id"], admin_token)
    assert call["outcome"] == "answered" and call["note"] == "Wants two pallets"

    browser.get(server.url + "/calls")
    calls = browser.find_element(By.ID, "user-calls").text
    assert "Stack One Ltd" in calls and "Wants two pallets" in calls
