// The local terminal chat: each line typed (or piped) becomes a Telegram update for the
// real bot, and everything the bot does through the fake Telegram is printed as a
// transcript. Lines starting with ":" are the simulator's own commands (see HELP).
import { createInterface } from "node:readline";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { type FakeTelegram, SAMPLE_LOCATION } from "../telegram/fake-telegram.ts";
import type { FakeUser, IncomingContent } from "../telegram/types.ts";
import { labelled, renderEvent, SIM_PREFIX } from "./render.ts";

const LOCATION_COMMAND = /^\/location\s+-?\d+(\.\d+)?\s+-?\d+(\.\d+)?$/;

export interface SimulatorOptions {
  // biome-ignore lint/suspicious/noExplicitAny: any bot context type will do
  bot: Bot<any>;
  telegram: FakeTelegram;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A terminal: show a prompt. Otherwise (piped input) echo each line into the transcript. */
  interactive: boolean;
  /** The counselors' forum group; created in the fake with the counselors as members if it does not exist. */
  counselorChatId?: number;
  counselors?: { id: number; first_name: string }[];
  /** Telegram language of new users; default env SIM_LANG, else "ru". */
  language?: string;
  /** Resolves once the bot has sent what it still had to (the paced outbox): printed before the transcript ends. */
  settled?: () => Promise<unknown>;
}

export const HELP = [
  "Plain lines are messages to the bot; /start, /language and other slash commands go to the bot too.",
  "A number alone presses that button of the newest message with buttons.",
  "Simulator commands:",
  "  :help                   this help",
  "  :as <name>              become another person (created on first use)",
  "  :me                     back to the current person (after :group)",
  "  :lang <code>            set your Telegram language (kk, ru, en)",
  "  :location [lat lon]     share a location (default 43.25 76.91); /location lat lon works too",
  "  :photo [caption]  :document [caption]  :voice  :sticker   send a sample media message",
  "  :edit <text>            edit your last text message",
  "  :reply <text>           reply to the newest message relayed to you (in a topic, only a reply reaches the person)",
  "  :text <text>            send text as is (e.g. a number, or a line starting with ':')",
  "  :group                  act as counselor 1 in the counselors' group",
  "  :counselor <n>          act as counselor n",
  "  :topic [id]             write in forum topic id; without id, list the topics",
  "  :private                act as the current counselor in their private chat with the bot (where taken cases run)",
  "  :quit                   end the simulator",
];

const FIRST_PERSON_ID = 100001;
const DEFAULT_COUNSELORS = [
  { id: 200001, first_name: "Counselor 1" },
  { id: 200002, first_name: "Counselor 2" },
];

export async function runSimulator(options: SimulatorOptions): Promise<void> {
  const session = new SimulatorSession(options);
  const lines = createInterface({
    input: options.input,
    output: options.interactive ? options.output : undefined,
    terminal: options.interactive,
  });
  // Ctrl-C ends the simulator like Ctrl-D (readline would otherwise only pause).
  lines.on("SIGINT", () => lines.close());
  const unsubscribe = options.telegram.subscribe((event) =>
    session.write(renderEvent(event, session.view())),
  );
  try {
    if (options.interactive) {
      session.say(`local simulator: you are ${session.describeActor()}. Type :help for simulator commands.`);
      lines.setPrompt(session.prompt());
      lines.prompt();
    }
    for await (const raw of lines) {
      const line = raw.replace(/\r$/, "");
      if (!options.interactive && line.trim() !== "") session.write(labelled(session.actorLabel(), [line]));
      if ((await session.handleLine(line)) === "quit") break;
      if (options.interactive) {
        lines.setPrompt(session.prompt());
        lines.prompt();
      }
    }
    // What the bot sends after the last line (a counselor's notice, paced by the outbox) belongs to the transcript.
    await options.settled?.();
  } finally {
    unsubscribe();
    lines.close();
  }
  // Let the transcript reach its reader before the caller exits.
  await new Promise<void>((resolve) => options.output.write("", () => resolve()));
}

/** Who is typing and where, and what each line turns into. */
class SimulatorSession {
  private readonly people: FakeUser[];
  private person: FakeUser;
  private readonly counselors: FakeUser[];
  private counselor: FakeUser | undefined;
  private counselorInPrivate = false;
  private topicId: number | undefined;
  private readonly lastTextSent = new Map<number, number>();
  private readonly language: string;

