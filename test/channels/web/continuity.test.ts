// The page closes and reopens, the connection drops: nothing is lost or doubled, on both
// databases. The quick exit drops what is kept at once. And the web person stays anonymous:
// neither the token nor the web chat id reaches the database or the logs.
import type { Hono } from "hono";
import { describe, expect, it } from "vitest";
import * as cases from "../../../src/db/cases.ts";
import { askForHuman, counselor, deskHarness, deskHooks, say, topicOf } from "../../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness } from "../../support/harness.ts";
import { readStream, Visitor, webApp } from "./visitor.ts";

describe.each(DATABASE_KINDS)("a web chat that closes and reopens, on %s", (kind) => {
  let h: Harness;
  let http: Hono;
  deskHooks(kind, { web: true }, (harness) => {
    h = harness;
    http = webApp(h);
  });

  /** A web person with a case taken by Dana; the page has read everything so far. */
  async function relayed() {
    const dana = await counselor(h, { first_name: "Dana", username: "dana_c" }, "Дана");
    const visitor = new Visitor(h, http);
    await visitor.say("/start");
    await visitor.press(say("ru", "menu-talk"));
    await visitor.press(say("ru", "consent-allow"));
    const item = await cases.openCaseOf(h.app.db, h.app.pseudonymize(visitor.chatId));
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(item!) });
    await visitor.events();
    return { dana, visitor };
  }

  it("replays what came while the page was closed, from Last-Event-ID, once and in order", async () => {
    const { dana, visitor } = await relayed();
    const before = visitor.seen.length;
    // The page is closed: the counselor writes twice, the bot's replies pile up.
    await dana.send("Первый ответ");
    await dana.send("Второй ответ");
    // Reopened (the same token in the browser): exactly the missed events, in order.
    const missed = await visitor.events();
    expect(missed.map(({ event }) => event.type === "message" && event.html)).toEqual([
      "Первый ответ",
      "Второй ответ",
    ]);
    expect(missed.map(({ seq }) => seq)).toEqual([...missed.map(({ seq }) => seq)].sort((a, b) => a - b));
    expect(visitor.seen.length).toBe(before + 2);
    // Reading again from the same point gives nothing twice.
    expect(await visitor.events()).toEqual([]);
    // The person answers from the reopened page; the counselor gets it.
    await visitor.say("Спасибо, я снова здесь");
    expect(dana.texts()).toContain("Спасибо, я снова здесь");
    // A page with nothing stored (a new tab) gets the whole conversation from the start.
    const all = await readStream(await visitor.request("/chat/api/events"));
    expect(all.map(({ seq }) => seq)).toEqual(visitor.seen.map(({ seq }) => seq).concat(all.at(-1)!.seq));
  });

  it("streams live what happens while the page listens", async () => {
    const { dana, visitor } = await relayed();
    const open = await visitor.request("/chat/api/events", {
      headers: { "last-event-id": String(visitor.lastSeq) },
    });
    await dana.send("Ответ, пока страница открыта");
    const live = await readStream(open);
    expect(live.map(({ event }) => event)).toEqual([
      expect.objectContaining({ type: "message", html: "Ответ, пока страница открыта" }),
    ]);
  });

  it("drops the kept conversation at once on the quick exit", async () => {
    const { dana, visitor } = await relayed();
    const forget = await visitor.request("/chat/api/forget", { method: "POST" });
    expect(forget.status).toBe(200);
    const after = await readStream(await visitor.request("/chat/api/events"));
    expect(after.map(({ event }) => event.type)).toEqual(["cleared"]);
    // The case goes on: a later reply still reaches the page.
    await dana.send("Вы здесь?");
    expect((await visitor.events()).map(({ event }) => event.type)).toContain("message");
  });

  it("sends /mydata's file, on request after its summary, that only this chat's token can download", async () => {
    const visitor = new Visitor(h, http);
    await visitor.say("/start");
    await visitor.say("/mydata");
    await visitor.events();
    expect(visitor.lastText().endsWith(say("ru", "mydata-footer"))).toBe(true);
    await visitor.press(say("ru", "mydata-file"));
    const documents = (await visitor.events())
      .map(({ event }) => event)
      .filter((event) => event.type === "document");
    expect(documents).toHaveLength(1);
    const { url, fileName } = documents[0] as { url: string; fileName: string };
    expect(fileName).toBe("my-data.json");
    const file = await visitor.request(url);
    expect(file.headers.get("content-disposition")).toContain("my-data.json");
    expect(JSON.parse(await file.text())).toBeTypeOf("object");
    const stranger = new Visitor(h, http);
    expect((await stranger.request(url)).status).toBe(404);
  });

  it("keeps neither the token nor the web chat id in the database or the logs", async () => {
    const { dana, visitor } = await relayed();
    await visitor.press(say("ru", "consent-allow")).catch(() => {});
    await visitor.say("Мой вопрос к консультанту");
    await dana.send("Ответ консультанта");
    await visitor.say("/privacy");
    const dump = await h.db.dump();
    const logs = h.logs();
    for (const secret of [visitor.token, String(visitor.chatId)]) {
      expect(dump).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
    // Nor on the counselors' side of Telegram.
    const staffSide = JSON.stringify(
      h.telegram.calls.map((call) => ({ ...call.payload, from_chat_id: undefined })),
    );
    expect(staffSide).not.toContain(String(visitor.chatId));
  });
});

describe("a Telegram person next to the web chat", () => {
  it("is untouched: their calls go to Telegram as before", async () => {
    const h = await deskHarness("pglite", { web: true });
    const anna = h.user({ language_code: "ru" });
    await askForHuman(anna);
    expect(anna.texts().length).toBeGreaterThan(2);
    expect(h.web!.chats.size).toBe(0);
    await h.close();
  });
});
