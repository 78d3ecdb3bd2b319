// Reading a Bot API call the way grammY sends it (JSON, or multipart with a file upload) and
// answering it the way Telegram does, for the web channel's router.
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
export type Payload = Record<string, unknown>;
type BodyInit = ConstructorParameters<typeof Response>[0];

export class CallError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
  ) {
    super(description);
  }
}

const JSON_FIELDS = new Set([
  "reply_markup",
  "entities",
  "caption_entities",
  "reply_parameters",
  "message_ids",
]);

/** An uploaded file of a call (a document the bot sends). */
export interface Upload {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** The body of a call and, for a file upload, its parts (grammY sends multipart then). */
export function readCall(init: RequestInit | undefined): { payload: Payload; files: Map<string, Upload> } {
  const body = init?.body;
  if (body === undefined || body === null) return { payload: {}, files: new Map() };
  if (typeof body === "string")
    return { payload: body ? (JSON.parse(body) as Payload) : {}, files: new Map() };
  const contentType = new Headers(init?.headers).get("content-type") ?? "";
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  const raw = Buffer.from(body as Uint8Array);
  if (!boundary) return { payload: JSON.parse(raw.toString("utf8")) as Payload, files: new Map() };
  return parseMultipart(raw, boundary);
}

/**
 * grammY's multipart, read byte-safely. (undici's formData() refuses it: grammY writes
 * "content-disposition:form-data;name=…" without spaces, which the RFC allows.)
 */
function parseMultipart(raw: Buffer, boundary: string): { payload: Payload; files: Map<string, Upload> } {
  const payload: Payload = {};
  const parts = new Map<string, Upload>();
  const delimiter = Buffer.from(`--${boundary}`);
  for (let at = raw.indexOf(delimiter); at !== -1; ) {
    const next = raw.indexOf(delimiter, at + delimiter.length);
    if (next === -1) break;
    const part = raw.subarray(at + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const value = part.subarray(headerEnd + 4);
      const name = /name="?([^";\r\n]*)"?/i.exec(headers)?.[1];
      const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? "application/octet-stream";
      if (name !== undefined && filename !== undefined)
        parts.set(name, { name: filename, type, bytes: value });
      else if (name !== undefined) {
        const text = value.toString("utf8");
        payload[name] = JSON_FIELDS.has(name) ? JSON.parse(text) : text;
      }
    }
    at = next;
  }
  // Fields point at their file parts as "attach://<name>".
  const files = new Map<string, Upload>();
  for (const [name, value] of Object.entries(payload)) {
    const file =
      typeof value === "string" && value.startsWith("attach://") ? parts.get(value.slice(9)) : undefined;
    if (file) files.set(name, file);
  }
  return { payload, files };
}

/** grammY sends uploads as a stream (an async iterable); once read, the bytes go on as they were. */
export async function replayable(init: RequestInit | undefined): Promise<RequestInit | undefined> {
  const body = init?.body;
  if (body === undefined || body === null || typeof body === "string") return init;
  if (typeof body === "object" && Symbol.asyncIterator in body) {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
    return { ...init, body: Buffer.concat(chunks) };
  }
  return { ...init, body: Buffer.from(await new Response(body as BodyInit).arrayBuffer()) };
}

export function answer(result: unknown, status = 200): Response {
  const body = status === 200 ? { ok: true, result } : { ok: false, error_code: status, description: result };
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}
