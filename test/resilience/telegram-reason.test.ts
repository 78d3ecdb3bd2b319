// The reason an operator reads in "Telegram cannot be reached (…)": the network's own words, or what to change
// when nothing in the network is at fault.
import { HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { networkReason } from "../../src/resilience/telegram-reach.ts";
import { freePort } from "../support/free-port.ts";

/** What Node's fetch really throws for `url`, wrapped as grammY wraps it. */
async function failureOf(url: string): Promise<HttpError> {
  const error = await fetch(url).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return new HttpError("Network request for 'getMe' failed!", error);
}

describe("why Telegram cannot be reached, as logged", () => {
  it("says that a TELEGRAM_API_ROOT on a port fetch refuses is a setting to change, not an outage", async () => {
    for (const port of [9, 6000])
      expect(networkReason(await failureOf(`http://127.0.0.1:${port}/bot/getMe`))).toBe(
        "bad port: fetch never connects to this port; give TELEGRAM_API_ROOT another",
      );
  });

  it("keeps the network's own words for a refused connection", async () => {
    const port = await freePort();
    expect(networkReason(await failureOf(`http://127.0.0.1:${port}/bot/getMe`))).toBe(
      `connect ECONNREFUSED 127.0.0.1:${port}`,
    );
  });
});
