"""One order walked as people do it: the buyer composes and sends it in the cabinet, staff take
it through every step and stage, the buyer confirms receipt, rates it and files a claim; the
order page shows the Gantt chart and the cycle breakdown."""
import sqlite3
import uuid

from selenium.webdriver.common.by import By

from conftest import PASSWORD, follow


def log_in(browser, server, email):
    browser.delete_all_cookies()
    browser.get(server.url + "/login")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(browser, browser.find_element(By.ID, "login-submit"))


def click(browser, element_id):
    follow(browser, browser.find_element(By.ID, element_id))


def client_ids(server):
    db = sqlite3.connect(server.env["DATABASE_URL"].removeprefix("sqlite:"))
    rows = db.execute("SELECT id FROM clients WHERE active = 1 ORDER BY code LIMIT 2").fetchall()
    return [str(uuid.UUID(v)) if isinstance(v, str) else str(uuid.UUID(bytes=v)) for (v,) in rows]


def test_an_order_from_the_cabinet_through_every_stage(server, browser):
    server.command("demo", "--orders", "0")
    mine, other = client_ids(server)
    server.command("create-user", "--email", "buyer@example.com", "--password", PASSWORD, "--role", "client", "--client-id", other)
    server.command("create-user", "--email", "buyer2@example.com", "--password", PASSWORD, "--role", "client", "--client-id", mine)
    server.create_user("logist@example.com", "logistician", "Lena Logist")

    # The buyer composes and sends the order.
    log_in(browser, server, "buyer2@example.com")
    browser.get(server.url + "/orders/new")
    browser.find_element(By.ID, "sku0").send_keys("SKU-0001")
    browser.find_element(By.ID, "qty0").send_keys("3")
    click(browser, "order-submit")
    order_url = browser.current_url
    assert "/orders/" in order_url
    click(browser, "step-sent")
    assert "Sent" in browser.find_element(By.ID, "order-status").text

    # Staff take it through every processing step, timing a stage on the way.
    log_in(browser, server, "logist@example.com")
    browser.get(order_url)
    for step in ["received", "placed", "invoiced"]:
        click(browser, f"step-{step}")
    click(browser, "stage-delivery-start")
    for step in ["picked", "dispatched", "delivered"]:
        click(browser, f"step-{step}")
    assert "Delivered" in browser.find_element(By.ID, "order-status").text

    # The buyer confirms receipt, rates the fulfilment and files a claim.
    log_in(browser, server, "buyer2@example.com")
    browser.get(order_url)
    click(browser, "step-accepted")
    assert "Accepted" in browser.find_element(By.ID, "order-status").text
    browser.find_element(By.ID, "rating").send_keys("4")
    click(browser, "rate-submit")
    assert "4/5" in browser.page_source
    browser.find_element(By.ID, "claim-description").send_keys("One pallet arrived damaged")
    click(browser, "claim-submit")
    assert "One pallet arrived damaged" in browser.find_element(By.ID, "claims").text

    # The page shows the Gantt chart with actual bars and the cycle breakdown.
    gantt = browser.find_element(By.ID, "gantt")
    assert len(gantt.find_elements(By.CSS_SELECTOR, "rect.actual")) >= 2
    breakdown = browser.find_element(By.ID, "cycle-breakdown").text
    assert "Seller's cycle" in breakdown and "interruptions" in breakdown

    # Another client's user cannot open it.
    log_in(browser, server, "buyer@example.com")
    browser.get(order_url)
    assert "Page not found" in browser.find_element(By.TAG_NAME, "h1").text or "Not allowed" in browser.find_element(By.TAG_NAME, "h1").text
