// `npm run eval -- --json` is what outsiders score issue 10 with: one JSON line, rates as fractions.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const fraction = z.number().min(0).max(1);
const evalLine = z.strictObject({
  faq: z.strictObject({
    n: z.number().int().min(300),
    top1: fraction,
    top3: fraction,
    confidentWrong: z.number().int().min(0),
  }),
  crisis: z.strictObject({
    signals: z.number().int().min(360),
    recall: fraction,
    ordinary: z.number().int().min(600),
    falsePositives: fraction,
    byCategory: z.record(z.string(), z.strictObject({ found: z.number().int(), total: z.number().int() })),
  }),
});

describe("npm run eval", () => {
  it("prints one JSON line with the FAQ and crisis figures of the held-out sets", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/eval/index.ts", "--json"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const figures = evalLine.parse(JSON.parse(lines[0] ?? ""));
    expect(Object.keys(figures.crisis.byCategory).sort()).toEqual([
      "danger",
      "self-harm",
      "travel-pressure",
      "violence",
    ]);
    const counted = Object.values(figures.crisis.byCategory).reduce((sum, { total }) => sum + total, 0);
    expect(counted).toBe(figures.crisis.signals);
    expect(figures.faq.top3).toBeGreaterThanOrEqual(figures.faq.top1);
  });
});
