"""The client's installable app on a phone-sized window with the position emulated (issue 14,
"Done when"): the client finds the nearest branch and opens its route; orders a vehicle from
where it stands; a dispatcher assigns it in another browser and the client sees "arrived" live;
then the network is cut, a vehicle order is queued on the phone, the network returns and exactly
one order exists — also when the first sending reached the server but its answer was lost.

The browser reaches the server through a small proxy in this file that can cut the network (every
connection refused and dropped) or lose answers (requests reach the server, answers never come
back), so the service worker's own network fails as a phone's would."""
import json
import shutil
import socket
import threading
import urllib.request
import uuid

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import PASSWORD, follow, free_port, present
from test_tasks import api, login

KAZAN = {"latitude": 55.7963, "longitude": 49.1088, "accuracy": 20}


class Proxy:
    """Forwards TCP from its own port to the server's. `mode` is "online", "offline" (refuse and
    drop every connection) or "lose-answers" (pass requests on, drop the connection as soon as
    the server starts answering)."""

    def __init__(self, target_port):
        self.target = ("127.0.0.1", target_port)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.mode = "online"
        self.lost = 0
        self.open = set()
        self.lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen(64)
        threading.Thread(target=self.accept, daemon=True).start()

    def set(self, mode):
        self.mode = mode
        if mode != "online":
            with self.lock:
                for s in list(self.open):
                    self.close(s)

    def close(self, s):
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        s.close()
        self.open.discard(s)

    def accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.mode == "offline":
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.open.update((client, upstream))
            threading.Thread(target=self.pipe, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self.pipe, args=(upstream, client, True), daemon=True).start()

    def pipe(self, source, sink, answers):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if answers and self.mode == "lose-answers":
                    self.lost += 1
                    break
                sink.sendall(data)
        except OSError:
            pass
        with self.lock:
            self.close(source)
            self.close(sink)

    def stop(self):
        self.listener.close()
        self.set("offline")


def chromium(phone):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-US,en"})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    driver.implicitly_wait(5)
    if phone:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 360, "height": 640, "deviceScaleFactor": 2, "mobile": True})
    return driver


def sign_in(driver, base, email, next_path="/"):
    driver.delete_all_cookies()
    driver.get(base + "/login?next=" + urllib.request.quote(next_path, safe=""))
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(driver, driver.find_element(By.ID, "login-submit"))
    WebDriverWait(driver, 10).until(lambda d: "/login" not in d.current_url)


def vehicle_orders(server, token):
    return api(server, "GET", "/api/v1/vehicle-orders?limit=100", token)["items"]


def chats(server, token):
    return api(server, "GET", "/api/v1/chats?limit=50", token)["items"]


