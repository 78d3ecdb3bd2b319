// The referral directory: regions and centers loaded from scenarios/, and the questions a family asks of it
// (which centers are nearest, which are in my region, in which region am I).
import path from "node:path";
import { z } from "zod";
import { ContentError, type ContentProblem, readYaml, validate, type YamlSource } from "../content/yaml.ts";
import { distanceKm, isInKazakhstan, isValidPoint, type Point } from "./geo.ts";
import {
  type Center,
  type DirectoryEntry,
  directoryEntrySchema,
  type Hotline,
  type Region,
  regionSchema,
  type Service,
} from "./schema.ts";

export interface CenterDistance {
  center: Center;
  distanceKm: number;
}

export interface NearestOptions {
  /** How many centers to return; 3 by default. */
  limit?: number;
  /** Only centers that offer this service. */
  need?: Service;
  /** Only centers at most this far away. */
  maxKm?: number;
}

export class Directory {
  /** Places with a location, in file order. */
  readonly centers: readonly Center[];
  /** Nationwide phone lines, offered apart from the distance list. */
  readonly hotlines: readonly Hotline[];

  constructor(
    /** All regions and cities of republican significance, in file order (the order of a region menu). */
    readonly regions: readonly Region[],
    entries: readonly DirectoryEntry[],
  ) {
    this.centers = entries.filter((entry): entry is Center => entry.kind !== "hotline");
    this.hotlines = entries.filter((entry): entry is Hotline => entry.kind === "hotline");
  }

  region(code: string): Region | undefined {
    return this.regions.find((region) => region.code === code);
  }

  /**
   * The region whose center city is nearest to the point, or undefined when the point is not in Kazakhstan.
   * Nearest center city is an approximation of the real region borders: near a border, or around Almaty and
   * Astana (cities that are regions of their own), it can name the neighbouring region. Use it to preselect
   * a region, and let the person correct it.
   */
  regionOf(point: Point): Region | undefined {
    if (!isInKazakhstan(point)) return undefined;
    let nearest: Region | undefined;
    let nearestKm = Number.POSITIVE_INFINITY;
    for (const region of this.regions) {
      const km = distanceKm(point, region);
      if (km < nearestKm) {
        nearest = region;
        nearestKm = km;
      }
    }
    return nearest;
  }

  /** Centers sorted by distance from the point, nearest first. Hotlines are never in this list. */
  nearestCenters(point: Point, { limit = 3, need, maxKm }: NearestOptions = {}): CenterDistance[] {
    if (!isValidPoint(point)) throw new RangeError(`invalid point ${point.lat}, ${point.lon}`);
    return this.centers
      .filter((center) => need === undefined || center.services.includes(need))
      .map((center) => ({ center, distanceKm: distanceKm(point, center) }))
      .filter((item) => maxKm === undefined || item.distanceKm <= maxKm)
      .sort((a, b) => a.distanceKm - b.distanceKm)
      .slice(0, Math.max(0, limit));
  }

  /** Centers of one region in file order; empty for an unknown code (e.g. a stale button). */
  centersInRegion(regionCode: string, { need }: { need?: Service } = {}): Center[] {
    return this.centers.filter(
      (center) => center.region === regionCode && (need === undefined || center.services.includes(need)),
    );
  }
}

export const regionsFile = "regions.yaml";
export const centersFile = "centers.yaml";

/** Loads and checks the directory; throws ContentError listing every problem with its file and line. */
export function loadDirectory(dir: string): Directory {
  const { directory, problems } = readDirectory(dir);
  if (!directory || problems.length > 0) throw new ContentError(problems);
  return directory;
}

function readDirectory(dir: string): { directory?: Directory; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const regions = readList(path.join(dir, regionsFile), "regions", regionSchema, problems);
  const entries = readList(path.join(dir, centersFile), "centers", directoryEntrySchema, problems);
  if (regions) reportDuplicates(regions, "regions", "code", problems);
  if (entries) reportDuplicates(entries, "centers", "id", problems);
  // Region codes are checked only against a regions file that loaded.
  if (regions && entries && regions.items.length > 0) {
    const codes = new Set(regions.items.map((region) => region.value.code));
    for (const { value, index } of entries.items) {
      if (value.kind !== "hotline" && !codes.has(value.region)) {
        problems.push({
          file: entries.source.file,
          line: entries.source.lineOf(["centers", index, "region"]),
          message: `centers.${index}.region: unknown region code "${value.region}"; known: ${[...codes].join(", ")}`,
        });
      }
    }
  }
  if (!regions || !entries) return { problems };
  const directory = new Directory(
    regions.items.map((item) => item.value),
    entries.items.map((item) => item.value),
  );
  return { directory, problems };
}

interface ListItem<T> {
  value: T;
  index: number;
}

/**
 * Reads `{ <key>: [...] }` and validates each item separately, adding problems to `problems`.
 * Returns the valid items, or undefined when the file cannot be read or is not such a list.
 */
function readList<Item extends z.ZodType>(
  file: string,
  key: string,
  itemSchema: Item,
  problems: ContentProblem[],
): { source: YamlSource; items: ListItem<z.output<Item>>[] } | undefined {
  let source: YamlSource;
  let list: unknown[];
  try {
    source = readYaml(file);
    list = validate(source, z.strictObject({ [key]: z.array(z.unknown()).min(1) }))[key] as unknown[];
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else problems.push({ file, line: 1, message: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
  const items: ListItem<z.output<Item>>[] = [];
  list.forEach((raw, index) => {
    const result = itemSchema.safeParse(raw);
    if (result.success) {
      items.push({ value: result.data, index });
      return;
    }
    for (const issue of result.error.issues) {
      const issuePath = [key, index, ...issue.path];
      problems.push({
        file: source.file,
        line: source.lineOf(issuePath),
        message: `${issuePath.join(".")}: ${issue.message}`,
      });
    }
  });
  return { source, items };
}

function reportDuplicates<Field extends string>(
  list: { source: YamlSource; items: ListItem<Record<Field, string>>[] },
  key: string,
  field: Field,
  problems: ContentProblem[],
): void {
  // Lines are looked up for duplicates only: from the build's cache, finding one parses the YAML.
  const lineOf = (index: number) => list.source.lineOf([key, index, field]);
  const firstIndex = new Map<string, number>();
  for (const { value, index } of list.items) {
    const earlier = firstIndex.get(value[field]);
    if (earlier === undefined) firstIndex.set(value[field], index);
    else {
      problems.push({
        file: list.source.file,
        line: lineOf(index),
        message: `${key}.${index}.${field}: duplicate ${field} "${value[field]}" (first on line ${lineOf(earlier)})`,
      });
    }
  }
}
