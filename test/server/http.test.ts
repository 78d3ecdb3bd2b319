// The HTTP side of the service, in-process on the real bot and real PostgreSQL: the webhook
// takes an update only with Telegram's secret, /healthz and /readyz tell the state, and
// /metrics is valid Prometheus text that never carries an identifier.
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp, sameSecret } from "../../src/server/http.ts";
import { serviceReadiness } from "../../src/server/readiness.ts";
import { createHarness, type Harness } from "../support/harness.ts";

const SECRET = "s".repeat(40);
const PATH = "/telegram/hook";

describe("webhook, health, readiness and metrics (PostgreSQL)", () => {
  let h: Harness;
  let http: ReturnType<typeof createHttpApp>;
  let stopping = false;
  beforeAll(async () => {
    h = await createHarness("postgres");
    http = createHttpApp({
      registry: h.service.metrics.registry,
      readiness: serviceReadiness(h.db, h.bot.api),
      stopping: () => stopping,
      webhook: { path: PATH, secret: SECRET, accept: (update) => void h.bot.handleUpdate(update) },
    });
  });
  afterAll(() => h.close());

  const post = (update: unknown, secret?: string) =>
    http.request(PATH, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(secret === undefined ? {} : { "x-telegram-bot-api-secret-token": secret }),
      },
      body: typeof update === "string" ? update : JSON.stringify(update),
    });

  it("compares secrets in constant time and only accepts the exact one", () => {
    expect(sameSecret(SECRET, SECRET)).toBe(true);
    expect(sameSecret(`${SECRET}x`, SECRET)).toBe(false);
    expect(sameSecret(undefined, SECRET)).toBe(false);
    expect(sameSecret("", SECRET)).toBe(false);
  });

  it("answers 401 to a wrong or missing secret and handles nothing", async () => {
    const person = h.user({ language_code: "ru" });
    const update = h.telegram.userMessage(person.user, "/start");
    const before = h.telegram.calls.length;
    expect((await post(update)).status).toBe(401);
    expect((await post(update, "wrong")).status).toBe(401);
    expect((await post(update, SECRET.slice(0, -1))).status).toBe(401);
    await h.service.inFlight.drained(5_000);
    expect(h.telegram.calls.length).toBe(before);
    expect(person.messages()).toEqual([]);
    expect(await h.db.sql.query("SELECT key FROM stored_state")).toEqual([]);
  });

  it("acknowledges an update with the right secret and answers the person", async () => {
    const person = h.user({ language_code: "kk" });
    const response = await post(h.telegram.userMessage(person.user, "/start"), SECRET);
    expect(response.status).toBe(200);
    expect(await h.service.inFlight.drained(10_000)).toBe(true);
    expect(person.lastText()).toContain("Ашық есік");
  });

  it("refuses a body that is not an update, or too large, without handling it", async () => {
    expect((await post("{not json", SECRET)).status).toBe(400);
    expect((await post({ hello: 1 }, SECRET)).status).toBe(400);
    const huge = { update_id: 1, message: { text: "x".repeat(2 * 1024 * 1024) } };
    expect((await post(huge, SECRET)).status).toBe(413);
  });

  it("tells health and readiness, and refuses updates while stopping", async () => {
    expect((await http.request("/healthz")).status).toBe(200);
    const ready = await http.request("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      ok: true,
      checks: { database: true, migrations: true, telegram: true },
    });
    stopping = true;
    try {
      expect((await http.request("/readyz")).status).toBe(503);
      const person = h.user();
      expect((await post(h.telegram.userMessage(person.user, "/start"), SECRET)).status).toBe(503);
    } finally {
      stopping = false;
    }
  });

  it("serves Prometheus text with every family the operator needs, and no identifier", async () => {
    const person = h.user({ id: 987654321, first_name: "Zhanar", username: "zhanar_a", language_code: "ru" });
    await person.send("/start");
    await person.send("Мне страшно, муж меня бьёт");
    const response = await http.request("/metrics");
    expect(response.status).toBe(200);
    const text = await response.text();
    const families = new Map(parsePrometheusTextFormat(text).map((family) => [family.name, family]));
    for (const name of [
      "opendoor_updates_total",
      "opendoor_update_handling_seconds",
      "opendoor_errors_total",
      "opendoor_telegram_api_errors_total",
      "opendoor_cases_open",
      "opendoor_cases_queued",
      "opendoor_case_oldest_waiting_seconds",
      "opendoor_outbox_depth",
      "opendoor_updates_in_flight",
    ]) {
      expect(families.has(name), name).toBe(true);
    }
    const updates = families.get("opendoor_updates_total")!.metrics;
    expect(updates.find((sample) => sample.labels?.type === "message")?.value).toMatch(/^[1-9]\d*$/);
    const latency = families.get("opendoor_update_handling_seconds")!.metrics[0]!;
    expect(Number(latency.buckets?.["+Inf"])).toBeGreaterThan(0);
    const pseudonym = h.app.pseudonymize(person.id);
    for (const identity of ["987654321", "Zhanar", "zhanar_a", pseudonym, pseudonym.slice(0, 8)]) {
      expect(text).not.toContain(identity);
    }
    // Labels are a small closed set: kinds and codes, never anything a person sent.
    for (const family of families.values()) {
      for (const sample of family.metrics) {
        for (const [label, value] of Object.entries(sample.labels ?? {})) {
          expect(["type", "kind", "method", "code", "le"]).toContain(label);
          expect(value).toMatch(/^[a-zA-Z_]+$|^\d+$|^[\d.e+]+$|^\+Inf$/);
        }
      }
    }
  });
});
