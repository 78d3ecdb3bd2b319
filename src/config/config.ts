// Configuration from environment variables, parsed once at start by one zod schema.
// A wrong value stops the program with one line per problem (see src/main.ts): the variable, what is
// wrong with the value given and what to write instead. Each rule's message says what to write.
import { z } from "zod";
import { type Parsed, parseDaysOff, parseWeeklyHours } from "../time/opening-hours.ts";
import { DEFAULT_TIME_ZONE, isTimeZone } from "../time/zone.ts";

export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** A text setting that `parse` must accept: what the parser finds wrong is the setting's error. */
const acceptedBy =
  (parse: (text: string) => Parsed<unknown>) =>
  (value: string, ctx: z.RefinementCtx): void => {
    const parsed = parse(value);
    // The parser's problem names the value already ("always" is not a day…).
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.problem, params: { namesValue: true } });
  };

/** A number setting: `what` says what to write (its unit and an example). */
const numberSetting = (what: string) => z.coerce.number({ error: what });
const positiveNumber = (fallback: number, what: string) =>
  numberSetting(`expected ${what}`).positive(`expected ${what}`).default(fallback);
const wholeNumber = (min: number, what: string) =>
  numberSetting(`expected ${what}`).int(`expected ${what}`).min(min, `expected ${what}`);

/** 32 bytes as 64 hex characters or as base64 (44 characters). */
const keyMaterial = z
  .string()
  .trim()
  .refine((value) => decodeKey(value) !== undefined, {
    message: "expected 32 random bytes as 64 hex characters or base64 (openssl rand -hex 32)",
  });

export function decodeKey(value: string): Buffer | undefined {
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, "hex");
  if (/^[A-Za-z0-9+/]{43}=?$/.test(value)) {
    const bytes = Buffer.from(value, "base64");
    if (bytes.length === 32) return bytes;
  }
  return undefined;
}

const databaseUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: "expected a PostgreSQL URL like postgres://user@host:5432/database",
  });

