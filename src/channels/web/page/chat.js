// The anonymous web chat: the same bot as in Telegram, in a browser, with no account.
// Plain JS modules with no dependency, served under a strict CSP (no inline code or style).
// The person is known only by a random token kept in this browser; Quick exit wipes it.
import { conversation } from "./render.js";

const base = new URL("./", import.meta.url);
const api = (name) => new URL(`api/${name}`, base).href;
const params = new URLSearchParams(location.search);
const embedded = params.get("embed") === "1";
const LANGS = ["kk", "ru", "en"];
const KEYS = { token: "od-chat-token", lang: "od-chat-lang", seq: "od-chat-seq" };
const $ = (id) => document.getElementById(id);
const log = $("log");
const input = $("input");
const keyboard = $("keyboard");
const statusLine = $("status");
let texts = {};

// ---- identity and language ----
/** The browser's storage, or memory where it is refused (a partner's frame with third-party storage blocked). */
function storage(name) {
  try {
    const area = window[name];
    area.getItem(KEYS.token);
    return area;
  } catch {
    const kept = new Map();
    return {
      getItem: (key) => kept.get(key) ?? null,
      setItem: (key, value) => kept.set(key, String(value)),
      clear: () => kept.clear(),
    };
  }
}
const local = storage("localStorage");
const session = storage("sessionStorage");

function newToken() {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}
let token = local.getItem(KEYS.token);
const firstVisit = !token;
if (!token) {
  token = newToken();
  local.setItem(KEYS.token, token);
}
const auth = () => ({ Authorization: `Bearer ${token}` });

function pickLang() {
  const asked = params.get("lang") ?? local.getItem(KEYS.lang);
  if (LANGS.includes(asked)) return asked;
  const browser = (navigator.languages ?? [navigator.language]).map((tag) => String(tag).slice(0, 2));
  return browser.find((tag) => LANGS.includes(tag)) ?? "ru";
}
let lang = pickLang();

const t = (id, fallback = "") => texts[`web-page-${id}`] ?? fallback;

async function loadTexts() {
  try {
    const response = await fetch(`${api("texts")}?lang=${lang}`, { cache: "no-cache" });
    if (response.ok) texts = await response.json();
  } catch {
    // Keeps the texts it has: the page still works with the ones written in index.html.
  }
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-text]")) {
    const text = t(node.dataset.text);
    if (text) node.textContent = text;
  }
  for (const node of document.querySelectorAll("[data-label]")) {
    const text = t(node.dataset.label);
    if (text) node.setAttribute("aria-label", text);
  }
  const placeholder = t("input-placeholder");
  if (placeholder) input.placeholder = placeholder;
  document.title = t("title", document.title);
  showStatus(connection);
}

const { render, showMine, toast } = conversation({
  log,
  keyboard,
  toastBox: $("toast"),
  t,
  act: {
    press: (messageId, data) => send({ press: { messageId, data } }),
    key: (key, keys) => {
      // The pressed key is gone with its keyboard: the focus stays in the conversation.
      log.focus({ preventScroll: true });
      if (key.requestLocation) shareLocation(key, keys);
      else sendText(key.text);
    },
    download,
  },
});

/** Files need the Authorization header, so the page fetches them and saves the blob. */
async function download(url, fileName) {
  try {
    const response = await fetch(url, { headers: auth() });
    if (!response.ok) throw new Error(String(response.status));
    const saved = document.createElement("a");
    saved.href = URL.createObjectURL(await response.blob());
    saved.download = fileName;
    saved.click();
    setTimeout(() => URL.revokeObjectURL(saved.href), 10000);
  } catch {
    toast(t("download-failed", "The file could not be downloaded."), false);
  }
}

// ---- receiving: fetch-streamed server-sent events ----
const seenBefore = Number(session.getItem(KEYS.seq) ?? 0);
let lastSeq = 0;
let connection = "connecting";
let retryIn = 0;
let stream;

function showStatus(state) {
  connection = state;
  statusLine.dataset.state = state;
  statusLine.textContent = t(`status-${state}`, state);
}

function dispatch(id, name, data) {
  const seq = Number(id);
  if (id && Number.isSafeInteger(seq)) {
    if (seq <= lastSeq) return; // already shown: a replay after reconnecting
    lastSeq = seq;
    session.setItem(KEYS.seq, String(seq));
    // The history replayed on opening is not read out again by a screen reader; new messages are.
    if (seq > seenBefore) log.setAttribute("aria-busy", "false");
  }
  let event;
  try {
    event = JSON.parse(data);
  } catch {
    return;
  }
  const type = event.type ?? name;
  if (Object.hasOwn(render, type)) render[type](event);
}

const STALE_MS = 45000;

