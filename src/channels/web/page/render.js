// What the page shows: the bot's messages, the person's own, buttons and keyboards, notes.
// The bot's html is copied through a whitelist of elements; nothing else of it reaches the page.
const INLINE = new Set(["B", "STRONG", "I", "EM", "U", "INS", "S", "STRIKE", "DEL", "CODE", "PRE"]);
const BLOCK = new Set(["BLOCKQUOTE", "P", "BR"]);
const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

export function safeUrl(href) {
  try {
    const url = new URL(href, location.href);
    return SAFE_LINK.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function link(href, text) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  if (new URL(href).origin !== location.origin) {
    a.target = "_blank";
    a.rel = "noopener noreferrer";
  }
  return a;
}

/** Copies only whitelisted elements (and text) from inert parsed html; any other element keeps its text. */
function copySafe(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(node.textContent);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = node.tagName;
      let target = to;
      if (tag === "A") {
        const href = safeUrl(node.getAttribute("href") ?? "");
        if (href) {
          target = link(href, "");
          to.append(target);
        }
      } else if (INLINE.has(tag) || BLOCK.has(tag)) {
        target = document.createElement(tag.toLowerCase());
        to.append(target);
      } else if (tag === "SCRIPT" || tag === "STYLE" || tag === "TEMPLATE") {
        continue;
      }
      copySafe(node, target);
    }
  }
}

// A <template>'s content is inert: nothing in it loads or runs while it is read.
const inert = document.createElement("template");
export function fragmentOf(html) {
  inert.innerHTML = html ?? "";
  const fragment = document.createDocumentFragment();
  copySafe(inert.content, fragment);
  inert.innerHTML = "";
  return fragment;
}

/**
 * The conversation in `log`, the reply keyboard in `keyboard`, short notes in `toastBox`.
 * `act` is what the person's presses do: press(messageId, data), key(key, allKeys), download(url, name).
 */
export function conversation({ log, keyboard, toastBox, t, act }) {
  const hidden = (text) => {
    const span = document.createElement("span");
    span.className = "visually-hidden";
    span.textContent = text;
    return span;
  };

  function bubble(kind, messageId) {
    const item = document.createElement("div");
    item.className = `msg ${kind}`;
    if (messageId !== undefined) item.dataset.messageId = String(messageId);
    item.append(hidden(kind === "mine" ? t("from-you", "You:") : t("from-bot", "Open Door:")));
    const body = document.createElement("div");
    body.className = "body";
    item.append(body);
    return item;
  }

  const findMessage = (messageId) => log.querySelector(`[data-message-id="${CSS.escape(String(messageId))}"]`);

  function inlineButtons(item, messageId, rows) {
    item.querySelector(".buttons")?.remove();
    if (!rows?.length) return;
    const box = document.createElement("div");
    box.className = "buttons";
    for (const row of rows) {
      const line = document.createElement("div");
      line.className = "row";
      for (const button of row) {
        const url = button.url && safeUrl(button.url);
        if (url) {
          line.append(link(url, button.text));
        } else if (typeof button.data === "string") {
          const element = document.createElement("button");
          element.type = "button";
          element.textContent = button.text;
          element.addEventListener("click", () => act.press(messageId, button.data));
          line.append(element);
        }
      }
      box.append(line);
    }
    item.append(box);
  }

  function replyKeyboard(spec) {
    keyboard.replaceChildren();
    keyboard.hidden = !spec?.rows?.length;
    if (keyboard.hidden) return;
    const all = spec.rows.flat();
    for (const row of spec.rows) {
      const line = document.createElement("div");
      line.className = "row";
      for (const key of row) {
        const element = document.createElement("button");
        element.type = "button";
        element.textContent = key.text;
        // Every reply keyboard of this bot is one-time (as Telegram hides it after a press).
        element.addEventListener("click", () => {
          replyKeyboard(null);
          act.key(key, all);
        });
        line.append(element);
      }
      keyboard.append(line);
    }
  }

  function append(item) {
    const atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    log.insertBefore(item, typing.parentNode === log ? typing : null);
    if (atEnd || item.classList.contains("mine")) item.scrollIntoView({ block: "end" });
  }

  const typing = document.createElement("p");
  typing.className = "typing";
  typing.setAttribute("aria-hidden", "true");
  let typingTimer;
  function showTyping(on) {
    clearTimeout(typingTimer);
    if (!on) return typing.remove();
    typing.textContent = t("typing", "…");
    log.append(typing);
    typingTimer = setTimeout(() => typing.remove(), 6000);
  }

  function toast(text, alert) {
    const note = document.createElement("p");
    note.textContent = text;
    toastBox.replaceChildren(note);
    toastBox.setAttribute("role", alert ? "alert" : "status");
    toastBox.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => (toastBox.hidden = true), alert ? 12000 : 5000);
  }

  const render = {
    message(event) {
      const item = bubble("bot", event.messageId);
      item.querySelector(".body").append(fragmentOf(event.html));
      inlineButtons(item, event.messageId, event.buttons);
      showTyping(false);
      append(item);
      if (event.keyboard) replyKeyboard(event.keyboard);
      else if (event.removeKeyboard) replyKeyboard(null);
    },
    mine(event) {
      // The page starts a new conversation with /start itself: not something the person wrote.
      if (event.html === "/start") return;
      // The person's own message, as stored: it replaces the copy shown while sending, in the
      // server's order (a reopened page shows the same).
      const item = bubble("mine", event.messageId);
      item.querySelector(".body").append(fragmentOf(event.html));
      if (event.clientId) log.querySelector(`[data-client-id="${CSS.escape(event.clientId)}"]`)?.remove();
      append(item);
    },
    edit(event) {
      const item = findMessage(event.messageId);
      if (!item) return;
      if (event.html !== undefined) item.querySelector(".body").replaceChildren(fragmentOf(event.html));
      if (event.buttons !== undefined) inlineButtons(item, event.messageId, event.buttons);
    },
    delete(event) {
      findMessage(event.messageId)?.remove();
    },
    venue(event) {
      const item = bubble("bot venue", event.messageId);
      const body = item.querySelector(".body");
      const title = document.createElement("strong");
      title.textContent = event.title;
      const address = document.createElement("p");
      address.textContent = event.address;
      body.append(title, address);
      const url = safeUrl(event.mapUrl ?? "");
      if (url) body.append(link(url, t("map", "Map")));
      showTyping(false);
      append(item);
    },
    document(event) {
      const item = bubble("bot document", event.messageId);
      const body = item.querySelector(".body");
      if (event.html) body.append(fragmentOf(event.html), document.createElement("br"));
      const url = safeUrl(event.url ?? "");
      if (url) {
        const a = link(url, event.fileName);
        a.download = event.fileName;
        a.addEventListener("click", (click) => {
          click.preventDefault();
          act.download(url, event.fileName);
        });
        body.append(a);
      }
      append(item);
    },
    typing() {
      showTyping(true);
    },
    toast(event) {
      toast(event.text, event.alert);
    },
    cleared() {
      log.replaceChildren();
      replyKeyboard(null);
    },
  };

  /** The person's message, shown at once while it is being sent. */
  function showMine(text) {
    const item = bubble("mine");
    item.querySelector(".body").textContent = text;
    append(item);
    return item;
  }

  return { render, showMine, toast };
}
