"""The foundation as a person meets it: log in, see the home page, switch to Russian."""
from selenium.webdriver.common.by import By

from conftest import PASSWORD, follow


def log_in(browser, server, email):
    browser.get(server.url + "/login")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(browser, browser.find_element(By.ID, "login-submit"))


def test_log_in_see_home_and_switch_language(server, browser):
    server.create_user("e2e-admin@example.com", "admin", "Ada Admin")
    log_in(browser, server, "e2e-admin@example.com")
    assert "Welcome" in browser.find_element(By.TAG_NAME, "h1").text
    assert "Ada Admin" in browser.page_source

    follow(browser, browser.find_element(By.ID, "switch-language"))
    assert "Добро пожаловать" in browser.find_element(By.TAG_NAME, "h1").text
    # the choice is stored: it survives a new page
    browser.get(server.url + "/users")
    assert "Пользователи" in browser.find_element(By.TAG_NAME, "h1").text


def test_wrong_password_shows_a_message(server, browser):
    server.create_user("e2e-manager@example.com", "manager")
    browser.get(server.url + "/login")
    browser.find_element(By.ID, "email").send_keys("e2e-manager@example.com")
    browser.find_element(By.ID, "password").send_keys("not the password")
    follow(browser, browser.find_element(By.ID, "login-submit"))
    assert "Wrong e-mail or password" in browser.find_element(By.CSS_SELECTOR, "[role=alert]").text


def test_a_manager_cannot_open_the_users_page(server, browser):
    server.create_user("e2e-manager2@example.com", "manager")
    log_in(browser, server, "e2e-manager2@example.com")
    browser.get(server.url + "/users")
    assert "Not allowed" in browser.find_element(By.TAG_NAME, "h1").text
