// Run by `npm run build` after compiling: parses the YAML under scenarios/ once into
// dist/content-cache.json, which the compiled bot reads instead (src/content/cache.ts).
import { CONTENT_CACHE_FILE, writeContentCache } from "../content/cache.ts";
import { projectContent } from "../content/load.ts";

const files = writeContentCache(projectContent.scenarios);
console.log(`content cache: ${files} YAML files → ${CONTENT_CACHE_FILE}`);
