// What a child process (the bot, a command) writes, for tests that wait on its words.
import type { ChildProcess } from "node:child_process";

/** Its stdout and stderr as they come, interleaved, and its exit code once it ends. */
export function watchOutput(child: ChildProcess): { output: () => string; exit: Promise<number | null> } {
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { output: () => output, exit };
}