  constructor(private readonly options: SimulatorOptions) {
    this.language = options.language ?? process.env.SIM_LANG ?? "ru";
    this.person = { id: FIRST_PERSON_ID, first_name: "Guest", language_code: this.language };
    this.people = [this.person];
    this.counselors = (options.counselors ?? DEFAULT_COUNSELORS).map((c) => ({
      ...c,
      language_code: this.language,
    }));
    const groupId = options.counselorChatId;
    if (groupId !== undefined && !options.telegram.hasChat(groupId)) {
      options.telegram.createGroup({
        id: groupId,
        title: "Counselors",
        isForum: true,
        members: this.counselors,
      });
    }
  }

  write(lines: string[]): void {
    if (lines.length > 0) this.options.output.write(`${lines.join("\n")}\n`);
  }

  say(text: string): void {
    this.write([SIM_PREFIX + text]);
  }

  view(): { ownChatId: number } {
    return { ownChatId: this.actor().id };
  }

  actorLabel(): string {
    if (this.counselor && this.counselorInPrivate) return `${this.counselor.first_name} (private)`;
    if (this.counselor)
      return `${this.counselor.first_name} (group${this.topicId ? ` #${this.topicId}` : ""})`;
    return this.person === this.people[0] ? "you" : this.person.first_name;
  }

  prompt(): string {
    return `${this.actorLabel()} › `;
  }

  describeActor(): string {
    const actor = this.actor();
    return `${actor.first_name} (id ${actor.id}, language ${actor.language_code ?? "none"})`;
  }

  /** Acts on one line; "quit" when the simulator should end. */
  async handleLine(line: string): Promise<"quit" | undefined> {
    const text = line.trim();
    if (text === ":quit") return "quit";
    if (text === "") return undefined;
    try {
      if (text.startsWith(":")) await this.command(text);
      // The issue's own spelling: "/location 43.25 76.91" shares a location (the bot has no such command).
      else if (LOCATION_COMMAND.test(text)) await this.command(`:${text.slice(1)}`);
      else if (/^\d+$/.test(text) && this.buttonsMessage()) await this.press(Number(text));
      else await this.send(line);
    } catch (error) {
      // Mistakes in the simulated actions (no such topic, not a member…), not bot failures.
      this.say(error instanceof Error ? error.message : String(error));
    }
    return undefined;
  }

  private async command(text: string): Promise<void> {
    const [name = "", ...rest] = text.slice(1).split(/\s+/);
    const argument = text.slice(1 + name.length).trim();
    switch (name.toLowerCase()) {
      case "help":
        this.write(HELP.map((line) => SIM_PREFIX + line));
        return;
      case "as":
        return this.becomePerson(argument);
      case "me":
        this.counselor = undefined;
        this.say(`you are ${this.describeActor()}`);
        return;
      case "lang":
        if (!argument) {
          this.say("usage: :lang <code>, e.g. :lang kk");
          return;
        }
        this.actor().language_code = argument;
        this.say(`${this.actor().first_name} now uses Telegram in language ${argument}`);
        return;
      case "location": {
        const [latitude, longitude] = rest.map(Number);
        const given =
          latitude !== undefined && longitude !== undefined && !Number.isNaN(latitude + longitude);
        return this.send({ location: given ? { latitude, longitude } : SAMPLE_LOCATION });
      }
      case "photo":
        return this.send({ photo: true, ...(argument ? { caption: argument } : {}) });
      case "document":
        return this.send({ document: true, ...(argument ? { caption: argument } : {}) });
      case "voice":
        return this.send({ voice: true });
      case "sticker":
        return this.send({ sticker: true });
      case "text":
        return this.send(argument);
      case "edit":
        return this.editLast(argument);
      case "reply":
        return this.replyToRelayed(argument);
      case "group":
        return this.becomeCounselor(1);
      case "counselor":
        return this.becomeCounselor(Number(argument));
      case "topic":
        return this.chooseTopic(argument);
      case "private":
        return this.enterCounselorPrivateChat();
      default:
        this.say(`unknown simulator command ":${name}"; type :help`);
    }
  }

  private actor(): FakeUser {
    return this.counselor ?? this.person;
  }

  private groupId(): number {
    const id = this.options.counselorChatId;
    if (id === undefined) throw new Error("no counselors' group is configured");
    return id;
  }

  /** True when the counselor writes in the group; false in their private chat with the bot. */
  private inGroup(): boolean {
    return this.counselor !== undefined && !this.counselorInPrivate;
  }

  private currentChatId(): number {
    return this.inGroup() ? this.groupId() : this.actor().id;
  }

  private threadScope(): { threadId?: number } {
    return this.inGroup() ? { threadId: this.topicId ?? 1 } : {};
  }

  private buttonsMessage() {
    return this.options.telegram.lastMessageWithButtons(this.currentChatId(), this.threadScope());
  }

