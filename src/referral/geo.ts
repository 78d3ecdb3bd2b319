// Points, distances, and whether a point lies in Kazakhstan.
import { kazakhstanBorder } from "./kazakhstan-border.ts";

export interface Point {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), the usual choice for a spherical great-circle distance. */
const earthRadiusKm = 6371.0088;

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance by the haversine formula; within about 0.5% of the ellipsoidal distance. */
export function distanceKm(a: Point, b: Point): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function isValidPoint(point: Point): boolean {
  return (
    Number.isFinite(point.lat) &&
    Number.isFinite(point.lon) &&
    Math.abs(point.lat) <= 90 &&
    Math.abs(point.lon) <= 180
  );
}

// Kazakhstan's extreme points, used to rule most of the world out before the polygon test.
const box = { minLat: 40.5, maxLat: 55.5, minLon: 46.4, maxLon: 87.4 };

/** True when the point is inside the coarse border ring (see kazakhstan-border.ts for its accuracy). */
export function isInKazakhstan(point: Point): boolean {
  if (!isValidPoint(point)) return false;
  const { lat, lon } = point;
  if (lat < box.minLat || lat > box.maxLat || lon < box.minLon || lon > box.maxLon) return false;
  // Ray casting: count the border edges crossed by a ray going east from the point.
  let inside = false;
  for (let i = 0, j = kazakhstanBorder.length - 1; i < kazakhstanBorder.length; j = i++) {
    const [latI, lonI] = kazakhstanBorder[i]!;
    const [latJ, lonJ] = kazakhstanBorder[j]!;
    if (latI > lat !== latJ > lat && lon < lonI + ((lat - latI) * (lonJ - lonI)) / (latJ - latI)) {
      inside = !inside;
    }
  }
  return inside;
}

export type LocationCheck =
  | { kind: "invalid"; reason: "not-a-number" | "out-of-range" }
  | { kind: "abroad"; point: Point }
  | { kind: "inside"; point: Point };

/** Classifies a shared location: unusable, outside Kazakhstan, or inside it. */
export function classifyLocation(lat: number, lon: number): LocationCheck {
  if (typeof lat !== "number" || typeof lon !== "number" || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return { kind: "invalid", reason: "not-a-number" };
  }
  const point = { lat, lon };
  if (!isValidPoint(point)) return { kind: "invalid", reason: "out-of-range" };
  return isInKazakhstan(point) ? { kind: "inside", point } : { kind: "abroad", point };
}
