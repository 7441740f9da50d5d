/* OrderCycle client app: one page whose screens read the JSON API with the session cookie.
   Screens: my orders and their stages, vehicle orders (order one, follow it live, rate it),
   branches and the nearest one with routes, my requests and package, the hotline.
   Texts come from the server in the user's language (body[data-strings]). */
(function () {
  "use strict";
  var body = document.body;
  var S = JSON.parse(body.getAttribute("data-strings") || "{}");
  var csrf = body.getAttribute("data-csrf") || "";
  var chatURL = body.getAttribute("data-chat") || "";
  var supportURL = body.getAttribute("data-support") || "";
  var lang = document.documentElement.lang || "en";
  var view = document.getElementById("view");
  var net = document.getElementById("net");
  var me = null;

  function t(key) { return S[key] || key; }
  function name(group, raw) { return (S[group] && S[group][raw]) || raw; }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "on") Object.keys(attrs.on).forEach(function (ev) { e.addEventListener(ev, attrs.on[ev]); });
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function show(title, nodes) {
    view.innerHTML = "";
    view.appendChild(el("h1", { text: title }));
    nodes.forEach(function (n) { if (n) view.appendChild(n); });
    document.title = title + " · OrderCycle";
  }
  function when(iso) {
    if (!iso) return "—";
    var d = new Date(iso);
    return d.toLocaleString(lang === "ru" ? "ru-RU" : "en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  }
  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16); crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  /* The API with the session cookie; a write carries the session's CSRF token. */
  function api(method, path, data, headers) {
    var h = { "Accept": "application/json" };
    Object.keys(headers || {}).forEach(function (k) { h[k] = headers[k]; });
    var init = { method: method, credentials: "same-origin", headers: h };
    if (data !== undefined) { h["Content-Type"] = "application/json"; h["X-CSRF-Token"] = csrf; init.body = JSON.stringify(data); }
    return fetch(path, init).then(function (r) {
      var stale = r.headers.get("X-From-Cache") === "1";
      if (stale) note(t("offlineData"));
      if (r.status === 401) { location.href = "/login?next=%2Fapp" + encodeURIComponent(location.hash); throw new Error("login"); }
      return r.text().then(function (text) {
        var json = null; try { json = text ? JSON.parse(text) : null; } catch (_) {}
        return { status: r.status, ok: r.ok, json: json, stale: stale, queued: r.headers.get("X-Queued") === "1",
                 nodata: r.headers.get("X-From-Cache") === "none" };
      });
    }, function () {
      // No network and no service worker to answer: nothing to show.
      return { status: 0, ok: false, json: null, nodata: true };
    });
  }
  function note(text) { if (net) { net.textContent = text; net.className = "net warn"; } }
  function online() {
    if (!net) return;
    if (navigator.onLine) { net.textContent = ""; net.className = "net"; } else note(t("offline"));
  }
  function failed(r) {
    if (r.nodata) return [el("p", { "class": "card muted", text: t("offlineNoData") })];
    var p = r.json || {};
    var out = [el("p", { "class": "card error", role: "alert", text: p.detail || p.title || t("failed") })];
    return out;
  }

  /* ---------- my orders and their stages ---------- */
  function orders() {
    show(t("myOrders"), [el("p", { "class": "muted", text: t("loading") })]);
    api("GET", "/api/v1/orders?limit=50").then(function (r) {
      if (!r.ok) return show(t("myOrders"), failed(r));
      var items = (r.json && r.json.items) || [];
      var list = el("ul", { "class": "list", id: "orders-list" }, items.map(function (o) {
        return el("li", {}, [el("a", { href: "#orders/" + o.id, "class": "row" }, [
          el("strong", { text: o.number }), el("span", { "class": "badge", text: name("orderStatus", o.status) }),
          el("span", { "class": "muted", text: o.promised_date ? t("promised") + " " + o.promised_date : "" })])]);
      }));
      show(t("myOrders"), [items.length ? list : el("p", { "class": "card muted", text: t("noOrders") })]);
    });
  }
  function order(id) {
    api("GET", "/api/v1/orders/" + id).then(function (r) {
      if (!r.ok) return show(t("order"), failed(r));
      var o = r.json;
      var stages = el("ol", { "class": "stages", id: "order-stages" }, (o.stages || []).map(function (s) {
        var state = s.skipped ? t("skipped") : s.finished_at ? t("done") + " " + when(s.finished_at) : s.started_at ? t("since") + " " + when(s.started_at) : t("notYet");
        return el("li", { "class": s.finished_at ? "done" : s.started_at ? "now" : "" }, [el("strong", { text: name("stage", s.stage) }), el("span", { text: state })]);
      }));
      show(t("order") + " " + o.number, [
        el("p", {}, [el("span", { "class": "badge", id: "order-status", text: name("orderStatus", o.status) })]),
        o.promised_date ? el("p", { text: t("promised") + " " + o.promised_date }) : null,
        el("h2", { text: t("stages") }), stages,
        el("p", {}, [el("a", { href: "/orders/" + o.id, "class": "button secondary", text: t("openFull") })]),
        el("p", {}, [el("a", { href: "#orders", "class": "back", text: "← " + t("myOrders") })])]);
    });
  }

  /* ---------- vehicle orders ---------- */
  function vehicles() {
    show(t("vehicles"), [el("p", { "class": "muted", text: t("loading") })]);
    Promise.all([api("GET", "/api/v1/vehicle-orders?limit=50"), outbox()]).then(function (res) {
      var r = res[0], waiting = res[1].filter(function (w) { return !isChat(w); });
      var nodes = [el("p", {}, [el("a", { href: "#vehicle/new", "class": "button primary", id: "order-vehicle", text: t("orderVehicle") })])];
      if (waiting.length) {
        nodes.push(el("div", { "class": "card warn", id: "outbox" }, [el("strong", { text: t("queuedTitle") }),
          el("ul", {}, waiting.map(function (w) { var b = {}; try { b = JSON.parse(w.body); } catch (_) {}
            return el("li", { "class": "queued", text: ((b.pickup && b.pickup.address) || t("myPosition")) + " → " + ((b.destination && b.destination.address) || "") }); }))]));
      }
      if (!r.ok) return show(t("vehicles"), nodes.concat(failed(r)));
      var items = (r.json && r.json.items) || [];
      nodes.push(items.length ? el("ul", { "class": "list", id: "vehicle-orders" }, items.map(function (o) {
        return el("li", {}, [el("a", { href: "#vehicle/" + o.id, "class": "row", "data-id": o.id }, [
          el("span", { "class": "badge status-" + o.status, text: name("vehicleStatus", o.status) }),
          el("span", { text: when(o.window_from) }),
          el("span", { "class": "muted", text: (o.destination && o.destination.address) || "" })])]);
      })) : el("p", { "class": "card muted", text: t("noVehicleOrders") }));
      show(t("vehicles"), nodes);
    });
  }

  function outbox() {
    return new Promise(function (resolve) {
      if (!window.indexedDB) return resolve([]);
      var open = indexedDB.open("oc-app", 1);
      open.onupgradeneeded = function () { open.result.createObjectStore("outbox", { keyPath: "key" }); };
      open.onerror = function () { resolve([]); };
      open.onsuccess = function () {
        try {
          var req = open.result.transaction("outbox", "readonly").objectStore("outbox").getAll();
          req.onsuccess = function () { resolve(req.result || []); };
          req.onerror = function () { resolve([]); };
        } catch (_) { resolve([]); }
      };
    });
  }

  function field(label, input, id) {
    return el("div", { "class": "field" }, [el("label", { "for": id, text: label }), input, el("p", { "class": "field-error", id: id + "-error", "aria-live": "polite" })]);
  }
  // A moment as a datetime-local field shows it: the phone's own zone, to the minute.
  function localInput(d) {
    return new Date(d.getTime() - d.getTimezoneOffset() * 60e3).toISOString().slice(0, 16);
  }

  function newVehicle() {
    var key = sessionStorage.getItem("oc-vo-key") || uuid();
    sessionStorage.setItem("oc-vo-key", key);
    var position = null;
    var posStatus = el("span", { "class": "muted", id: "pickup-status", "aria-live": "polite" });
    var here = el("button", { type: "button", "class": "button secondary", id: "pickup-here", text: t("useLocation"), on: { click: function () {
      if (!navigator.geolocation) { posStatus.textContent = t("noLocation"); return; }
      posStatus.textContent = t("locating");
      navigator.geolocation.getCurrentPosition(function (p) {
        position = { lat: +p.coords.latitude.toFixed(6), lon: +p.coords.longitude.toFixed(6) };
        posStatus.textContent = t("located") + " (" + position.lat + ", " + position.lon + ")";
      }, function () { posStatus.textContent = t("noLocation"); }, { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
    } } });
    var pickup = el("input", { type: "text", id: "pickup-address", name: "pickup_address", autocomplete: "street-address" });
    var dest = el("input", { type: "text", id: "destination-address", name: "destination_address", required: "required" });
    var later = el("input", { type: "checkbox", id: "later" });
    var from = el("input", { type: "datetime-local", id: "window-from", value: localInput(new Date(Date.now() + 3600e3)) });
    var to = el("input", { type: "datetime-local", id: "window-to", value: localInput(new Date(Date.now() + 4 * 3600e3)) });
    var times = el("div", { "class": "later", hidden: "hidden" }, [field(t("from"), from, "window-from"), field(t("to"), to, "window-to")]);
    later.addEventListener("change", function () { times.hidden = !later.checked; });
    var kg = el("input", { type: "number", id: "weight", inputmode: "decimal", min: "0", step: "any", required: "required" });
    var m3 = el("input", { type: "number", id: "volume", inputmode: "decimal", min: "0", step: "any", required: "required" });
    var pcs = el("input", { type: "number", id: "pieces", inputmode: "numeric", min: "1", step: "1", value: "1", required: "required" });
    var type = el("select", { id: "vehicle-type" }, [el("option", { value: "", text: t("anyVehicle") })].concat(Object.keys(S.vehicleType || {}).map(function (k) {
      return el("option", { value: k, text: S.vehicleType[k] });
    })));
    var notes = el("textarea", { id: "notes", rows: "2", maxlength: "1000" });
    var message = el("div", { id: "vo-message", role: "status", "aria-live": "polite" });
    var submit = el("button", { type: "submit", "class": "button primary", id: "vo-submit", text: t("send") });
    var form = el("form", { id: "vo-form", novalidate: "novalidate" }, [
      el("fieldset", {}, [el("legend", { text: t("pickup") }), el("p", {}, [here, " ", posStatus]), field(t("orAddress"), pickup, "pickup-address")]),
      field(t("destination"), dest, "destination-address"),
      el("p", { "class": "check" }, [later, el("label", { "for": "later", text: t("later") })]), times,
      field(t("weight"), kg, "weight"), field(t("volume"), m3, "volume"), field(t("pieces"), pcs, "pieces"),
      field(t("vehicleLabel"), type, "vehicle-type"), field(t("notes"), notes, "notes"), message, el("p", {}, [submit])]);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      Array.prototype.forEach.call(form.querySelectorAll(".field-error"), function (e) { e.textContent = ""; });
      var start = later.checked ? new Date(from.value) : new Date(Date.now());
      var end = later.checked ? new Date(to.value) : new Date(Date.now() + 3 * 3600e3);
      var num = function (i) { return i.value === "" ? null : Number(i.value); };
      var data = {
        pickup: { address: pickup.value.trim() || undefined, lat: position ? position.lat : undefined, lon: position ? position.lon : undefined },
        destination: { address: dest.value.trim() || undefined },
        window_from: isNaN(start) ? "" : start.toISOString(), window_to: isNaN(end) ? "" : end.toISOString(),
        cargo: { weight_kg: num(kg), volume_m3: num(m3), pieces: num(pcs), notes: notes.value.trim() || undefined },
        vehicle_type: type.value || undefined
      };
      submit.disabled = true;
      message.textContent = t("sending");
      api("POST", "/api/v1/vehicle-orders", data, { "Idempotency-Key": key }).then(function (r) {
        submit.disabled = false;
        if (r.queued) {
          sessionStorage.removeItem("oc-vo-key");
          message.textContent = "";
          location.hash = "#vehicle";
          note(t("queued"));
          return;
        }
        if (r.ok && r.json) { sessionStorage.removeItem("oc-vo-key"); location.hash = "#vehicle/" + r.json.id; return; }
        var p = r.json || {};
        message.textContent = p.detail || p.title || t("failed");
        message.className = "error";
        var where = { "pickup": "pickup-address", "pickup.address": "pickup-address", "pickup.lat": "pickup-address", "pickup.lon": "pickup-address",
          "destination": "destination-address", "destination.address": "destination-address", "window_from": later.checked ? "window-from" : "vo-message",
          "window_to": later.checked ? "window-to" : "vo-message", "cargo": "weight", "cargo.weight_kg": "weight", "cargo.volume_m3": "volume",
          "cargo.pieces": "pieces", "cargo.notes": "notes", "vehicle_type": "vehicle-type" };
        (p.errors || []).forEach(function (e) {
          var target = document.getElementById((where[e.field] || "vo-message") + "-error") || message;
          target.textContent = (target.textContent ? target.textContent + " " : "") + e.message;
        });
      }, function () { submit.disabled = false; message.textContent = t("failed"); });
    });
    show(t("orderVehicle"), [form, el("p", {}, [el("a", { href: "#vehicle", "class": "back", text: "← " + t("vehicles") })])]);
  }

  function vehicle(id) {
    api("GET", "/api/v1/vehicle-orders/" + id).then(function (r) {
      if (!r.ok) return show(t("vehicleOrder"), failed(r));
      var o = r.json;
      var nodes = [
        el("p", {}, [el("span", { "class": "badge big status-" + o.status, id: "vo-status", "data-status": o.status, text: name("vehicleStatus", o.status) })]),
        el("p", { text: t("pickup") + ": " + ((o.pickup.address || "") + (o.pickup.lat != null ? " (" + o.pickup.lat + ", " + o.pickup.lon + ")" : "")) }),
        el("p", { text: t("destination") + ": " + (o.destination.address || "") }),
        el("p", { text: t("window") + ": " + when(o.window_from) + " – " + when(o.window_to) })];
      if (o.vehicle) nodes.push(el("p", { id: "vo-vehicle", text: t("vehicle") + ": " + o.vehicle.plate + " · " + name("vehicleType", o.vehicle.vehicle_type) }));
      if (o.driver) nodes.push(el("p", { id: "vo-driver" }, [t("driver") + ": " + o.driver.name + " · ", el("a", { href: "tel:" + o.driver.phone.replace(/[^+0-9]/g, ""), text: o.driver.phone })]));
      if (o.order_number) nodes.push(el("p", {}, [t("carries") + " ", el("a", { href: "#orders/" + o.order_id, text: o.order_number })]));
      nodes.push(el("ol", { "class": "stages", id: "vo-history" }, (o.history || []).map(function (h) {
        return el("li", { "class": "done" }, [el("strong", { text: name("vehicleStatus", h.to) }), el("span", { text: when(h.at) })]);
      })));
      if (o.status === "delivered") nodes.push(rating(o));
      nodes.push(el("p", {}, [el("a", { href: "#vehicle", "class": "back", text: "← " + t("vehicles") })]));
      show(t("vehicleOrder"), nodes);
      view.setAttribute("data-vehicle-order", o.id);
      view.setAttribute("data-version", o.version);
    });
  }

  function rating(o) {
    var select = el("select", { id: "vo-rating" }, [el("option", { value: "", text: "—" })].concat([5, 4, 3, 2, 1].map(function (n) {
      return el("option", { value: String(n), selected: o.rating === n ? "selected" : null, text: String(n) });
    })));
    var comment = el("input", { type: "text", id: "vo-rating-comment", maxlength: "2000", value: o.rating_comment || "" });
    var msg = el("p", { id: "vo-rating-error", "class": "field-error", "aria-live": "polite" });
    var form = el("form", { "class": "card", id: "vo-rate" }, [field(t("rate"), select, "vo-rating"), field(t("comment"), comment, "vo-rating-comment"), msg,
      el("p", {}, [el("button", { type: "submit", "class": "button primary", text: t("rateSend") })])]);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      api("POST", "/api/v1/vehicle-orders/" + o.id + "/rating", { rating: select.value ? Number(select.value) : null, comment: comment.value.trim() || undefined }).then(function (r) {
        if (r.ok) { vehicle(o.id); return; }
        var p = r.json || {};
        msg.textContent = ((p.errors || [])[0] || {}).message || p.detail || t("failed");
      });
    });
    return form;
  }

  /* ---------- branches and the nearest one ---------- */
  function routeLinks(b, from) {
    var c = function (x) { return Number(x).toFixed(6); };
    var to = c(b.lat) + "," + c(b.lon);
    var origin = from ? c(from.lat) + "," + c(from.lon) : "";
    return el("p", { "class": "routes" }, [
      el("a", { href: "https://yandex.ru/maps/?rtext=" + origin + "~" + to + "&rtt=auto", "class": "button secondary route-yandex", rel: "noopener", target: "_blank", text: t("yandex") }),
      el("a", { href: "https://www.google.com/maps/dir/?api=1&destination=" + to + (from ? "&origin=" + origin : ""), "class": "button secondary route-google", rel: "noopener", target: "_blank", text: "Google Maps" }),
      el("a", { href: "https://www.openstreetmap.org/directions?" + (from ? "from=" + origin + "&" : "") + "to=" + to, "class": "button secondary route-osm", rel: "noopener", target: "_blank", text: "OpenStreetMap" })]);
  }
  function branches() {
    var results = el("div", { id: "nearest" });
    var status = el("p", { "class": "muted", id: "branch-status", "aria-live": "polite" });
    var city = el("input", { type: "search", id: "branch-q", placeholder: t("cityPlaceholder"), autocomplete: "address-level2" });
    function search(query, from) {
      status.textContent = t("loading");
      api("GET", "/api/v1/branches/nearest?limit=5&" + query).then(function (r) {
        status.textContent = "";
        results.innerHTML = "";
        if (!r.ok) { failed(r).forEach(function (n) { results.appendChild(n); }); return; }
        var items = (r.json && r.json.items) || r.json || [];
        if (items.length && items[0].phones && items[0].phones.length) localStorage.setItem("oc-branch-phone", JSON.stringify({ phone: items[0].phones[0], name: lang === "ru" ? items[0].name_ru : items[0].name_en }));
        results.appendChild(el("ol", { "class": "list branches", id: "nearest-list" }, items.map(function (b, i) {
          return el("li", { "class": "card" + (i === 0 ? " nearest-first" : ""), "data-branch-id": b.id }, [
            el("h2", {}, [el("a", { href: "/branches/" + b.id, text: lang === "ru" ? b.name_ru : b.name_en }), " ", el("span", { "class": "muted distance", text: b.distance_km + " " + t("km") })]),
            el("p", { text: b.address }),
            el("p", {}, [el("span", { "class": "badge " + (b.open_now ? "open-now" : "closed-now"), text: b.open_now ? t("openNow") : t("closedNow") }),
              " ", el("span", { "class": "muted", text: todayText(b.today) })]),
            b.phones && b.phones.length ? el("p", {}, [el("a", { href: "tel:" + b.phones[0].replace(/[^+0-9]/g, ""), "class": "button secondary", text: "☎ " + b.phones[0] })]) : null,
            routeLinks(b, from)]);
        })));
      });
    }
    var locate = el("button", { type: "button", "class": "button primary", id: "find-nearest", text: t("findNearest"), on: { click: function () {
      if (!navigator.geolocation) { status.textContent = t("noLocation"); return; }
      status.textContent = t("locating");
      navigator.geolocation.getCurrentPosition(function (p) {
        var from = { lat: p.coords.latitude, lon: p.coords.longitude };
        search("lat=" + from.lat.toFixed(6) + "&lon=" + from.lon.toFixed(6), from);
      }, function () { status.textContent = t("noLocationCity"); city.focus(); }, { timeout: 10000, maximumAge: 60000 });
    } } });
    var form = el("form", { id: "branch-search", role: "search" }, [field(t("orCity"), city, "branch-q"), el("button", { type: "submit", "class": "button secondary", text: t("search") })]);
    form.addEventListener("submit", function (ev) { ev.preventDefault(); if (city.value.trim()) search("q=" + encodeURIComponent(city.value.trim()), null); });
    show(t("branches"), [el("p", {}, [locate]), form, status, results, el("p", {}, [el("a", { href: "/branches", "class": "back", text: t("allBranches") })])]);
  }
  function todayText(today) {
    if (!today) return "";
    if (today.always_open) return t("allDay");
    if (today.open && today.close) return t("today") + " " + today.open + "–" + today.close;
    return t("dayOff");
  }

  /* ---------- my requests and package ---------- */
  function requests() {
    show(t("requests"), [el("p", { "class": "muted", text: t("loading") })]);
    var pkg = me && me.client_id ? api("GET", "/api/v1/clients/" + me.client_id + "/package") : Promise.resolve({ ok: false, status: 404 });
    Promise.all([api("GET", "/api/v1/requests?limit=50"), pkg]).then(function (res) {
      var r = res[0], p = res[1];
      var nodes = [];
      if (p.ok && p.json) {
        nodes.push(el("section", { "class": "card", id: "package" }, [el("h2", { text: t("package") + ": " + (lang === "ru" ? p.json.package.name_ru : p.json.package.name_en) }),
          el("ul", {}, (p.json.allowance || []).map(function (a) {
            return el("li", { text: (lang === "ru" ? a.name_ru : a.name_en) + ": " + a.left + " / " + a.included_per_month + " " + t("left") });
          }))]));
      } else nodes.push(el("p", { "class": "card muted", id: "package", text: t("noPackage") }));
      if (!r.ok) nodes = nodes.concat(failed(r));
      else {
        var items = (r.json && r.json.items) || [];
        nodes.push(items.length ? el("ul", { "class": "list", id: "requests-list" }, items.map(function (q) {
          return el("li", { "class": "row" }, [el("span", { "class": "badge", text: name("requestStatus", q.status) }), el("span", { text: name("requestKind", q.kind) }),
            el("span", { "class": "muted", text: q.description })]);
        })) : el("p", { "class": "card muted", text: t("noRequests") }));
      }
      nodes.push(el("p", {}, [el("a", { href: "/cabinet/requests", "class": "button secondary", text: t("fileRequest") })]));
      show(t("requests"), nodes);
    });
  }

  /* ---------- the hotline ---------- */
  /* The chat with the hotline, when the server has it: the client's latest chat and a message
     box. A message carries an id made here (the chat's id too, when it opens one), repeated as
     its Idempotency-Key, so the service worker can queue it offline and send it once when the
     network returns: the server answers an id it already stored with the stored message. */
  function isChat(w) { return /^\/api\/v1\/chats(\/|$)/.test(w.url || ""); }
  function chatBox(nodes) {
    var list = el("ol", { "class": "list chat-messages", id: "chat-messages", "aria-live": "polite" }, []);
    var input = el("textarea", { id: "chat-text", name: "text", rows: "2", maxlength: "4000", required: "required" });
    var send = el("button", { type: "submit", "class": "primary", id: "chat-send", text: t("chatSend") });
    var status = el("p", { "class": "muted", id: "chat-status", role: "status" });
    var ended = el("p", { "class": "muted", id: "chat-ended" });
    var form = el("form", { "class": "card", id: "chat-form", novalidate: "novalidate" }, [field(t("chatMessage"), input, "chat-text"), el("p", {}, [send]), status]);
    var current = null;
    function line(cls, author, text, at) {
      return el("li", { "class": cls }, [el("span", { "class": "muted", text: author + (at ? " · " + when(at) : "") }), el("p", { text: text })]);
    }
    function draw(messages, waiting) {
      list.innerHTML = "";
      messages.forEach(function (m) { if (!m.internal) list.appendChild(line(m.from_client ? "mine" : "theirs", m.author_label, m.text, m.at)); });
      waiting.forEach(function (w) { var b = {}; try { b = JSON.parse(w.body); } catch (_) {}
        list.appendChild(line("mine queued", t("chatQueued"), b.text || "", null)); });
      if (!list.childNodes.length) list.appendChild(el("li", { "class": "muted", id: "chat-empty", text: t("chatEmpty") }));
    }
    function load() {
      Promise.all([api("GET", "/api/v1/chats?limit=1"), outbox()]).then(function (res) {
        var waiting = res[1].filter(isChat);
        var latest = res[0].ok && res[0].json && res[0].json.items && res[0].json.items[0];
        current = latest && (latest.status === "waiting" || latest.status === "active") ? latest : null;
        body.setAttribute("data-chat-id", current ? current.id : "");
        ended.textContent = latest && !current ? (latest.status === "ticket" ? t("chatTicket") : t("chatClosed")) : "";
        if (!latest) return draw([], waiting);
        api("GET", "/api/v1/chats/" + latest.id + "/messages").then(function (m) { draw((m.ok && m.json && m.json.items) || [], waiting); });
      });
    }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var text = input.value.trim();
      if (!text) { input.focus(); return; }
      var id = uuid();
      send.disabled = true;
      status.textContent = t("sending");
      var path = current ? "/api/v1/chats/" + current.id + "/messages" : "/api/v1/chats";
      api("POST", path, { id: id, text: text }, { "Idempotency-Key": id }).then(function (r) {
        send.disabled = false;
        if (r.queued) { input.value = ""; status.textContent = t("chatQueued"); note(t("queued")); return load(); }
        if (r.ok) { input.value = ""; status.textContent = ""; return load(); }
        var p = r.json || {};
        status.textContent = r.status === 409 ? t("chatClosed") : (p.detail || p.title || t("failed"));
        load();
      });
    });
    nodes.push(list, ended, form);
    load();
    return load;
  }
  var reloadChat = null;
  function chat() {
    var nodes = [];
    reloadChat = chatURL ? chatBox(nodes) : null;
    var saved = null; try { saved = JSON.parse(localStorage.getItem("oc-branch-phone") || "null"); } catch (_) {}
    var call = el("section", { "class": "card", id: "call-us" }, [el("h2", { text: chatURL ? t("orCall") : t("callUs") }), el("p", { "class": "muted", text: t("callUsWhy") })]);
    function phone(p, label) {
      call.appendChild(el("p", {}, [el("a", { href: "tel:" + p.replace(/[^+0-9]/g, ""), "class": "button primary call", id: "call-phone", text: "☎ " + p })]));
      if (label) call.appendChild(el("p", { "class": "muted", text: label }));
    }
    if (saved && saved.phone) phone(saved.phone, saved.name);
    else {
      call.appendChild(el("p", {}, [el("a", { href: "#branches", "class": "back", text: t("findForPhone") })]));
      api("GET", "/api/v1/branches?limit=1").then(function (r) {
        var b = r.ok && r.json && r.json.items && r.json.items[0];
        if (b && b.phones && b.phones.length) phone(b.phones[0], lang === "ru" ? b.name_ru : b.name_en);
      });
    }
    nodes.push(call);
    if (chatURL) nodes.push(el("p", {}, [el("a", { href: chatURL, "class": "button secondary", id: "open-chat", text: t("openChat") })]));
    if (supportURL) nodes.push(el("p", {}, [el("a", { href: supportURL, "class": "button secondary", text: t("writeSupport") })]));
    show(t("chat"), nodes);
  }

  /* ---------- routing, live updates, the offline queue ---------- */
  function route() {
    var parts = (location.hash || "#orders").slice(1).split("/");
    Array.prototype.forEach.call(document.querySelectorAll("nav.tabs a"), function (a) {
      if (a.getAttribute("href") === "#" + parts[0]) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
    });
    view.removeAttribute("data-vehicle-order");
    switch (parts[0]) {
      case "orders": return parts[1] ? order(parts[1]) : orders();
      case "vehicle": return parts[1] === "new" ? newVehicle() : parts[1] ? vehicle(parts[1]) : vehicles();
      case "branches": return branches();
      case "requests": return requests();
      case "chat": return chat();
      default: return orders();
    }
  }
  window.addEventListener("hashchange", function () { route(); view.focus(); });

  function live() {
    if (!window.WebSocket) return;
    var delay = 1000;
    (function connect() {
      var ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/live");
      ws.onopen = function () { delay = 1000; body.setAttribute("data-live", "open"); };
      ws.onmessage = function (m) {
        var e; try { e = JSON.parse(m.data); } catch (_) { return; }
        if (e && location.hash === "#chat" && reloadChat && /^chat(_message)?$/.test(e.kind || "")) return reloadChat();
        if (!e || e.kind !== "vehicle_order") return;
        var shown = view.getAttribute("data-vehicle-order");
        if (shown === e.id && String(e.version) !== view.getAttribute("data-version")) vehicle(e.id);
        else if (location.hash === "#vehicle") vehicles();
      };
      ws.onclose = function () { body.setAttribute("data-live", "closed"); setTimeout(connect, delay); delay = Math.min(delay * 2, 30000); };
    })();
  }

  var worker = null;
  function flush() { if (worker) worker.postMessage("flush"); }
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/app/sw.js", { scope: "/app" }).then(function (reg) {
      worker = reg.active || reg.waiting || reg.installing;
      navigator.serviceWorker.ready.then(function (r) { worker = r.active; body.setAttribute("data-sw", "ready"); flush(); });
    }).catch(function () { body.setAttribute("data-sw", "none"); });
    navigator.serviceWorker.addEventListener("message", function (ev) {
      var m = ev.data || {};
      if (m.kind === "outbox-sent") {
        var b = null; try { b = JSON.parse(m.body); } catch (_) {}
        note(m.status >= 200 && m.status < 300 ? t("queuedSent") : t("queuedRefused") + (b && (b.detail || b.title) ? ": " + (b.detail || b.title) : ""));
        if (location.hash === "#vehicle" || location.hash === "") vehicles();
        else if (location.hash === "#chat" && reloadChat) reloadChat();
      } else if (m.kind === "outbox") {
        body.setAttribute("data-outbox", String(m.count));
      }
    });
    // While anything waits in the queue, try again every few seconds and whenever the browser says it is back online.
    setInterval(function () { outbox().then(function (w) { if (w.length) flush(); }); }, 5000);
  }
  window.addEventListener("online", function () { online(); flush(); });
  window.addEventListener("offline", online);

  api("GET", "/api/v1/me").then(function (r) { if (r.ok) me = r.json; if (location.hash === "#requests") requests(); });
  online();
  route();
  live();
})();
