import { describe, expect, it } from "vitest";
import { testContent } from "../support/content.ts";

const directory = testContent().directory;
const karagandaPoint = { lat: 49.8, lon: 73.1 };
const ids = (list: readonly { center: { id: string } }[]) => list.map((item) => item.center.id);

describe("the directory content", () => {
  it("holds the seed's centers and the 114 hotline, each placed approximately at its city", () => {
    expect(directory.centers.map((center) => center.id).sort()).toEqual([
      "akniet-aktau",
      "akniet-aktobe",
      "akniet-almaty",
      "akniet-astana",
      "akniet-atyrau",
      "akniet-zhezkazgan",
      "public-association-aktobe",
      "public-association-atyrau",
      "public-association-karaganda",
      "public-association-kokshetau",
    ]);
    for (const center of directory.centers) {
      const region = directory.region(center.region)!;
      expect(center.approximate, center.id).toBe(true);
      // Each center sits at its region's center city: that is where the seed places them.
      expect({ lat: center.lat, lon: center.lon }, center.id).toEqual({ lat: region.lat, lon: region.lon });
      expect(center.city, center.id).toEqual(region.center);
    }
    expect(directory.hotlines.map((hotline) => [hotline.id, hotline.phone])).toEqual([
      ["hotline-114", "114"],
    ]);
  });

  it("knows no phone or address for a center, rather than inventing one", () => {
    const almaty = directory.centers.find((center) => center.id === "akniet-almaty")!;
    expect(almaty.phone).toBeUndefined();
    expect(almaty.address).toBeUndefined();
    expect(directory.centers.every((center) => center.phone === undefined)).toBe(true);
  });

  it("keeps the hotline's hours flagged as unverified", () => {
    expect(directory.hotlines[0]!.hoursUnverified).toBe(true);
  });
});

describe("nearestCenters", () => {
  it("returns the three nearest centers, nearest first, with distances", () => {
    const nearest = directory.nearestCenters(karagandaPoint);
    expect(ids(nearest)).toEqual(["public-association-karaganda", "akniet-astana", "akniet-zhezkazgan"]);
    // Haversine figures computed separately: 0.3, 193.0 and 453.5 km.
    expect(nearest.map((item) => Math.round(item.distanceKm * 10) / 10)).toEqual([0.3, 193, 453.5]);
  });

  it("never lists the hotline, which has no location", () => {
    const all = directory.nearestCenters(karagandaPoint, { limit: 100 });
    expect(all).toHaveLength(directory.centers.length);
    expect(all.some((item) => item.center.id === "hotline-114")).toBe(false);
    const distances = all.map((item) => item.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("filters by need", () => {
    expect(ids(directory.nearestCenters(karagandaPoint, { need: "convicts" }))).toEqual([
      "akniet-astana",
      "akniet-zhezkazgan",
      "akniet-almaty",
    ]);
    expect(ids(directory.nearestCenters(karagandaPoint, { need: "psychological" }))).toEqual([
      "public-association-karaganda",
      "public-association-kokshetau",
      "public-association-aktobe",
    ]);
    expect(directory.nearestCenters(karagandaPoint, { need: "legal" })).toEqual([]);
  });

  it("honours limit and maxKm", () => {
    expect(ids(directory.nearestCenters(karagandaPoint, { limit: 1 }))).toEqual([
      "public-association-karaganda",
    ]);
    expect(ids(directory.nearestCenters(karagandaPoint, { maxKm: 200 }))).toEqual([
      "public-association-karaganda",
      "akniet-astana",
    ]);
    expect(directory.nearestCenters(karagandaPoint, { limit: 0 })).toEqual([]);
  });

  it("still measures from a point abroad: the caller decides what to say", () => {
    expect(ids(directory.nearestCenters({ lat: 41.3, lon: 69.24 }, { limit: 1 }))).toEqual(["akniet-almaty"]);
  });

  it("refuses an invalid point", () => {
    expect(() => directory.nearestCenters({ lat: Number.NaN, lon: 73.1 })).toThrow(RangeError);
    expect(() => directory.nearestCenters({ lat: 49.8, lon: 200 })).toThrow(RangeError);
  });
});

describe("centersInRegion", () => {
  it("lists a region's centers, filtered by need", () => {
    expect(directory.centersInRegion("atyrau").map((center) => center.id)).toEqual([
      "public-association-atyrau",
      "akniet-atyrau",
    ]);
    expect(directory.centersInRegion("atyrau", { need: "convicts" }).map((center) => center.id)).toEqual([
      "akniet-atyrau",
    ]);
  });

  it("is empty for a region without centers and for an unknown code", () => {
    expect(directory.centersInRegion("pavlodar")).toEqual([]);
    expect(directory.centersInRegion("no-such-region")).toEqual([]);
  });
});

describe("regionOf", () => {
  it("names the region whose center city is nearest", () => {
    expect(directory.regionOf(karagandaPoint)?.code).toBe("karaganda");
    expect(directory.regionOf({ lat: 47.8, lon: 67.7 })?.code).toBe("ulytau");
    expect(directory.regionOf({ lat: 43.25, lon: 76.95 })?.code).toBe("almaty-city");
    expect(directory.regionOf({ lat: 43.87, lon: 77.06 })?.code).toBe("almaty-region");
  });

  it("names no region for a point abroad or an invalid one", () => {
    expect(directory.regionOf({ lat: 41.3, lon: 69.24 })).toBeUndefined();
    expect(directory.regionOf({ lat: Number.NaN, lon: 0 })).toBeUndefined();
  });

  it("looks a region up by its code", () => {
    expect(directory.region("almaty-region")?.name.ru).toBe("Алматинская область");
    expect(directory.region("nowhere")).toBeUndefined();
  });
});
