import { describe, expect, it } from "vitest";
import { classifyLocation, distanceKm, isInKazakhstan } from "../../src/referral/geo.ts";
import { testContent } from "../support/content.ts";

const city = {
  astana: { lat: 51.1801, lon: 71.446 },
  almaty: { lat: 43.2525, lon: 76.9115 },
  aktobe: { lat: 50.2797, lon: 57.2072 },
  atyrau: { lat: 47.1048, lon: 51.8843 },
  karaganda: { lat: 49.8019, lon: 73.1021 },
  aktau: { lat: 43.6611, lon: 51.1739 },
};

describe("distanceKm", () => {
  // Reference figures computed separately (Python) with Vincenty's inverse formula on the WGS84 ellipsoid,
  // the "true" distance; the haversine figure on a 6371.0088 km sphere is in the comment.
  it.each([
    ["Almaty", city.almaty, "Astana", city.astana, 973.1], // haversine 972.7
    ["Aktobe", city.aktobe, "Atyrau", city.atyrau, 527.2], // haversine 526.3
    ["Karaganda", city.karaganda, "Astana", city.astana, 193.2], // haversine 192.9
    ["Aktau", city.aktau, "Atyrau", city.atyrau, 386.7], // haversine 386.9
  ])("%s to %s is within 1%% of %s km", (_from, a, _to, b, trueKm) => {
    const km = distanceKm(a, b);
    expect(Math.abs(km - trueKm) / trueKm).toBeLessThan(0.01);
    expect(distanceKm(b, a)).toBeCloseTo(km, 9);
  });

  it("is zero for the same point and half the circumference for antipodes", () => {
    expect(distanceKm(city.almaty, city.almaty)).toBe(0);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });
});

describe("isInKazakhstan", () => {
  it("holds for every region's center city", () => {
    const { regions } = testContent().directory;
    expect(regions).toHaveLength(20);
    for (const region of regions) expect(isInKazakhstan(region), region.code).toBe(true);
  });

  it.each([
    ["Tashkent", 41.3, 69.24],
    ["Bishkek", 42.87, 74.59],
    ["Urumqi", 43.83, 87.62],
    ["Omsk", 54.98, 73.37],
    ["Orenburg", 51.77, 55.1],
    ["Astrakhan", 46.35, 48.03],
    ["Moscow", 55.7558, 37.6173],
    ["the Caspian Sea west of Aktau", 43.65, 50.2],
  ])("is false for %s", (_name, lat, lon) => {
    expect(isInKazakhstan({ lat, lon })).toBe(false);
  });

  // The ring is coarse: a town right at a crossing (Korday, 43.04 74.71, facing Bishkek) reads as abroad.
  it.each([
    ["Saryagash, near Tashkent", 41.45, 69.17],
    ["Merke, near the Kyrgyz border", 42.87, 73.18],
    ["Zharkent, near the Chinese border", 44.16, 80.0],
    ["Kurmangazy, near Astrakhan", 46.6, 49.27],
    ["Baikonur", 45.62, 63.31],
  ])("is true for %s", (_name, lat, lon) => {
    expect(isInKazakhstan({ lat, lon })).toBe(true);
  });
});

describe("classifyLocation", () => {
  it("accepts a point in Kazakhstan", () => {
    expect(classifyLocation(49.8, 73.1)).toEqual({ kind: "inside", point: { lat: 49.8, lon: 73.1 } });
  });

  it.each([
    ["Tashkent", 41.3, 69.24],
    ["Moscow", 55.7558, 37.6173],
    ["0,0", 0, 0],
  ])("flags %s as abroad", (_name, lat, lon) => {
    expect(classifyLocation(lat, lon)).toEqual({ kind: "abroad", point: { lat, lon } });
  });

  it("rejects coordinates that are not numbers", () => {
    expect(classifyLocation(Number.NaN, 73.1)).toEqual({ kind: "invalid", reason: "not-a-number" });
    expect(classifyLocation(49.8, Number.POSITIVE_INFINITY)).toEqual({
      kind: "invalid",
      reason: "not-a-number",
    });
    expect(classifyLocation("49.8" as unknown as number, 73.1)).toEqual({
      kind: "invalid",
      reason: "not-a-number",
    });
  });

  it("rejects coordinates out of range", () => {
    expect(classifyLocation(91, 73.1)).toEqual({ kind: "invalid", reason: "out-of-range" });
    expect(classifyLocation(49.8, -180.5)).toEqual({ kind: "invalid", reason: "out-of-range" });
    expect(isInKazakhstan({ lat: Number.NaN, lon: 73.1 })).toBe(false);
  });
});
