// The referral answer's text, with the real translations: distances, schedules, open-now, honesty about
// what is unknown, and HTML safety.
import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  formatDistance,
  formatSchedule,
  hoursLine,
  renderAnswer,
  type Translate,
  venueOf,
} from "../../src/centers/render.ts";
import type { Locale } from "../../src/config/index.ts";
import type { Center } from "../../src/referral/schema.ts";
import { testContent, testI18n } from "../support/content.ts";

const i18n = testI18n("en");
const translator =
  (locale: Locale): Translate =>
  (key, variables) =>
    i18n.t(locale, key, variables);
const t = translator("en");
const almaty = (month: number, day: number, hour: number, minute = 0) =>
  new Date(Date.UTC(2026, month - 1, day, hour - 5, minute));

const testCenter: Center = {
  id: "test-center",
  name: { kk: "Сынақ <орталығы>", ru: "Тестовый <центр>", en: "Test <center> & co" },
  kind: "consultation",
  services: ["consultation", "legal"],
  region: "karaganda",
  city: { kk: "Қарағанды", ru: "Караганда", en: "Karaganda" },
  lat: 49.8019,
  lon: 73.1021,
  approximate: false,
  address: { kk: "Бейбітшілік к-сі, 1", ru: "ул. Мира, 1", en: "1 Peace St" },
  phone: "+77000000000",
  hours: { mon: ["09:00-13:00", "14:00-18:00"], tue: ["09:00-13:00", "14:00-18:00"], sat: ["10:00-14:00"] },
  hoursUnverified: false,
  source: ["test-fixture"],
};

describe("distances", () => {
  it("rounds sensibly: in your city under 5 km, whole km, tens beyond 100", () => {
    // A center's point is its city's centre: a pin there is "in your city", never "less than 1 km".
    expect(formatDistance(0.4, { t, locale: "en" })).toBe("in your city, under 5 km");
    expect(formatDistance(4.9, { t: translator("ru"), locale: "ru" })).toBe("в вашем городе, меньше 5 км");
    expect(formatDistance(0, { t: translator("kk"), locale: "kk" })).toBe("өз қалаңызда, 5 км-ге жетпейді");
    expect(formatDistance(5.2, { t, locale: "en" })).toBe("5 km");
    expect(formatDistance(37.4, { t, locale: "en" })).toBe("37 km");
    expect(formatDistance(186.2, { t, locale: "en" })).toBe("190 km");
    expect(formatDistance(1234, { t, locale: "en" })).toBe("1,230 km");
    expect(formatDistance(1234, { t: translator("ru"), locale: "ru" })).toMatch(/^1\s230 км$/u);
  });
});

describe("hours", () => {
  it("groups days with the same hours and keeps a lunch break", () => {
    expect(formatSchedule(testCenter.hours!, t)).toBe("Mon–Tue 09:00–13:00, 14:00–18:00; Sat 10:00–14:00");
    const weekdays = Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri"].map((day) => [day, ["10:00-19:00"]]),
    );
    expect(formatSchedule(weekdays, translator("ru"))).toBe("Пн–Пт 10:00–19:00");
    expect(formatSchedule({}, t)).toBe("");
  });

  it("tells open or closed at the boundaries, in Asia/Almaty time", () => {
    // 2026-11-23 is a Monday.
    expect(hoursLine(testCenter, { t, timeZone: "Asia/Almaty", now: almaty(11, 23, 8, 59) })).toBe(
      "Mon–Tue 09:00–13:00, 14:00–18:00; Sat 10:00–14:00 · closed now, opens Monday at 09:00",
    );
    expect(hoursLine(testCenter, { t, timeZone: "Asia/Almaty", now: almaty(11, 23, 9, 0) })).toMatch(
      /open now, until 13:00$/,
    );
    expect(hoursLine(testCenter, { t, timeZone: "Asia/Almaty", now: almaty(11, 23, 13, 0) })).toMatch(
      /closed now, opens Monday at 14:00$/,
    );
    expect(hoursLine(testCenter, { t, timeZone: "Asia/Almaty", now: almaty(11, 24, 18, 0) })).toMatch(
      /closed now, opens Saturday at 10:00$/,
    );
    expect(
      hoursLine(testCenter, { t: translator("kk"), timeZone: "Asia/Almaty", now: almaty(11, 24, 18, 0) }),
    ).toMatch(/қазір жабық, ашылуы: сенбі, 10:00$/);
  });

  it("never says the unverified hotline is open, even inside its reported hours", () => {
    const hotline = testContent().directory.hotlines.find((line) => line.phone === "114")!;
    expect(hotline.hoursUnverified).toBe(true);
    expect(hoursLine(hotline, { t, timeZone: "Asia/Almaty", now: almaty(11, 23, 12) })).toBe(
      "Hours to be confirmed",
    );
    expect(
      hoursLine({ ...testCenter, hours: undefined }, { t, timeZone: "Asia/Almaty", now: almaty(11, 23, 12) }),
    ).toBe("Hours not listed yet");
  });
});

describe("the answer", () => {
  it("shows a known address and phone, and escapes HTML in names", () => {
    const text = renderAnswer(
      { origin: { kind: "location" }, results: [{ center: testCenter, distanceKm: 12.4 }], hotlines: [] },
      { t, locale: "en", timeZone: "Asia/Almaty", now: almaty(11, 23, 10) },
    );
    expect(text).toContain("1. <b>Test &lt;center&gt; &amp; co</b>");
    expect(text).toContain("12 km · Karaganda, 1 Peace St");
    expect(text).toContain("Offers: consultation, legal help");
    expect(text).toContain("☎ +77000000000");
    expect(text).toContain("open now, until 13:00");
    expect(escapeHtml("<a&b>")).toBe("&lt;a&amp;b&gt;");
  });

  it("is honest when the filter finds nothing, and still offers the hotline and a counselor", () => {
    const directory = testContent().directory;
    const text = renderAnswer(
      { origin: { kind: "location" }, need: "psychological", results: [], hotlines: directory.hotlines },
      { t: translator("ru"), locale: "ru", timeZone: "Asia/Almaty", now: almaty(11, 23, 10) },
    );
    expect(text).toContain("Только: психологическая помощь");
    expect(text).toContain("Пока не знаю центра, где есть психологическая помощь.");
    expect(text).toContain("☎ 114 — Горячая линия «114»");
    expect(text).toContain("консультантом");
  });

  it("pins a center at its city with a note when the address is unknown", () => {
    const karaganda = testContent().directory.centers.find(
      (center) => center.id === "public-association-karaganda",
    )!;
    expect(venueOf(karaganda, { t: translator("kk"), locale: "kk" })).toEqual({
      title: "Кеңес беру және оңалту орталығы (қоғамдық бірлестік), Қарағанды",
      address: "Қарағанды (қала орталығы)",
    });
    expect(venueOf(testCenter, { t, locale: "en" }).address).toBe("Karaganda, 1 Peace St");
  });
});
