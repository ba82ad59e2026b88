/**
 * The message ids seen in one chat, to tell a record that repeats an earlier one. Telegram Desktop
 * writes a chat's messages oldest first, so ids nearly always arrive ascending: those go to a sorted
 * array (a few bytes per message, a 1 GB export holds millions), and only the rare id that arrives
 * out of order goes to a Set. A repeat is found by binary search in the array, or in the Set.
 */
export class MessageIds {
  private readonly ascending: number[] = [];
  private readonly others = new Set<number>();

  /** Records `id`; false when it was seen before. */
  add(id: number): boolean {
    const a = this.ascending;
    if (a.length === 0 || id > a[a.length - 1]!) {
      a.push(id);
      return true;
    }
    if (this.others.has(id) || this.inAscending(id)) return false;
    this.others.add(id);
    return true;
  }

  private inAscending(id: number): boolean {
    let lo = 0;
    let hi = this.ascending.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.ascending[mid]!;
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
