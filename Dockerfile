# syntax=docker/dockerfile:1
# Build: compile TypeScript and generate the Prisma client (the Rust-free client needs
# no native engine; scripts/prisma.mjs keeps the CLI from downloading one).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json tsconfig.build.json ./
# `npm install` with the lockfile, not `npm ci`: see .ci/run (a lock made where the registry
# lacks Biome's other-platform binaries has no entries for them, and `npm ci` rejects it).
RUN npm install --no-audit --no-fund
COPY src ./src
RUN npm run build

# Runtime: production dependencies only, no install scripts (the client is already
# generated and compiled), running as an unprivileged user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY prisma ./prisma
COPY locales ./locales
COPY scenarios ./scenarios
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# Pending migrations are applied by the bot itself at start-up.
CMD ["node", "dist/main.js"]
