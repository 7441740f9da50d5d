"""The service-quality dashboard as an analyst meets it: indicators with trends, one drill-down
to the orders behind a figure, and the same page in Russian."""
from selenium.webdriver.common.by import By

from conftest import PASSWORD, follow


def log_in(browser, server, email):
    browser.delete_all_cookies()
    browser.get(server.url + "/login")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(browser, browser.find_element(By.ID, "login-submit"))


def test_dashboard_in_both_languages_and_one_drill_down(server, browser):
    server.command("demo", "--orders", "400")
    server.create_user("e2e-analyst@example.com", "analyst", "Ana Analyst")
    log_in(browser, server, "e2e-analyst@example.com")

    follow(browser, browser.find_element(By.LINK_TEXT, "Service quality"))
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Service quality")
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.trend")) == 12
    browser.find_element(By.ID, "group").send_keys("Segment")
    follow(browser, browser.find_element(By.ID, "show-quality"))
    assert "group=segment" in browser.current_url
    assert browser.find_elements(By.CSS_SELECTOR, "table.quality-groups tbody tr")

    # Drill down: the stockout probability figure lists the orders it counted.
    figure = browser.find_element(By.CSS_SELECTOR, "#indicator-stockout_probability .figure a")
    follow(browser, figure)
    assert "/quality/orders" in browser.current_url
    assert "Stockout probability" in browser.find_element(By.TAG_NAME, "h1").text
    counted = browser.find_elements(By.CSS_SELECTOR, "table.records tbody tr")
    assert counted, "the current month of the demo data has placed orders"
    follow(browser, browser.find_element(By.ID, "misses"))
    assert "misses=true" in browser.current_url

    # The same dashboard in Russian.
    browser.get(server.url + "/quality")
    follow(browser, browser.find_element(By.ID, "switch-language"))
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Качество обслуживания")
    assert "Вероятность дефицита" in browser.page_source
    assert "Узкое место" in browser.page_source
