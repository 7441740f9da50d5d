"""A new user's first day on the order pages: picking waits for every line's goods and says
which lines hold it; made-to-order lines are labelled; notes reach the order page and the
papers; the Gantt axis reads like the tables; a past requested date, a bad claim photo and an
empty rating are refused beside their fields with what was typed kept; only the client rates;
the integrations form keeps the role it was given."""
import os
import tempfile
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import PASSWORD, follow, present
from test_clients import api, log_in, login_token, segment_with_manager, staff


def world(server):
    """A client of a fresh segment, three products (none on hand, made to order, plenty on hand)
    and a logistician's token; returns what the tests name. The demo catalogue goes in first: it
    is seeded only into an empty catalogue, and the order walk-through buys from it."""
    server.command("demo", "--orders", "0")
    admin = staff(server, "admin")
    admin_token = login_token(server, admin)
    manager = staff(server, "manager")
    segment = segment_with_manager(server, admin_token, manager)
    tag = uuid.uuid4().hex[:6].upper()
    client = api(server, "POST", "/api/v1/clients", admin_token, {
        "kind": "customer", "party": "company", "name": "First Day " + tag, "segment_id": segment})
    products = {}
    for key, extra in (("short", {"on_hand": 0}), ("made", {"on_hand": 0, "made_to_order": True}), ("ok", {"on_hand": 500})):
        body = {"sku": f"FD-{key.upper()}-{tag}", "name": f"First day {key} {tag}", "price_minor": 1000, "currency": "UAH"}
        body.update(extra)
        products[key] = api(server, "POST", "/api/v1/products", admin_token, body)
    logist = staff(server, "logistician")
    return {"admin": admin, "admin_token": admin_token, "manager": manager, "client": client, "products": products,
            "logist": logist, "logist_token": login_token(server, logist)}


def order(server, w, lines, steps, notes=None):
    token = w["logist_token"]
    body = {"client_id": w["client"]["id"], "status": "received",
            "lines": [{"product_id": w["products"][key]["id"], "quantity": q} for key, q in lines]}
    if notes:
        body["notes"] = notes
    created = api(server, "POST", "/api/v1/orders", token, body)
    version = created["version"]
    for step in steps:
        version = api(server, "POST", f"/api/v1/orders/{created['id']}/transitions", token, {"to": step},
                      headers={"If-Match": f'"{version}"'})["version"]
    return created["id"]


def test_picking_waits_for_every_line_and_the_page_says_which(server, browser):
    w = world(server)
    order_id = order(server, w, [("short", 10), ("made", 1)], ["placed", "invoiced"], notes="Gate 3, call the desk first")
    log_in(browser, server, w["logist"])
    browser.get(f"{server.url}/orders/{order_id}")

    held = browser.find_element(By.ID, "pick-held").text
    assert "reserved 0 of 10" in held and "made to order" in held
    assert not browser.find_element(By.ID, "step-picked").is_enabled()
    assert "made to order" in browser.find_element(By.CSS_SELECTOR, "[data-made-to-order]").text
    assert "not satisfied from stock" in browser.page_source  # the stock line did come up short
    assert "Gate 3, call the desk first" in browser.find_element(By.ID, "order-notes").text

    # The chart's axis starts at the receipt, in the same zone as the stages table.
    receipt_start = browser.find_element(By.CSS_SELECTOR, "#stages tbody tr td:nth-child(2)").text  # yyyy-MM-dd HH:mm
    day, time = receipt_start.split(" ")
    first_label = browser.find_elements(By.CSS_SELECTOR, "#gantt text.axis")[0].text  # dd.MM HH:mm
    assert first_label == f"{day[8:10]}.{day[5:7]} {time}", (first_label, receipt_start)

    browser.get(f"{server.url}/orders/{order_id}/picking-list")
    assert "Gate 3, call the desk first" in browser.find_element(By.ID, "order-notes").text


def test_a_past_requested_date_is_refused_beside_its_field(server, browser):
    w = world(server)
    operator = staff(server, "operator")
    log_in(browser, server, operator)
    browser.get(server.url + "/orders/new")
    Select(browser.find_element(By.ID, "client_id")).select_by_value(w["client"]["id"])
    browser.execute_script("arguments[0].value = '2020-03-01'", browser.find_element(By.ID, "requested_date"))
    browser.find_element(By.ID, "notes").send_keys("Ring before noon")
    browser.find_element(By.ID, "sku0").send_keys(w["products"]["ok"]["sku"])
    browser.find_element(By.ID, "qty0").send_keys("2")
    follow(browser, browser.find_element(By.ID, "order-submit"))
    assert "must not be in the past" in browser.find_element(By.ID, "requested_date-error").text
    assert browser.find_element(By.ID, "notes").get_attribute("value") == "Ring before noon"


def test_only_the_client_rates_and_a_bad_photo_keeps_the_claim(server, browser):
    w = world(server)
    order_id = order(server, w, [("ok", 3)], ["placed", "invoiced", "picked", "dispatched", "delivered"])
    buyer = f"buyer-{uuid.uuid4().hex[:8]}@example.com"
    server.command("create-user", "--email", buyer, "--password", PASSWORD, "--role", "client", "--client-id", w["client"]["id"])

    # Staff read the rating; they are not offered the client's form.
    log_in(browser, server, w["manager"])
    browser.get(f"{server.url}/orders/{order_id}")
    assert not present(browser, By.ID, "rating")
    assert "not rated" in browser.find_element(By.ID, "order-rating").text

    browser.delete_all_cookies()
    log_in(browser, server, buyer)
    browser.get(f"{server.url}/orders/{order_id}")
    rating = Select(browser.find_element(By.ID, "rating"))
    assert rating.first_selected_option.get_attribute("value") == ""

    # A file that is not an image: the description stays, the message stands beside the photos.
    svg = os.path.join(tempfile.mkdtemp(), "boxes.svg")
    with open(svg, "w") as f:
        f.write('<svg xmlns="http://www.w3.org/2000/svg"/>')
    browser.find_element(By.ID, "claim-description").send_keys("Two boxes crushed")
    browser.find_element(By.ID, "claim-photos").send_keys(svg)
    follow(browser, browser.find_element(By.ID, "claim-submit"))
    assert "JPEG, PNG or WebP" in browser.find_element(By.ID, "claim-photos-error").text
    assert browser.find_element(By.ID, "claim-description").get_attribute("value") == "Two boxes crushed"
    assert "photos:" not in browser.page_source

    rating = Select(browser.find_element(By.ID, "rating"))
    rating.select_by_value("4")
    follow(browser, browser.find_element(By.ID, "rate-submit"))
    assert "4/5" in browser.find_element(By.ID, "order-rating").text


def test_the_integrations_form_keeps_the_role_it_was_given(server, browser):
    admin = staff(server, "admin")
    log_in(browser, server, admin)
    browser.get(server.url + "/integrations")
    browser.find_element(By.ID, "name").send_keys("Scanner " + uuid.uuid4().hex[:6])
    Select(browser.find_element(By.ID, "role")).select_by_value("logistician")
    follow(browser, browser.find_element(By.CSS_SELECTOR, "form.card button[type=submit]"))
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "new-token"))
    assert Select(browser.find_element(By.ID, "role")).first_selected_option.get_attribute("value") == "logistician"
