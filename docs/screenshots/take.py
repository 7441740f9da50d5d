#!/usr/bin/env python3
"""Takes the README's screenshots from a running demo (`swift run ordercycle serve --demo`):
  python3 docs/screenshots/take.py [http://127.0.0.1:8080]"""
import os, shutil, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
OUT = os.path.dirname(os.path.abspath(__file__))


def browser(width=1280, height=900, lang="en-US"):
    o = webdriver.ChromeOptions()
    o.binary_location = shutil.which("chromium")
    for a in ("--headless=new", "--no-sandbox", f"--window-size={width},{height}", f"--lang={lang}"):
        o.add_argument(a)
    o.add_experimental_option("prefs", {"intl.accept_languages": lang})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=o)


def log_in(d, email):
    d.delete_all_cookies()
    d.get(BASE + "/login")
    d.find_element(By.ID, "email").send_keys(email)
    d.find_element(By.ID, "password").send_keys("ordercycle")
    d.find_element(By.ID, "login-submit").click()
    for _ in range(100):  # wait until the login has landed, so the next page is not the old one
        if "/login" not in d.current_url:
            break
        time.sleep(0.1)
    time.sleep(0.3)


def shot(d, path, name, max_height=2200):
    d.get(BASE + path)
    time.sleep(0.3)
    h = d.execute_script("return document.body.scrollHeight")
    w = d.execute_script("return window.innerWidth")
    d.set_window_size(max(w, 390), min(max(h, 500), max_height))
    d.save_screenshot(os.path.join(OUT, name + ".png"))
    print(name, d.title)


def first_link(d, path, selector):
    d.get(BASE + path)
    return d.find_element(By.CSS_SELECTOR, selector).get_attribute("href").replace(BASE, "")


d = browser()
log_in(d, "logistician@ordercycle.demo")
order = first_link(d, "/orders?status=dispatched", "#orders a")
shot(d, order, "order")
shot(d, "/portfolio", "portfolio", 1400)
shot(d, "/cycle-time", "cycle-time", 1400)
log_in(d, "analyst@ordercycle.demo")
shot(d, "/quality", "quality", 2000)
log_in(d, "manager@ordercycle.demo")
shot(d, "/", "home-manager", 1200)
client = first_link(d, "/clients", "table a[href^='/clients/']")
shot(d, client, "client-card", 1800)
# The Kanban board and task control (the demo's dispatch team).
log_in(d, "worker@ordercycle.demo")
shot(d, first_link(d, "/boards", "main a[href^='/boards/']"), "board", 1200)
log_in(d, "admin@ordercycle.demo")
shot(d, "/tasks/control", "task-control", 1600)

# The hotline's queue and one ticket with its SLA clocks.
log_in(d, "operator@ordercycle.demo")
shot(d, "/support", "support", 1400)
shot(d, first_link(d, "/support", "main a[href^='/tickets/']"), "ticket", 1400)
# The service catalog, the branches with their map, and the dispatcher's vehicle orders.
log_in(d, "manager@ordercycle.demo")
shot(d, "/services", "services", 1400)
shot(d, "/branches", "branches", 1400)
log_in(d, "logistician@ordercycle.demo")
shot(d, "/vehicle-orders", "vehicle-orders", 1400)
# The client's own cabinet.
log_in(d, "client@ordercycle.demo")
shot(d, "/cabinet", "cabinet", 1600)

d.quit()

ru = browser(lang="ru-RU")
log_in(ru, "analyst@ordercycle.demo")
shot(ru, "/cycle-time", "cycle-time-ru", 1100)
ru.quit()

phone = browser(390, 844)
log_in(phone, "logistician@ordercycle.demo")
shot(phone, "/portfolio", "phone-portfolio", 1600)
log_in(phone, "client@ordercycle.demo")
shot(phone, "/app", "phone-app", 1000)
phone.quit()

phone_ru = browser(390, 844, lang="ru-RU")
log_in(phone_ru, "operator@ordercycle.demo")
shot(phone_ru, "/support", "phone-support-ru", 1400)
phone_ru.quit()
