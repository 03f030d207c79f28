/** Counts written for people ("19,999,980"), with one formatter made on first use. */
let formatter: Intl.NumberFormat | undefined;

/** `n` with thousands separators, as `n.toLocaleString('en')` writes it, at a fraction of its cost per call. */
export function formatCount(n: number): string {
  formatter ??= new Intl.NumberFormat('en');
  return formatter.format(n);
}
