// "Find help nearby": a shared location or a chosen region → the three nearest centers, with distance,
// services, hours (open now or not, in TIME_ZONE), a phone when known and a map pin each.
// The directory itself (centers, regions, distances, hours, place names) is src/referral, grammY-free.
//
// Privacy: a shared location is used for the one answer it was sent for and is never kept: not in the
// session, not in a table, not in a log line, not in callback data. The filter buttons under an answer
// carry only the region derived from the point, so a filter re-runs the search from that region's center
// city. Only the derived region may be counted, and only under the statistics consent (countEvent).
import { InlineKeyboard, Keyboard } from "grammy";
import { z } from "zod";
import { answeredQuestion, awaitAnswer } from "../bot/awaiting.ts";
import { callbackCodec } from "../bot/callback-data.ts";
import { Composer } from "../bot/composer.ts";
import type { BaseContext, BotContext } from "../bot/context.ts";
import type { Feature } from "../bot/feature.ts";
import { findCenters, talkToPerson } from "../bot/links.ts";
import { menuEntry, openMenu } from "../bot/menu.ts";
import { answeredAsCrisis } from "../bot/safety.ts";
import { canTalk, talkBlockedDate } from "../bot/talk.ts";
import type { Locale } from "../config/index.ts";
import { isLocale } from "../i18n/index.ts";
import type { Directory } from "../referral/directory.ts";
import { classifyLocation, type Point } from "../referral/geo.ts";
import { findPlace, findPlaceNearby, placeWords } from "../referral/place-names.ts";
import type { Region } from "../referral/schema.ts";
import { UNLISTED_PLACE } from "../referral/unlisted-place.ts";
import { countEvent } from "../statistics/index.ts";
import {
  type Need,
  nearestIsFar,
  needs,
  renderAnswer,
  type SearchAnswer,
  type Translate,
  venueOf,
} from "./render.ts";

const RESULT_LIMIT = 3;

const regionCode = z.string().regex(/^[a-z-]{1,30}$/);
/** A filter under an answer: the region searched from, and the need ("all" clears the filter). */
const chooseNeed = callbackCodec("centers-need", z.tuple([regionCode, z.enum(["all", ...needs])]));

function directory(ctx: BaseContext): Directory {
  return ctx.app.content.directory;
}

async function localeOf(ctx: BaseContext): Promise<Locale> {
  const locale = await ctx.i18n.getLocale();
  return isLocale(locale) ? locale : ctx.app.config.DEFAULT_LOCALE;
}

const composer = new Composer<BotContext>();
const privateChats = composer.chatType("private");

/** Asks where to look: a location button, the region list, or cancel (a reply keyboard). */
async function askWhere(ctx: BaseContext): Promise<void> {
  const keyboard = new Keyboard()
    .requestLocation(ctx.t("centers-share-location"))
    .row()
    .text(ctx.t("centers-choose-region"))
    .text(ctx.t("centers-cancel"))
    .resized()
    .oneTime();
  const asked = await ctx.reply(ctx.t("centers-ask"), { reply_markup: keyboard });
  awaitAnswer(ctx, asked.message_id, { where: true });
}

/** All regions and cities of republican significance, two per row, in the person's language. */
function regionKeyboard(regions: readonly Region[], locale: Locale): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  regions.forEach((region, index) => {
    keyboard.text(region.name[locale], findCenters.encode(region.code));
    if (index % 2 === 1) keyboard.row();
  });
  return keyboard.row();
}

async function showRegions(ctx: BaseContext, lead: string): Promise<void> {
  const keyboard = regionKeyboard(directory(ctx).regions, await localeOf(ctx));
  if (await canTalk(ctx)) keyboard.text(ctx.t("menu-talk"), talkToPerson.encode("centers")).row();
  keyboard.text(ctx.t("menu-button"), openMenu.encode());
  const asked = await ctx.reply(lead, { reply_markup: keyboard });
  awaitAnswer(ctx, asked.message_id, { where: true });
}

/** The buttons under an answer: filters (the active one ticked), another place, a person (`talk`), the menu. */
function answerKeyboard(
  ctx: BaseContext,
  region: Region,
  active: Need | undefined,
  far: boolean,
  talk: boolean,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  // The nearest center is far away: a person here comes first.
  if (far && talk) keyboard.text(ctx.t("menu-talk"), talkToPerson.encode("centers")).row();
  needs.forEach((need, index) => {
    const label = ctx.t("centers-need", { need });
    keyboard.text(need === active ? `✓ ${label}` : label, chooseNeed.encode(region.code, need));
    if (index % 2 === 1) keyboard.row();
  });
  if (active)
    keyboard.text(ctx.t("centers-need", { need: "all" }), chooseNeed.encode(region.code, "all")).row();
  keyboard.text(ctx.t("centers-another-place"), findCenters.encode("")).row();
  if (!far && talk) keyboard.text(ctx.t("menu-talk"), talkToPerson.encode("centers")).row();
  return keyboard.text(ctx.t("menu-button"), openMenu.encode());
}