/** Every setting, each checked on its own; `configSchema` adds the rules between settings. */
const settingsSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], {
      message: "expected one of development, production, test (production on a server)",
    })
    .default("development"),
  BOT_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "expected a token from @BotFather like 123456:ABC-DEF…")
      .optional(),
  ),
  TELEGRAM_API_ROOT: z
    .url({ protocol: /^https?$/, message: "expected a URL like https://api.telegram.org" })
    // A root copied with its trailing "/" means the same server; grammY would refuse it with a stack trace.
    .transform((root) => root.replace(/\/+$/, ""))
    .default("https://api.telegram.org"),
  DATABASE_URL: optionalString.pipe(databaseUrl.optional()),
  DATA_DIR: z.string().trim().min(1, "expected a folder the bot may write to, like ./data").default("./data"),
  PSEUDONYM_SECRET: optionalString.pipe(
    z.string().min(32, "expected at least 32 characters of secret (openssl rand -hex 32)").optional(),
  ),
  ENCRYPTION_KEY: optionalString.pipe(keyMaterial.optional()),
  ENCRYPTION_KEY_ID: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,16}$/, "expected a short id like k1 (lowercase letters, digits, dashes)")
    .default("k1"),
  ENCRYPTION_OLD_KEYS: optionalString.pipe(
    z
      .string()
      .regex(
        /^[a-z0-9-]{1,16}:[A-Za-z0-9+/=]+(,[a-z0-9-]{1,16}:[A-Za-z0-9+/=]+)*$/,
        "expected id:key pairs separated by commas, like k0:<64 hex>",
      )
      .optional(),
  ),
  COUNSELOR_CHAT_ID: optionalString.pipe(
    z
      .string()
      .regex(/^-100\d{5,}$/, "expected the counselors' supergroup id, which starts with -100")
      .transform(Number)
      .optional(),
  ),
  DEFAULT_LOCALE: z.enum(LOCALES, { message: "expected one of kk, ru, en" }).default("ru"),
  // The clock hours, days and dates are read in (duty hours, centers' hours, daily counts, dates shown).
  TIME_ZONE: z
    .string()
    .trim()
    .default(DEFAULT_TIME_ZONE)
    .refine(isTimeZone, { message: "expected a time zone of the tz database, like Asia/Almaty" }),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      message: "expected one of fatal, error, warn, info, debug, trace, silent (info is usual)",
    })
    .default("info"),
  // The log files the bot writes itself (the simulator's, DATA_DIR/logs) are deleted after this many days.
  LOG_RETENTION_DAYS: positiveNumber(7, "a number of days above 0, like 7"),
  SESSION_IDLE_DAYS: positiveNumber(30, "a number of days above 0, like 30"),
  HISTORY_DAYS: positiveNumber(30, "a number of days above 0, like 30"),
  PURGE_INTERVAL_MINUTES: positiveNumber(15, "a number of minutes above 0, like 15"),
  // Statistics (src/statistics): counts below this are hidden in every report and in /stats.
  STATISTICS_MIN_COUNT: wholeNumber(2, "a whole number of at least 2, like 5 (usual)").default(5),
  // Counselors (src/counselors): duty hours in TIME_ZONE, days off, idle limits, supervisors.
  COUNSELOR_HOURS: z.string().default("mon-fri 09:00-18:00").superRefine(acceptedBy(parseWeeklyHours)),
  COUNSELOR_DAYS_OFF: z.string().default("").superRefine(acceptedBy(parseDaysOff)),
  // The languages the counselors of this deployment speak: the FAQ says so honestly, and a person
  // whose language is not among them is told before they write.
  COUNSELOR_LANGUAGES: z
    .string()
    .default("kk,ru")
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((code) => code.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.enum(LOCALES, { message: "expected codes among kk, ru, en, like kk,ru" })).min(1)),
  // The one language of what the bot writes in the counselors' group (topic names, head messages);
  // absent: DEFAULT_LOCALE. Each counselor reads their own replies and notices in their language.
  COUNSELOR_LOCALE: optionalString.pipe(
    z.enum(LOCALES, { message: "expected one of kk, ru, en" }).optional(),
  ),
  CASE_IDLE_MINUTES: positiveNumber(120, "a number of minutes above 0, like 120"),
  CASE_QUEUE_DAYS: positiveNumber(7, "a number of days above 0, like 7"),
  // Running as a service (src/runtime, src/server): how updates arrive, the HTTP port for
  // health, readiness, metrics (and the webhook), shutdown and start-up bounds, abuse limits.
  BOT_MODE: z.enum(["polling", "webhook"], { message: "expected polling or webhook" }).default("polling"),
  WEBHOOK_URL: optionalString.pipe(
    z.url({ protocol: /^https$/, message: "expected the public https URL Telegram posts to" }).optional(),
  ),
  WEBHOOK_SECRET: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{32,256}$/, "expected 32 to 256 letters, digits, _ or - (openssl rand -hex 32)")
      .optional(),
  ),
  HTTP_HOST: z.string().trim().min(1, "expected an address to listen on, like 0.0.0.0").default("0.0.0.0"),
  HTTP_PORT: wholeNumber(0, "a port number from 0 to 65535, like 3000")
    .max(65535, "expected a port number from 0 to 65535, like 3000")
    .default(3000),
  SHUTDOWN_GRACE_SECONDS: positiveNumber(20, "a number of seconds above 0, like 20"),
  DB_WAIT_SECONDS: numberSetting("expected a number of seconds, 0 or more, like 60")
    .min(0, "expected a number of seconds, 0 or more, like 60")
    .default(60),
  /** Updates one person may send per window before being told to slow down; 0 turns the limit off. */
  RATE_LIMIT_UPDATES: wholeNumber(0, "a whole number, 0 or more (0 turns the limit off), like 20").default(
    20,
  ),
  RATE_LIMIT_WINDOW_SECONDS: positiveNumber(10, "a number of seconds above 0, like 10"),
  /** Shared rate-limit counts when several instances run; unset: each instance counts alone. */
  REDIS_URL: optionalString.pipe(
    z.url({ protocol: /^rediss?$/, message: "expected redis://host:port or rediss://…" }).optional(),
  ),
  // The web chat (src/channels/web) at /chat: on in local mode unless "off", off on Telegram unless "on".
  WEB_CHAT: optionalString.pipe(z.enum(["on", "off"], { message: "expected on or off" }).optional()),
  /** Hours a web chat's shown messages stay in memory without activity, for a page that reopens. */
  WEB_CHAT_KEEP_HOURS: positiveNumber(24, "a number of hours above 0, like 24"),
  /** Sites that may embed the chat (frame-ancestors) and post to it, as origins like https://example.kz. */
  WEB_CHAT_EMBED_ORIGINS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().refine((origin) => URL.canParse(origin) && new URL(origin).origin === origin, {
          message:
            "expected origins separated by commas, like https://example.kz (no path, no slash at the end)",
        }),
      ),
    ),
  /** Sends one web chat may make per minute, and one address (all its chats) per minute. */
  WEB_CHAT_SENDS_PER_MINUTE: wholeNumber(1, "a whole number of at least 1, like 30").default(30),
  WEB_CHAT_ADDRESS_SENDS_PER_MINUTE: wholeNumber(1, "a whole number of at least 1, like 120").default(120),
  /** Behind a reverse proxy: the client address is the last X-Forwarded-For entry, added by the proxy. */
  WEB_CHAT_TRUST_PROXY: z.enum(["on", "off"], { message: "expected on or off" }).default("off"),
  SUPERVISOR_IDS: z
    .string()
    .default("")
    .refine((value) => /^\s*(\d+\s*(,\s*\d+\s*)*)?$/.test(value), {
      message: "expected Telegram user ids separated by commas, like 12345,67890",
    })
    .transform((value) =>
      value
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean)
        .map(Number),
    ),
});

