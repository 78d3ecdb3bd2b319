# syntax=docker/dockerfile:1
# Open Door bot: three stages, the last one holding only what runs.
# Node: the LTS line (24 "Krypton", supported until April 2028); pass --build-arg NODE_VERSION=… to move.
ARG NODE_VERSION=24

# 1. Build: every dependency from the lockfile, the Prisma client generated (the Rust-free client
#    needs no native engine; scripts/prisma.mjs keeps the CLI from downloading one), TypeScript compiled.
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json tsconfig.build.json ./
RUN npm ci --no-audit --no-fund
COPY src ./src
# The build also parses scenarios/ into dist/content-cache.json (a faster start; src/content/cache.ts).
COPY scenarios ./scenarios
RUN npm run build

# 2. Production dependencies only: no tsx, TypeScript, Prisma CLI, Biome or vitest; no install
#    scripts (the client is already compiled into dist/). --omit=optional too: the Prisma CLI and
#    TypeScript are optional peers of @prisma/client, which npm installs unless both are omitted
#    (node_modules: 254 MB before this change, 132 MB now; no production package needs an optional one).
FROM node:${NODE_VERSION}-bookworm-slim AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund && npm cache clean --force

# 3. Runtime, as the unprivileged `node` user. Operator commands run from dist/ here too:
#    `npm run db:migrate`, `npm run purge`, `npm run content:check`, `npm run ask -- "…"`.
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production DATA_DIR=/data HTTP_PORT=3000
WORKDIR /app
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY package.json ./
COPY scripts/run.mjs ./scripts/run.mjs
COPY --from=build /app/dist ./dist
COPY prisma/migrations ./prisma/migrations
COPY locales ./locales
COPY scenarios ./scenarios
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# /healthz answers while the process runs; /readyz (database, migrations, Telegram) is for load balancers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.HTTP_PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM: stop taking updates, finish those in flight (SHUTDOWN_GRACE_SECONDS), then exit.
STOPSIGNAL SIGTERM
# Pending migrations are applied by the bot itself at start-up (several instances: one at a time).
CMD ["node", "dist/main.js"]
