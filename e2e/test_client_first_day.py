"""A client's first day, in Russian on a 390×844 phone: its manager invites it from the client
card, the invited person sets a password through the one-time link, sends an order from the
cabinet with products it finds by name, opens its invoice with the seller's details and VAT
(and prints it to PDF), and is told live, by the bell and a pop-up, when staff ship it."""
import base64
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import PASSWORD, follow
from test_clients import api, log_in, login_token, segment_with_manager, staff


def set_up(server):
    """A manager's client with a contact that has an e-mail, a product on hand, and an administrator who moves the order."""
    server.command("demo", "--orders", "0")
    admin = staff(server, "admin")
    admin_token = login_token(server, admin)
    manager = staff(server, "manager")
    segment = segment_with_manager(server, admin_token, manager)
    tag = uuid.uuid4().hex[:6]
    email = f"olha-{tag}@client.example"
    client = api(server, "POST", "/api/v1/clients", admin_token, {
        "kind": "customer", "party": "company", "name": "Первый день " + tag, "segment_id": segment,
        "contacts": [{"name": "Ольга " + tag, "emails": [email]}]})
    sku = f"CFD-{tag}".upper()
    api(server, "POST", "/api/v1/products", admin_token,
        {"sku": sku, "name": "Коробка гофрированная " + tag, "price_minor": 2500, "currency": "UAH", "on_hand": 100})
    api(server, "PUT", "/api/v1/company", admin_token, {
        "name": "ООО Логистика " + tag, "address": "Киев, ул. Крещатик, 1", "tax_id": "UA" + tag, "bank": "ПриватБанк, UA21 3052 9900 0002 6007",
        "vat_rate_basis_points": 2000, "payment_terms": "Оплата в течение 14 дней"}, headers={"If-Match": "*"})
    return {"manager": manager, "client": client, "email": email, "sku": sku, "tag": tag, "staff_token": admin_token}


def step(server, token, order_id, to):
    order = api(server, "GET", f"/api/v1/orders/{order_id}", token)
    api(server, "POST", f"/api/v1/orders/{order_id}/transitions", token, {"to": to}, headers={"If-Match": f'"{order["version"]}"'})


def test_a_client_is_invited_orders_reads_its_invoice_and_hears_it_shipped(server, browser):
    w = set_up(server)
    browser.set_window_size(390, 844)
    browser.get(server.url + "/login")
    browser.add_cookie({"name": "oc_lang", "value": "ru", "path": "/"})

    # The manager invites the contact from the client card.
    log_in(browser, server, w["manager"])
    browser.get(f"{server.url}/clients/{w['client']['id']}")
    assert "Доступ в кабинет" in browser.page_source
    Select(browser.find_element(By.ID, "contact_id")).select_by_value(w["client"]["contacts"][0]["id"])
    follow(browser, browser.find_element(By.ID, "invite-submit"))
    link = browser.find_element(By.ID, "invitation-url").get_attribute("value")
    assert "/invitations/" in link

    # The invited person, in a browser of their own, sets a password through the link.
    browser.delete_all_cookies()
    browser.add_cookie({"name": "oc_lang", "value": "ru", "path": "/"})
    browser.get(link)
    assert w["email"] in browser.find_element(By.ID, "invited-email").text
    browser.find_element(By.ID, "password").send_keys("short")
    browser.find_element(By.ID, "password_repeat").send_keys("short")
    follow(browser, browser.find_element(By.ID, "invitation-submit"))
    assert "не короче 8 символов" in browser.find_element(By.ID, "password-error").text
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    browser.find_element(By.ID, "password_repeat").send_keys(PASSWORD)
    follow(browser, browser.find_element(By.ID, "invitation-submit"))
    WebDriverWait(browser, 10).until(lambda d: "/invitations/" not in d.current_url)
    browser.get(server.url + "/cabinet")
    assert w["client"]["name"] in browser.page_source

    # The link is spent.
    browser.get(link)
    assert browser.find_element(By.ID, "invitation-refused").get_attribute("data-reason") == "used"

    # An order from the cabinet, its product found by part of its name in another case, sent to the company.
    browser.get(server.url + "/orders/new")
    browser.find_element(By.ID, "product_q").send_keys("ГОФРИР")
    follow(browser, browser.find_element(By.ID, "product-find"))
    follow(browser, browser.find_element(By.CSS_SELECTOR, f'#product-matches button[data-sku="{w["sku"]}"]'))
    assert browser.find_element(By.ID, "sku0").get_attribute("value") == w["sku"]
    quantity = browser.find_element(By.ID, "qty0")
    quantity.clear()
    quantity.send_keys("3")
    follow(browser, browser.find_element(By.ID, "order-submit"))
    WebDriverWait(browser, 10).until(lambda d: "/orders/" in d.current_url and "/new" not in d.current_url)
    order_id = browser.current_url.rstrip("/").split("/")[-1]
    follow(browser, browser.find_element(By.ID, "step-sent"))
    assert browser.find_element(By.ID, "order-status").text == "Передан"

    # Staff take it in and invoice it; the client opens its invoice.
    for to in ("received", "placed", "invoiced"):
        step(server, w["staff_token"], order_id, to)
    browser.get(f"{server.url}/orders/{order_id}")
    assert "в резерве" not in browser.page_source
    follow(browser, browser.find_element(By.ID, "open-invoice"))
    assert "Счёт" in browser.find_element(By.ID, "invoice-number").text
    seller = browser.find_element(By.ID, "seller").text
    assert "ООО Логистика " + w["tag"] in seller and "UA" + w["tag"] in seller and "ПриватБанк" in seller
    assert w["client"]["name"] in browser.find_element(By.ID, "buyer").text
    # 3 × 25,00 = 75,00 without VAT, 20 % is 15,00, 90,00 to pay.
    assert browser.find_element(By.ID, "total-net").text.replace("\u00a0", " ") == "75,00 ₴"
    assert browser.find_element(By.ID, "total-vat").text.replace("\u00a0", " ") == "15,00 ₴"
    assert browser.find_element(By.ID, "total-gross").text.replace("\u00a0", " ") == "90,00 ₴"
    assert "14 дней" in browser.find_element(By.ID, "payment-terms").text
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 390 + 1
    pdf = base64.b64decode(browser.print_page())
    assert pdf.startswith(b"%PDF")

    # On its order page, the client hears at once when staff ship the order.
    browser.get(f"{server.url}/orders/{order_id}")
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("data-live") == "open")
    before = int(browser.find_element(By.ID, "bell-count").get_attribute("data-unread"))
    step(server, w["staff_token"], order_id, "picked")
    step(server, w["staff_token"], order_id, "dispatched")
    WebDriverWait(browser, 10).until(lambda d: int(d.find_element(By.ID, "bell-count").get_attribute("data-unread")) >= before + 2)
    popups = WebDriverWait(browser, 10).until(lambda d: [p.text for p in d.find_elements(By.CSS_SELECTOR, ".notification-popup")
                                                       if "Отгружен" in p.text] or None)
    assert "Заказ" in popups[0]

    # The bell leads to the list, newest first.
    follow(browser, browser.find_element(By.ID, "bell"))
    first = browser.find_elements(By.CSS_SELECTOR, "#notifications li")[0]
    assert "Отгружен" in first.text and first.get_attribute("data-read") == "false"
