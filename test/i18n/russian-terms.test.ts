// Russian texts name the counselors' supervisors one way, as docs/COUNSELORS.md and the desk's own replies do
// ("супервизор"): the command list once said "для руководителей" while /pause answered "только супервизоры".
import { describe, expect, it } from "vitest";
import { testContent } from "../support/content.ts";

const russian = [testContent().locales.ru, ...testContent().templates.map((template) => template.ru)].join(
  "\n",
);

describe("Russian texts", () => {
  it("call a supervisor супервизор, never руководитель", () => {
    expect(russian.match(/руководител\p{L}*/giu) ?? []).toEqual([]);
    expect(russian).toMatch(/для супервизоров/);
  });
});
