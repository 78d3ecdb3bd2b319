// The web chat page in a real browser (Debian's chromium, driven by playwright-core) against the
// real bot and the real HTTP app on a local port: a person goes from the welcome through a question,
// the nearest centers, consent and a counselor's reply (the counselor played through the bot's
// test harness), reopens the page and finds the history, then leaves with Quick exit; in Russian
// and in Kazakh. axe-core finds no serious or critical problem; the embed launcher opens and closes.
// Screenshots are kept in test/artifacts/web-chat/. .ci/run installs chromium; without it the test
// says so loudly and skips.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { serve } from "@hono/node-server";
import type { AxeResults } from "axe-core";
import type { Hono } from "hono";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webChatApp } from "../../../src/channels/web/index.ts";
import type { Locale } from "../../../src/config/index.ts";
import { createHttpApp } from "../../../src/server/http.ts";
import { counselor, deskHarness, say } from "../../counselors/helpers.ts";
import type { Harness, TestCounselor } from "../../support/harness.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.resolve(import.meta.dirname, "../../artifacts/web-chat");
const EXIT = "https://www.google.com/";
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TOKEN_KEY = "od-chat-token";

/** What the evaluations below read in the page (the tests compile without the DOM library). */
interface InPage {
  localStorage: { length: number; getItem(key: string): string | null };
  sessionStorage: { length: number };
  document: { activeElement: { id: string; className: string } | null };
}

const available = existsSync(CHROMIUM);
if (!available) {
  console.error(
    `\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n` +
      `!!! SKIPPED: the web chat's browser test needs ${CHROMIUM} (Debian package "chromium").\n` +
      `!!! Run .ci/run, or: apt-get update && apt-get install -y chromium\n` +
      `!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n`,
  );
}

/** Almaty's center: the browser's geolocation when the person allows it. */
const ALMATY = { latitude: 43.2389, longitude: 76.8897 };

const QUESTIONS: Record<Locale, string> = {
  ru: "как понять что человек попал в секту",
  kk: "Баламның радикалданып бара жатқанын қалай білуге болады?",
  en: "what are the signs my brother is being radicalized",
};