/** What the bot needs: the settings and the rules between them (webhook mode, production secrets). */
export const configSchema = settingsSchema.superRefine((env, ctx) => {
  if (env.BOT_MODE === "webhook") {
    for (const name of ["WEBHOOK_URL", "WEBHOOK_SECRET", "BOT_TOKEN"] as const) {
      if (env[name] === undefined) {
        ctx.addIssue({ code: "custom", path: [name], message: "required when BOT_MODE=webhook" });
      }
    }
  }
  if (env.NODE_ENV !== "production") return;
  for (const name of ["PSEUDONYM_SECRET", "ENCRYPTION_KEY"] as const) {
    if (env[name] === undefined) {
      ctx.addIssue({ code: "custom", path: [name], message: "required when NODE_ENV=production" });
    }
  }
});

/**
 * What a command that touches only the database needs (`npm run db:migrate`): each setting still checked, but
 * not the bot's secrets nor its webhook, so a migration step in a deployment needs only DATABASE_URL.
 */
export type DatabaseOnly = "database-only";

export type RawConfig = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ConfigError";
  }
}

/** Variables whose values are secret (or may hold a password): a problem never prints them. */
const SECRETS = new Set([
  "BOT_TOKEN",
  "DATABASE_URL",
  "PSEUDONYM_SECRET",
  "ENCRYPTION_KEY",
  "ENCRYPTION_OLD_KEYS",
  "WEBHOOK_SECRET",
  "REDIS_URL",
]);

const MAX_SHOWN = 60;

/** What is wrong with the value given, in the operator's words (zod's own wording is a programmer's). */
function valueProblem(issue: z.core.$ZodIssue, name: string, value: string): string {
  if (value.trim() === "") return "the value is empty";
  const shown = SECRETS.has(name)
    ? `the value given (${value.length} ${value.length === 1 ? "character" : "characters"}, not shown)`
    : JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "int" ? `${shown} is not a whole number` : `${shown} is not a number`;
    case "too_small":
      return SECRETS.has(name) ? `${shown} is too short` : `${shown} is too small`;
    case "too_big":
      return `${shown} is too big`;
    case "invalid_value":
      return `${shown} is not one of the values allowed`;
    default:
      return `${shown} is not valid`;
  }
}

/** The longest slip between a name set and a setting's name that is still taken for that setting. */
const MOST_SLIPS = 2;

/**
 * Names in the environment that are no setting but a slip or two from one (COUNSELORS_CHAT_ID for
 * COUNSELOR_CHAT_ID): ignored, which an operator should hear. Names only, never values.
 */
export function misspelledSettings(env: NodeJS.ProcessEnv): { name: string; meant: string }[] {
  const known = Object.keys(configSchema.shape);
  return Object.keys(env).flatMap((name) => {
    if (known.includes(name) || name.length < 6) return [];
    const meant = known.find((setting) => editDistance(name.toUpperCase(), setting) <= MOST_SLIPS);
    return meant ? [{ name, meant }] : [];
  });
}

/** Letters added, dropped or changed to turn `a` into `b` (Levenshtein). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const change = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(change, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Parses the environment; throws ConfigError with one line per problem. */
export function parseEnv(env: NodeJS.ProcessEnv, scope?: DatabaseOnly): RawConfig {
  const result = (scope === "database-only" ? settingsSchema : configSchema).safeParse(env);
  if (result.success) return result.data;
  // The variable's name only: a list's element path ("COUNSELOR_LANGUAGES.0") is zod's, not the
  // operator's, and two bad codes in one variable are one line.
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "environment");
    const value = env[name];
    const namesValue = issue.code === "custom" && issue.params?.namesValue === true;
    // Unset ("required when …") or already saying what is wrong with the value: the rule's message alone.
    if (value === undefined || namesValue) return `${name}: ${issue.message}`;
    return `${name}: ${valueProblem(issue, name, value)}; ${issue.message}`;
  });
  throw new ConfigError([...new Set(lines)]);
}