async function listen() {
  stream = new AbortController();
  const headers = { ...auth(), Accept: "text/event-stream" };
  if (lastSeq > 0) headers["Last-Event-ID"] = String(lastSeq);
  const response = await fetch(api("events"), { headers, signal: stream.signal, cache: "no-store" });
  if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
  showStatus("online");
  retryIn = 0;
  setTimeout(() => log.setAttribute("aria-busy", "false"), 800);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let fields = { id: "", event: "", data: [] };
  for (;;) {
    // The server pings every 20 s: a silent stream is a dead connection the browser has not noticed.
    const watchdog = setTimeout(() => stream.abort(), STALE_MS);
    const { value, done } = await reader.read().finally(() => clearTimeout(watchdog));
    if (done) return;
    buffer += value;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop();
    for (const line of lines) {
      if (line === "") {
        if (fields.data.length) dispatch(fields.id, fields.event, fields.data.join("\n"));
        fields = { id: "", event: "", data: [] };
        continue;
      }
      if (line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const text = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "data") fields.data.push(text);
      else if (field === "id") fields.id = text;
      else if (field === "event") fields.event = text;
    }
  }
}

let wake;
async function keepListening() {
  for (;;) {
    try {
      showStatus("connecting");
      await listen();
    } catch {
      if (exiting) return;
    }
    if (exiting) return;
    retryIn = Math.min(30000, retryIn ? retryIn * 2 : 1000);
    showStatus("offline");
    await new Promise((resolve) => {
      wake = resolve;
      setTimeout(resolve, retryIn * (0.75 + Math.random() / 2));
    });
  }
}
window.addEventListener("online", () => wake?.());
window.addEventListener("offline", () => stream?.abort());

// ---- sending: in order, retried with the same clientId so the server never doubles one ----
const outbox = [];
let sending = false;

function send(body, shown) {
  const clientId = crypto.randomUUID();
  outbox.push({ body: { ...body, lang, clientId }, shown });
  if (shown) shown.dataset.clientId = clientId;
  if (!sending) flush();
}

async function flush() {
  sending = true;
  let wait = 1000;
  while (outbox.length && !exiting) {
    const item = outbox[0];
    let response;
    try {
      response = await fetch(api("send"), {
        method: "POST",
        headers: { ...auth(), "Content-Type": "application/json" },
        body: JSON.stringify(item.body),
      });
    } catch {
      response = undefined;
    }
    if (response && (response.ok || (response.status < 500 && response.status !== 429))) {
      outbox.shift();
      wait = 1000;
      item.shown?.classList.remove("pending");
      if (!response.ok) {
        item.shown?.classList.add("failed");
        toast(t("send-failed", "Not sent."), false);
      }
      continue;
    }
    item.shown?.classList.add("pending");
    await new Promise((resolve) => setTimeout(resolve, wait));
    wait = Math.min(30000, wait * 2);
  }
  sending = false;
}

function sendText(text) {
  send({ text }, showMine(text));
}

function shareLocation(key, keys) {
  // Refused or unavailable: the keyboard's other way (the region list) answers instead.
  const fallback = () => {
    toast(t("location-refused", "Location not shared."), false);
    const other = keys.find((candidate) => !candidate.requestLocation);
    sendText(other ? other.text : key.text);
  };
  if (!navigator.geolocation || !window.isSecureContext) return fallback();
  navigator.geolocation.getCurrentPosition(
    ({ coords }) =>
      send({ location: { latitude: coords.latitude, longitude: coords.longitude } }, showMine(key.text)),
    fallback,
    { timeout: 20000, maximumAge: 300000 },
  );
}

$("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  sendText(text);
});
input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("composer").requestSubmit();
  }
});

// ---- language ----
const chooser = $("lang");
chooser.value = lang;
chooser.addEventListener("change", () => {
  lang = chooser.value;
  local.setItem(KEYS.lang, lang);
  loadTexts();
});

// ---- Quick exit: nothing of the conversation stays on screen, in storage, or in Back ----
let exiting = false;
function quickExit() {
  exiting = true;
  const bearer = auth();
  document.body.replaceChildren();
  local.clear();
  session.clear();
  stream?.abort();
  fetch(api("forget"), { method: "POST", headers: bearer, keepalive: true }).catch(() => {});
  const away = document.querySelector('meta[name="quick-exit"]')?.content || "about:blank";
  if (embedded) {
    try {
      window.top.location.replace(away);
      return;
    } catch {
      // The partner page cannot be left from here: at least the chat is gone.
    }
  }
  location.replace(away);
}
$("exit").addEventListener("click", quickExit);

if (embedded) {
  // The partner page's launcher closes the frame; the message carries nothing else.
  const askToClose = () => window.parent.postMessage({ openDoorChat: "close" }, "*");
  document.documentElement.classList.add("embedded");
  $("close").hidden = false;
  $("close").addEventListener("click", askToClose);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") askToClose();
  });
}

loadTexts().then(() => {
  keepListening();
  if (firstVisit) send({ text: "/start" });
});
