// Chats, members, callback answers, chat actions, pins and the command menus.
import { badRequest } from "./errors.ts";
import { type Method, type Payload, threadFor } from "./payload.ts";

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);
/** The emoji Telegram accepts as a reaction (ReactionTypeEmoji in the Bot API). */
const REACTION_EMOJI = new Set(
  (
    "👍 👎 ❤ 🔥 🥰 👏 😁 🤔 🤯 😱 🤬 😢 🎉 🤩 🤮 💩 🙏 👌 🕊 🤡 🥱 🥴 😍 🐳 ❤‍🔥 🌚 🌭 💯 🤣 ⚡ 🍌 🏆 💔 🤨 😐 🍓 🍾 💋 🖕 😈 " +
    "😴 😭 🤓 👻 👨‍💻 👀 🎃 🙈 😇 😨 🤝 ✍ 🤗 🫡 🎅 🎄 ☃ 💅 🤪 🗿 🆒 💘 🙉 🦄 😘 💊 🙊 😎 👾 🤷‍♂ 🤷 🤷‍♀ 😡"
  ).split(" "),
);
const INVALID_QUERY = "query is too old and response timeout expired or query ID is invalid";

export const CHAT_METHODS: Record<string, Method> = {
  answerCallbackQuery: (p, s) => {
    const query = s.callbackQueries.get(String(p.callback_query_id));
    if (!query || query.answered) throw badRequest(INVALID_QUERY);
    query.answered = true;
    const chat = s.chats.get(query.chatId)?.chat;
    if (chat && typeof p.text === "string" && p.text !== "") {
      s.emit({
        type: "callback_answer",
        chat,
        user: query.user,
        text: p.text,
        showAlert: p.show_alert === true,
      });
    }
    return true;
  },
  sendChatAction: (p, s) => {
    const record = s.writableChatFor(p.chat_id);
    if (typeof p.action !== "string" || !CHAT_ACTIONS.has(p.action)) {
      throw badRequest("wrong parameter action in request");
    }
    threadFor(record, p.message_thread_id);
    return true;
  },
  setMessageReaction: (p, s) => {
    const message = s.visibleMessage(s.chatFor(p.chat_id), p.message_id);
    if (!message) throw badRequest("MESSAGE_ID_INVALID");
    const reaction = Array.isArray(p.reaction) ? (p.reaction as { type?: unknown; emoji?: unknown }[]) : [];
    // Bots may set one reaction, from Telegram's fixed list of emoji.
    if (reaction.length > 1) throw badRequest("REACTIONS_TOO_MANY");
    for (const entry of reaction) {
      if (entry.type !== "emoji" || typeof entry.emoji !== "string" || !REACTION_EMOJI.has(entry.emoji))
        throw badRequest("REACTION_INVALID");
    }
    message.reactions = reaction.map((entry) => entry.emoji as string);
    return true;
  },
  pinChatMessage: (p, s) => {
    const record = s.chatFor(p.chat_id);
    if (!s.visibleMessage(record, p.message_id)) throw badRequest("message to pin not found");
    record.pinned.add(Number(p.message_id));
    return true;
  },
  unpinChatMessage: (p, s) => {
    const record = s.chatFor(p.chat_id);
    const id = p.message_id === undefined ? Math.max(0, ...record.pinned) : Number(p.message_id);
    record.pinned.delete(id);
    return true;
  },

  setMyCommands: (p, s) => {
    const commands = p.commands;
    if (!Array.isArray(commands)) throw badRequest("commands is empty");
    for (const entry of commands as { command?: unknown; description?: unknown }[]) {
      if (typeof entry.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(entry.command)) {
        throw badRequest("BOT_COMMAND_INVALID");
      }
      const description = entry.description;
      if (typeof description !== "string" || description.length < 1 || description.length > 256) {
        throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      }
    }
    s.commands.set(commandsKey(p), commands);
    return true;
  },
  deleteMyCommands: (p, s) => {
    s.commands.delete(commandsKey(p));
    return true;
  },
  getMyCommands: (p, s) => s.commands.get(commandsKey(p)) ?? [],

  // The bot leaves a chat: it is no longer a member there.
  leaveChat: (p, s) => {
    s.chats.get(Number(p.chat_id))?.members.delete(s.bot.id);
    return true;
  },
  getChat: (p, s) => ({ ...s.chatFor(p.chat_id).chat, accent_color_id: 0, max_reaction_count: 11 }),
  getChatMember: (p, s) => {
    const record = s.chatFor(p.chat_id);
    const userId = Number(p.user_id);
    const user = s.users.get(userId) ?? (userId === s.bot.id ? s.botUser : undefined);
    if (!user) throw badRequest("user not found");
    const member = record.chat.type === "private" ? undefined : record.members.get(userId);
    const status =
      record.chat.type === "private"
        ? userId === record.chat.id || userId === s.bot.id
          ? "member"
          : "left"
        : (member?.status ?? "left");
    if (status === "creator") return { status, user, is_anonymous: false };
    if (status === "administrator")
      return { status, user, ...ADMIN_RIGHTS, can_manage_topics: member?.rights?.canManageTopics !== false };
    if (status === "kicked") return { status, user, until_date: 0 };
    return { status, user };
  },
};

const ADMIN_RIGHTS = {
  can_be_edited: false,
  is_anonymous: false,
  can_manage_chat: true,
  can_delete_messages: true,
  can_manage_video_chats: false,
  can_restrict_members: false,
  can_promote_members: false,
  can_change_info: false,
  can_invite_users: true,
  can_post_stories: false,
  can_edit_stories: false,
  can_delete_stories: false,
  can_pin_messages: true,
  can_manage_topics: true,
};

function commandsKey(p: Payload): string {
  return `${JSON.stringify(p.scope ?? { type: "default" })}|${p.language_code ?? ""}`;
}
