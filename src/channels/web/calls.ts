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

/** The body of a call and, for a file upload, its parts (grammY sends multipart then). */
export async function readCall(
  init: RequestInit | undefined,
): Promise<{ payload: Payload; files: Map<string, File> }> {
  const files = new Map<string, File>();
  const body = init?.body;
  if (body === undefined || body === null) return { payload: {}, files };
  if (typeof body === "string") return { payload: body ? (JSON.parse(body) as Payload) : {}, files };
  const contentType = new Headers(init?.headers).get("content-type") ?? "";
  const form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
  const payload: Payload = {};
  for (const [name, value] of form) {
    if (typeof value !== "string") files.set(name, value);
    else payload[name] = JSON_FIELDS.has(name) ? JSON.parse(value) : value;
  }
  // Fields point at their file parts as "attach://<name>".
  for (const [name, value] of Object.entries(payload)) {
    if (typeof value === "string" && value.startsWith("attach://")) {
      const file = files.get(value.slice("attach://".length));
      if (file) files.set(name, file);
    }
  }
  return { payload, files };
}

/** grammY sends streams for uploads; once read, the bytes go on as they were. */
export async function replayable(init: RequestInit | undefined): Promise<RequestInit | undefined> {
  const body = init?.body;
  if (body === undefined || body === null || typeof body === "string") return init;
  const bytes = Buffer.from(await new Response(body as BodyInit).arrayBuffer());
  return { ...init, body: bytes };
}

export function answer(result: unknown, status = 200): Response {
  const body = status === 200 ? { ok: true, result } : { ok: false, error_code: status, description: result };
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}
