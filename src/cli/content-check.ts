// `npm run content:check [scenarios-dir]`: validates every content file and prints
// "file:line: problem" for each problem; exits 1 when there is any.
import { contentChecks } from "../content/checks.ts";
import { formatProblem, scenariosDir } from "../content/yaml.ts";

const dir = process.argv[2] ?? scenariosDir();
let problems = 0;
for (const check of contentChecks) {
  for (const problem of check.run(dir)) {
    problems++;
    console.error(formatProblem(problem));
  }
}
if (problems > 0) {
  console.error(`${problems} problem(s) found.`);
  process.exit(1);
}
console.log(`content ok: ${contentChecks.map((check) => check.name).join(", ")}`);
