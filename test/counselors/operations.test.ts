// Working hours, priority, blocks, idle cases, supervision, withdrawal and two instances.
import { beforeEach, describe, expect, it } from "vitest";
import { PURGE_JOBS } from "../../src/bot/jobs.ts";
import { configureRelay } from "../../src/counselors/feature.ts";
import { purgeOnce } from "../../src/retention/index.ts";
import { DATABASE_KINDS, type Harness, type TestCounselor, type TestUser } from "../support/harness.ts";
import {
  askForHuman,
  caseByRef,
  counselor,
  deskHooks,
  identityLeaks,
  openCaseOf,
  SELF_HARM,
  say,
  takenCase,
  topicOf,
} from "./helpers.ts";

/** Saturday 2026-11-21, 12:00 in Almaty: outside the default hours (mon-fri 09:00-18:00). */
const SATURDAY_NOON = Date.UTC(2026, 10, 21, 7, 0, 0);
/** Monday 2026-11-23, 09:05 in Almaty. */
const MONDAY_MORNING = Date.UTC(2026, 10, 23, 4, 5, 0);
const SUPERVISOR_ID = 9_200_002;

describe.each(DATABASE_KINDS)("counselors' operations on %s", (kind) => {
  let h: Harness;
  let dana: TestCounselor;
  let erlan: TestCounselor;
  let anna: TestUser;
  let boris: TestUser;
  deskHooks(kind, { config: { SUPERVISOR_IDS: [SUPERVISOR_ID], CASE_IDLE_MINUTES: 60 } }, (harness) => {
    h = harness;
  });
  beforeEach(async () => {
    dana = await counselor(h, { first_name: "Dana" }, "Дана");
    erlan = await counselor(h, { id: SUPERVISOR_ID, first_name: "Erlan" }, "Ерлан");
    anna = h.user({ first_name: "Anna", username: "anna_k", language_code: "ru" });
    boris = h.user({ first_name: "Boris", username: "boris_b", language_code: "ru" });
  });

  it("outside working hours says so, gives the numbers, and the left message is seen first", async () => {
    h.clock.set(SATURDAY_NOON);
    await askForHuman(anna);
    const opened = anna.texts().find((text) => text.includes(say("ru", "counselors-opened")))!;
    expect(opened).toContain("понедельник, 23 ноября");
    expect(opened).toContain("09:00");
    expect(opened).toContain("114");
    expect(opened).toContain("112");
    expect(opened).toContain("следующий консультант на смене увидит его первым");
    await anna.send("Пишу в выходной: сын перестал с нами разговаривать");
    const annaCase = await openCaseOf(h, anna);
    expect(annaCase.afterHours).toBe(true);
    expect(h.telegram.lastMessageIn(h.counselorChatId, { threadId: topicOf(annaCase) })?.text).toContain(
      "вне смены",
    );

    h.clock.set(MONDAY_MORNING);
    await askForHuman(boris);
    expect(boris.texts().join("\n")).toContain(say("ru", "counselors-position", { position: 2 }));
    await dana.inGroup("/queue");
    const queue = dana.groupTexts().at(-1)!;
    expect(queue.indexOf(annaCase.ref)).toBeLessThan(queue.indexOf((await openCaseOf(h, boris)).ref));
    expect(queue).toContain("🌙");
    await dana.inGroup(`/take ${annaCase.ref}`);
    expect(dana.texts()).toContain("Пишу в выходной: сын перестал с нами разговаривать");
  });

  it("puts a crisis first, tells the overtaken person their new place, and raises a waiting case on a crisis", async () => {
    await askForHuman(anna);
    expect(anna.texts().join("\n")).toContain(say("ru", "counselors-position", { position: 1 }));
    await boris.send("/start");
    await boris.send("не могу больше, хочу умереть");
    expect(boris.lastText()).toContain("112");
    await boris.press(say("ru", "crisis-talk"));
    await boris.press(say("ru", "consent-allow"));
    const borisCase = await openCaseOf(h, boris);
    expect(borisCase.priority).toBe(0);
    expect(h.telegram.topicsOf(h.counselorChatId).find((t) => t.threadId === borisCase.threadId)?.name).toBe(
      `${borisCase.ref} · ru · — · — · 🔴 P0`,
    );
    expect(h.telegram.lastMessageIn(h.counselorChatId, { threadId: topicOf(borisCase) })?.text).toContain(
      say("ru", "counselors-head-crisis", { category: say("ru", "counselors-crisis-self-harm") }),
    );
    expect(boris.texts().join("\n")).toContain(say("ru", "counselors-position", { position: 1 }));
    // Anna's waiting message was edited in place: she is now second.
    const waitMessageId = (await openCaseOf(h, anna)).waitMessageId;
    const annaWaiting = anna.messages().find((m) => m.messageId === waitMessageId);
    expect(annaWaiting?.text).toContain(say("ru", "counselors-position", { position: 2 }));
    expect(annaWaiting?.editDate).toBeDefined();
    await dana.inGroup("/queue");
    const queue = dana.groupTexts().at(-1)!;
    expect(queue.indexOf(borisCase.ref)).toBeLessThan(queue.indexOf((await openCaseOf(h, anna)).ref));

    // A crisis written while waiting raises that case too.
    await anna.send("я хочу умереть");
    const annaCase = await openCaseOf(h, anna);
    expect(annaCase.priority).toBe(0);
    expect(
      h.telegram.topicsOf(h.counselorChatId).find((t) => t.threadId === annaCase.threadId)?.name,
    ).toContain("🔴 P0");
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
    expect(identityLeaks(h, boris.user, [dana, erlan])).toEqual([]);
  });

  it("blocks a pseudonym for a set time with a reason; the person is told politely; supervisors see it", async () => {
    const { item, threadId } = await takenCase(h, anna, dana);
    await dana.inGroup("/block 7 оскорбления", { threadId });
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });
    expect(anna.lastText()).toBe(say("ru", "counselors-blocked-notice", { date: "30 ноября" }));
    expect((await caseByRef(h, item.ref)).outcome).toBe("abusive");
    await anna.press(say("ru", "counselors-end-button")).catch(() => {});
    await anna.send("/start");
    await anna.press(say("ru", "menu-talk"));
    expect(anna.lastText()).toBe(say("ru", "counselors-blocked", { date: "30 ноября" }));

    await dana.inGroup("/audit");
    expect(dana.groupTexts().at(-1)).toBe(say("ru", "counselors-supervisors-only"));
    await erlan.inGroup("/audit");
    const log = erlan.groupTexts().at(-1)!;
    expect(log).toContain(`${item.ref} Дана — блокировка · 7 дней: оскорбления`);
    expect(log).toContain(`${item.ref} Дана — закрыт · ${say("ru", "counselors-outcome-abusive")}`);
  });

  it("/audit hides a rating count under the statistics' k: one rating is not shown", async () => {
    await takenCase(h, anna, dana);
    await dana.send("Я здесь");
    await anna.send("/end");
    await anna.press(say("ru", "counselors-end-yes"));
    await anna.press("5");
    await erlan.inGroup("/audit");
    const log = erlan.groupTexts().at(-1)!;
    expect(log).toContain(say("ru", "counselors-ratings-few", { days: 30, min: 5 }));
    expect(log).not.toContain("5.0");
  });

  it("closes a silent case by itself with a notice to both sides", async () => {
    const { item } = await takenCase(h, anna, dana);
    await anna.send("Алло");
    h.clock.advance(59 * 60_000);
    await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
    expect((await caseByRef(h, item.ref)).status).toBe("active");
    h.clock.advance(2 * 60_000);
    const report = await purgeOnce(h.app, PURGE_JOBS, h.clock.now(), h.bot.api);
    expect(report.counts["counselors.idle-cases"]).toBe(1);
    expect(anna.lastText()).toContain(say("ru", "counselors-closed-idle", { minutes: 60 }));
    expect(anna.buttons()).toContain("5");
    expect(dana.lastText()).toBe(say("ru", "counselors-notice-idle", { ref: item.ref, minutes: 60 }));
    expect(await h.db.prisma.caseLink.findMany()).toEqual([]);
  });

  it("shows /queue and /cases to counselors and lets a supervisor pause intake", async () => {
    await askForHuman(anna);
    await askForHuman(boris);
    const annaCase = await openCaseOf(h, anna);
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(annaCase) });
    await dana.inGroup("/cases");
    const overview = dana.groupTexts().at(-1)!;
    expect(overview).toContain(say("ru", "counselors-queue-title", { count: 1 }));
    expect(overview).toContain(say("ru", "counselors-active-title", { count: 1 }));
    expect(overview).toMatch(
      new RegExp(`${annaCase.ref} · 🟢 обычное · русский · — · — · 0 мин\\. · 👤 Дана`),
    );

    await dana.inGroup("/pause все заняты");
    expect(dana.groupTexts().at(-1)).toBe(say("ru", "counselors-supervisors-only"));
    await erlan.inGroup("/pause все заняты");
    const carol = h.user({ first_name: "Carol", language_code: "ru" });
    await askForHuman(carol);
    expect(carol.texts().join("\n")).toContain(say("ru", "counselors-paused"));
    await erlan.inGroup("/resume");
    const dmitry = h.user({ first_name: "Dmitry", language_code: "ru" });
    await askForHuman(dmitry);
    expect(dmitry.texts().join("\n")).toContain(say("ru", "counselors-position", { position: 3 }));
  });

  it("closes the case at once when the person withdraws consent with /forget; the counselor is told", async () => {
    const { item } = await takenCase(h, anna, dana);
    await anna.send("/forget");
    await anna.press(say("ru", "forget-yes"));
    expect(dana.lastText()).toBe(say("ru", "counselors-notice-withdrawn", { ref: item.ref }));
    const closed = await caseByRef(h, item.ref);
    expect(closed).toMatchObject({ status: "closed", outcome: "withdrawn", pseudonym: null });
    expect(await h.db.prisma.caseLink.findMany()).toEqual([]);
    expect(await h.db.dump()).not.toContain(h.app.pseudonymize(anna.id));
  });

  it("/forget after crisis words: the emergency numbers last, the holder told of the crisis, all still erased", async () => {
    const { item } = await takenCase(h, anna, dana);
    await anna.send("я уже стою на табуретке, не хочу жить");
    await anna.send("/forget");
    await anna.press(say("ru", "forget-yes"));
    expect(anna.lastText()).toBe(
      [
        say("ru", "forget-done"),
        say("ru", "crisis-call-112"),
        say("ru", "crisis-call-103"),
        say("ru", "forget-done-safety"),
      ].join("\n\n"),
    );
    // The case was just closed: no "a counselor will see it", but how to reach one again.
    expect(anna.lastText()).toContain(`отправьте /start и нажмите «${say("ru", "menu-talk")}»`);
    expect(anna.lastText()).not.toContain("увидит");
    expect(dana.lastText()).toBe(
      say("ru", "counselors-notice-withdrawn-crisis", { ref: item.ref, category: "самоповреждение" }),
    );
    // The promise holds: the topic with the person's words is deleted, nothing links back to them.
    expect(h.telegram.callsTo("deleteForumTopic").map((call) => call.payload.message_thread_id)).toContain(
      topicOf(item),
    );
    expect(await caseByRef(h, item.ref)).toMatchObject({
      status: "closed",
      outcome: "withdrawn",
      pseudonym: null,
    });
    expect(await h.db.dump()).not.toContain(h.app.pseudonymize(anna.id));
  });

  it("/forget of a crisis case nobody took yet tells the group (en person)", async () => {
    const john = h.user({ first_name: "John", language_code: "en" });
    await askForHuman(john, "en");
    await john.send("I don't want to live anymore");
    const item = await openCaseOf(h, john);
    await john.send("/forget");
    await john.press(say("en", "forget-yes"));
    expect(john.lastText()).toContain(say("en", "crisis-call-112"));
    expect(john.lastText()).toContain(say("en", "forget-done-safety"));
    expect(john.lastText()).toContain(`send /start and press “${say("en", "menu-talk")}”`);
    expect(john.lastText()).not.toContain("will see");
    expect(h.telegram.lastMessageIn(h.counselorChatId)?.text).toBe(
      say("ru", "counselors-notice-withdrawn-crisis", { ref: item.ref, category: "самоповреждение" }),
    );
  });

  it("/forget with no crisis says nothing of emergencies (kk)", async () => {
    const aigul = h.user({ first_name: "Aigul", language_code: "kk" });
    await askForHuman(aigul, "kk");
    await aigul.send("/forget");
    await aigul.press(say("kk", "forget-yes"));
    expect(aigul.lastText()).toBe(say("kk", "forget-done"));
  });

  it("/privacy withdrawing the link with a counselor asks first, naming the open request; then the crisis lines (ru)", async () => {
    const olga = h.user({ first_name: "Olga", language_code: "ru" });
    await askForHuman(olga);
    await olga.send(SELF_HARM.ru);
    const item = await openCaseOf(h, olga);
    const withdraw = say("ru", "privacy-withdraw", { purpose: say("ru", "privacy-purpose-counselor") });
    await olga.send("/privacy");
    await olga.press(withdraw);
    expect(olga.lastText()).toBe(say("ru", "privacy-withdraw-end-queued"));
    await olga.press(say("ru", "privacy-withdraw-end-no"));
    expect(olga.lastText()).toBe(say("ru", "privacy-withdraw-kept"));
    expect(await caseByRef(h, item.ref)).toMatchObject({ status: "queued" });
    await olga.send("/privacy");
    await olga.press(withdraw);
    await olga.press(say("ru", "privacy-withdraw-end-yes"));
    const done = olga.texts().find((text) => text.startsWith(say("ru", "privacy-withdrawn-ended")));
    expect(done?.split("\n\n")).toEqual([
      say("ru", "privacy-withdrawn-ended"),
      say("ru", "crisis-call-112"),
      say("ru", "crisis-call-103"),
      say("ru", "privacy-withdrawn-safety"),
    ]);
    expect(await caseByRef(h, item.ref)).toMatchObject({
      status: "closed",
      outcome: "withdrawn",
      pseudonym: null,
    });
    expect(h.telegram.lastMessageIn(h.counselorChatId)?.text).toBe(
      say("ru", "counselors-notice-withdrawn-crisis", { ref: item.ref, category: "самоповреждение" }),
    );
  });

  it.each(["kk", "en"] as const)(
    "%s: /privacy withdrawing during a conversation names it; without crisis words no emergency lines",
    async (locale) => {
      const person = h.user({ language_code: locale });
      const { item } = await takenCase(h, person, dana, locale);
      await person.send("/privacy");
      await person.press(
        say(locale, "privacy-withdraw", { purpose: say(locale, "privacy-purpose-counselor") }),
      );
      expect(person.lastText()).toBe(say(locale, "privacy-withdraw-end-active"));
      expect(await caseByRef(h, item.ref)).toMatchObject({ status: "active" });
      await person.press(say(locale, "privacy-withdraw-end-yes"));
      expect(person.texts()).toContain(say(locale, "privacy-withdrawn-ended"));
      expect(dana.lastText()).toBe(say("ru", "counselors-notice-withdrawn", { ref: item.ref }));
      expect(await caseByRef(h, item.ref)).toMatchObject({ status: "closed", outcome: "withdrawn" });
    },
  );

  it("refuses Take without an alias; without a private chat the conversation runs in the topic", async () => {
    await askForHuman(anna);
    await anna.send("Есть кто-нибудь?");
    const item = await openCaseOf(h, anna);
    const threadId = topicOf(item);
    const nameless = h.counselor({ first_name: "Nameless" });
    await nameless.pressInGroup("✋ Взять", { threadId });
    expect(h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload).toMatchObject({
      text: say("ru", "counselors-alias-first"),
      show_alert: true,
    });
    expect((await caseByRef(h, item.ref)).status).toBe("queued");

    const shy = h.counselor({ first_name: "Shy" });
    await shy.inGroup("/alias Карина");
    await shy.pressInGroup("✋ Взять", { threadId });
    expect(h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload.text).toBe(
      say("ru", "counselors-take-won-topic", { ref: item.ref }),
    );
    expect((await caseByRef(h, item.ref)).inTopic).toBe(true);
    const topic = shy.groupTexts({ threadId });
    expect(topic).toContain(say("ru", "counselors-topic-mode", { alias: "Карина" }));
    expect(topic).toContain("Есть кто-нибудь?");
    await anna.send("Да, я здесь");
    expect(shy.groupTexts({ threadId }).at(-1)).toBe("Да, я здесь");
    // In the topic only a reply to the person's message reaches them; the rest is a note.
    const annaBefore = anna.texts().length;
    await shy.inGroup("Кажется, ей страшно", { threadId });
    expect(anna.texts()).toHaveLength(annaBefore);
    const hint = h.telegram.lastMessageIn(h.counselorChatId, { threadId });
    const personCopy = h.telegram
      .messagesIn(h.counselorChatId, { threadId })
      .find((message) => message.text === "Да, я здесь")!;
    expect(hint?.text).toBe(say("ru", "counselors-note-hint"));
    await shy.inGroup("Здравствуйте, я Карина", { threadId, replyTo: personCopy.messageId });
    expect(anna.lastText()).toBe("Здравствуйте, я Карина");
    expect(identityLeaks(h, anna.user, [shy])).toEqual([]);
  });

  it("two bot instances on one database relay an update once and let one Take win", async () => {
    const second = await h.sibling();
    configureRelay(second.app, { pacing: null });
    await askForHuman(anna);
    const item = await openCaseOf(h, anna);
    const threadId = topicOf(item);
    const head = h.telegram.lastMessageIn(h.counselorChatId, { threadId })!;
    const take = h.telegram.buttonsOf(head).find((button) => button.text === "✋ Взять")!.data!;
    await Promise.all([
      h.handle(h.telegram.callbackPress(dana.user, h.counselorChatId, head.messageId, take)),
      second.handle(h.telegram.callbackPress(erlan.user, h.counselorChatId, head.messageId, take)),
    ]);
    const claimed = await caseByRef(h, item.ref);
    const holders = await h.db.prisma.counselor.findMany({ where: { id: claimed.counselorId ?? -1 } });
    expect(holders).toHaveLength(1);
    const winner = holders[0]!.alias === "Дана" ? dana : erlan;
    const taken = h.telegram
      .callsTo("answerCallbackQuery")
      .slice(-2)
      .map((call) => call.payload.text);
    expect(taken.filter((text) => text === say("ru", "counselors-take-won", { ref: item.ref }))).toHaveLength(
      1,
    );

    // The same update reaching both instances (a redelivery, a misconfigured webhook) is relayed once.
    const update = h.telegram.userMessage(anna.user, "Одно сообщение");
    await Promise.all([h.handle(update), second.handle(update)]);
    expect(winner.texts().filter((text) => text === "Одно сообщение")).toHaveLength(1);
    const replyUpdate = h.telegram.userMessage(winner.user, "Один ответ");
    await Promise.all([h.handle(replyUpdate), second.handle(replyUpdate)]);
    expect(anna.texts().filter((text) => text === "Один ответ")).toHaveLength(1);
  });
});
