// "Find help nearby" through the real bot: location or region → the three nearest centers, filters,
// open-now, the hotline when nothing is near, kind answers to odd locations, and the privacy of the point.
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Update } from "grammy/types";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FAR_KM } from "../../src/centers/render.ts";
import { grantConsent } from "../../src/consent/store.ts";
import { projectContent } from "../../src/content/load.ts";
import type { FakeMessage } from "../../src/dev/telegram/types.ts";
import { loadDirectory } from "../../src/referral/directory.ts";
import { distanceKm } from "../../src/referral/geo.ts";
import { testContent, testI18n } from "../support/content.ts";
import {
  createHarness,
  DATABASE_KINDS,
  type Harness,
  harnessHooks,
  type TestUser,
} from "../support/harness.ts";
import { playScript } from "../support/simulate.ts";

const KARAGANDA = { lat: 49.8, lon: 73.1 };
const { directory } = testContent();
const i18n = testI18n();
const say = (locale: "kk" | "ru" | "en", key: string, variables?: Record<string, string | number>) =>
  i18n.t(locale, key, variables);
const TASHKENT = { lat: 41.2995, lon: 69.2401 };

/** An instant given as Asia/Almaty wall-clock time (UTC+5). */
const almaty = (year: number, month: number, day: number, hour: number, minute = 0) =>
  Date.UTC(year, month - 1, day, hour - 5, minute);

const LABELS = {
  ru: {
    menu: "📍 Найти помощь рядом",
    share: "📍 Отправить геопозицию",
    region: "🗺 Выбрать регион",
    cancel: "✖️ Отмена",
    heading: "Ближайшие к вам центры:",
    karaganda: "Консультационно-реабилитационный центр (общественное объединение), Караганда",
    family: "👨‍👩‍👧 Помощь семье",
  },
  kk: {
    menu: "📍 Жақын маңнан көмек табу",
    share: "📍 Геолокацияны жіберу",
    region: "🗺 Өңірді таңдау",
    cancel: "✖️ Болдырмау",
    heading: "Сізге ең жақын орталықтар:",
    karaganda: "Кеңес беру және оңалту орталығы (қоғамдық бірлестік), Қарағанды",
    family: "👨‍👩‍👧 Отбасына көмек",
  },
  en: {
    menu: "📍 Find help nearby",
    share: "📍 Share my location",
    region: "🗺 Choose region",
    cancel: "✖️ Cancel",
    heading: "Centers nearest to you:",
    karaganda: "Consultation and rehabilitation center (public association), Karaganda",
    family: "👨‍👩‍👧 Help for a family",
  },
} as const;

function venues(person: TestUser, since = 0): FakeMessage[] {
  return person.messages().filter((message) => message.kind === "venue" && message.messageId > since);
}

function lastAnswer(person: TestUser): string {
  return (
    person
      .messages()
      .filter((message) => message.kind === "text")
      .at(-1)?.text ?? ""
  );
}

function newestId(person: TestUser): number {
  return person.messages().at(-1)?.messageId ?? 0;
}

