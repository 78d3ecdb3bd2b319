// The module hooks of compiled.mjs: a .ts file of this project is compiled on load with the
// project's compiler options, one file at a time (its types are checked by `npm run typecheck`).
import { readFile } from "node:fs/promises";
import ts from "typescript";

const options = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  esModuleInterop: true,
  sourceMap: false,
  inlineSourceMap: true,
};

export async function load(url, context, nextLoad) {
  if (!url.startsWith("file:") || !url.endsWith(".ts") || url.includes("/node_modules/"))
    return nextLoad(url, context);
  const fileName = new URL(url).pathname;
  const { outputText } = ts.transpileModule(await readFile(fileName, "utf8"), {
    compilerOptions: options,
    fileName,
  });
  return { format: "module", source: outputText, shortCircuit: true };
}
