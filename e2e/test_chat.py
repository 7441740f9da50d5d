"""The hotline chat with two browsers, a client's and an operator's: the client opens a chat in
its cabinet, the operator on duty takes it on the support console and answers, the client
closes the page mid-conversation and comes back to the whole history; with nobody on duty the
chat becomes a ticket and the client is told in its language. Support's promises as both sides
meet them: the SLA clock pauses while the ticket waits for the client, a breach escalates and
shows live on the console, and the client rates the resolved ticket."""
import shutil
import uuid

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import IMPLICIT_WAIT, PASSWORD, follow, present
from test_tasks import api, log_in, login


@pytest.fixture()
def second_browser():
    """The other side of the conversation: a browser of its own, with its own cookies."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844", "--lang=en-US"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-US,en"})
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    driver.implicitly_wait(IMPLICIT_WAIT)
    yield driver
    driver.quit()


def company(server, tag):
    """A client company with a cabinet user, and an administrator's token."""
    admin = f"admin-{tag}@e2e.test"
    server.create_user(admin, "admin")
    token = login(server, admin)["token"]
    segment = api(server, "POST", "/api/v1/segments", token, {"code": "C" + tag, "name_en": "Chat " + tag, "name_ru": "Чат " + tag})
    client = api(server, "POST", "/api/v1/clients", token, {
        "kind": "customer", "party": "company", "name": "Chatty Freight " + tag, "segment_id": segment["id"]})
    user = f"client-{tag}@e2e.test"
    server.command("create-user", "--email", user, "--password", PASSWORD, "--role", "client", "--client-id", client["id"])
    return user, client, segment, token


def wait(browser, condition, timeout=15):
    # The queue re-renders its rows on every live event, so an element found a moment ago may be
    # gone by the time it is read: that is a retry, not a failure.
    return WebDriverWait(browser, timeout, ignored_exceptions=(StaleElementReferenceException,)).until(condition)


def thread_text(browser):
    return browser.find_element(By.ID, "chat-thread").text


def test_with_nobody_on_duty_the_chat_becomes_a_ticket_and_the_client_is_told_in_russian(server, browser):
    tag = uuid.uuid4().hex[:8]
    user, _, _, _ = company(server, tag)
    log_in(browser, server, user)
    browser.add_cookie({"name": "oc_lang", "value": "ru"})
    browser.get(server.url + "/cabinet/support")
    follow(browser, browser.find_element(By.ID, "open-chat"))
    assert browser.current_url.endswith("/cabinet/chat")
    browser.find_element(By.ID, "text").send_keys("Машина не приехала " + tag)
    follow(browser, browser.find_element(By.ID, "chat-start-submit"))
    wait(browser, lambda d: "/chats/" in d.current_url)
    assert browser.find_element(By.ID, "chat-status").get_attribute("data-status") == "ticket"
    assert "стало заявкой" in thread_text(browser)
    follow(browser, browser.find_element(By.ID, "chat-ticket-link"))
    assert browser.find_element(By.ID, "ticket-subject").text == "Чат: Машина не приехала " + tag
    assert "Машина не приехала" in browser.find_element(By.ID, "ticket-description").text


