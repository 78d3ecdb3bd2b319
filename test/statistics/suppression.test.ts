// Small-number protection, as properties over many random tables (fast-check): nothing small
// is shown, what is shown is true, and no hidden count can be solved for from what is shown,
// checked by an oracle that knows nothing of the implementation (linear algebra on the sums).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { protectGrid, protectList } from "../../src/statistics/suppression.ts";

/** Counts as a report sees them: many zeros and small numbers, some large ones. */
const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 6 }) },
  { weight: 3, arbitrary: fc.integer({ min: 5, max: 400 }) },
);
const minCount = fc.integer({ min: 2, max: 10 });
const grid = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([rows, columns]) =>
    fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

/** Rank of a matrix (Gaussian elimination; entries are small integers, so floats are exact enough). */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const pivot = m.findIndex((row, index) => index >= r && Math.abs(row[c]!) > 1e-9);
    if (pivot === -1) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const factor = m[i]![c]! / m[r]![c]!;
      if (factor !== 0) for (let j = c; j < width; j++) m[i]![j]! -= factor * m[r]![j]!;
    }
    r++;
  }
  return r;
}

/** The hidden entries (by index in `unknowns`) that the published sums determine exactly. */
function solvable(equations: number[][], unknowns: number): number[] {
  if (unknowns === 0) return [];
  const base = rank(equations.length > 0 ? equations : [new Array(unknowns).fill(0)]);
  const determined: number[] = [];
  for (let u = 0; u < unknowns; u++) {
    const unit = Array.from({ length: unknowns }, (_, index) => (index === u ? 1 : 0));
    if (rank([...equations, unit]) === base) determined.push(u);
  }
  return determined;
}

/** The extended table (cells, row totals, column totals, grand total) as published, and the truth. */
function extended(values: number[][], published: ReturnType<typeof protectGrid>) {
  const rowTotals = values.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = values[0]!.map((_, c) => values.reduce((sum, row) => sum + row[c]!, 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const truth = [...values.map((row, r) => [...row, rowTotals[r]!]), [...columnTotals, total]];
  const shown = [
    ...published.cells.map((row, r) => [...row, published.rowTotals[r]!]),
    [...published.columnTotals, published.total],
  ];
  return { truth, shown };
}

describe("small-number protection of a grid with totals", () => {
  it("shows only true counts, none of them between 1 and k-1", () => {
    fc.assert(
      fc.property(grid, minCount, (values, k) => {
        const { truth, shown } = extended(values, protectGrid(values, k));
        for (const [r, row] of truth.entries()) {
          for (const [c, value] of row.entries()) {
            const published = shown[r]![c];
            if (published !== null) {
              expect(published).toBe(value);
              expect(value === 0 || value >= k).toBe(true);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("leaves no hidden count that the shown sums determine", () => {
    fc.assert(
      fc.property(grid, minCount, (values, k) => {
        const { truth, shown } = extended(values, protectGrid(values, k));
        const rows = truth.length;
        const columns = truth[0]!.length;
        const unknown: [number, number][] = [];
        for (const [r, row] of shown.entries()) {
          for (const [c, value] of row.entries()) if (value === null) unknown.push([r, c]);
        }
        const position = new Map(unknown.map(([r, c], index) => [`${r},${c}`, index]));
        // Every row: cells - row total = 0; every column: cells - column total = 0 (the last row
        // and column hold the totals). Known entries move to the right-hand side, which does not
        // matter for whether an unknown is determined.
        const equations: number[][] = [];
        const relation = (entries: [number, number, number][]) => {
          const equation = new Array(unknown.length).fill(0);
          for (const [r, c, sign] of entries) {
            const index = position.get(`${r},${c}`);
            if (index !== undefined) equation[index] += sign;
          }
          if (equation.some((value) => value !== 0)) equations.push(equation);
        };
        for (let r = 0; r < rows; r++) {
          relation(
            Array.from(
              { length: columns },
              (_, c) => [r, c, c === columns - 1 ? -1 : 1] as [number, number, number],
            ),
          );
        }
        for (let c = 0; c < columns; c++) {
          relation(
            Array.from(
              { length: rows },
              (_, r) => [r, c, r === rows - 1 ? -1 : 1] as [number, number, number],
            ),
          );
        }
        expect(solvable(equations, unknown.length).map((index) => unknown[index])).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("hides a lone small cell together with complements in its row and column", () => {
    const published = protectGrid(
      [
        [3, 40, 50],
        [20, 30, 60],
      ],
      5,
    );
    expect(published.cells[0]![0]).toBeNull();
    // Its row total and column total are shown, so one more cell in each must go.
    expect(published.cells[0]!.filter((value) => value === null).length).toBeGreaterThanOrEqual(2);
    expect(
      published.cells.map((row) => row[0]).filter((value) => value === null).length,
    ).toBeGreaterThanOrEqual(2);
    expect(published.total).toBe(203);
  });

  it("hides nothing when nothing is small, and handles an empty grid", () => {
    expect(
      protectGrid(
        [
          [5, 0],
          [9, 12],
        ],
        5,
      ),
    ).toEqual({
      cells: [
        [5, 0],
        [9, 12],
      ],
      rowTotals: [5, 21],
      columnTotals: [14, 12],
      total: 26,
    });
    expect(protectGrid([], 5)).toEqual({ cells: [], rowTotals: [], columnTotals: [], total: 0 });
  });
});

describe("small-number protection of a list with its total", () => {
  const list = fc.array(count, { minLength: 1, maxLength: 12 });

  it("shows only true counts ≥ k (or 0), and never exactly one hidden entry", () => {
    fc.assert(
      fc.property(list, minCount, (values, k) => {
        const published = protectList(values, k);
        const total = values.reduce((a, b) => a + b, 0);
        const all = [...values, total];
        const shown = [...published.cells, published.total];
        shown.forEach((value, index) => {
          if (value !== null) {
            expect(value).toBe(all[index]);
            expect(value === 0 || value >= k).toBe(true);
          }
        });
        // One sum: a hidden entry is determined exactly when it is the only one hidden.
        expect(shown.filter((value) => value === null).length).not.toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it("hides the smallest other count as the complement", () => {
    expect(protectList([2, 9, 30, 0], 5)).toEqual({ cells: [null, null, 30, 0], total: 41 });
    expect(protectList([0, 0, 0], 5)).toEqual({ cells: [0, 0, 0], total: 0 });
  });
});
