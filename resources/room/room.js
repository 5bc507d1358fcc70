// Werkbank's room page: the phone writes notes and gives dots; no other host is asked,
// text is always set as text (never as HTML). German and English.
"use strict";
(function () {
  const T = {
    de: {
      intro: "Schreiben Sie Ihre Gedanken als Notiz auf die Leinwand. Sie bleiben anonym, wenn Sie keinen Namen angeben.",
      paused: "Die Moderation hat kurz pausiert.",
      zone: "Zone", text: "Ihre Notiz", name: "Name (freiwillig)", send: "Notiz senden",
      voting: "Abstimmung", privacy: "Diese Seite kommt vom Laptop der Moderation; nichts geht an andere Server.",
      closed: "geschlossen", count: "{n} von 500 Zeichen", dots: "Sie haben noch {n} Punkte.",
      dots1: "Sie haben noch 1 Punkt.", votes1: "1 Punkt",
      dot: "Punkt geben", dotFor: "Punkt geben für: {text}", votes: "{n} Punkte",
      empty: "Bitte einen Text eingeben.", nozone: "Bitte eine Zone wählen.",
      offline: "Keine Verbindung zum Laptop der Moderation – wird wiederholt.", sending: "Wird gesendet …",
      insecure: "Unverschlüsselte Verbindung im lokalen Netz: bitte nichts Vertrauliches schreiben."
    },
    en: {
      intro: "Write your thoughts as a note on the canvas. You stay anonymous unless you give a name.",
      paused: "The facilitator has paused for a moment.",
      zone: "Zone", text: "Your note", name: "Name (optional)", send: "Send note",
      voting: "Voting", privacy: "This page comes from the facilitator's laptop; nothing goes to other servers.",
      closed: "closed", count: "{n} of 500 characters", dots: "You have {n} dots left.",
      dots1: "You have 1 dot left.", votes1: "1 dot",
      dot: "Give a dot", dotFor: "Give a dot to: {text}", votes: "{n} dots",
      empty: "Please enter a text.", nozone: "Please choose a zone.",
      offline: "No connection to the facilitator's laptop – trying again.", sending: "Sending …",
      insecure: "Unencrypted connection in the local network: please write nothing confidential."
    }
  };
  const lang = (document.documentElement.lang || "de").slice(0, 2) === "en" ? "en" : "de";
  const t = (key, values) => (T[lang][key] || key).replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
  const $ = (id) => document.getElementById(id);
  const key = () => (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
    : Date.now().toString(36) + Math.random().toString(36).slice(2);
  let phone = null;
  try { phone = localStorage.getItem("werkbank-phone"); } catch (e) { phone = null; }
  if (!phone) {
    phone = key();
    try { localStorage.setItem("werkbank-phone", phone); } catch (e) { /* private mode */ }
  }
  let state = null;
  let chosen = "";

  document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t, {}); });

  function say(text) { $("status").textContent = text; $("error").textContent = ""; }
  function fail(text) { $("error").textContent = text; $("status").textContent = ""; }

  async function call(method, path, body) {
    const response = await fetch(path, {
      method, headers: { "Content-Type": "application/json", "X-Phone": phone },
      body: body ? JSON.stringify(body) : undefined, cache: "no-store", credentials: "omit"
    });
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    return { ok: response.ok, status: response.status, data };
  }

  function zones() {
    const list = $("zone-list");
    const shown = state.zones.map((z) => z.id + (z.open ? "" : "!")).join(",");
    if (list.dataset.shown === shown) return;
    list.dataset.shown = shown;
    list.replaceChildren();
    state.zones.forEach((zone, i) => {
      const row = document.createElement("div");
      row.className = "zone";
      const input = document.createElement("input");
      input.type = "radio"; input.name = "zone"; input.id = "zone-" + i; input.value = zone.id;
      input.disabled = !zone.open; input.checked = zone.id === chosen && zone.open;
      input.addEventListener("change", () => { chosen = zone.id; });
      const label = document.createElement("label");
      label.htmlFor = input.id;
      label.textContent = zone.title + (zone.open ? "" : " (" + t("closed", {}) + ")");
      row.append(input, label);
      list.append(row);
    });
  }

  function voting() {
    $("voting").hidden = !state.voting;
    if (!state.voting) return;
    $("dots").textContent = t(state.dots === 1 ? "dots1" : "dots", { n: state.dots });
    const holder = $("notes");
    const shown = JSON.stringify([state.dots, state.notes]);
    if (holder.dataset.shown === shown) return;
    holder.dataset.shown = shown;
    holder.replaceChildren();
    state.zones.forEach((zone) => {
      const notes = state.notes.filter((n) => n.zone === zone.id);
      if (!notes.length) return;
      const heading = document.createElement("h3");
      heading.className = "zone-title"; heading.textContent = zone.title;
      holder.append(heading);
      notes.forEach((note) => {
        const box = document.createElement("div");
        box.className = "note";
        const text = document.createElement("p");
        text.textContent = note.text;
        const count = document.createElement("p");
        count.className = "hint"; count.textContent = t(note.votes === 1 ? "votes1" : "votes", { n: note.votes });
        const button = document.createElement("button");
        button.type = "button"; button.textContent = t("dot", {});
        button.setAttribute("aria-label", t("dotFor", { text: note.text.slice(0, 80) }));
        button.disabled = state.dots <= 0 || state.paused;
        button.addEventListener("click", () => send({ kind: "vote", key: key(), note: note.id }));
        box.append(text, count, button);
        holder.append(box);
      });
    });
  }

  async function refresh() {
    try {
      const answer = await call("GET", "state");
      if (!answer.ok) { fail(answer.data.message || ""); return; }
      state = answer.data;
      $("title").textContent = state.title;
      document.title = state.title + " – Werkbank";
      $("paused").hidden = !state.paused;
      $("send").disabled = state.paused;
      if (!state.secure && !$("insecure")) {
        const warn = document.createElement("p");
        warn.id = "insecure"; warn.className = "hint"; warn.textContent = t("insecure", {});
        $("intro").after(warn);
      }
      zones();
      voting();
    } catch (e) {
      fail(t("offline", {}));
    }
  }

  async function send(body, tries) {
    say(t("sending", {}));
    try {
      const answer = await call("POST", "send", body);
      if (answer.ok) {
        say(answer.data.message || "");
        if (body.kind === "note") { $("text").value = ""; count(); }
      } else {
        fail(answer.data.message || String(answer.status));
      }
      refresh();
    } catch (e) {  // the laptop did not answer: the same key again, taken once
      fail(t("offline", {}));
      if ((tries || 0) < 5) setTimeout(() => send(body, (tries || 0) + 1), 2000);
    }
  }

  function count() { $("count").textContent = t("count", { n: $("text").value.length }); }
  $("text").addEventListener("input", count);
  count();

  $("note").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("text").value.trim();
    if (!chosen) { fail(t("nozone", {})); $("zone-list").querySelector("input:not(:disabled)")?.focus(); return; }
    if (!text) { fail(t("empty", {})); $("text").focus(); return; }
    send({ kind: "note", key: key(), zone: chosen, text, name: $("name").value.trim() });
  });

  refresh();
  setInterval(refresh, 2500);
})();
