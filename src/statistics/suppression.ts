// Small-number protection for every table the statistics publish (report, CSV, /stats).
// A count of 1 … k-1 could point at one person, so it is hidden ("primary suppression").
// A hidden count must not be recomputable from what is shown either: from a total minus the
// other cells of its row or column, or from several such sums together ("complementary
// suppression"). Zeros are shown: they say that nobody did something, not who did.
//
// How a grid is made safe: its cells, row totals, column totals and grand total form an
// (R+1)×(C+1) table in which every row and every column is one published sum. Think of each
// row and each column as a vertex and of each hidden entry as an edge between its row and its
// column: a hidden entry can be solved for exactly when its edge is a bridge (on no cycle) of
// that graph, and it is hidden safely when it lies on a cycle, which alone leaves it free.
// So: while some hidden entry is a bridge, hide one more entry (preferring one that closes a
// cycle through it, then the smallest count, cells before totals).

/** A grid as published: null = hidden. */
export interface ProtectedGrid {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

/** A list with its total, as published: null = hidden. */
export interface ProtectedList {
  cells: (number | null)[];
  total: number | null;
}

export const DEFAULT_MIN_COUNT = 5;

function isSmall(value: number, k: number): boolean {
  return value > 0 && value < k;
}

/** One published sum (a list and its total): hidden entries are safe when there are none or at least two. */
export function protectList(values: readonly number[], k: number = DEFAULT_MIN_COUNT): ProtectedList {
  const total = values.reduce((sum, value) => sum + value, 0);
  const hidden = values.map((value) => isSmall(value, k));
  let totalHidden = isSmall(total, k);
  const hiddenCount = () => hidden.filter(Boolean).length + (totalHidden ? 1 : 0);
  if (hiddenCount() === 1) {
    const cheapest = cheapestIndex(values, (index) => !hidden[index]);
    if (cheapest === undefined) totalHidden = true;
    else hidden[cheapest] = true;
  }
  return {
    cells: values.map((value, index) => (hidden[index] ? null : value)),
    total: totalHidden ? null : total,
  };
}

/** Rows × columns of counts, published with row totals, column totals and the grand total. */
export function protectGrid(
  values: readonly (readonly number[])[],
  k: number = DEFAULT_MIN_COUNT,
  /** Needed when there are no rows: the column totals are still published (as zeros). */
  columns: number = values[0]?.length ?? 0,
): ProtectedGrid {
  const rows = values.length;
  // The extended table: the last row holds the column totals, the last column the row totals.
  const table: number[][] = values.map((row) => [...row, row.reduce((sum, value) => sum + value, 0)]);
  const columnTotals = Array.from({ length: columns + 1 }, (_, column) =>
    table.reduce((sum, row) => sum + (row[column] ?? 0), 0),
  );
  table.push(columnTotals);
  const hidden = table.map((row) => row.map((value) => isSmall(value, k)));
  if (rows > 0 && columns > 0) closeBridges(table, hidden);
  const shown = (row: number, column: number) => (hidden[row]![column] ? null : table[row]![column]!);
  return {
    cells: values.map((row, r) => row.map((_, c) => shown(r, c))),
    rowTotals: values.map((_, r) => shown(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => shown(rows, c)),
    total: shown(rows, columns),
  };
}

/** Vertices: rows 0…R (R = column totals), then columns as R+1+c. Edges: hidden entries. */
function closeBridges(table: number[][], hidden: boolean[][]): void {
  const rowCount = table.length;
  const columnCount = table[0]!.length;
  const column = (c: number) => rowCount + c;
  const cost = (r: number, c: number) => {
    const value = table[r]![c]!;
    const margin = r === rowCount - 1 || c === columnCount - 1;
    // A zero costs nothing to hide (the reader still cannot tell it from a small count).
    return (margin ? 2e9 : 0) + value;
  };
  for (;;) {
    const bridge = findBridge(hidden, rowCount, columnCount);
    if (!bridge) return;
    const [r, c] = bridge;
    hidden[r]![c] = false;
    const fromRow = reachable(hidden, rowCount, columnCount, r);
    const fromColumn = reachable(hidden, rowCount, columnCount, column(c));
    hidden[r]![c] = true;
    // A new hidden entry between the two sides of the bridge puts it on a cycle.
    const crossing: [number, number][] = [];
    const near: [number, number][] = [];
    const touching: [number, number][] = [];
    for (let i = 0; i < rowCount; i++) {
      for (let j = 0; j < columnCount; j++) {
        if (hidden[i]![j]) continue;
        const joins =
          (fromRow.has(i) && fromColumn.has(column(j))) || (fromColumn.has(i) && fromRow.has(column(j)));
        if (joins) crossing.push([i, j]);
        if (i === r || j === c) near.push([i, j]);
        if (fromRow.has(i) || fromRow.has(column(j))) touching.push([i, j]);
      }
    }
    const pick = [crossing, near, touching].find((list) => list.length > 0) ?? [];
    let best: [number, number] | undefined;
    for (const [i, j] of pick) if (!best || cost(i, j) < cost(best[0], best[1])) best = [i, j];
    if (!best) return;
    hidden[best[0]]![best[1]] = true;
  }
}

/** A hidden entry whose removal disconnects its row from its column, if any. */
function findBridge(
  hidden: boolean[][],
  rowCount: number,
  columnCount: number,
): [number, number] | undefined {
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < columnCount; c++) {
      if (!hidden[r]![c]) continue;
      hidden[r]![c] = false;
      const connected = reachable(hidden, rowCount, columnCount, r).has(rowCount + c);
      hidden[r]![c] = true;
      if (!connected) return [r, c];
    }
  }
  return undefined;
}

/** Vertices reachable from row `start` through hidden entries. */
function reachable(hidden: boolean[][], rowCount: number, columnCount: number, start: number): Set<number> {
  const seen = new Set<number>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const vertex = queue.pop()!;
    const neighbours: number[] = [];
    if (vertex < rowCount) {
      for (let c = 0; c < columnCount; c++) if (hidden[vertex]![c]) neighbours.push(rowCount + c);
    } else {
      const c = vertex - rowCount;
      for (let r = 0; r < rowCount; r++) if (hidden[r]![c]) neighbours.push(r);
    }
    for (const next of neighbours) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

function cheapestIndex(values: readonly number[], allowed: (index: number) => boolean): number | undefined {
  let best: number | undefined;
  const cost = (value: number) => (value === 0 ? Number.MAX_SAFE_INTEGER : value);
  values.forEach((value, index) => {
    if (allowed(index) && (best === undefined || cost(value) < cost(values[best]!))) best = index;
  });
  return best;
}
