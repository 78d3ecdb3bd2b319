// `npm run db:migration -- <name> <Model> [<Model>…]`: writes the SQL that creates the
// named models (new tables) as prisma/migrations/<timestamp>_<name>/migration.sql.
// Changes to existing tables are written by hand as SQL in a new migration folder.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const [name, ...models] = process.argv.slice(2);
if (!name || models.length === 0 || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <snake_case_name> <Model> [<Model>…]");
  process.exit(2);
}
const schema = readFileSync("prisma/schema.prisma", "utf8");
const blocks = models.map((model) => {
  const match = new RegExp(`((?:^///.*\\n)*)^model ${model} \\{[\\s\\S]*?^\\}`, "m").exec(schema);
  if (!match) {
    console.error(`model ${model} not found in prisma/schema.prisma`);
    process.exit(2);
  }
  return match[0];
});
const enums = [...schema.matchAll(/^enum \w+ \{[\s\S]*?^\}/gm)].map((match) => match[0]);
const partial = path.join(tmpdir(), `partial-${process.pid}.prisma`);
writeFileSync(
  partial,
  [
    'generator client {\n  provider = "prisma-client"\n  output = "./unused"\n}',
    'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}',
    ...enums,
    ...blocks,
  ].join("\n\n"),
);
const result = spawnSync(
  process.execPath,
  ["scripts/prisma.mjs", "migrate", "diff", "--from-empty", "--to-schema-datamodel", partial, "--script"],
  { encoding: "utf8" },
);
if (result.status !== 0) {
  console.error(result.stderr);
  process.exit(1);
}
const sql = result.stdout
  .split("\n")
  .filter((line) => !line.startsWith("Loaded Prisma config") && !/CREATE SCHEMA|-- CreateSchema/.test(line))
  .join("\n")
  .replace(/^\s+/, "");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(
  `wrote ${dir}/migration.sql (note: enums already created by an earlier migration must be removed by hand)`,
);
