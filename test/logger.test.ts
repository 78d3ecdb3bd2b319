import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { errorLog } from "../src/logger.ts";

describe("errorLog", () => {
  it("keeps Telegram's method, code and description, never the payload", () => {
    const error = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
      "sendMessage",
      { chat_id: 123456789, text: "I want to leave the group" },
    );
    const logged = errorLog(error);
    expect(logged).toEqual({
      name: "GrammyError",
      code: 403,
      message: "sendMessage: Forbidden: bot was blocked by the user",
    });
    expect(JSON.stringify(logged)).not.toMatch(/123456789|leave the group/);
  });

  it("keeps only the code of a Prisma error, whose message quotes the query's arguments", () => {
    const error = Object.assign(
      new Error("Invalid `prisma.caseMessage.create()` invocation: { text: 'my secret' }"),
      {
        name: "PrismaClientKnownRequestError",
        code: "P2002",
      },
    );
    expect(errorLog(error)).toEqual({ name: "PrismaClientKnownRequestError", code: "P2002" });
  });

  it("keeps a driver's code and the first line of other messages, cut short", () => {
    const pg = Object.assign(
      new Error('duplicate key value violates unique constraint "consent_pkey"\nDETAIL: x'),
      {
        name: "DatabaseError",
        code: "23505",
      },
    );
    expect(errorLog(pg)).toEqual({
      name: "DatabaseError",
      code: "23505",
      message: 'duplicate key value violates unique constraint "consent_pkey"',
    });
    expect(errorLog(new Error("x".repeat(1000))).message).toHaveLength(300);
    expect(errorLog("thrown text")).toEqual({ name: "Error", message: "thrown text" });
  });
});
