/** The few best scores, kept in order as they are offered: cheaper than sorting every entry. */
export class TopScores {
  readonly entries: number[] = [];
  readonly scores: number[] = [];
  constructor(private readonly limit: number) {}

  /** The score to beat to get in; 0 until there are `limit` scores. */
  get lowest(): number {
    return this.entries.length < this.limit ? 0 : (this.scores.at(-1) ?? 0);
  }

  offer(entry: number, score: number): void {
    if (score <= 0 || (this.entries.length === this.limit && score <= this.lowest)) return;
    let at = this.entries.length;
    while (at > 0 && (this.scores[at - 1] ?? 0) < score) at--;
    this.entries.splice(at, 0, entry);
    this.scores.splice(at, 0, score);
    if (this.entries.length > this.limit) {
      this.entries.pop();
      this.scores.pop();
    }
  }
}
