/**
 * Exact decimal arithmetic for the few places a rate is multiplied: a JS number
 * is read as the decimal it prints as (String(n)), then kept as an integer
 * count of 10^-scale, so nothing is rounded until the final minor unit.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

/** The decimal a finite, non-negative number prints as ("151.2" is 1512 × 10^-1, "1e-7" is 1 × 10^-7). */
export function toDecimal(value: number): Decimal {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`Not a non-negative finite number: ${value}`);
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`Unreadable number: ${value}`);
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? '0');
  const units = BigInt(`${match[1]}${fraction}`);
  const scale = fraction.length - exponent;
  return scale >= 0 ? { units, scale } : { units: units * 10n ** BigInt(-scale), scale: 0 };
}

/** a × b, exactly. */
export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** rate × (1 + percent / 100), exactly: the rate with a margin added on top. */
export function withPercentAdded(rate: Decimal, percent: Decimal): Decimal {
  // 1 + p/100 = (100 × 10^s + p) / (100 × 10^s)
  const one = 100n * 10n ** BigInt(percent.scale);
  return multiplyDecimal(rate, { units: one + percent.units, scale: percent.scale + 2 });
}

/** An integer times a decimal, rounded half away from zero to an integer. */
export function roundTimes(integer: number, factor: Decimal): number {
  if (!Number.isSafeInteger(integer)) throw new RangeError(`Not a safe integer: ${integer}`);
  const numerator = BigInt(Math.abs(integer)) * factor.units;
  const denominator = 10n ** BigInt(factor.scale);
  const rounded = (2n * numerator + denominator) / (2n * denominator);
  return Math.sign(integer) * Number(rounded);
}

/** The decimal without trailing zeros, as plain digits with a point ("155.736", "1.11133575"). */
export function decimalString(value: Decimal): string {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  const digits = units.toString().padStart(scale + 1, '0');
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