/**
 * Sends the answer, then a map pin per center. The first pin also takes the reply keyboard away (a person
 * who chose "Choose region" still has it); a pin can carry that, the answer cannot, as it has inline buttons.
 * `region` is what the filter buttons carry: the searched region, or the one derived from a shared point.
 */
async function answer(
  ctx: BaseContext,
  point: Point,
  search: Pick<SearchAnswer, "origin" | "need">,
  region: Region,
): Promise<void> {
  const locale = await localeOf(ctx);
  const t: Translate = (key, variables) => ctx.t(key, variables);
  const found = directory(ctx);
  const results = found.nearestCenters(point, { limit: RESULT_LIMIT, need: search.need });
  const blockedUntil = await talkBlockedDate(ctx);
  const text = renderAnswer(
    { ...search, results, hotlines: found.hotlines },
    {
      t,
      locale,
      now: new Date(ctx.app.now()),
      timeZone: ctx.app.config.TIME_ZONE,
      ...(blockedUntil ? { blockedUntil } : {}),
    },
  );
  const sent = await ctx.reply(text, {
    parse_mode: "HTML",
    reply_markup: answerKeyboard(ctx, region, search.need, nearestIsFar(results), !blockedUntil),
  });
  for (const [index, { center }] of results.entries()) {
    const venue = venueOf(center, { t, locale });
    await ctx.replyWithVenue(center.lat, center.lon, venue.title, venue.address, {
      ...(index === 0 ? { reply_markup: { remove_keyboard: true } } : {}),
    });
  }
  // "А если мы из Аркалыка?": another place asked after it is read as one (centersFeature), not as a new question.
  awaitAnswer(ctx, sent.message_id, { where: true, offer: true });
}

async function answerForRegion(ctx: BaseContext, region: Region, need: Need | undefined): Promise<void> {
  await answer(ctx, region, { origin: { kind: "region", region }, need }, region);
}

/**
 * The directory for a region another feature found (a city typed in a question: src/questions), the question
 * "where?" when it found none, or the regions for a settlement the directory does not list (UNLISTED_PLACE).
 * False for an unknown region code.
 */
export async function showCenters(ctx: BaseContext, regionCode: string | undefined): Promise<boolean> {
  if (regionCode === undefined) {
    await askWhere(ctx);
    return true;
  }
  if (regionCode === UNLISTED_PLACE) {
    await showRegions(ctx, ctx.t("centers-unknown-place"));
    return true;
  }
  const region = directory(ctx).region(regionCode);
  if (!region) return false;
  await countEvent(ctx, { kind: "centers.shown", region: region.code });
  await answerForRegion(ctx, region, undefined);
  return true;
}

privateChats.command("centers", askWhere);
privateChats.callbackQuery(...menuEntry("centers", askWhere));

// The link other features use (triage, answers): a region code, or "" to ask.
privateChats.callbackQuery(
  ...findCenters.handle(async (ctx, code) => {
    if (code === "") {
      await ctx.answerCallbackQuery();
      return askWhere(ctx);
    }
    const region = directory(ctx).region(code);
    if (!region) {
      await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
      return askWhere(ctx);
    }
    await ctx.answerCallbackQuery();
    await countEvent(ctx, { kind: "centers.shown", region: region.code });
    await answerForRegion(ctx, region, undefined);
  }),
);

privateChats.callbackQuery(
  ...chooseNeed.handle(async (ctx, code, need) => {
    const region = directory(ctx).region(code);
    if (!region) {
      await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
      return askWhere(ctx);
    }
    await ctx.answerCallbackQuery();
    await countEvent(ctx, { kind: "centers.shown", region: region.code, detail: need === "all" ? "" : need });
    await answerForRegion(ctx, region, need === "all" ? undefined : need);
  }),
);

// The reply keyboard's text buttons, in the person's current language.
privateChats
  .on("message:text")
  .filter((ctx) => ctx.msg.text === ctx.t("centers-choose-region"))
  .use((ctx) => showRegions(ctx, ctx.t("centers-region-prompt")));
privateChats
  .on("message:text")
  .filter((ctx) => ctx.msg.text === ctx.t("centers-cancel"))
  .use(async (ctx) => {
    await ctx.reply(ctx.t("centers-cancelled"), { reply_markup: { remove_keyboard: true } });
  });

