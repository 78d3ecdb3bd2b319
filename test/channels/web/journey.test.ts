// A web person's whole visit, through the HTTP app and the real bot on both databases: the
// same welcome, questions, centers and counselors as on Telegram, with the counselor on the
// (fake) Telegram side and the reply arriving on the page's event stream.
import type { Hono } from "hono";
import { describe, expect, it } from "vitest";
import * as cases from "../../../src/db/cases.ts";
import { counselor, deskHooks, say, topicOf } from "../../counselors/helpers.ts";
import { DATABASE_KINDS, type Harness } from "../../support/harness.ts";
import { Visitor, webApp } from "./visitor.ts";

const KARAGANDA = { lat: 49.806, lon: 73.085 };

describe.each(DATABASE_KINDS)("a web person's visit on %s", (kind) => {
  let h: Harness;
  let http: Hono;
  deskHooks(kind, { web: true }, (harness) => {
    h = harness;
    http = webApp(h);
  });

  it("gets the same welcome and menu, presses its buttons, and sees edits in place", async () => {
    const visitor = new Visitor(h, http);
    await visitor.say("/start");
    await visitor.events();
    expect(visitor.seen[0]?.event).toMatchObject({ type: "mine", html: "/start" });
    expect(visitor.buttons()).toContain(say("ru", "menu-questions"));

    await visitor.press(say("ru", "menu-questions"));
    await visitor.events();
    expect(visitor.lastText()).toContain("Выберите тему");
    // Nothing reached Telegram for the web chat.
    expect(h.telegram.calls.filter((call) => Number(call.payload.chat_id) === visitor.chatId)).toEqual([]);
  });

  it("shares a location and gets the nearest centers as venues with a map link", async () => {
    const visitor = new Visitor(h, http);
    await visitor.say("/centers");
    await visitor.events();
    const keyboard = visitor.seen
      .map(({ event }) => event)
      .find((event) => event.type === "message" && event.keyboard);
    expect(keyboard).toMatchObject({
      keyboard: { rows: expect.arrayContaining([[expect.objectContaining({ requestLocation: true })]]) },
    });

    await visitor.shareLocation(KARAGANDA.lat, KARAGANDA.lon);
    const venues = (await visitor.events())
      .map(({ event }) => event)
      .filter((event) => event.type === "venue");
    expect(venues.length).toBeGreaterThan(0);
    expect(venues[0]).toMatchObject({
      removeKeyboard: true,
      mapUrl: expect.stringMatching(/^https:\/\/www\.openstreetmap\.org\//),
    });
  });

  it("asks for a counselor; the case opens marked as web; the reply reaches the page", async () => {
    const dana = await counselor(h, { first_name: "Dana", username: "dana_c" }, "Дана");
    const visitor = new Visitor(h, http);
    await visitor.say("/start");
    await visitor.press(say("ru", "menu-talk"));
    await visitor.press(say("ru", "consent-allow"));
    await visitor.events();

    const item = await cases.openCaseOf(h.app.db, h.app.pseudonymize(visitor.chatId));
    expect(item).toBeDefined();
    const [topic] = h.telegram.topicsOf(h.counselorChatId);
    expect(topic?.name).toMatch(/^🌐 веб · /);
    const threadId = topicOf(item!);
    const head = h.telegram.messagesIn(h.counselorChatId, { threadId })[0];
    expect(head?.text).toContain("🌐 веб");

    await visitor.say("Здравствуйте, мне нужен совет");
    await dana.pressInGroup("✋ Взять", { threadId });
    expect(dana.texts()).toContain("Здравствуйте, мне нужен совет");

    await dana.send("Здравствуйте, я вас слушаю");
    await visitor.events();
    expect(visitor.texts()).toContain("Здравствуйте, я вас слушаю");
  });
});