describe.each(DATABASE_KINDS)("finding help nearby on %s", (kind) => {
  let h: Harness;
  harnessHooks(kind, { now: almaty(2026, 11, 23, 11) }, (harness) => {
    h = harness;
  });

  it.each(["ru", "kk", "en"] as const)(
    "in %s: menu → share location 49.80 73.10 → the Karaganda center first, three pins by distance",
    async (locale) => {
      const labels = LABELS[locale];
      const person = h.user({ language_code: locale });
      await person.send("/start");
      await person.press(labels.menu);

      const ask = person.last();
      expect(ask?.replyMarkup && "keyboard" in ask.replyMarkup).toBe(true);
      const buttons = h.telegram.buttonsOf(ask!);
      expect(buttons.map((button) => button.text)).toEqual([labels.share, labels.region, labels.cancel]);
      expect(buttons[0]?.requestLocation).toBe(true);

      const before = newestId(person);
      await h.handle(
        h.telegram.pressButton(person.user, person.id, "last", labels.share, {
          location: { latitude: KARAGANDA.lat, longitude: KARAGANDA.lon },
        }),
      );
      const [ack, answer, ...pins] = person.messages().filter((message) => message.messageId > before);
      expect(ack?.replyMarkup).toEqual({ remove_keyboard: true });
      expect(answer?.text?.split("\n")[0]).toBe(labels.heading);
      expect(answer?.text).toContain(`1. ${labels.karaganda}`);
      expect(answer?.text).toContain("☎ 114");
      expect(pins).toHaveLength(3);
      expect(pins[0]?.venue?.title).toBe(labels.karaganda);
      const distances = pins.map((pin) =>
        distanceKm(KARAGANDA, { lat: pin.location!.latitude, lon: pin.location!.longitude }),
      );
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(distances[0]).toBeLessThan(1);
      // A pin in the city centre: the center is "in your city", not "less than 1 km" away.
      expect(answer?.text).toContain(`${say(locale, "centers-distance-nearby", { km: 5 })} · `);
      expect(answer?.text).not.toMatch(/\b1 (km|км)\b/);
      // The answer's buttons: four filters, another place, a person, the menu.
      expect(person.buttons()).toContain(labels.family);
      expect(person.buttons()).toHaveLength(7);
    },
  );

  it("lists all 20 regions in two columns and answers for the chosen one", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/centers");
    await person.press(LABELS.ru.region);
    const list = person.last()!;
    expect(list.text).toBe("Выберите регион или город:");
    const regionButtons = h.telegram
      .buttonsOf(list)
      .filter((button) => button.data?.startsWith("centers-open:"));
    expect(regionButtons).toHaveLength(20);
    expect(regionButtons.slice(0, 2).map((button) => button.row)).toEqual([0, 0]);
    expect(regionButtons.map((button) => button.row).at(-1)).toBe(9);
    expect(regionButtons.map((button) => button.text)).toContain("Карагандинская область");

    const before = newestId(person);
    await person.press("Карагандинская область");
    expect(lastAnswer(person).split("\n")[0]).toBe(
      "Центры рядом с городом Караганда (Карагандинская область):",
    );
    const pins = venues(person, before);
    expect(pins.map((pin) => pin.venue?.title)[0]).toBe(LABELS.ru.karaganda);
    expect(pins[0]?.venue?.address).toBe("Караганда (центр города)");
    // The first pin takes the "share location" keyboard away.
    expect(pins[0]?.replyMarkup).toEqual({ remove_keyboard: true });
  });

  it.each([
    ["ru", "город Шымкент", "Рядом с городом Шымкент центров я пока не знаю."],
    ["kk", "Астана қаласы", "Астана маңындағы орталықтар:"],
    ["en", "Almaty City", "Centers nearest to Almaty:"],
  ] as const)(
    "%s: a city that is its own region is named once in the heading",
    async (locale, button, heading) => {
      const person = h.user({ language_code: locale });
      await person.send("/centers");
      await person.press(say(locale, "centers-choose-region"));
      await person.press(button);
      expect(lastAnswer(person).split("\n")[0]).toBe(heading);
    },
  );

  it("filters by need, ticks the active filter, and clears it", async () => {
    const person = h.user({ language_code: "en" });
    await person.shareLocation(KARAGANDA.lat, KARAGANDA.lon);

    let before = newestId(person);
    await person.press(LABELS.en.family);
    let answer = lastAnswer(person);
    expect(answer).toContain("Only: help for families");
    expect(answer).not.toContain("public association");
    expect(venues(person, before).map((pin) => pin.venue?.title)).toEqual([
      "Republican rehabilitation center «Akniet», Astana branch",
      "Republican rehabilitation center «Akniet», Zhezkazgan branch",
      "Republican rehabilitation center «Akniet», Almaty branch",
    ]);
    expect(person.buttons()).toContain(`✓ ${LABELS.en.family}`);
    expect(person.buttons()).toContain("All centers");

    before = newestId(person);
    await person.press("🧠 Psychological help");
    answer = lastAnswer(person);
    expect(answer).toContain("Only: psychological help");
    const titles = venues(person, before).map((pin) => pin.venue?.title);
    expect(titles).toHaveLength(3);
    for (const title of titles) expect(title).toMatch(/public association/);
    expect(titles[0]).toBe(LABELS.en.karaganda);

    await person.press("All centers");
    expect(lastAnswer(person)).not.toContain("Only:");
    expect(person.buttons()).not.toContain("All centers");
  });

  it.each(["ru", "kk", "en"] as const)(
    "%s: from Shymkent (nearest center far away) says how far, and puts 114 and a counselor first",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await person.send("/centers");
      await person.press(LABELS[locale].region);
      await person.press(directory.region("shymkent")!.name[locale]);
      const answer = lastAnswer(person);
      const nearest = directory.nearestCenters(directory.region("shymkent")!, { limit: 1 })[0]!;
      expect(nearest.distanceKm).toBeGreaterThan(FAR_KM);
      // The heading does not say "near" (nor "рядом", "маңындағы") above a center hundreds of km away.
      const city = directory.region("shymkent")!.center[locale];
      expect(answer.split("\n")[0]).toBe(say(locale, "centers-heading-city-far", { city }));
      expect(answer).not.toContain(say(locale, "centers-heading-city", { city }));
      const far = say(locale, "centers-far", {
        distance: say(locale, "centers-distance", {
          distance: new Intl.NumberFormat(locale).format(Math.round(nearest.distanceKm / 10) * 10),
        }),
        city: nearest.center.city[locale],
      });
      const order = [
        far,
        "☎ 114",
        say(locale, "centers-counselor-offer"),
        say(locale, "centers-far-list"),
        nearest.center.name[locale],
      ].map((part) => answer.indexOf(part));
      expect(order.every((at) => at > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(person.buttons()[0]).toBe(say(locale, "menu-talk"));
    },
  );

  // content30 (issue 10): every region and city of the menu, in every language: the heading names the place in a
  // phrasing that needs no case ("рядом с городом Шымкент", "Шымкент маңындағы", "near Shymkent"), and says
  // "near" only when the nearest center is within FAR_KM.
  it.each(["ru", "kk", "en"] as const)(
    "%s: every region's heading: near only within FAR_KM, the place in a form that needs no case",
    async (locale) => {
      const person = h.user({ language_code: locale });
      await person.send("/centers");
      await person.press(LABELS[locale].region);
      for (const region of directory.regions) {
        await person.press(region.name[locale]);
        const heading = lastAnswer(person).split("\n")[0];
        const nearest = directory.nearestCenters(region, { limit: 1 })[0];
        const far = !nearest || nearest.distanceKm > FAR_KM ? "-far" : "";
        const city = region.center[locale];
        expect(heading, region.code).toBe(
          region.kind === "city"
            ? say(locale, `centers-heading-city${far}`, { city })
            : say(locale, `centers-heading-region${far}`, { city, region: region.name[locale] }),
        );
        // Russian: the city only after "городом" (its nominative is then right), never "рядом с Шымкент".
        if (locale === "ru") expect(heading).toMatch(/^(?:Центры р|Р)ядом с городом /u);
        if (far) expect(heading, region.code).not.toMatch(/^Центры|маңындағы орталықтар|nearest/u);
        await person.send("/centers");
        await person.press(LABELS[locale].region);
      }
    },
  );

  it("near a center (Karaganda) lists the centers first and a counselor after them", async () => {
    const person = h.user({ language_code: "ru" });
    await person.shareLocation(KARAGANDA.lat, KARAGANDA.lon);
    const answer = lastAnswer(person);
    expect(answer).not.toContain(say("ru", "centers-far-list"));
    expect(answer.indexOf(LABELS.ru.karaganda)).toBeLessThan(answer.indexOf("☎ 114"));
    expect(answer.indexOf("☎ 114")).toBeLessThan(answer.indexOf(say("ru", "centers-counselor-offer")));
    expect(person.buttons()[0]).not.toBe(say("ru", "menu-talk"));
    expect(person.buttons()).toContain(say("ru", "menu-talk"));
  });

  it("shows no phone for a center without one, and never says the unverified hotline is open", async () => {
    const person = h.user({ language_code: "en" });
    await person.shareLocation(KARAGANDA.lat, KARAGANDA.lon);
    const answer = lastAnswer(person);
    expect(answer).toContain("Phone and hours not listed yet");
    expect(answer).toContain("exact address not listed yet");
    // The only number is the hotline's; no center gets an invented one.
    expect(answer.match(/☎/g)).toHaveLength(1);
    expect(answer).not.toMatch(/\+7\d/);
    expect(answer).toContain("Hours to be confirmed");
    expect(answer).not.toMatch(/open now/i);
  });

  it("answers a location abroad kindly, with the region list and a counselor", async () => {
    const person = h.user({ language_code: "en" });
    const before = newestId(person);
    await person.shareLocation(TASHKENT.lat, TASHKENT.lon);
    const [note, list, ...rest] = person.messages().filter((message) => message.messageId > before);
    expect(note?.text).toContain("outside Kazakhstan");
    expect(note?.replyMarkup).toEqual({ remove_keyboard: true });
    expect(list?.text).toBe("Choose a region of Kazakhstan, or talk to a counselor:");
    expect(person.buttons()).toContain("💬 Talk to a person");
    expect(person.buttons()).toContain("Karaganda Region");
    expect(rest).toEqual([]);
    expect(venues(person)).toEqual([]);
  });

  it("answers invalid coordinates kindly", async () => {
    const person = h.user({ language_code: "kk" });
    await person.shareLocation(95, 200);
    expect(person.texts().at(-2)).toBe(
      "Бұл геолокацияны оқи алмадым. Қайталап көріңіз немесе тізімнен өңіріңізді таңдаңыз.",
    );
    expect(person.buttons()).toContain("Қарағанды облысы");
    expect(venues(person)).toEqual([]);
  });

  it("uses a live location once, says so, and ignores its later points", async () => {
    const person = h.user({ language_code: "ru" });
    await person.shareLocation(KARAGANDA.lat, KARAGANDA.lon, 900);
    const sent = person.messages();
    expect(sent[0]?.text).toContain("За трансляцией геопозиции я не слежу");
    expect(venues(person)[0]?.venue?.title).toBe(LABELS.ru.karaganda);

    const shared = h.telegram.messagesIn(person.id).find((message) => message.kind === "location")!;
    const callsBefore = h.telegram.calls.length;
    const moved: Update = {
      update_id: 900_001,
      edited_message: {
        message_id: shared.messageId,
        date: shared.date,
        edit_date: shared.date + 60,
        chat: { id: person.id, type: "private", first_name: person.user.first_name },
        from: { ...person.user, is_bot: false },
        location: { latitude: 43.25, longitude: 76.91, live_period: 900 },
      },
    };
    await h.handle(moved);
    expect(h.telegram.calls.length).toBe(callsBefore);
    expect(person.messages()).toHaveLength(sent.length);
  });

  it("cancels and takes the keyboard away", async () => {
    const person = h.user({ language_code: "ru" });
    await person.send("/centers");
    await person.press(LABELS.ru.cancel);
    expect(person.last()?.text).toBe("Хорошо, отменил. Меню здесь: /menu");
    expect(person.last()?.replyMarkup).toEqual({ remove_keyboard: true });
  });

  it("asks again for a stale region link, and asks where for an empty one", async () => {
    const person = h.user({ language_code: "en" });
    await person.send("/start");
    await person.pressForged("centers-open:atlantis");
    expect(h.telegram.callsTo("answerCallbackQuery").at(-1)?.payload.text).toBe(
      "This button is no longer active. Here is the menu again.",
    );
    expect(person.lastText()).toMatch(/^Where should I look\?/);
    await person.pressForged("centers-open:");
    expect(person.lastText()).toMatch(/^Where should I look\?/);
    await person.pressForged("centers-open:pavlodar");
    expect(lastAnswer(person)).toContain("I don't know of any center near Pavlodar (Pavlodar Region) yet.");
  });

  it("never stores or logs the location; counts only the region, and only with consent", async () => {
    // Five significant digits: four-digit runs turn up by chance in log tags and timings.
    const point = { lat: 49.80537, lon: 73.10729 };
    const digits = ["49.805", "73.107", "49805", "73107", "49,805", "73,107"];
    const silent = h.user({ language_code: "ru" });
    await silent.shareLocation(point.lat, point.lon);
    await silent.press(LABELS.ru.family);
    expect(await h.db.dump()).not.toMatch(/daily_event: \[\{/);

    const counted = h.user({ language_code: "ru" });
    await grantConsent(h.db, h.app.pseudonymize(counted.id), "statistics", new Date(h.clock.now()));
    await counted.shareLocation(point.lat, point.lon);
    await counted.press(LABELS.ru.family);

    const dump = await h.db.dump();
    expect(dump).toMatch(
      /"kind":"centers\.shown","locale":"ru","region":"karaganda","category":"","entry":"","detail":""/,
    );
    expect(dump).toMatch(
      /"kind":"centers\.shown","locale":"ru","region":"karaganda","category":"","entry":"","detail":"family"/,
    );
    const sentByBot = JSON.stringify(h.telegram.calls.map((call) => call.payload));
    // The log lines' own clock ("time": milliseconds since 1970) can hold any five digits.
    const logs = h.logs().replace(/"time":\d+/g, "");
    for (const text of digits) {
      expect(dump).not.toContain(text);
      expect(logs).not.toContain(text);
      // Nothing the bot sent (texts, buttons, callback data) carries the point either.
      expect(sentByBot).not.toContain(text);
    }
  });

  describe("with opening hours (a test directory)", () => {
    // Its own bot, whose content has a test directory of centers in place of the real one.
    let h: Harness;
    beforeAll(async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "centers-"));
      copyFileSync(path.join(projectContent.scenarios, "regions.yaml"), path.join(dir, "regions.yaml"));
      writeFileSync(
        path.join(dir, "centers.yaml"),
        `centers:
  - id: test-karaganda
    name: { kk: Сынақ орталығы, ru: Тестовый центр, en: Test center }
    kind: consultation
    services: [consultation, family]
    region: karaganda
    city: { kk: Қарағанды, ru: Караганда, en: Karaganda }
    lat: 49.8019
    lon: 73.1021
    approximate: true
    hours:
      mon: ["10:00-19:00"]
      tue: ["10:00-19:00"]
      wed: ["10:00-19:00"]
      thu: ["10:00-19:00"]
      fri: ["10:00-19:00"]
    source: [test-fixture]
`,
      );
      h = await createHarness(kind, { content: { ...testContent(), directory: loadDirectory(dir) } });
    });
    afterAll(() => h.close());
    afterEach(() => h.clock.set(almaty(2026, 11, 23, 11)));

    it.each([
      [almaty(2026, 11, 23, 9, 59), "Mon–Fri 10:00–19:00 · closed now, opens Monday at 10:00"],
      [almaty(2026, 11, 23, 10, 0), "Mon–Fri 10:00–19:00 · open now, until 19:00"],
      [almaty(2026, 11, 23, 18, 59), "Mon–Fri 10:00–19:00 · open now, until 19:00"],
      [almaty(2026, 11, 23, 19, 0), "Mon–Fri 10:00–19:00 · closed now, opens Tuesday at 10:00"],
      [almaty(2026, 11, 28, 12, 0), "Mon–Fri 10:00–19:00 · closed now, opens Monday at 10:00"],
    ])("at %s (Asia/Almaty) says %s", async (now, expected) => {
      h.clock.set(now);
      const person = h.user({ language_code: "en" });
      await person.shareLocation(KARAGANDA.lat, KARAGANDA.lon);
      const answer = lastAnswer(person);
      expect(answer).toContain(expected);
      expect(answer).toContain("Phone not listed yet");
    });

    it("says so when no center offers what is asked for", async () => {
      const person = h.user({ language_code: "ru" });
      await person.shareLocation(KARAGANDA.lat, KARAGANDA.lon);
      const before = newestId(person);
      await person.press("🧠 Психологическая помощь");
      const answer = lastAnswer(person);
      expect(answer).toContain("Пока не знаю центра, где есть психологическая помощь.");
      expect(answer).toContain("консультантом");
      expect(venues(person, before)).toEqual([]);
      expect(person.buttons()).toContain("💬 Поговорить с человеком");
    });
  });

  it("runs scenarios/scripts/referral-ru.txt in the simulator: the Karaganda center first", async () => {
    const transcript = await playScript(h, "referral-ru.txt", "ru");
    const afterLocation = transcript.slice(transcript.indexOf("you › :location 49.80 73.10"));
    expect(afterLocation).toContain("Ближайшие к вам центры:");
    const firstCenter = /^\s*1\. (.+)$/m.exec(afterLocation)?.[1];
    expect(firstCenter).toBe(LABELS.ru.karaganda);
    const firstPin = /\[place: (.+?), Караганда \(центр города\)/.exec(afterLocation)?.[1];
    expect(firstPin).toBe(LABELS.ru.karaganda);
    expect(transcript).toContain("Только: помощь семье");
  });
});