def test_a_client_chats_with_the_operator_leaves_mid_conversation_and_comes_back_to_the_whole_history(server, browser, second_browser):
    tag = uuid.uuid4().hex[:8]
    user, client, _, _ = company(server, tag)
    operator_email = f"operator-{tag}@e2e.test"
    server.create_user(operator_email, "operator", name="Olena Hotline")
    op, me = browser, second_browser

    # The operator opens the console and marks themselves available: on duty while it is open.
    log_in(op, server, operator_email)
    op.get(server.url + "/support")
    follow(op, op.find_element(By.ID, "chat-availability"))
    assert op.find_element(By.ID, "chat-duty").get_attribute("data-available") == "true"
    wait(op, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("data-live") == "open")

    # The client, on a phone, opens a chat from its cabinet.
    log_in(me, server, user)
    me.get(server.url + "/cabinet/chat")
    topic = "Where is my truck? " + tag
    me.find_element(By.ID, "text").send_keys(topic)
    follow(me, me.find_element(By.ID, "chat-start-submit"))
    assert me.find_element(By.ID, "chat-status").get_attribute("data-status") == "waiting"
    wait(me, lambda d: d.find_element(By.ID, "chat").get_attribute("data-socket") == "open")

    # It appears in the operator's queue without a reload; the operator takes it.
    wait(op, lambda d: topic in d.find_element(By.ID, "chat-console").text)
    follow(op, op.find_element(By.CSS_SELECTOR, "#chat-queue button[id^='take-']"))
    wait(op, lambda d: "/chats/" in d.current_url)
    wait(op, lambda d: d.find_element(By.ID, "chat").get_attribute("data-socket") == "open")
    # The client's page follows the move (it reloads on a change of status) and tells who answers.
    wait(me, lambda d: d.find_element(By.ID, "chat-status").get_attribute("data-status") == "active")
    wait(me, lambda d: "Olena Hotline is answering you." in thread_text(d))
    wait(me, lambda d: d.find_element(By.ID, "chat").get_attribute("data-socket") == "open")

    # A canned greeting, then an answer typed; the client sees both arrive and the operator typing.
    op.find_element(By.ID, "canned-0").click()
    op.find_element(By.ID, "chat-send").click()
    wait(me, lambda d: "Hello! How can I help you?" in thread_text(d))
    op.find_element(By.ID, "chat-text").send_keys("It left the depot at 9:00")
    wait(me, lambda d: not d.find_element(By.ID, "chat-typing").get_attribute("hidden"))
    op.find_element(By.ID, "chat-send").click()
    wait(me, lambda d: "It left the depot at 9:00" in thread_text(d))
    # An internal note stays with staff.
    op.find_element(By.ID, "chat-text").send_keys("VIP client, be quick")
    op.find_element(By.ID, "chat-internal").click()
    op.find_element(By.ID, "chat-send").click()
    wait(op, lambda d: not present(d, By.CSS_SELECTOR, "#chat-thread .pending"))

    # The client answers; the operator sees it, and the client sees the operator has read it.
    me.find_element(By.ID, "chat-text").send_keys("Thanks! And the second pallet?")
    me.find_element(By.ID, "chat-send").click()
    wait(op, lambda d: "Thanks! And the second pallet?" in thread_text(d))
    wait(me, lambda d: d.find_elements(By.CSS_SELECTOR, "#chat-thread .chat-message.mine.read"))

    # The client closes the page mid-conversation; the operator answers meanwhile.
    me.get("about:blank")
    op.find_element(By.ID, "chat-text").send_keys("The second pallet goes tomorrow")
    op.find_element(By.ID, "chat-send").click()
    wait(op, lambda d: not present(d, By.CSS_SELECTOR, "#chat-thread .pending"))

    # Back in the cabinet: the whole conversation, in order, without the note.
    me.get(server.url + "/cabinet/chat")
    history = thread_text(me)
    expected = [topic, "Olena Hotline is answering you.", "Hello! How can I help you?", "It left the depot at 9:00",
                "Thanks! And the second pallet?", "The second pallet goes tomorrow"]
    positions = [history.find(text) for text in expected]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), history
    assert "VIP" not in history
    # A message typed while the connection is down waits and goes when it is back.
    wait(me, lambda d: d.find_element(By.ID, "chat").get_attribute("data-socket") == "open")
    me.execute_script("window.WebSocket.prototype.send = function () {};")
    me.find_element(By.ID, "chat-text").send_keys("Typed offline")
    me.find_element(By.ID, "chat-send").click()
    assert me.find_elements(By.CSS_SELECTOR, "#chat-thread .pending")
    me.get(server.url + "/cabinet/chat")
    wait(op, lambda d: "Typed offline" in thread_text(d))
    wait(me, lambda d: not present(d, By.CSS_SELECTOR, "#chat-thread .pending"))
    assert thread_text(me).count("Typed offline") == 1

    # The chat is on the client's card, for whoever takes the next call.
    op.get(server.url + "/clients/" + client["id"])
    assert topic[:20] in op.find_element(By.ID, "client-chats").text
    # The client ends the chat.
    me.get(server.url + "/cabinet/chat")
    follow(me, me.find_element(By.ID, "chat-close"))
    assert topic in me.find_element(By.ID, "my-chats").text
    # Off duty again, so later chats on this server become tickets.
    op.get(server.url + "/support")
    follow(op, op.find_element(By.ID, "chat-availability"))


def test_the_sla_clock_pauses_a_breach_shows_live_and_the_client_rates_the_resolution(server, browser, second_browser):
    tag = uuid.uuid4().hex[:8]
    user, client, segment, admin_token = company(server, tag)
    operator_email = f"operator-{tag}@e2e.test"
    server.create_user(operator_email, "operator", name="Petro Hotline")
    op, me = browser, second_browser
    # Urgent tickets of this segment promise a first response in one minute.
    api(server, "POST", "/api/v1/sla-policies", admin_token, {
        "segment_id": segment["id"], "priority": "urgent", "first_response_minutes": 1, "resolution_minutes": 600, "calendar": "24x7"})
    client_token = login(server, user)["token"]
    breached = api(server, "POST", "/api/v1/tickets", client_token, {"subject": "Urgent: dock blocked " + tag, "priority": "urgent"})
    paused = api(server, "POST", "/api/v1/tickets", client_token, {"subject": "Invoice copy " + tag, "priority": "normal"})

    # The operator watches the console: the breach pops up and the row turns breached, without a reload.
    log_in(op, server, operator_email)
    op.get(server.url + "/support")
    wait(op, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("data-live") == "open")
    popup = wait(op, lambda d: d.find_element(By.CSS_SELECTOR, f".breach-popup[data-ticket='{breached['id']}']"), timeout=150)
    assert "dock blocked" in popup.text
    wait(op, lambda d: d.find_element(By.CSS_SELECTOR, f"tr[data-ticket='{breached['id']}'] [data-sla]").get_attribute("data-sla") == "breached")

    # Asking the client pauses the clock of the other ticket.
    op.get(server.url + "/tickets/" + paused["id"])
    op.find_element(By.ID, "reply-text").send_keys("Which invoice do you need?")
    follow(op, op.find_element(By.ID, "reply-submit"))
    follow(op, op.find_element(By.ID, "move-waiting_for_client"))
    assert "Paused" in op.find_element(By.ID, "ticket-sla").text
    # The client answers: the clock runs again; the operator resolves; the client rates it.
    log_in(me, server, user)
    me.get(server.url + "/tickets/" + paused["id"])
    me.find_element(By.ID, "reply-text").send_keys("March, please")
    follow(me, me.find_element(By.ID, "reply-submit"))
    assert "Paused" not in me.find_element(By.ID, "ticket-sla").text
    op.get(server.url + "/tickets/" + paused["id"])
    follow(op, op.find_element(By.ID, "move-resolved"))
    me.get(server.url + "/tickets/" + paused["id"])
    Select(me.find_element(By.ID, "rating")).select_by_value("5")
    me.find_element(By.ID, "comment").send_keys("Quick, thanks")
    follow(me, me.find_element(By.ID, "rating-submit"))
    assert "5 / 5" in me.find_element(By.ID, "ticket-rating").text
