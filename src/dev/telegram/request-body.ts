// Turns the body grammY sends into the payload object: JSON for plain calls,
// multipart/form-data when a file is uploaded (grammY then streams the parts).
// Uploaded files are not kept; each becomes the file_id "uploaded:<file name>".

// Multipart fields arrive as strings; these carry JSON or numbers in the Bot API.
const JSON_FIELDS = new Set([
  "reply_markup",
  "entities",
  "caption_entities",
  "reply_parameters",
  "link_preview_options",
  "media",
]);
const NUMBER_FIELDS = new Set([
  "chat_id",
  "message_thread_id",
  "reply_to_message_id",
  "duration",
  "width",
  "height",
  "length",
]);
const BOOLEAN_FIELDS = new Set([
  "disable_notification",
  "protect_content",
  "has_spoiler",
  "show_caption_above_media",
  "disable_content_type_detection",
]);

export async function readPayload(init: RequestInit | undefined): Promise<Record<string, unknown>> {
  const body = init?.body;
  if (body === undefined || body === null) return {};
  if (typeof body === "string") return body === "" ? {} : (JSON.parse(body) as Record<string, unknown>);
  const contentType = new Headers(init?.headers).get("content-type") ?? "";
  const raw = await collect(body);
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) return JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
  return parseMultipart(raw, boundary);
}

async function collect(body: NonNullable<RequestInit["body"]>): Promise<Buffer> {
  if (isAsyncIterable(body)) {
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  }
  return Buffer.from(await new Response(body).arrayBuffer());
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

function parseMultipart(raw: Buffer, boundary: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const uploads = new Map<string, string>();
  for (const part of raw.toString("utf8").split(`--${boundary}`)) {
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd === -1) continue;
    const headers = part.slice(0, headerEnd);
    const value = part.slice(headerEnd + 4).replace(/\r\n$/, "");
    const name = /name="([^"]*)"/.exec(headers)?.[1];
    if (name === undefined) continue;
    const filename = /filename=("?)([^";\r\n]*)\1/.exec(headers)?.[2];
    if (filename !== undefined) uploads.set(name, filename);
    else fields[name] = decodeField(name, value);
  }
  // Fields point at their file parts as "attach://<id>".
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string" && value.startsWith("attach://")) {
      fields[key] = `uploaded:${uploads.get(value.slice("attach://".length)) ?? "file"}`;
    }
  }
  return fields;
}

function decodeField(name: string, value: string): unknown {
  if (JSON_FIELDS.has(name)) return JSON.parse(value);
  if (NUMBER_FIELDS.has(name) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (BOOLEAN_FIELDS.has(name)) return value === "true";
  return value;
}
