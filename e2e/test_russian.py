"""Every page in Russian: each role walks its menu and the records behind it (an order, a
client, a task, a ticket, a request) with the Russian interface, and no page may show a
Latin-script word that is not a name, a code or on a short list of terms Russian writes in
Latin too (SKU, CSV, SLA…). Names and codes are what the data holds: the words of the demo's
records are read from the database, so a client called "Olga Retail" is allowed and an English
"delivered" is not."""
import re
import sqlite3

import pytest
from selenium.webdriver.common.by import By

from conftest import PASSWORD, follow, present

ROLES = ["admin", "manager", "operator", "logistician", "worker", "analyst", "client"]

# Terms written in Latin script in Russian too, and the product's name.
ALLOWED = {
    "OrderCycle", "SKU", "CSV", "JSON", "API", "SLA", "CSAT", "FCR", "OTIF", "PO", "PDF", "UTC", "URL", "ID", "UUID",
    "E-mail", "e-mail", "email", "mail", "E", "WIP", "Kanban", "p90", "p", "OpenStreetMap", "OSM", "GPS", "QR", "VAT",
    "ETag", "HTTP", "HTTPS", "Bearer", "min", "max", "kg", "m", "ГГГГ", "EN", "RU", "English", "Gantt", "tel", "A", "B", "C",
    "K", "N", "T", "F", "Y", "R", "H", "M", "X", "P", "Q", "ABC", "XYZ", "UAH", "RUB", "KZT", "USD", "EUR", "asc", "desc",
    "JPEG", "PNG", "WebP", "Google", "Maps", "Yandex", "Tab", "Enter", "Esc", "Shift", "Ctrl",
}
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
DATA_COLUMNS = {"name", "display_name", "email", "sku", "code", "title", "description", "subject", "number", "external_ref",
                "name_en", "name_ru", "label", "city", "address", "plate", "notes", "body", "category", "unit", "actor_label",
                "region", "country", "street", "contact_name", "position", "comment", "rating_comment", "reason", "resolution",
                "model", "make", "brand", "phone", "kind_label", "summary", "text", "note", "team_name", "vehicle_kind",
                "line", "services", "delivery_method", "skip_reason", "internal_notes", "cancel_reason", "postal_code"}


def data_words(server):
    """Every Latin word of the records' names, codes and texts: what people typed or the demo made."""
    db = sqlite3.connect(server.env["DATABASE_URL"].removeprefix("sqlite:"))
    words = set()
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
        for column in columns:
            if column not in DATA_COLUMNS and not column.endswith("_address"):
                continue
            for (value,) in db.execute(f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL LIMIT 5000'):
                if isinstance(value, str):
                    words.update(WORD.findall(value))
    return words


def ids(server, sql):
    db = sqlite3.connect(server.env["DATABASE_URL"].removeprefix("sqlite:"))
    out = []
    for (v,) in db.execute(sql).fetchall():
        if isinstance(v, bytes):
            import uuid
            v = str(uuid.UUID(bytes=v))
        out.append(str(v).lower())
    return out


@pytest.fixture(scope="module")
def russian_people(server):
    server.command("demo", "--orders", "60")
    client = ids(server, "SELECT id FROM clients WHERE active = 1 ORDER BY code LIMIT 1")[0]
    emails = {}
    for role in ROLES:
        email = f"ru-{role}@example.com"
        if role == "client":
            server.command("create-user", "--email", email, "--password", PASSWORD, "--role", "client", "--client-id", client)
        else:
            server.create_user(email, role, f"Ru {role.title()}")
        emails[role] = email
    return emails


def log_in_russian(browser, server, email):
    browser.delete_all_cookies()
    browser.get(server.url + "/login")
    browser.add_cookie({"name": "oc_lang", "value": "ru"})
    browser.get(server.url + "/login")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    follow(browser, browser.find_element(By.ID, "login-submit"))


def latin_words(browser, allowed):
    text = browser.execute_script("""
        const skip = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'SVG', 'TEXTAREA']);
        const out = [];
        const walk = (node) => {
          if (node.nodeType === 3) { out.push(node.textContent); return; }
          if (node.nodeType !== 1 || skip.has(node.tagName.toUpperCase())) return;
          if (node.closest('.who, [translate=no]')) return;
          if (node.tagName === 'INPUT' && node.type !== 'hidden' && node.placeholder) out.push(node.placeholder);
          if (node.tagName === 'OPTION') { out.push(node.textContent); return; }
          for (const child of node.childNodes) walk(child);
        };
        walk(document.body);
        return out.join(' ');
    """)
    return sorted({w for w in WORD.findall(text) if w not in allowed and w.strip("'’-") not in allowed})


@pytest.mark.parametrize("role", ROLES)
def test_every_page_reads_in_russian(server, browser, russian_people, role):
    allowed = ALLOWED | data_words(server)
    log_in_russian(browser, server, russian_people[role])
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
    pages = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#main-menu a")]
    # The records behind the lists: the first link of each list that leads to one record.
    for href in list(pages):
        browser.get(href)
        for a in present(browser, By.CSS_SELECTOR, "main table tbody tr:first-child td a")[:1]:
            pages.append(a.get_attribute("href"))
    found = {}
    for href in dict.fromkeys(pages):
        if not href or not href.startswith(server.url) or href.endswith(".csv") or href.endswith(".json"):
            continue
        browser.get(href)
        words = latin_words(browser, allowed)
        if words:
            found[href.removeprefix(server.url)] = words
    assert not found, "Latin-script words on Russian pages: " + "; ".join(f"{k}: {' '.join(v)}" for k, v in found.items())
