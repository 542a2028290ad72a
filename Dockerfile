# Mainstay: production image. Build: docker build -t mainstay .
# Node 24: the same pages cost 8–42 % less CPU than on Node 20 (docs/performance.md, "Node.js 24 in
# production"); the app still runs on Node 20.19+ (package.json engines), where npm test runs in CI.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY tools/schema-engine-stub.sh ./tools/schema-engine-stub.sh
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

FROM node:24-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
RUN useradd --system --uid 1001 mainstay
COPY --from=build --chown=mainstay /app ./
USER mainstay
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Applies pending migrations (owner role), then serves.
CMD ["npm", "start"]
