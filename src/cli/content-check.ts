// `npm run content:check [scenarios-dir]`: reads every content file through the one loader the bot
// uses (src/content/load.ts) and prints "file:line: problem" for each problem; exits 1 when there is
// any. The locales are read from the folder beside the scenarios folder.
import path from "node:path";
import { projectContent, readContent } from "../content/load.ts";
import { formatProblem } from "../content/yaml.ts";

const scenarios = process.argv[2];
const paths = scenarios ? { scenarios, locales: path.join(scenarios, "..", "locales") } : projectContent;
const { problems } = readContent(paths);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) found.`);
  process.exit(1);
}
console.log("content ok: locales, faq, triage links, centers, crisis, templates, sources");