describe.skipIf(!available)("the web chat in headless Chromium", () => {
  let h: Harness;
  let server: ReturnType<typeof serve>;
  let origin: string;
  /** A partner's site: another origin on this machine (browsers keep public pages off loopback). */
  let partner: string;
  let partnerServer: Server;
  let browser: Browser;
  const counselors: Partial<Record<Locale, TestCounselor>> = {};

  beforeAll(async () => {
    h = await deskHarness("pglite", { web: true });
    counselors.ru = await counselor(h, { first_name: "Dana" }, "Дана");
    counselors.kk = await counselor(h, { first_name: "Aigul", language_code: "kk" }, "Айгүл");
    let app: Hono | undefined;
    server = await new Promise((resolve) => {
      const listening = serve(
        { fetch: (request) => app!.fetch(request), hostname: "127.0.0.1", port: 0 },
        () => resolve(listening),
      );
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    partnerServer = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(
        `<!doctype html><html lang="kk"><title>Partner</title><h1>Partner</h1>` +
          `<script src="${origin}/chat/embed.js" defer></script>`,
      );
    });
    await new Promise<void>((resolve) => partnerServer.listen(0, "localhost", resolve));
    partner = `http://localhost:${(partnerServer.address() as AddressInfo).port}`;
    app = createHttpApp({
      registry: h.service.metrics.registry,
      readiness: { check: async () => ({}) },
      stopping: () => false,
      webChat: webChatApp(h.web!, {
        config: { ...h.config, WEB_CHAT_EMBED_ORIGINS: [partner] },
        content: h.app.content,
        t: (locale, key) => h.app.i18n.t(locale, key),
      }),
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    partnerServer?.close();
    await h?.close();
  });

  /** A phone-sized browser profile; nothing leaves the machine (the exit page is played here). */
  async function phone(locale: Locale, options: { geolocation?: boolean; bypassCSP?: boolean } = {}) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      hasTouch: true,
      locale: `${locale}-KZ`,
      ...(options.geolocation ? { geolocation: ALMATY, permissions: ["geolocation"] } : {}),
      ...(options.bypassCSP ? { bypassCSP: true } : {}),
    });
    context.setDefaultTimeout(8_000);
    await context.route(
      (url) => url.origin !== origin && url.origin !== partner,
      (route) =>
        route.request().url().startsWith(EXIT)
          ? route.fulfill({ contentType: "text/html", body: "<title>Search</title><p>Search</p>" })
          : route.abort(),
    );
    return context;
  }

  /** Opens the chat and fails the test on any page error or console error (a CSP violation, say). */
  async function openChat(context: BrowserContext, query = ""): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico"))
        problems.push(`console: ${message.text()}`);
    });
    await page.goto(`${origin}/chat${query}`);
    return { page, problems };
  }

  const bot = (page: Page) => page.locator(".msg.bot");
  const lastBot = (page: Page) => bot(page).last();

  async function press(page: Page, label: string): Promise<void> {
    await page.getByRole("button", { name: label, exact: true }).last().click();
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  }

  /** What the same bot answers a Telegram person: the page must show the same first line. */
  async function telegramAnswer(locale: Locale, text: string): Promise<string> {
    const person = h.user({ language_code: locale });
    await person.send(text);
    return person.lastText().split("\n")[0]!;
  }

  for (const locale of ["ru", "kk"] as const) {
    it(`walks a person through the bot to a counselor and out again (${locale})`, async () => {
      const t = (key: string, variables?: Record<string, string | number>) => say(locale, key, variables);
      // Russian allows the browser's location; Kazakh refuses it and gets the region list.
      const context = await phone(locale, { geolocation: locale === "ru" });
      const { page, problems } = await openChat(context);

      // The welcome, in the browser's language, with the menu as real buttons.
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(locale);
      await bot(page).first().waitFor();
      await expect.poll(() => bot(page).first().textContent()).toContain(t("welcome-first").split("\n")[0]);
      await expect(page.getByRole("button", { name: t("web-page-exit") }).isVisible()).resolves.toBe(true);
      await expect.poll(() => page.locator("#status").textContent()).toBe(t("web-page-status-online"));
      await shot(page, `${locale}-1-welcome`);

      // A question in the person's words: the same answer as on Telegram. Enter sends.
      const expected = await telegramAnswer(locale, QUESTIONS[locale]);
      await page.getByLabel(t("web-page-input")).fill(QUESTIONS[locale]);
      await page.getByLabel(t("web-page-input")).press("Enter");
      await page.locator(".msg.mine", { hasText: QUESTIONS[locale] }).waitFor();
      await lastBot(page).filter({ hasText: expected }).waitFor();
      await shot(page, `${locale}-2-answer`);

      // The nearest centers: the location button asks the browser; refused, the region list answers.
      await press(page, t("menu-centers"));
      await press(page, t("centers-share-location"));
      if (locale === "kk") {
        await page.getByText(t("web-page-location-refused")).waitFor();
        await lastBot(page)
          .filter({ hasText: t("centers-region-prompt") })
          .waitFor();
        await press(page, "Алматы қаласы");
      }
      await page.locator(".msg.venue").first().waitFor();
      const map = page.locator(".msg.venue a").first();
      expect(await map.getAttribute("href")).toMatch(/^https:\/\//);
      expect(await map.getAttribute("rel")).toBe("noopener noreferrer");
      await expect(page.locator("#keyboard").isHidden()).resolves.toBe(true);
      await shot(page, `${locale}-3-centers`);

      // Consent, then a counselor takes the case and answers; the answer appears on the page.
      await press(page, t("menu-talk"));
      await lastBot(page)
        .filter({ hasText: t("consent-counselor-explain", { carried: "yes" }) })
        .waitFor();
      await press(page, t("consent-allow"));
      await lastBot(page)
        .filter({ hasText: t("consent-history-explain", { days: 30 }) })
        .waitFor();
      await press(page, t("consent-allow"));
      const hello =
        locale === "ru"
          ? "Здравствуйте, мне нужна помощь с сестрой"
          : "Сәлеметсіз бе, әпкем туралы кеңес керек";
      await page.getByLabel(t("web-page-input")).fill(hello);
      await page.getByRole("button", { name: t("web-page-send") }).click();
      await page.locator(".msg.mine", { hasText: hello }).waitFor();
      await h.web!.settled();
      const desk = counselors[locale]!;
      const topic = h.telegram.topicsOf(h.counselorChatId).at(-1)!;
      await desk.pressInGroup(say("ru", "counselors-button-take"), { threadId: topic.threadId });
      expect(desk.texts()).toContain(hello);
      const reply =
        locale === "ru"
          ? "Здравствуйте, я Дана. Расскажите, что случилось?"
          : "Сәлеметсіз бе, мен Айгүлмін. Не болды?";
      await desk.send(reply);
      await bot(page).filter({ hasText: reply }).waitFor();
      await shot(page, `${locale}-4-counselor`);

      // The connection drops: the status says so, a message written meanwhile waits and is sent once,
      // and what the counselor wrote meanwhile arrives once, after the page reconnects by itself.
      await context.setOffline(true);
      await expect.poll(() => page.locator("#status").getAttribute("data-state")).toBe("offline");
      await expect.poll(() => page.locator("#status").textContent()).toBe(t("web-page-status-offline"));
      const meanwhile = locale === "ru" ? "Вы меня слышите?" : "Мені естисіз бе?";
      await page.getByLabel(t("web-page-input")).fill(meanwhile);
      await page.getByLabel(t("web-page-input")).press("Enter");
      await page.locator(".msg.mine.pending", { hasText: meanwhile }).waitFor();
      const missed = locale === "ru" ? "Я здесь, пишите." : "Мен осындамын, жаза беріңіз.";
      await desk.send(missed);
      await context.setOffline(false);
      await bot(page).filter({ hasText: missed }).waitFor();
      await expect.poll(() => page.locator("#status").getAttribute("data-state")).toBe("online");
      await page.locator(".msg.mine:not(.pending)", { hasText: meanwhile }).waitFor();
      await h.web!.settled();
      expect(await bot(page).filter({ hasText: missed }).count()).toBe(1);
      expect(await page.locator(".msg.mine", { hasText: meanwhile }).count()).toBe(1);
      expect(desk.texts().filter((text) => text === meanwhile)).toHaveLength(1);
      expect(problems.filter((problem) => !problem.includes("ERR_INTERNET_DISCONNECTED"))).toEqual([]);

      // Closed and opened again: the whole conversation is still there, each message once.
      const shown = await page.locator(".msg").allInnerTexts();
      await page.close();
      const again = await openChat(context);
      await again.page.locator(".msg.bot", { hasText: reply }).waitFor();
      await expect.poll(() => again.page.locator(".msg").allInnerTexts()).toEqual(shown);
      await shot(again.page, `${locale}-5-reopened`);

      // Quick exit: the screen, the storage and the server forget; Back does not return to the chat.
      const token = await again.page.evaluate(
        (key) => (globalThis as unknown as InPage).localStorage.getItem(key),
        TOKEN_KEY,
      );
      const chat = h.web!.chats.get(h.web!.chatIdOf(token!))!;
      await again.page.getByRole("button", { name: t("web-page-exit") }).click();
      await again.page.waitForURL(EXIT);
      await expect.poll(() => chat.after(0).map((stored) => stored.event.type)).toEqual(["cleared"]);
      await again.page.goBack();
      expect(again.page.url()).not.toContain("/chat");
      const storage = await context.newPage();
      await storage.goto(`${origin}/chat/api/texts?lang=${locale}`);
      expect(
        await storage.evaluate(() => {
          const { localStorage, sessionStorage } = globalThis as unknown as InPage;
          return [localStorage.length, sessionStorage.length];
        }),
      ).toEqual([0, 0]);
      expect(again.problems).toEqual([]);
      await context.close();
    }, 30_000);
  }

  /** axe-core's serious and critical findings on the page as it is now. */
  async function accessibilityProblems(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const { axe } = globalThis as unknown as { axe: { run(): Promise<AxeResults> } };
      return (await axe.run()).violations.map(({ id, impact, nodes }) => ({
        id,
        impact,
        targets: nodes.map((node) => node.target.join(" ")),
      }));
    });
    return violations
      .filter(({ impact }) => impact === "serious" || impact === "critical")
      .map(({ id, impact, targets }) => `${impact} ${id}: ${targets.join(", ")}`);
  }

  it("has no serious or critical accessibility problem, empty, in a conversation, in high contrast", async () => {
    // axe is injected as a script, so this profile (only) lets the page's CSP allow it.
    const context = await phone("en", { bypassCSP: true });
    const { page, problems } = await openChat(context);
    const t = (key: string) => say("en", key);
    await page.getByRole("button", { name: t("web-page-exit") }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    // Keyboard only: the language, Quick exit, the conversation and its buttons, the message, Send.
    const stops: string[] = [];
    while (stops.at(-1) !== "send" && stops.length < 40) {
      await page.keyboard.press("Tab");
      stops.push(
        await page.evaluate(() => {
          const focused = (globalThis as unknown as InPage).document.activeElement;
          return focused?.id || focused?.className || "";
        }),
      );
    }
    expect(stops.slice(0, 3)).toEqual(["lang", "exit", "log"]);
    expect(stops.slice(-2)).toEqual(["input", "send"]);

    await bot(page).first().waitFor();
    await press(page, t("menu-centers"));
    await page.getByRole("group", { name: t("web-page-quick-replies") }).waitFor();
    await page.getByLabel(t("web-page-input")).fill(QUESTIONS.en);
    await page.getByLabel(t("web-page-input")).press("Enter");
    await page.locator(".msg.mine", { hasText: QUESTIONS.en }).waitFor();
    await expect.poll(() => bot(page).count()).toBeGreaterThan(2);
    expect(await accessibilityProblems(page)).toEqual([]);
    await shot(page, "en-conversation");

    await page.emulateMedia({ forcedColors: "active", contrast: "more" });
    expect(await accessibilityProblems(page)).toEqual([]);
    await shot(page, "en-high-contrast");
    expect(problems).toEqual([]);
    await context.close();
  }, 30_000);

  it("shows only the whitelisted part of a message's html, and switches its own language", async () => {
    // CSP bypassed too: if anything of the html below ran or loaded, nothing else would stop it.
    const context = await phone("ru", { bypassCSP: true });
    const { page } = await openChat(context);
    await bot(page).first().waitFor();
    const token = await page.evaluate(
      (key) => (globalThis as unknown as InPage).localStorage.getItem(key),
      TOKEN_KEY,
    );
    h.web!.chats.get(h.web!.chatIdOf(token!))!.push({
      type: "message",
      messageId: 1,
      html:
        `<b>жирный</b> <a href="javascript:alert(1)">ссылка</a> <a href="https://example.kz/">сайт</a>` +
        `<img src="${origin}/chat/api/texts?lang=kk" onerror="window.ran = 1"><script>window.ran = 2</script>` +
        `<iframe src="${origin}/chat"></iframe><style>body{display:none}</style><u onclick="window.ran = 3">u</u>`,
    });
    const item = lastBot(page).filter({ hasText: "жирный" });
    await item.waitFor();
    expect(await item.locator(".body").innerHTML()).toBe(
      '<b>жирный</b> ссылка <a href="https://example.kz/" target="_blank" rel="noopener noreferrer">сайт</a><u>u</u>',
    );
    await item.locator("u").click();
    expect(await page.evaluate(() => (globalThis as unknown as { ran?: number }).ran)).toBeUndefined();

    // The language switch: the page's own texts at once, the bot's answers from the next message.
    await page.getByLabel(say("ru", "web-page-language")).selectOption("kk");
    await page.getByRole("button", { name: say("kk", "web-page-exit") }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("kk");
    await press(page, say("ru", "menu-centers"));
    await lastBot(page)
      .filter({ hasText: say("kk", "centers-ask") })
      .waitFor();
    await context.close();
  }, 30_000);

  it("embeds with one script tag: the launcher opens the chat in a frame; Escape closes it", async () => {
    const context = await phone("kk");
    const page = await context.newPage();
    await page.goto(`${partner}/partner`);
    const launcher = page.getByRole("button", { name: say("kk", "web-page-launcher") });
    await expect.poll(() => launcher.getAttribute("aria-expanded")).toBe("false");

    await launcher.click();
    expect(await launcher.getAttribute("aria-expanded")).toBe("true");
    const frame = page.frameLocator("#open-door-chat-frame");
    await frame.locator(".msg.bot").first().waitFor();
    expect(await frame.locator("html").getAttribute("lang")).toBe("kk");
    await shot(page, "kk-embedded");

    // Escape inside the chat closes the frame and gives the focus back to the launcher.
    await frame.getByLabel(say("kk", "web-page-input")).press("Escape");
    await expect.poll(() => launcher.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator("#open-door-chat-frame").isHidden()).toBe(true);
    expect(await page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.id)).toBe(
      "open-door-chat-launcher",
    );

    // Opened again from the keyboard: the same conversation, not a new one.
    await page.keyboard.press("Enter");
    expect(await launcher.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => frame.locator(".msg.bot").count()).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
    await expect.poll(() => launcher.getAttribute("aria-expanded")).toBe("false");
    await context.close();
  }, 30_000);
});