  private async send(content: IncomingContent): Promise<void> {
    const telegram = this.options.telegram;
    const update =
      this.counselor && this.inGroup()
        ? telegram.groupMessage(this.groupId(), this.counselor, content, this.threadScope())
        : telegram.userMessage(this.actor(), content);
    const sent = update.message;
    if (sent?.text !== undefined) this.lastTextSent.set(this.actor().id, sent.message_id);
    await this.deliver(update);
  }

  /** A reply to the newest copy the bot relayed here: not a button message, not one of its own answers. */
  private async replyToRelayed(text: string): Promise<void> {
    const relayed = this.options.telegram
      .messagesIn(this.currentChatId(), this.threadScope())
      .filter(
        (message) => message.from.is_bot && !message.replyMarkup && message.replyToMessageId === undefined,
      )
      .at(-1);
    if (!relayed || !text) {
      this.say("usage: :reply <text>, after a message was relayed to you");
      return;
    }
    const telegram = this.options.telegram;
    const options = { ...this.threadScope(), replyTo: relayed.messageId };
    const update =
      this.counselor && this.inGroup()
        ? telegram.groupMessage(this.groupId(), this.counselor, text, options)
        : telegram.userMessage(this.actor(), text, { replyTo: relayed.messageId });
    // A reply is a text sent too: :edit after :reply edits it, not the text before.
    const sent = update.message;
    if (sent) this.lastTextSent.set(this.actor().id, sent.message_id);
    await this.deliver(update);
  }

  private async press(number: number): Promise<void> {
    const message = this.buttonsMessage()!;
    const count = this.options.telegram.buttonsOf(message).length;
    if (number < 1 || number > count) {
      this.say(
        `there is no button ${number} here (1–${count}); to send the number as text, type :text ${number}`,
      );
      return;
    }
    const update = this.options.telegram.pressButton(
      this.actor(),
      this.currentChatId(),
      message.messageId,
      number - 1,
    );
    await this.deliver(update);
  }

  private async editLast(text: string): Promise<void> {
    const messageId = this.lastTextSent.get(this.actor().id);
    if (messageId === undefined || !text) {
      this.say("usage: :edit <new text>, after sending a text message");
      return;
    }
    const telegram = this.options.telegram;
    const update =
      this.counselor && this.inGroup()
        ? telegram.groupEdit(this.groupId(), this.counselor, messageId, text)
        : telegram.userEditsMessage(this.actor(), messageId, text);
    await this.deliver(update);
  }

  private becomePerson(name: string): void {
    if (!name) {
      this.say("usage: :as <name>");
      return;
    }
    const existing = this.people.find((p) => p.first_name.toLowerCase() === name.toLowerCase());
    const person = existing ?? {
      id: FIRST_PERSON_ID + this.people.length,
      first_name: name,
      language_code: this.language,
    };
    if (!existing) this.people.push(person);
    this.person = person;
    this.counselor = undefined;
    this.say(`you are ${this.describeActor()}`);
  }

  private becomeCounselor(number: number): void {
    this.groupId();
    const counselor = this.counselors[number - 1];
    if (!counselor) {
      this.say(`there are counselors 1–${this.counselors.length}`);
      return;
    }
    this.counselor = counselor;
    this.counselorInPrivate = false;
    this.topicId ??= this.options.telegram.topicsOf(this.groupId()).at(-1)?.threadId;
    const where = this.topicId ? `topic #${this.topicId}` : "the General topic";
    this.say(`you are ${this.describeActor()} in the counselors' group, writing in ${where}`);
  }

  private enterCounselorPrivateChat(): void {
    this.counselor ??= this.counselors[0];
    if (!this.counselor) {
      this.say("there are no counselors");
      return;
    }
    this.counselorInPrivate = true;
    this.say(
      `you are ${this.describeActor()} in their private chat with the bot; :group goes back to the group`,
    );
  }

  private chooseTopic(argument: string): void {
    const topics = this.options.telegram.topicsOf(this.groupId());
    if (!argument) {
      const list = topics.map((t) => `#${t.threadId} “${t.name}”${t.closed ? " (closed)" : ""}`);
      this.say(list.length ? `topics: ${list.join(", ")}` : "no topics yet");
      return;
    }
    const id = Number(argument.replace(/^#/, ""));
    if (id !== 1 && !topics.some((t) => t.threadId === id)) {
      this.say(`there is no topic #${argument}`);
      return;
    }
    this.topicId = id === 1 ? undefined : id;
    this.say(`writing in ${this.topicId ? `topic #${id}` : "the General topic"}`);
  }

  private async deliver(update: Update): Promise<void> {
    try {
      await this.options.bot.handleUpdate(update);
    } catch (error) {
      const cause = error instanceof Error && "error" in error ? error.error : error;
      this.say(`the bot failed on this update: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }
}