// A shared location (from the button, the attachment menu, or a place picked on the map). The point stays
// in this handler's local variables.
privateChats.on("message:location", async (ctx) => {
  const { latitude, longitude, live_period: livePeriod } = ctx.msg.location;
  const check = classifyLocation(latitude, longitude);
  const notes = [ctx.t("centers-location-used")];
  if (livePeriod !== undefined) notes.push(ctx.t("centers-live-location"));
  if (check.kind === "invalid") {
    await ctx.reply(ctx.t("centers-invalid-location"), { reply_markup: { remove_keyboard: true } });
    return showRegions(ctx, ctx.t("centers-region-prompt"));
  }
  if (check.kind === "abroad") {
    // Someone blocked is not told that a counselor can answer here.
    const blocked = (await talkBlockedDate(ctx)) !== undefined;
    await ctx.reply([...notes, ctx.t(blocked ? "centers-abroad-blocked" : "centers-abroad")].join("\n\n"), {
      reply_markup: { remove_keyboard: true },
    });
    await countEvent(ctx, { kind: "centers.abroad" });
    return showRegions(ctx, ctx.t(blocked ? "centers-abroad-regions-blocked" : "centers-abroad-regions"));
  }
  // Inside Kazakhstan, so a region is always found.
  const region = directory(ctx).regionOf(check.point);
  if (!region) throw new Error("a point in Kazakhstan without a region");
  await ctx.reply(notes.join("\n\n"), { reply_markup: { remove_keyboard: true } });
  await countEvent(ctx, { kind: "centers.shown", region: region.code });
  await answer(ctx, check.point, { origin: { kind: "location" } }, region);
});

// A live location sends its later points as edits of the first message: we answered once and do not follow.
privateChats.on("edited_message:location", () => {});

/** What the directory needs from the counselors' desk (createBot passes it in: no feature imports another). */
export interface CentersDeps {
  /** Whether what the person writes now goes to their open case: then it is no answer to "where?". */
  writesToOpenCase?: (ctx: BotContext) => Promise<boolean>;
  /** After the answer to a shared location: the desk says the counselor of an open case did not get it. */
  locationKeptFromCounselor?: (ctx: BotContext) => Promise<void>;
}

// The answer typed to "where?" (a place's name, "Каркаралинск"): its centers, or, for a place the directory does
// not list, that it does not know it and the regions, still waiting for the answer. A longer text is a question
// (src/questions), which may name a place too. Someone with a case open (waiting, or with a counselor) is writing to
// the counselor: it goes on to the relay, and the directory can be asked again. After the directory's answer nothing
// was asked: a follow-up naming another place ("а если мы из Аркалыка?", "what about Arkalyk?", "біз Арқалықтанбыз")
// gets its centers, or "I don't know this place" only when it names one (a capitalised word after the first) and no
// answer of the questions fits it ("спасибо", "Do they speak English?" go on as questions).
const MOST_WORDS_OF_A_PLACE = 4;
const MOST_WORDS_OF_A_FOLLOW_UP = 6;

function namesSomething(text: string): boolean {
  return text
    .split(/\s+/)
    .slice(1)
    .some((word) => /^\P{L}*\p{Lu}\p{Ll}{2,}/u.test(word));
}

function asksSomethingElse(ctx: BaseContext, text: string): boolean {
  return ctx.app.content.knowledge.router.route(text).route.kind !== "none";
}

/** showCenters is handed to the knowledge base by createBot. */
export function centersFeature(deps: CentersDeps = {}): Feature {
  const feature = new Composer<BotContext>();
  // Someone talking to a counselor who shares a location gets the centers too, then hears from the desk that the
  // counselor did not get it (the point is gone by then: it lived in the handler's variables only).
  feature.chatType("private").on("message:location", async (ctx, next) => {
    await next();
    await deps.locationKeptFromCounselor?.(ctx);
  });
  feature.use(composer);
  feature
    .chatType("private")
    .on("message:text")
    .filter((ctx) => answeredQuestion(ctx)?.where === true && !answeredAsCrisis(ctx.update))
    .use(async (ctx, next) => {
      const text = ctx.msg.text;
      const followUp = answeredQuestion(ctx)?.offer === true;
      const most = followUp ? MOST_WORDS_OF_A_FOLLOW_UP : MOST_WORDS_OF_A_PLACE;
      if (text.startsWith("/") || placeWords(text).length > most) return next();
      if (await deps.writesToOpenCase?.(ctx)) return next();
      const place = findPlace(text) ?? findPlaceNearby(text);
      const region = place && directory(ctx).region(place.region);
      if (!region) {
        if (followUp && (!namesSomething(text) || asksSomethingElse(ctx, text))) return next();
        return showRegions(ctx, ctx.t("centers-unknown-place"));
      }
      await countEvent(ctx, { kind: "centers.shown", region: region.code });
      await answerForRegion(ctx, region, undefined);
    });
  return { composer: feature };
}
