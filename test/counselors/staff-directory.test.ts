// The staff directory alone: what it remembers, for how long, and when it forgets.
import { describe, expect, it } from "vitest";
import { roleOf, STAFF_ROLE_TTL_MS, StaffDirectory } from "../../src/counselors/staff-directory.ts";

describe("staff directory", () => {
  it("reads Telegram's member statuses as the desk's roles", () => {
    expect(["creator", "administrator", "member", "restricted", "left", "kicked"].map(roleOf)).toEqual([
      "administrator",
      "administrator",
      "member",
      "outside",
      "outside",
      "outside",
    ]);
  });

  it("trusts a remembered role for the TTL only", () => {
    const directory = new StaffDirectory(new Set());
    directory.remember("p1", "member", 1_000);
    expect(directory.known("p1", 1_000 + STAFF_ROLE_TTL_MS - 1)).toBe("member");
    expect(directory.known("p1", 1_000 + STAFF_ROLE_TTL_MS)).toBeUndefined();
    expect(directory.known("p2", 1_000)).toBeUndefined();
  });

  it("takes the newest word for a person, and forgets everyone when the bot's own place changes", () => {
    const directory = new StaffDirectory(new Set());
    directory.remember("p1", "member", 0);
    directory.remember("p1", "outside", 10);
    expect(directory.known("p1", 20)).toBe("outside");
    directory.remember("p2", "administrator", 10);
    directory.forgetAll();
    expect(directory.known("p1", 20)).toBeUndefined();
    expect(directory.known("p2", 20)).toBeUndefined();
  });

  it("knows named supervisors by pseudonym", () => {
    const directory = new StaffDirectory(new Set(["boss"]));
    expect(directory.isNamedSupervisor("boss")).toBe(true);
    expect(directory.isNamedSupervisor("p1")).toBe(false);
  });
});
