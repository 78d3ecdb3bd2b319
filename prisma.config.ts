// Prisma CLI configuration: the schema engine runs as WebAssembly through a
// driver adapter, so no native engine is ever downloaded or executed.
// The CLI always talks to PGlite here: offline, the native engine cannot be downloaded, and
// `migrate deploy` through the pg adapter fails.
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    return new PrismaPGlite(new PGlite());
  },
});
