"""Browser suite fixtures: a real OrderCycle server on a scratch SQLite file, and a real
headless Chromium driven by Selenium through Debian's chromedriver."""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "debug", "ordercycle")
OUT = os.path.join(ROOT, "e2e", "out")
PASSWORD = "e2e-password-1"
# How long a find waits for an element to appear; polled conditions and absence checks use
# `present`, which does not wait.
IMPLICIT_WAIT = 5


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def follow(browser, element, timeout=20):
    """Clicks a link or a submit button and waits until the browser has left the page, so the
    next look at the page never reads the old one."""
    element.click()
    WebDriverWait(browser, timeout).until(lambda _: gone(element))


def present(browser, by, selector):
    """The elements the page holds at this moment. A find that comes back empty waits out the
    implicit wait first; a polled condition or an absence check must not pay that on every look."""
    browser.implicitly_wait(0)
    try:
        return browser.find_elements(by, selector)
    finally:
        browser.implicitly_wait(IMPLICIT_WAIT)


def gone(element):
    """True once the element no longer belongs to a live document. While the old page is being
    torn down Chromium may answer with an inspector error instead of a stale-element error;
    both mean the page has been left."""
    try:
        element.is_enabled()
        return False
    except WebDriverException:
        return True


class Server:
    def __init__(self, workdir, port, env):
        self.workdir, self.port, self.env = workdir, port, env
        self.url = f"http://127.0.0.1:{port}"

    def command(self, *args):
        return subprocess.run([BINARY, *args], cwd=self.workdir, env=self.env, check=True,
                              capture_output=True, text=True)

    def create_user(self, email, role, name=None):
        args = ["create-user", "--email", email, "--password", PASSWORD, "--role", role]
        if name:
            args += ["--name", name]
        self.command(*args)


@pytest.fixture(scope="session")
def server():
    workdir = tempfile.mkdtemp(prefix="ordercycle-e2e-")
    env = dict(os.environ, DATABASE_URL=f"sqlite:{workdir}/e2e.sqlite", ORDERCYCLE_BCRYPT_COST="4", LOG_LEVEL="warning")
    port = free_port()
    srv = Server(workdir, port, env)
    srv.command("migrate", "--yes")
    log = open(os.path.join(workdir, "server.log"), "w")
    process = subprocess.Popen([BINARY, "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                               cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(srv.url + "/readyz", timeout=1)
            break
        except Exception:
            time.sleep(0.3)
    else:
        process.kill()
        raise RuntimeError("server did not become ready:\n" + open(os.path.join(workdir, "server.log")).read())
    yield srv
    process.terminate()
    process.wait(timeout=20)
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture()
def browser(request):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-US,en"})
    # The console shows what the Content-Security-Policy blocked; a page must need nothing of it.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    driver.implicitly_wait(IMPLICIT_WAIT)
    yield driver
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        os.makedirs(OUT, exist_ok=True)
        driver.save_screenshot(os.path.join(OUT, f"{request.node.name}.png"))
    blocked = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
    driver.quit()
    assert not blocked, "the Content-Security-Policy blocked: " + "; ".join(blocked)


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, "rep_" + report.when, report)
