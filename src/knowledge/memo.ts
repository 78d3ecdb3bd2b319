/**
 * A memo that forgets everything when it is full: the knowledge base's own words are few, and a
 * person's odd words must not make it grow without end.
 */
export class Memo<Value> {
  private readonly values = new Map<string, Value>();
  constructor(private readonly capacity: number) {}

  get(key: string, compute: (key: string) => Value): Value {
    const found = this.values.get(key);
    if (found !== undefined || this.values.has(key)) return found as Value;
    if (this.values.size >= this.capacity) this.values.clear();
    const value = compute(key);
    this.values.set(key, value);
    return value;
  }
}
