// A person and two counselors through the whole life of a case, on both databases.
import { describe, expect, it } from "vitest";
import type { TestCounselor, TestUser } from "../support/harness.ts";
import { DATABASE_KINDS, type Harness } from "../support/harness.ts";
import {
  askForHuman,
  caseByRef,
  closeAsConsulted,
  deskCastHooks,
  identityLeaks,
  openCaseOf,
  say,
  takenCase,
  topicOf,
} from "./helpers.ts";

describe.each(DATABASE_KINDS)("a case's life on %s", (kind) => {
  let h: Harness;
  let dana: TestCounselor;
  let erlan: TestCounselor;
  let anna: TestUser;
  deskCastHooks(kind, { id: 5_550_001_234, last_name: "Karimova", username: "anna_k" }, (cast) => {
    ({ h, dana, erlan, anna } = cast);
  });

  it("asks for consent at the moment of escalation; declining keeps nothing", async () => {
    await anna.send("/start");
    await anna.press(say("ru", "menu-talk"));
    expect(anna.lastText()).toBe(say("ru", "consent-counselor-explain", { carried: "no" }));
    await anna.press(say("ru", "consent-decline"));
    expect(anna.lastText()).toBe(say("ru", "counselors-consent-declined"));
    expect(anna.lastText()).toContain("114");
    expect(anna.lastText()).toContain("112");
    // Only the session (the foundation's, for every visitor) mentions her.
    const pseudonym = h.app.pseudonymize(anna.id);
    const tables = (await h.db.dump()).split("\n").filter((line) => line.includes(pseudonym));
    expect(tables.map((line) => line.split(":")[0])).toEqual(["stored_state"]);
    expect(await h.db.prisma.counselCase.findMany()).toEqual([]);
    expect(await h.db.prisma.caseLink.findMany()).toEqual([]);
  });

  it("opens one topic named without the person, with the summary and Take, Transfer, Close", async () => {
    await askForHuman(anna);
    const item = await openCaseOf(h, anna);
    expect(item.ref).toMatch(/^[A-HJ-NP-Z2-9]{4}$/);
    const [topic] = h.telegram.topicsOf(h.counselorChatId);
    expect(topic?.name).toBe(`${item.ref} · ru · — · — · 🟢 P2`);
    const head = h.telegram.lastMessageIn(h.counselorChatId, { threadId: topic!.threadId })!;
    expect(head.text).toContain(`📋 Обращение ${item.ref}`);
    expect(h.telegram.buttonsOf(head).map((b) => b.text)).toEqual(["✋ Взять", "↪️ Передать", "✖️ Закрыть"]);
    // The person is told where they stand, honestly (no claims yet: no estimate), and offered history.
    expect(anna.texts()).toContainEqual(
      expect.stringContaining(say("ru", "counselors-position", { position: 1 })),
    );
    expect(anna.texts()).toContainEqual(expect.stringContaining(say("ru", "counselors-estimate-unknown")));
    expect(anna.lastText()).toBe(say("ru", "consent-history-explain", { days: 30 }));
    // The link to the person is sealed; the case row holds only the pseudonym.
    const [link] = await h.db.prisma.caseLink.findMany();
    expect(link?.chat).toMatch(/^v1\./);
    expect(await h.db.dump()).not.toMatch(new RegExp(`(?<![0-9])${anna.id}(?![0-9])`));
  });

  it("lets exactly one of two counselors pressing Take at once win; the other is told who has it", async () => {
    await askForHuman(anna);
    await anna.send("Здравствуйте, мне нужна помощь с сестрой");
    const item = await openCaseOf(h, anna);
    const threadId = topicOf(item);
    expect(h.telegram.lastMessageIn(h.counselorChatId, { threadId })?.text).toContain(
      say("ru", "counselors-status-queued", { count: 1 }),
    );
    await Promise.all([
      dana.pressInGroup("✋ Взять", { threadId }),
      erlan.pressInGroup("✋ Взять", { threadId }),
    ]);
    const answers = h.telegram
      .callsTo("answerCallbackQuery")
      .slice(-2)
      .map((call) => String(call.payload.text));
    const won = answers.filter((text) => text === say("ru", "counselors-take-won", { ref: item.ref }));
    expect(won).toHaveLength(1);
    const taken = await caseByRef(h, item.ref);
    const [winner, loser] = taken.counselorId === (await holderId(h, dana)) ? [dana, erlan] : [erlan, dana];
    const winnerAlias = winner === dana ? "Дана" : "Ерлан";
    expect(answers).toContain(say("ru", "counselors-take-taken", { ref: item.ref, alias: winnerAlias }));
    // The waiting message reached the winner only, after the case's header.
    expect(winner.texts().join("\n")).toContain(say("ru", "counselors-private-taken", { ref: item.ref }));
    expect(winner.texts()).toContain("Здравствуйте, мне нужна помощь с сестрой");
    expect(loser.texts()).not.toContain("Здравствуйте, мне нужна помощь с сестрой");
    expect(anna.texts()).toContainEqual(expect.stringContaining(`консультант ${winnerAlias}`));
    expect(h.telegram.lastMessageIn(h.counselorChatId, { threadId })?.text).toContain(winnerAlias);
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
  });

  it("moves the people behind once when two cases are taken at once, with no edit that changes nothing", async () => {
    const queued = [anna, ...[1, 2, 3].map(() => h.user({ language_code: "ru" }))];
    for (const person of queued) await askForHuman(person);
    const [first, second] = [await openCaseOf(h, queued[0]!), await openCaseOf(h, queued[1]!)];
    h.telegram.clearCalls();
    await Promise.all([
      dana.pressInGroup("✋ Взять", { threadId: topicOf(first) }),
      erlan.pressInGroup("✋ Взять", { threadId: topicOf(second) }),
    ]);
    // Each refresh reads the places after the one before it stored them (src/counselors/waiting.ts).
    const refused = h.telegram.callsTo("editMessageText").filter((call) => !call.response.ok);
    expect(refused).toEqual([]);
    for (const [index, person] of queued.slice(2).entries()) {
      const waiting = person.texts().filter((text) => text.includes(say("ru", "counselors-waiting-hint")));
      expect(waiting).toHaveLength(1);
      expect(waiting[0]).toContain(say("ru", "counselors-position", { position: index + 1 }));
    }
  });

  it("relays text and every media kind both ways by copy, mirrors edits, keeps // notes in the topic", async () => {
    const { threadId } = await takenCase(h, anna, dana);

    await anna.send("Первое сообщение");
    const firstSent = h.telegram
      .messagesIn(anna.id)
      .filter((m) => !m.from.is_bot)
      .at(-1)!;
    for (const media of [
      { photo: true, caption: "фото" },
      { voice: true },
      { video: true },
      { document: true, caption: "документ" },
      { sticker: true },
    ] as const) {
      await anna.sendMedia(media);
    }
    const received = h.telegram.messagesIn(dana.id).filter((m) => m.from.is_bot);
    expect(received.map((m) => m.kind).slice(-6)).toEqual([
      "text",
      "photo",
      "voice",
      "video",
      "document",
      "sticker",
    ]);
    expect(h.telegram.callsTo("forwardMessage")).toEqual([]);

    // The counselor answers privately, in text and with a photo.
    await dana.send("Я вас слушаю");
    await dana.sendMedia({ photo: true, caption: "памятка" });
    expect(anna.texts().slice(-2)).toEqual(["Я вас слушаю", "памятка"]);
    expect(anna.messages().at(-1)?.kind).toBe("photo");

    // Edits follow on both sides.
    await anna.edit(firstSent.messageId, "Первое сообщение (исправлено)");
    expect(dana.texts()).toContain("Первое сообщение (исправлено)");
    const danaOwn = h.telegram
      .messagesIn(dana.id)
      .filter((m) => !m.from.is_bot && m.text === "Я вас слушаю")[0]!;
    await dana.edit(danaOwn.messageId, "Я вас внимательно слушаю");
    expect(anna.texts()).toContain("Я вас внимательно слушаю");
    expect(anna.texts()).not.toContain("Я вас слушаю");

    // Internal notes: in the topic they stay; from the private chat they are copied into the topic.
    const annaBefore = anna.texts().length;
    await dana.inGroup("// похоже на давление со стороны группы", { threadId });
    await dana.send("// проверить центры в регионе");
    expect(anna.texts()).toHaveLength(annaBefore);
    expect(dana.groupTexts({ threadId })).toContain("📝 Дана: проверить центры в регионе");

    // Without a reply to the person's message, what the holder writes in the topic is a note too.
    await dana.inGroup("Пишу из темы", { threadId });
    expect(anna.texts()).toHaveLength(annaBefore);

    // A canned reply, in the person's language, signed with the alias.
    await dana.inGroup("/t greeting", { threadId });
    expect(anna.lastText()).toContain("меня зовут Дана");

    // A contact card could carry a phone number: it is not relayed.
    await anna.send({ contact: { phone_number: "+77001234567", first_name: "Anna" } });
    expect(JSON.stringify(h.telegram.messagesIn(dana.id))).not.toContain("77001234567");
    // The person is told so (not "answer the question above", nor that photos cannot be read).
    expect(anna.lastText()).toBe(say("ru", "counselors-not-relayed-person"));
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
    // Logs carry case references, never what was written or who wrote it.
    expect(h.logs()).not.toMatch(/Первое сообщение|Anna|anna_k|5550001234/);

    // The audit itself is not blind: a forward (which names its sender) is caught.
    const own = h.telegram.messagesIn(anna.id).find((m) => !m.from.is_bot)!;
    await h.bot.api.forwardMessage(dana.id, anna.id, own.messageId);
    expect(identityLeaks(h, anna.user, [dana])).not.toEqual([]);
  });

  it("transfers to a named counselor and back to the queue; the person sees only aliases", async () => {
    const { item, threadId } = await takenCase(h, anna, dana);
    await anna.send("Сообщение для первого консультанта");

    await dana.pressInGroup("↪️ Передать", { threadId });
    await dana.pressInGroup("Ерлан", { threadId });
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });
    expect(anna.lastText()).toContain("консультант Ерлан");
    expect(erlan.texts().join("\n")).toContain(
      say("ru", "counselors-private-transferred", { ref: item.ref, alias: "Дана" }),
    );
    // The new holder sees what the person wrote so far.
    expect(erlan.texts()).toContain("Сообщение для первого консультанта");
    expect(dana.lastText()).toBe(
      say("ru", "counselors-notice-transferred", { ref: item.ref, alias: "Ерлан" }),
    );
    await anna.send("А теперь второму");
    expect(erlan.lastText()).toBe("А теперь второму");
    expect(dana.texts()).not.toContain("А теперь второму");

    // From the private chat: back to the queue.
    await erlan.send("/transfer");
    await erlan.press(say("ru", "counselors-button-to-queue"));
    expect((await caseByRef(h, item.ref)).status).toBe("queued");
    expect(anna.lastText()).toContain(say("ru", "counselors-back-in-queue"));
    await anna.send("Я подожду");
    await dana.pressInGroup("✋ Взять", { threadId });
    expect(dana.texts()).toContain("Я подожду");
    const audit = await h.db.prisma.caseAudit.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((row) => `${row.action}:${row.actorAlias ?? ""}`)).toEqual([
      "opened:",
      "taken:Дана",
      "transferred:Дана",
      "queued:Ерлан",
      "taken:Дана",
    ]);
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
  });

  it("closes with an outcome and a rating kept as anonymous statistics; nothing unconsented remains", async () => {
    await askForHuman(anna);
    await anna.press(say("ru", "consent-decline")); // no history
    const item = await openCaseOf(h, anna);
    const threadId = topicOf(item);
    await dana.pressInGroup("✋ Взять", { threadId });
    await anna.send("Спасибо за помощь");
    await dana.send("Берегите себя");

    await closeAsConsulted(dana, threadId);
    expect(anna.lastText()).toContain(say("ru", "counselors-closed-by-counselor"));
    expect(anna.buttons()).toEqual(["1", "2", "3", "4", "5", say("ru", "counselors-rate-skip")]);
    // Without consent "history" the topic is deleted: no transcript lingers in Telegram.
    expect(h.telegram.topicsOf(h.counselorChatId).map((topic) => topic.threadId)).not.toContain(threadId);

    await anna.press("4");
    expect(anna.lastText()).toBe(say("ru", "counselors-rate-thanks"));
    await anna.press(say("ru", "counselors-rate-write-comment"));
    await anna.send("Было полезно");
    expect(anna.lastText()).toBe(say("ru", "counselors-comment-thanks"));
    await anna.send("Ещё одно сообщение после закрытия");
    expect(dana.texts()).not.toContain("Ещё одно сообщение после закрытия");

    const ratings = await h.db.prisma.caseRating.findMany();
    expect(ratings).toHaveLength(1);
    expect(ratings[0]).toMatchObject({ rating: 4, comment: "Было полезно" });
    expect(Object.keys(ratings[0]!).sort()).toEqual(["comment", "commentExpiresAt", "day", "id", "rating"]);

    const pseudonym = h.app.pseudonymize(anna.id);
    expect(await h.db.prisma.caseLink.findMany()).toEqual([]);
    expect(await h.db.prisma.caseMessage.findMany()).toEqual([]);
    expect(await h.db.prisma.caseHistory.findMany()).toEqual([]);
    const [closed] = await h.db.prisma.counselCase.findMany();
    expect(closed).toMatchObject({ status: "closed", outcome: "consulted", pseudonym: null });
    // What is left about Anna: her consent to counselor contact and her session (both shown by /privacy).
    const dump = await h.db.dump();
    const mentions = dump
      .split("\n")
      .filter((line) => line.includes(pseudonym))
      .map((line) => line.split(":")[0]);
    expect(mentions.sort()).toEqual(["consent", "stored_state"]);
    expect(dump).not.toContain("Спасибо за помощь");
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
  });

  it("keeps the topic and the text for HISTORY_DAYS when the person allowed history", async () => {
    await askForHuman(anna);
    await anna.press(say("ru", "consent-allow"));
    const item = await openCaseOf(h, anna);
    const threadId = topicOf(item);
    await dana.pressInGroup("✋ Взять", { threadId });
    await anna.send("Это можно сохранить");
    await dana.inGroup("/close referred выдан адрес центра", { threadId });
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });
    // Dana never wrote to her: Anna is not told a counselor ended a conversation (outsider 27, defect 1).
    expect(anna.lastText()).toContain(say("ru", "counselors-closed-unanswered"));
    const topic = h.telegram.topicsOf(h.counselorChatId).find((candidate) => candidate.threadId === threadId);
    expect(topic?.closed).toBe(true);
    const history = await h.db.prisma.caseHistory.findMany();
    expect(history.map((row) => row.author)).toEqual(["person"]);
    expect(h.app.cipher.open(history[0]!.body)).toBe("Это можно сохранить");
    const [closed] = await h.db.prisma.counselCase.findMany({ select: { pseudonym: true, closeNote: true } });
    expect(closed).toEqual({ pseudonym: h.app.pseudonymize(anna.id), closeNote: "выдан адрес центра" });

    // Anna comes back: the counselor who takes her new case can read what was kept.
    await anna.send("/start");
    await anna.press(say("ru", "menu-talk"));
    const next = await openCaseOf(h, anna);
    await erlan.pressInGroup("✋ Взять", { threadId: topicOf(next) });
    await erlan.send("/history");
    // The person is named in Erlan's words, not in English (outsider 27, defect 26).
    expect(erlan.lastText()).toBe(
      `[${item.ref}] ${say("ru", "counselors-handover-person")}: Это можно сохранить`,
    );
    // Withdrawing the consent deletes the kept text and the kept topic at once.
    await anna.send("/privacy");
    await anna.press(say("ru", "privacy-withdraw", { purpose: say("ru", "privacy-purpose-history") }));
    expect(await h.db.prisma.caseHistory.findMany()).toEqual([]);
    expect(h.telegram.topicsOf(h.counselorChatId).map((t) => t.threadId)).not.toContain(threadId);
  });

  it("tells several cases apart in a counselor's private chat: headers, replies, the current case", async () => {
    const boris = h.user({ first_name: "Boris", username: "boris_b", language_code: "ru" });
    await askForHuman(anna);
    await askForHuman(boris);
    const annaCase = await openCaseOf(h, anna);
    const borisCase = await openCaseOf(h, boris);
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(annaCase) });
    await dana.pressInGroup("✋ Взять", { threadId: topicOf(borisCase) });
    const before = dana.texts().length;
    await anna.send("A1");
    await anna.send("A2");
    await boris.send("B1");
    const header = (item: { ref: string }) =>
      say("ru", "counselors-private-header", { title: `${item.ref} · ru · — · —` });
    expect(dana.texts().slice(before)).toEqual([
      `${header(annaCase)}\n${say("ru", "counselors-private-header-other", { ref: annaCase.ref })}`,
      "A1",
      "A2",
      header(borisCase),
      "B1",
    ]);
    // A plain message goes to the current case (the last one taken); a reply to the case of the replied message.
    await dana.send("Борису");
    expect(boris.lastText()).toBe("Борису");
    const a1 = dana.messages().find((m) => m.text === "A1")!;
    await dana.send("Анне, в ответ", { replyTo: a1.messageId });
    expect(anna.lastText()).toBe("Анне, в ответ");
    expect(boris.lastText()).toBe("Борису");
    await dana.send(`/case ${annaCase.ref}`);
    await dana.send("Снова Анне");
    expect(anna.lastText()).toBe("Снова Анне");
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
    expect(identityLeaks(h, boris.user, [dana, erlan])).toEqual([]);
  });

  it("once the person ends the current of two cases, the one left is the current one (outsider 27, defect 7)", async () => {
    const boris = h.user({ first_name: "Boris", username: "boris_b", language_code: "ru" });
    const { item: annaCase } = await takenCase(h, anna, dana);
    await takenCase(h, boris, dana);
    // Boris's is Dana's current case (the last taken); he ends it.
    await boris.press(say("ru", "counselors-end-button"));
    await boris.press(say("ru", "counselors-end-yes"));
    await dana.send("Анне, без reply");
    expect(anna.lastText()).toBe("Анне, без reply");
    await dana.send("/close consulted");
    expect(dana.lastText()).toBe(
      say("ru", "counselors-confirm-close", {
        ref: annaCase.ref,
        outcome: say("ru", "counselors-outcome-consulted"),
      }),
    );
    expect(identityLeaks(h, anna.user, [dana, erlan])).toEqual([]);
  });

  it("speaks the person's language (kk, en) and the staff's in the group", async () => {
    const aigerim = h.user({ first_name: "Aigerim", language_code: "kk" });
    await askForHuman(aigerim, "kk");
    expect(aigerim.texts().join("\n")).toContain(say("kk", "counselors-position", { position: 1 }));
    const item = await openCaseOf(h, aigerim);
    expect(item.locale).toBe("kk");
    const threadId = topicOf(item);
    expect(h.telegram.topicsOf(h.counselorChatId).find((t) => t.threadId === threadId)?.name).toContain(
      " · kk · ",
    );
    await dana.pressInGroup("✋ Взять", { threadId });
    expect(aigerim.lastText()).toBe(say("kk", "counselors-joined", { alias: "Дана" }));
    await dana.send("/t greeting");
    expect(aigerim.lastText()).toContain("атым Дана");
    await dana.inGroup("/close consulted", { threadId });
    await dana.pressInGroup(say("ru", "counselors-confirm-yes"), { threadId });
    expect(aigerim.lastText()).toContain(say("kk", "counselors-rate-question"));

    const john = h.user({ first_name: "John", language_code: "en" });
    await askForHuman(john, "en");
    expect(john.texts().join("\n")).toContain(say("en", "counselors-opened"));
  });

  it("lets the person end the conversation at any time; the counselor is told", async () => {
    const { item } = await takenCase(h, anna, dana);
    await anna.press(say("ru", "counselors-end-button"));
    expect(anna.lastText()).toBe(say("ru", "counselors-end-confirm"));
    await anna.press(say("ru", "counselors-end-yes"));
    expect(anna.lastText()).toContain(say("ru", "counselors-closed-ended"));
    expect(dana.lastText()).toBe(say("ru", "counselors-notice-ended", { ref: item.ref }));
    expect((await caseByRef(h, item.ref)).outcome).toBe("ended");
    await anna.send("/end");
    expect(anna.lastText()).toContain(say("ru", "counselors-nothing-to-end"));
  });
});

async function holderId(h: Harness, member: TestUser): Promise<number | undefined> {
  const row = await h.db.prisma.counselor.findUnique({ where: { pseudonym: h.app.pseudonymize(member.id) } });
  return row?.id;
}
