"""Support as a client and an operator meet it: the client files a ticket in its cabinet, the
operator finds it in the queue and replies, the client reads the reply, the operator resolves
the ticket and the client rates it."""
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import PASSWORD, follow
from test_tasks import api, log_in, login


def test_a_client_files_a_ticket_an_operator_replies_and_the_client_rates_it(server, browser):
    tag = uuid.uuid4().hex[:8]
    admin, operator, client = f"admin-{tag}@e2e.test", f"operator-{tag}@e2e.test", f"client-{tag}@e2e.test"
    server.create_user(admin, "admin")
    server.create_user(operator, "operator", name="Oleh Hotline")
    admin_token = login(server, admin)["token"]
    segment = api(server, "POST", "/api/v1/segments", admin_token, {"code": "S" + tag, "name_en": "Support " + tag, "name_ru": "Поддержка " + tag})
    company = api(server, "POST", "/api/v1/clients", admin_token, {
        "kind": "customer", "party": "company", "name": "Helpdesk Freight " + tag, "segment_id": segment["id"]})
    server.command("create-user", "--email", client, "--password", PASSWORD, "--role", "client", "--client-id", company["id"])
    subject = "Label printer down " + tag

    # The client files the ticket in its cabinet.
    log_in(browser, server, client)
    browser.get(server.url + "/cabinet/support")
    browser.find_element(By.ID, "subject").send_keys(subject)
    browser.find_element(By.ID, "description").send_keys("Nothing prints since the morning.")
    Select(browser.find_element(By.ID, "priority")).select_by_value("high")
    follow(browser, browser.find_element(By.ID, "new-ticket-submit"))
    WebDriverWait(browser, 10).until(lambda d: "/tickets/" in d.current_url)
    ticket_url = browser.current_url
    assert browser.find_element(By.ID, "ticket-subject").text == subject

    # The operator finds it in the queue, replies, and resolves it.
    log_in(browser, server, operator)
    browser.get(server.url + "/support")
    follow(browser, browser.find_element(By.LINK_TEXT, subject))
    browser.find_element(By.ID, "reply-text").send_keys("Please restart the print server.")
    follow(browser, browser.find_element(By.ID, "reply-submit"))
    assert "Please restart the print server." in browser.find_element(By.ID, "ticket-thread").text
    follow(browser, browser.find_element(By.ID, "move-resolved"))
    assert browser.find_element(By.ID, "ticket-status").text == "Resolved"

    # The client reads the reply and rates the resolution.
    log_in(browser, server, client)
    browser.get(ticket_url)
    assert "Please restart the print server." in browser.find_element(By.ID, "ticket-thread").text
    Select(browser.find_element(By.ID, "rating")).select_by_value("5")
    browser.find_element(By.ID, "comment").send_keys("Fixed in minutes")
    follow(browser, browser.find_element(By.ID, "rating-submit"))
    assert "5 / 5" in browser.find_element(By.ID, "ticket-rating").text
    browser.get(server.url + "/cabinet/support")
    assert "5 / 5" in browser.find_element(By.ID, "my-tickets").text