def tap(driver, element):
    """Brings the element to the middle of the screen (clear of the fixed bars), then taps it."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def text_of(driver, by, value):
    try:
        return driver.find_element(by, value).text
    except Exception:
        return ""


def test_the_client_app_finds_a_branch_orders_a_vehicle_follows_it_and_queues_one_offline(server, browser):
    tag = uuid.uuid4().hex[:8]
    admin, dispatcher, client = f"admin-{tag}@e2e.test", f"logistician-{tag}@e2e.test", f"client-{tag}@e2e.test"
    server.create_user(admin, "admin")
    server.create_user(dispatcher, "logistician", name="Dina Dispatch")
    admin_token = login(server, admin)["token"]
    segment = api(server, "POST", "/api/v1/segments", admin_token, {"code": "A" + tag, "name_en": "App " + tag, "name_ru": "Прил " + tag})
    company = api(server, "POST", "/api/v1/clients", admin_token, {
        "kind": "customer", "party": "company", "name": "Volga Cargo " + tag, "segment_id": segment["id"]})
    server.command("create-user", "--email", client, "--password", PASSWORD, "--role", "client", "--client-id", company["id"])
    client_token = login(server, client)["token"]
    branches = {
        "Kazan": (55.7951, 49.1102, "+7 843 200-10-20"), "Moscow": (55.7558, 37.6173, "+7 495 100-10-10"),
        "Samara": (53.1959, 50.1002, "+7 846 300-30-30"),
    }
    # A branch offers services of the service catalog.
    pickup = api(server, "POST", "/api/v1/services", admin_token, {
        "code": "pickup-" + tag, "name_en": "Cargo drop-off " + tag, "name_ru": "Приём груза " + tag, "kind": "basic", "phase": "sale",
        "standard_minutes": 10, "price_minor": 0})["code"]
    for city, (lat, lon, phone) in branches.items():
        api(server, "POST", "/api/v1/branches", admin_token, {
            "name_en": f"{city} {tag}", "name_ru": f"{city} {tag}", "address": f"{city}, Main street 1", "lat": lat, "lon": lon,
            "hours": {"always_open": True}, "phones": [phone], "services": [pickup], "active": True})
    van = api(server, "POST", "/api/v1/vehicles", admin_token, {"plate": "K" + tag[:3].upper() + "16", "vehicle_type": "van", "capacity_kg": 1500, "capacity_m3": 12})
    driver = api(server, "POST", "/api/v1/drivers", admin_token, {"name": "Rustam " + tag, "phone": "+7 917 123-45-67"})

    proxy = Proxy(server.port)
    phone = browser
    phone.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 360, "height": 640, "deviceScaleFactor": 2, "mobile": True})
    phone.execute_cdp_cmd("Browser.grantPermissions", {"origin": proxy.url, "permissions": ["geolocation"]})
    phone.execute_cdp_cmd("Emulation.setGeolocationOverride", KAZAN)
    desk = None
    try:
        # The app installs: its page links the manifest and the service worker takes control.
        sign_in(phone, proxy.url, client, "/app")
        WebDriverWait(phone, 10).until(lambda d: d.current_url.startswith(proxy.url + "/app"))
        assert phone.execute_script("return innerWidth") == 360
        manifest = phone.find_element(By.CSS_SELECTOR, "link[rel=manifest]").get_attribute("href")
        assert manifest.endswith("/app/manifest.webmanifest")
        WebDriverWait(phone, 20).until(lambda d: d.execute_script("return !!navigator.serviceWorker.controller"))

        # The nearest branch by the phone's position, and its route.
        phone.find_element(By.ID, "tab-branches").click()
        phone.find_element(By.ID, "find-nearest").click()
        WebDriverWait(phone, 15).until(lambda d: f"Kazan {tag}" in text_of(d, By.CSS_SELECTOR, "#nearest-list li:first-child h2"))
        first = phone.find_element(By.CSS_SELECTOR, "#nearest-list li:first-child")
        assert "Open now" in first.text and "km" in first.text
        route = first.find_element(By.CSS_SELECTOR, "a.route-osm")
        href = route.get_attribute("href")
        assert href.startswith("https://www.openstreetmap.org/directions?from=55.796300,49.108800") and "to=55.795100,49.110200" in href
        tabs = set(phone.window_handles)
        tap(phone, route)
        WebDriverWait(phone, 10).until(lambda d: len(d.window_handles) == len(tabs) + 1)
        opened = (set(phone.window_handles) - tabs).pop()
        app_tab = phone.current_window_handle
        phone.switch_to.window(opened)
        # No navigator is reachable from here: the tab is on its way to the route, whatever answers.
        WebDriverWait(phone, 10).until(lambda d: "openstreetmap.org/directions" in d.current_url
                                       or "openstreetmap.org/directions" in d.execute_cdp_cmd("Target.getTargetInfo", {})["targetInfo"]["url"])
        phone.close()
        phone.switch_to.window(app_tab)
        # Without a chat yet, the hotline screen offers the nearest branch's phone.
        phone.find_element(By.ID, "tab-chat").click()
        call = WebDriverWait(phone, 10).until(lambda d: d.find_element(By.ID, "call-phone"))
        assert call.get_attribute("href") == "tel:+78432001020"
        assert call.size["height"] >= 44

        # Order a vehicle from where the phone is.
        phone.find_element(By.ID, "tab-vehicle").click()
        phone.find_element(By.ID, "order-vehicle").click()
        phone.find_element(By.ID, "pickup-here").click()
        WebDriverWait(phone, 10).until(lambda d: "attached" in text_of(d, By.ID, "pickup-status"))
        phone.find_element(By.ID, "destination-address").send_keys("Kazan, Peterburgskaya 50")
        phone.find_element(By.ID, "weight").send_keys("400")
        phone.find_element(By.ID, "volume").send_keys("3")
        Select(phone.find_element(By.ID, "vehicle-type")).select_by_value("van")
        tap(phone, phone.find_element(By.ID, "vo-submit"))
        WebDriverWait(phone, 10).until(lambda d: d.execute_script("return location.hash").startswith("#vehicle/")
                                       and text_of(d, By.ID, "vo-status") == "Requested")
        order_id = phone.execute_script("return location.hash").split("/")[1]
        mine = vehicle_orders(server, client_token)
        assert [o["id"] for o in mine] == [order_id]
        assert mine[0]["pickup"]["lat"] == KAZAN["latitude"] and mine[0]["pickup"]["lon"] == KAZAN["longitude"]

        # A dispatcher assigns it in another browser and records the way; the phone follows live.
        desk = chromium(phone=False)
        sign_in(desk, server.url, dispatcher, f"/vehicle-orders/{order_id}")
        Select(desk.find_element(By.ID, f"vehicle-{order_id}")).select_by_value(van["id"])
        Select(desk.find_element(By.ID, f"driver-{order_id}")).select_by_value(driver["id"])
        follow(desk, desk.find_element(By.CSS_SELECTOR, ".assign-submit"))
        WebDriverWait(phone, 10).until(lambda d: text_of(d, By.ID, "vo-status") == "Vehicle assigned")
        assert "Rustam" in text_of(phone, By.ID, "vo-driver")
        for step in ("en_route", "arrived"):
            follow(desk, desk.find_element(By.CSS_SELECTOR, f".step-submit[data-to={step}]"))
        WebDriverWait(phone, 10).until(lambda d: d.find_element(By.ID, "vo-status").get_attribute("data-status") == "arrived")
        assert text_of(phone, By.ID, "vo-status") == "Arrived"

        def queue_order(destination):
            phone.execute_script("location.hash = '#vehicle/new'")
            WebDriverWait(phone, 10).until(lambda d: d.find_elements(By.ID, "vo-form"))
            phone.find_element(By.ID, "pickup-address").send_keys("Kazan, Baumana 1")
            phone.find_element(By.ID, "destination-address").send_keys(destination)
            phone.find_element(By.ID, "weight").send_keys("120")
            phone.find_element(By.ID, "volume").send_keys("1")
            tap(phone, phone.find_element(By.ID, "vo-submit"))
            WebDriverWait(phone, 15).until(lambda d: destination in text_of(d, By.ID, "outbox"))

        def sent(destination):
            return [o for o in vehicle_orders(server, client_token) if o["destination"].get("address") == destination]

        # The network is cut: the order waits on the phone, the server has none.
        proxy.set("offline")
        queue_order("Kazan, Offline 2")
        assert "will be sent once" in text_of(phone, By.ID, "outbox")
        assert "No network" in text_of(phone, By.ID, "net")
        assert sent("Kazan, Offline 2") == []
        # The app still opens offline, from what the service worker kept.
        phone.refresh()
        WebDriverWait(phone, 15).until(lambda d: d.find_elements(By.ID, "tab-vehicle"))
        phone.execute_script("location.hash = '#vehicle'")
        WebDriverWait(phone, 15).until(lambda d: "Kazan, Offline 2" in text_of(d, By.ID, "outbox"))
        proxy.set("online")
        WebDriverWait(phone, 30).until(lambda d: "has been sent" in text_of(d, By.ID, "net"))
        WebDriverWait(phone, 10).until(lambda d: not present(d, By.ID, "outbox"))
        assert len(sent("Kazan, Offline 2")) == 1

        # The answer to the first sending is lost after the server took the order: the phone keeps
        # it queued and sends it again with the same key, and the server answers the first order.
        proxy.set("lose-answers")
        queue_order("Kazan, Lost answer 3")
        assert proxy.lost >= 1
        assert len(sent("Kazan, Lost answer 3")) == 1
        proxy.set("online")
        WebDriverWait(phone, 30).until(lambda d: not present(d, By.ID, "outbox") and "has been sent" in text_of(d, By.ID, "net"))
        phone.execute_script("navigator.serviceWorker.controller.postMessage('flush')")
        phone.refresh()
        WebDriverWait(phone, 15).until(lambda d: d.find_elements(By.ID, "tab-vehicle"))
        assert len(sent("Kazan, Lost answer 3")) == 1
        assert len(sent("Kazan, Offline 2")) == 1
        assert len(vehicle_orders(server, client_token)) == 3

        # A chat message typed offline waits on the phone, listed as waiting, and is sent once
        # when the network returns (its own id, made by the app, is its key).
        text = "Where is the van? " + tag
        phone.execute_script("location.hash = '#chat'")
        WebDriverWait(phone, 10).until(lambda d: d.find_elements(By.ID, "chat-form"))
        assert phone.find_element(By.ID, "chat-send").size["height"] >= 44
        proxy.set("offline")
        phone.find_element(By.ID, "chat-text").send_keys(text)
        tap(phone, phone.find_element(By.ID, "chat-send"))
        WebDriverWait(phone, 15).until(lambda d: "Waiting for the network" in text_of(d, By.ID, "chat-messages"))
        assert chats(server, client_token) == []
        proxy.set("online")
        WebDriverWait(phone, 30).until(lambda d: "Waiting for the network" not in text_of(d, By.ID, "chat-messages")
                                       and text in text_of(d, By.ID, "chat-messages"))
        phone.execute_script("navigator.serviceWorker.controller.postMessage('flush')")
        mine = chats(server, client_token)
        assert len(mine) == 1
        said = [m["text"] for m in api(server, "GET", f"/api/v1/chats/{mine[0]['id']}/messages", client_token)["items"] if m["from_client"]]
        assert said == [text]
    finally:
        proxy.stop()
        if desk is not None:
            desk.quit()
