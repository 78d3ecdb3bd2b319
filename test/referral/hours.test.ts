import { describe, expect, it } from "vitest";
import { type Center, centerSchema } from "../../src/referral/schema.ts";

function centerWithHours(hours: unknown): Center {
  return centerSchema.parse({
    id: "test-center",
    name: { kk: "Сынақ орталығы", ru: "Тестовый центр", en: "Test center" },
    kind: "consultation",
    services: ["consultation"],
    region: "karaganda",
    city: { kk: "Қарағанды", ru: "Караганда", en: "Karaganda" },
    lat: 49.8019,
    lon: 73.1021,
    hours,
    source: ["test-fixture"],
  });
}

describe("centers' hours", () => {
  it("rejects overlapping ranges in a day", () => {
    const result = centerSchema.safeParse({
      ...centerWithHours({}),
      hours: { mon: ["09:00-13:00", "12:00-18:00"] },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("overlap");
  });
});
