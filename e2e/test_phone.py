"""OrderCycle on a 390×844 phone: the menu folds behind a button (with and without a script),
wide tables read as stacked cards, the Gantt chart becomes a list of stages, and no role's home
or menu page is wider than the screen. Screenshots of every page go to e2e/out/phone/."""
import os
import shutil
import sqlite3
import uuid

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import OUT, PASSWORD, follow

ROLES = ["admin", "manager", "operator", "logistician", "worker", "analyst", "client"]
SHOTS = os.path.join(OUT, "phone")


def phone(browser):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})


def log_in(browser, server, email):
    browser.delete_all_cookies()
    browser.get(server.url + "/login")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(browser, browser.find_element(By.ID, "login-submit"))


def first_client(server):
    db = sqlite3.connect(server.env["DATABASE_URL"].removeprefix("sqlite:"))
    (v,) = db.execute("SELECT id FROM clients WHERE active = 1 ORDER BY code LIMIT 1").fetchone()
    return str(uuid.UUID(v)) if isinstance(v, str) else str(uuid.UUID(bytes=v))


def an_order_with_stages(server):
    db = sqlite3.connect(server.env["DATABASE_URL"].removeprefix("sqlite:"))
    row = db.execute("SELECT o.id FROM orders o WHERE EXISTS (SELECT 1 FROM stage_intervals s WHERE s.order_id = o.id) "
                     "ORDER BY o.number LIMIT 1").fetchone()
    assert row, "the demo has orders with timed stages"
    v = row[0]
    return str(uuid.UUID(v)).lower() if isinstance(v, str) else str(uuid.UUID(bytes=v)).lower()


@pytest.fixture(scope="module")
def people(server):
    server.command("demo", "--orders", "60")
    client = first_client(server)
    emails = {}
    for role in ROLES:
        email = f"phone-{role}@example.com"
        if role == "client":
            server.command("create-user", "--email", email, "--password", PASSWORD, "--role", "client", "--client-id", client)
        else:
            server.create_user(email, role, f"Phone {role.title()}")
        emails[role] = email
    return emails


def overflow(browser):
    """How many CSS pixels the page is wider than the screen (0 when it fits)."""
    return browser.execute_script("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)")


def shoot(browser, name):
    os.makedirs(SHOTS, exist_ok=True)
    browser.save_screenshot(os.path.join(SHOTS, name + ".png"))


def test_the_menu_folds_behind_a_button_that_says_whether_it_is_open(server, browser, people):
    phone(browser)
    log_in(browser, server, people["admin"])
    nav = browser.find_element(By.ID, "main-menu")
    button = browser.find_element(By.ID, "menu-button")
    assert not nav.is_displayed(), "the administrator's menu is folded on a phone"
    assert button.is_displayed() and button.get_attribute("aria-expanded") == "false"
    header = browser.find_element(By.CSS_SELECTOR, "header.top")
    assert header.size["height"] < 844 / 4, f"the folded header takes {header.size['height']} px of 844"

    button.click()
    WebDriverWait(browser, 5).until(lambda _: nav.is_displayed())
    assert button.get_attribute("aria-expanded") == "true"
    follow(browser, browser.find_element(By.LINK_TEXT, "Audit trail"))
    assert "/audit" in browser.current_url

    # Escape closes an open menu.
    browser.find_element(By.ID, "menu-button").click()
    WebDriverWait(browser, 5).until(lambda _: browser.find_element(By.ID, "main-menu").is_displayed())
    browser.find_element(By.TAG_NAME, "body").send_keys("\ue00c")
    WebDriverWait(browser, 5).until(lambda _: not browser.find_element(By.ID, "main-menu").is_displayed())
    assert browser.find_element(By.ID, "menu-button").get_attribute("aria-expanded") == "false"

    # On a wide screen the menu is simply there and the button is not.
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.set_window_size(1280, 900)
    browser.get(server.url + "/")
    assert browser.find_element(By.ID, "main-menu").is_displayed()
    assert not browser.find_element(By.ID, "menu-button").is_displayed()


def test_the_menu_opens_without_a_script(server, people):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=en-US"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2,
                                              "intl.accept_languages": "en-US,en"})
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    try:
        driver.implicitly_wait(5)
        phone(driver)
        log_in(driver, server, people["manager"])
        nav = driver.find_element(By.ID, "main-menu")
        assert not nav.is_displayed()
        assert not driver.find_element(By.ID, "menu-button").is_displayed()
        driver.find_element(By.CSS_SELECTOR, "label.menu-button").click()
        WebDriverWait(driver, 5).until(lambda _: nav.is_displayed())
        follow(driver, driver.find_element(By.LINK_TEXT, "Clients"))
        assert "/clients" in driver.current_url
    finally:
        driver.quit()


def test_wide_tables_read_as_cards_on_a_phone(server, browser, people):
    phone(browser)
    log_in(browser, server, people["admin"])
    browser.get(server.url + "/orders")
    table = browser.find_element(By.ID, "orders")
    assert table.get_attribute("data-cards") is not None
    assert not browser.find_element(By.CSS_SELECTOR, "#orders thead th").is_displayed()
    cell = browser.find_element(By.CSS_SELECTOR, "#orders tbody tr td:nth-child(2)")
    assert cell.get_attribute("data-label") == "Client"
    label = browser.execute_script("return getComputedStyle(arguments[0], '::before').content", cell)
    assert "Client" in label
    first, second = browser.find_elements(By.CSS_SELECTOR, "#orders tbody tr td")[:2]
    assert second.location["y"] > first.location["y"], "a row's cells stack on a phone"
    assert overflow(browser) == 0
    shoot(browser, "orders-cards")


def test_the_gantt_chart_is_a_list_of_stages_on_a_phone(server, browser, people):
    order = an_order_with_stages(server)
    phone(browser)
    log_in(browser, server, people["logistician"])
    browser.get(f"{server.url}/orders/{order}")
    assert not browser.find_element(By.ID, "gantt").is_displayed()
    items = browser.find_elements(By.CSS_SELECTOR, "#gantt-list li")
    assert items and items[0].is_displayed()
    assert "actual" in browser.find_element(By.ID, "gantt-list").text
    font = browser.execute_script("return parseFloat(getComputedStyle(arguments[0]).fontSize)", items[0])
    assert font >= 13
    browser.execute_script("document.getElementById('gantt-list').scrollIntoView()")
    shoot(browser, "order-gantt-list")

    # On a wide screen the chart is back and the list is not.
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.set_window_size(1280, 900)
    browser.get(f"{server.url}/orders/{order}")
    assert browser.find_element(By.ID, "gantt").is_displayed()
    assert not browser.find_element(By.ID, "gantt-list").is_displayed()


@pytest.mark.parametrize("role", ROLES)
def test_every_page_of_a_role_fits_a_phone(server, browser, people, role):
    phone(browser)
    log_in(browser, server, people[role])
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#main-menu a")]
    assert links, "every role has a menu"
    wide = []
    for href in dict.fromkeys(links):
        browser.get(href)
        name = role + "-" + (href.removeprefix(server.url).strip("/").replace("/", "-") or "home")
        shoot(browser, name)
        if overflow(browser) > 0:
            wide.append(f"{href} by {overflow(browser)} px")
        if href.removeprefix(server.url).rstrip("/") != "/app":  # the phone app has its own tab bar
            assert browser.find_element(By.ID, "menu-button").is_displayed()
    assert not wide, "wider than a phone: " + ", ".join(wide)
