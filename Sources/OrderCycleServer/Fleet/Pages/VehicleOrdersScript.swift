import Fluent
import Vapor

/// The vehicle-order pages' script: "where I am now" attaches the phone's position to the order
/// form; a page showing orders reloads when one of them changes (a live event), so the client
/// sees "arrived" the moment the dispatcher records it. Staff pages get the events from the
/// shared live script; a client's page opens the `/live` socket itself.
enum VehicleOrdersScript {
    static let source = #"""
    (function () {
      "use strict";
      var ru = (document.documentElement.lang || "en") === "ru";
      function t(en, r) { return ru ? r : en; }
      var here = document.querySelector("[data-pickup-here]");
      var status = document.getElementById("pickup-status");
      if (here) {
        if (!navigator.geolocation) here.hidden = true;
        here.addEventListener("click", function () {
          if (status) status.textContent = t("Finding where you are…", "Определяем ваше местоположение…");
          navigator.geolocation.getCurrentPosition(function (pos) {
            document.getElementById("pickup_lat").value = pos.coords.latitude.toFixed(6);
            document.getElementById("pickup_lon").value = pos.coords.longitude.toFixed(6);
            if (status) status.textContent = t("Your position is attached.", "Ваше местоположение приложено.");
          }, function () {
            if (status) status.textContent = t("Your location is not available; type the address.", "Местоположение недоступно: укажите адрес.");
          }, { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
        });
      }
      var page = document.getElementById("vehicle-order");
      var board = document.getElementById("vehicle-orders-page");
      if (!page && !board) return;
      function changed(e) {
        if (!e || e.kind !== "vehicle_order") return;
        if (page) {
          if (e.id !== page.getAttribute("data-vehicle-order-id")) return;
          if (String(e.version) === page.getAttribute("data-version")) return;
        }
        // Keep what the person is typing: reload only when no form field holds text.
        var busy = Array.prototype.some.call(document.querySelectorAll("input[type=text],textarea"), function (i) { return i.value && i === document.activeElement; });
        if (!busy) location.reload();
      }
      document.addEventListener("ordercycle:live", function (ev) { changed(ev.detail); });
      if (document.querySelector("script[src='/assets/live.js']") || !window.WebSocket) return;
      var delay = 1000;
      function connect() {
        var ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/live");
        ws.onopen = function () { delay = 1000; document.documentElement.setAttribute("data-live", "open"); };
        ws.onmessage = function (m) { var e; try { e = JSON.parse(m.data); } catch (_) { return; } changed(e); };
        ws.onclose = function () { document.documentElement.setAttribute("data-live", "closed"); setTimeout(connect, delay); delay = Math.min(delay * 2, 30000); };
      }
      connect();
    })();
    """#

    static func response() -> Response { StaticText.response(source) }
}
