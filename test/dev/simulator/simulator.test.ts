import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runSimulator } from "../../../src/dev/simulator/index.ts";
import { FakeTelegram } from "../../../src/dev/telegram/fake-telegram.ts";
import { tinyBot } from "../telegram/tiny-bot.ts";

const COUNSELORS = -1009;

async function transcript(
  input: string,
  setup?: (telegram: FakeTelegram, bot: ReturnType<typeof tinyBot>) => void,
) {
  const telegram = new FakeTelegram();
  const bot = tinyBot(telegram);
  setup?.(telegram, bot);
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  await runSimulator({
    bot,
    telegram,
    input: Readable.from([input]),
    output,
    interactive: false,
    counselorChatId: COUNSELORS,
    language: "en",
  });
  return { lines: text.trimEnd().split("\n"), telegram };
}

describe("simulator with piped input", () => {
  it("prints numbered buttons, and a number presses one", async () => {
    const { lines, telegram } = await transcript("/start\n2\n");
    expect(lines).toEqual([
      "you › /start",
      "bot › Are you safe right now?",
      "      [1] Yes  [2] No",
      "      [3] Site ↗ https://example.org",
      "you › 2",
      "bot (popup) › Noted",
      "bot (edited) › You answered no.",
    ]);
    expect(telegram.callsTo("answerCallbackQuery")).toHaveLength(1);
    expect(telegram.messagesIn(100001)[0]?.from).toMatchObject({
      id: 100001,
      first_name: "Guest",
      language_code: "en",
    });
  });

  it("presses reply keyboard buttons, shares locations and keeps going after a bot error", async () => {
    const { lines } = await transcript("/where\n1\n/fail\n:location 51.1 71.4\n7\n");
    expect(lines).toEqual([
      "you › /where",
      "bot › Share your location or go back.",
      "      ⌨ [1] Send location (shares your location)  [2] Back",
      "you › 1",
      "bot › Got 43.25, 76.91",
      "you › /fail",
      "sim › the bot failed on this update: boom",
      "you › :location 51.1 71.4",
      "bot › Got 51.1, 71.4",
      // No buttons on screen any more, so a number is just text.
      "you › 7",
      "bot › You said: 7",
    ]);
  });

  it("plays a counselor writing in a forum topic of the counselors' group", async () => {
    const { lines, telegram } = await transcript(
      ":group\nI can help\n:me\n:lang kk\n:as Aigerim\nhello\n:bogus\n",
      (t) => {
        t.createGroup({
          id: COUNSELORS,
          title: "Counselors",
          isForum: true,
          members: [{ id: 200001, first_name: "Counselor 1" }],
        });
      },
    );
    expect(lines).toEqual([
      "you › :group",
      "sim › you are Counselor 1 (id 200001, language en) in the counselors' group, writing in the General topic",
      "Counselor 1 (group) › I can help",
      "group › You said: I can help",
      "Counselor 1 (group) › :me",
      "sim › you are Guest (id 100001, language en)",
      "you › :lang kk",
      "sim › Guest now uses Telegram in language kk",
      "you › :as Aigerim",
      "sim › you are Aigerim (id 100002, language en)",
      "Aigerim › hello",
      "bot › You said: hello",
      "Aigerim › :bogus",
      'sim › unknown simulator command ":bogus"; type :help',
    ]);
    expect(telegram.messagesIn(COUNSELORS).map((m) => m.text)).toEqual([
      "I can help",
      "You said: I can help",
    ]);
  });
});
