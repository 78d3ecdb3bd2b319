// The one full collection after start-up (src/runtime/heap.ts): it frees what the start-up left behind, works
// without `node --expose-gc`, and leaves no `gc` function behind for other code to call.
import { describe, expect, it } from "vitest";
import { collectStartupGarbage } from "../../src/runtime/heap.ts";

describe("collectStartupGarbage", () => {
  it("frees the garbage of start-up and exposes nothing", () => {
    const hadGc = "gc" in globalThis;
    let garbage: { index: number; text: string }[] | undefined = Array.from(
      { length: 300_000 },
      (_, index) => ({
        index,
        text: `line ${index}`,
      }),
    );
    const withGarbage = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(300_000);
    garbage = undefined;
    collectStartupGarbage();
    expect(process.memoryUsage().heapUsed).toBeLessThan(withGarbage - 10_000_000);
    expect("gc" in globalThis).toBe(hadGc);
    // Twice is harmless.
    collectStartupGarbage();
  });
});
