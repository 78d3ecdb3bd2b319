// The resolved configuration the rest of the program receives: environment values
// plus the development secrets generated once in DATA_DIR.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ConfigError, decodeKey, parseEnv, type RawConfig } from "./config.ts";

export { ConfigError, LOCALES, type Locale } from "./config.ts";

export interface Config
  extends Omit<RawConfig, "ENCRYPTION_KEY" | "PSEUDONYM_SECRET" | "ENCRYPTION_OLD_KEYS"> {
  dataDir: string;
  pseudonymSecret: string;
  /** Encryption keys by id; `ENCRYPTION_KEY_ID` names the one new data is sealed with. */
  encryptionKeys: Map<string, Buffer>;
}

const storedSecretsSchema = z.object({ pseudonymSecret: z.string().min(32), encryptionKey: z.string() });

/**
 * Development and test convenience: secrets not given in the environment are generated
 * once and kept in DATA_DIR/secrets.json, readable by the owner only. Production must
 * set them explicitly (enforced by the schema), so that losing a volume cannot change them.
 */
function developmentSecrets(dataDir: string): z.output<typeof storedSecretsSchema> {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) return storedSecretsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const secrets = {
    pseudonymSecret: randomBytes(32).toString("hex"),
    encryptionKey: randomBytes(32).toString("hex"),
  };
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  } catch (error) {
    // A volume owned by another user, a path through a file: one line for the operator, not a stack trace.
    throw new ConfigError([unwritableDataDir(dataDir, error)]);
  }
  return secrets;
}

/** DATA_DIR's problem in one line: the folder and the system's reason (EACCES, ENOTDIR, EROFS…). */
export function unwritableDataDir(dataDir: string, error: unknown): string {
  const reason = (error as { code?: string }).code ?? String(error);
  return `DATA_DIR: cannot write to ${dataDir} (${reason}); expected a folder the bot's user may write to`;
}

/**
 * DATA_DIR made absolute. A missing folder is created later (a first start), but not a missing parent too: a typo
 * (`/srv/opendor/data`) would otherwise start an empty database, and new secrets, without a word.
 */
function dataDirOf(raw: RawConfig): string {
  const dataDir = path.resolve(raw.DATA_DIR);
  const parent = path.dirname(dataDir);
  if (!existsSync(dataDir) && !existsSync(parent))
    throw new ConfigError([
      `DATA_DIR: ${dataDir} does not exist, nor does ${parent}: correct DATA_DIR, or create the folder first (mkdir -p ${dataDir})`,
    ]);
  return dataDir;
}

/** What `npm run db:migrate` needs: where the database is, how long to wait for it, how to log. */
export type DatabaseConfig = Pick<
  Config,
  "DATABASE_URL" | "DB_WAIT_SECONDS" | "LOG_LEVEL" | "LOG_RETENTION_DAYS" | "dataDir"
>;

/** The settings of a command that only touches the database: no secret is required, none generated. */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const raw = parseEnv(env, "database-only");
  const { DATABASE_URL, DB_WAIT_SECONDS, LOG_LEVEL, LOG_RETENTION_DAYS } = raw;
  return { DATABASE_URL, DB_WAIT_SECONDS, LOG_LEVEL, LOG_RETENTION_DAYS, dataDir: dataDirOf(raw) };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = parseEnv(env);
  const dataDir = dataDirOf(raw);
  const needsGenerated = raw.PSEUDONYM_SECRET === undefined || raw.ENCRYPTION_KEY === undefined;
  const generated = needsGenerated ? developmentSecrets(dataDir) : undefined;
  const encryptionKeys = new Map<string, Buffer>();
  for (const pair of raw.ENCRYPTION_OLD_KEYS?.split(",") ?? []) {
    const [id, value] = pair.split(":") as [string, string];
    const key = decodeKey(value);
    if (key) encryptionKeys.set(id, key);
  }
  encryptionKeys.set(raw.ENCRYPTION_KEY_ID, decodeKey(raw.ENCRYPTION_KEY ?? generated!.encryptionKey)!);
  const { ENCRYPTION_KEY: _key, PSEUDONYM_SECRET: _secret, ENCRYPTION_OLD_KEYS: _old, ...rest } = raw;
  return {
    ...rest,
    dataDir,
    pseudonymSecret: raw.PSEUDONYM_SECRET ?? generated!.pseudonymSecret,
    encryptionKeys,
  };
}
