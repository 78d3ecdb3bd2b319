// What the web chat refuses: no or forged tokens, foreign origins, oversized or malformed
// bodies, floods per chat and per address; and what it sends every browser: a strict content
// security policy, the page's files with their types, nothing else. On PGlite only: the
// database plays no part in any of these refusals (journey.test.ts runs both).
import type { Hono } from "hono";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../support/harness.ts";
import { newToken, ORIGIN, Visitor, webApp } from "./visitor.ts";

const PARTNER = "https://partner.example.kz";

describe("the web chat's guards", () => {
  let h: Harness;
  /** A fresh app per test: its own rate-limit counts. */
  let http: Hono;
  beforeEach(() => {
    http = webApp(h);
  });
  beforeAll(async () => {
    h = await createHarness("pglite", {
      web: true,
      config: {
        WEB_CHAT_EMBED_ORIGINS: [PARTNER],
        WEB_CHAT_SENDS_PER_MINUTE: 5,
        WEB_CHAT_ADDRESS_SENDS_PER_MINUTE: 12,
      },
    });
  });
  afterAll(() => h.close());

  const post = (path: string, headers: Record<string, string>, body = '{"text":"/start"}') =>
    http.request(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it("refuses a missing, malformed or foreign-origin request before reading it", async () => {
    const token = newToken();
    const auth = { authorization: `Bearer ${token}` };
    expect((await post("/chat/api/send", { origin: ORIGIN })).status).toBe(401);
    expect((await post("/chat/api/send", { origin: ORIGIN, authorization: "Bearer short" })).status).toBe(
      401,
    );
    expect((await post("/chat/api/send", { origin: ORIGIN, authorization: `Basic ${token}` })).status).toBe(
      401,
    );
    expect((await post("/chat/api/send", auth)).status).toBe(403);
    expect((await post("/chat/api/send", { ...auth, origin: "https://evil.example" })).status).toBe(403);
    expect((await post("/chat/api/forget", { ...auth, origin: "https://evil.example" })).status).toBe(403);
    expect((await http.request("/chat/api/events")).status).toBe(401);
    expect(
      (await http.request("/chat/api/files/abc", { headers: { authorization: "Bearer x" } })).status,
    ).toBe(401);
    // Nothing of these reached the bot.
    expect(h.web!.chats.size).toBe(0);
    // A partner site that embeds the chat may post.
    expect((await post("/chat/api/send", { ...auth, origin: PARTNER })).status).toBe(202);
    await h.web!.settled();
  });

  it("refuses oversized and malformed bodies with 413 and 400", async () => {
    const headers = () => ({ origin: ORIGIN, authorization: `Bearer ${newToken()}` });
    const huge = JSON.stringify({ text: "а".repeat(5000) });
    expect((await post("/chat/api/send", headers(), huge)).status).toBe(413);
    const cases = [
      "not json",
      JSON.stringify({ text: "x".repeat(4097) }),
      JSON.stringify({ text: "   " }),
      JSON.stringify({ text: "hi", press: { messageId: 1, data: "x" } }),
      JSON.stringify({ press: { messageId: 1, data: "d".repeat(65) } }),
      JSON.stringify({ press: { messageId: -1, data: "x" } }),
      JSON.stringify({ location: { latitude: 91, longitude: 0 } }),
      JSON.stringify({ text: "hi", lang: "de" }),
      JSON.stringify({ text: "hi", extra: true }),
    ];
    for (const body of cases)
      expect([body, (await post("/chat/api/send", headers(), body)).status]).toEqual([body, 400]);
  });

  it("limits sends per chat and per address", async () => {
    const visitor = new Visitor(h, http);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await visitor.post({ text: `сообщение ${i}` })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    // Other chats from the same address (app.request has no socket: one "address") reach its limit.
    const sendsOf = async (count: number) => {
      const other = new Visitor(h, http);
      const seen: number[] = [];
      for (let i = 0; i < count; i++) seen.push((await other.post({ text: `другое ${i}` })).status);
      return seen;
    };
    expect(await sendsOf(5)).toEqual([202, 202, 202, 202, 202]);
    expect(await sendsOf(2)).toEqual([202, 429]);
  });

  it("takes a resend with the same clientId once", async () => {
    const visitor = new Visitor(h, http, newToken());
    await visitor.post({ text: "/start", clientId: "c-1" });
    await visitor.post({ text: "/start", clientId: "c-1" });
    await visitor.events();
    expect(visitor.seen.filter(({ event }) => event.type === "mine")).toHaveLength(1);
  });

  it("serves the page and its files with their types and a strict policy; nothing else", async () => {
    const page = await http.request("/chat");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const policy = page.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain(`frame-ancestors 'self' ${PARTNER}`);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    // No third-party asset: every script, style and image comes from the page's own origin.
    expect(await page.text()).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    const embed = await http.request("/chat/embed.js");
    expect(embed.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(embed.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect((await http.request("/chat/chat.css")).headers.get("content-type")).toBe(
      "text/css; charset=utf-8",
    );
    for (const path of [
      "/chat/..%2Fprotocol.ts",
      "/chat/protocol.ts",
      "/chat/nothing.js",
      "/chat/%2e%2e/%2e%2e/package.json",
    ]) {
      expect([path, (await http.request(path)).status]).toEqual([path, 404]);
    }
  });

  it("gives the page its texts in each language", async () => {
    for (const lang of ["kk", "ru", "en"]) {
      const texts = (await (await http.request(`/chat/api/texts?lang=${lang}`)).json()) as Record<
        string,
        string
      >;
      expect(Object.keys(texts).length).toBeGreaterThan(5);
      expect(Object.keys(texts).every((key) => key.startsWith("web-page-"))).toBe(true);
    }
    expect((await http.request("/chat/api/texts?lang=de")).status).toBe(400);
  });
});
