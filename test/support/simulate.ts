// Plays a script from scenarios/scripts/ through the local simulator against a harness's
// bot, as `npm start < script` would, and returns the transcript.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { projectContent } from "../../src/content/load.ts";
import { runSimulator } from "../../src/dev/simulator/index.ts";
import type { Harness } from "./harness.ts";

export async function playScript(h: Harness, scriptName: string, language: string): Promise<string> {
  const script = readFileSync(path.join(projectContent.scenarios, "scripts", scriptName), "utf8");
  const output = new PassThrough();
  let transcript = "";
  output.on("data", (chunk: Buffer) => {
    transcript += chunk.toString("utf8");
  });
  await runSimulator({
    bot: h.bot,
    telegram: h.telegram,
    input: Readable.from([script]),
    output,
    interactive: false,
    counselorChatId: h.counselorChatId,
    language,
  });
  return transcript;
}

/** The transcript prints a message's lines indented under their label; this joins them back. */
export const flatTranscript = (text: string) => text.replace(/\n {6,}/g, "\n");
