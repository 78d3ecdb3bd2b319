// One line on a partner's site adds the chat:
//   <script src="https://<bot host>/chat/embed.js" defer></script>
// A launcher button opens the chat in a frame (/chat?embed=1) and closes it again (the button,
// Escape, or Escape inside the chat). Styles are set through the DOM, so a strict CSP on the
// partner's page does not block them; nothing is stored on the partner's origin.
"use strict";
(() => {
  const script = document.currentScript;
  if (!script || document.getElementById("open-door-chat-launcher")) return;
  const page = new URL(script.src);
  page.pathname = page.pathname.replace(/\/embed\.js$/, "");
  page.search = "";
  page.hash = "";
  const LANGS = ["kk", "ru", "en"];
  const partnerLang = (document.documentElement.lang || "").slice(0, 2).toLowerCase();
  const lang = script.dataset.lang || (LANGS.includes(partnerLang) ? partnerLang : "");
  page.searchParams.set("embed", "1");
  if (lang) page.searchParams.set("lang", lang);

  let frame;
  let frameTitle = "Open Door";
  const launcher = document.createElement("button");
  launcher.type = "button";
  launcher.id = "open-door-chat-launcher";
  launcher.textContent = script.dataset.label || "💬";
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "open-door-chat-frame");
  Object.assign(launcher.style, {
    position: "fixed",
    right: "1rem",
    bottom: "1rem",
    zIndex: "2147483000",
    minWidth: "3.5rem",
    minHeight: "3.5rem",
    padding: "0.6rem 1rem",
    border: "2px solid #ffffff",
    borderRadius: "1.75rem",
    background: "#0b4f8a",
    color: "#ffffff",
    font: "600 1rem system-ui, sans-serif",
    cursor: "pointer",
    boxShadow: "0 2px 8px rgba(0, 0, 0, 0.35)",
  });

  // The label in the partner page's language, from the chat's own texts (served with CORS).
  if (!script.dataset.label) {
    fetch(new URL(`api/texts?lang=${lang || "ru"}`, new URL("./", script.src)))
      .then((response) => (response.ok ? response.json() : {}))
      .then((texts) => {
        const label = texts["web-page-launcher"];
        if (label) launcher.textContent = `💬 ${label}`;
        if (texts["web-page-title"]) frameTitle = texts["web-page-title"];
      })
      .catch(() => {});
  }

  const mobile = () => window.matchMedia("(max-width: 30rem)").matches;

  function open() {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.id = "open-door-chat-frame";
      frame.src = page.href;
      frame.allow = "geolocation";
      frame.referrerPolicy = "no-referrer";
      document.body.append(frame);
    }
    frame.title = frameTitle;
    Object.assign(frame.style, {
      position: "fixed",
      zIndex: "2147483001",
      border: "1px solid #6b6b6b",
      borderRadius: mobile() ? "0" : "0.75rem",
      background: "#ffffff",
      right: mobile() ? "0" : "1rem",
      bottom: mobile() ? "0" : "5rem",
      width: mobile() ? "100vw" : "24rem",
      height: mobile() ? "100dvh" : "min(40rem, calc(100vh - 6rem))",
      boxShadow: "0 4px 24px rgba(0, 0, 0, 0.35)",
      display: "block",
    });
    launcher.setAttribute("aria-expanded", "true");
    frame.focus();
  }

  function close() {
    if (!frame || frame.style.display === "none") return;
    frame.style.display = "none";
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  launcher.addEventListener("click", () =>
    launcher.getAttribute("aria-expanded") === "true" ? close() : open(),
  );
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  // Escape pressed inside the chat (the frame has the focus): the chat asks to be closed.
  window.addEventListener("message", (event) => {
    if (frame && event.source === frame.contentWindow && event.origin === page.origin) {
      if (event.data?.openDoorChat === "close") close();
    }
  });

  const mount = () => document.body.append(launcher);
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
