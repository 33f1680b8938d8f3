import { Decimal } from 'decimal.js';
import type { ParameterSum, ParametersVersionFile } from '../ruleset/tariff-schema.js';

/** A printed total set against the exact sum of its printed parts. */
export interface SumCheck {
  readonly id: string;
  readonly label: ParameterSum['label'];
  /** The parameter holding the printed total, and its value. */
  readonly total: { readonly id: string; readonly value: string };
  /** The parts, in printed order, with their values. */
  readonly parts: ReadonlyArray<{ readonly id: string; readonly value: string }>;
  /** The exact sum of the parts (decimal.js), with as many decimal places as the printed values. */
  readonly computed: string;
  /** computed − printed total: zero (e.g. "0.00") when the print adds up. */
  readonly difference: string;
  readonly addsUp: boolean;
  /** The anomaly that records a total the print gets wrong, when the version declares one. */
  readonly anomaly?: string;
}

/**
 * Adds up the parts of every declared sum of a parameters version exactly. Parameters a sum names but
 * the version lacks are left out here; the version check reports them.
 */
export function checkSums(version: ParametersVersionFile): SumCheck[] {
  return version.sums.flatMap((sum) => {
    const total = version.parameters[sum.total];
    const parts = sum.parts.map((id) => ({ id, value: version.parameters[id]?.value }));
    if (!total || parts.some((p) => p.value === undefined)) return [];
    const computed = parts.reduce((acc, p) => acc.plus(p.value!), new Decimal(0));
    const difference = computed.minus(total.value);
    // Shown with as many decimal places as the print uses, so that 2512810.00 reads as printed.
    const places = Math.max(...[total.value, ...parts.map((p) => p.value!)].map((v) => v.split('.')[1]?.length ?? 0));
    return [
      {
        id: sum.id,
        label: sum.label,
        total: { id: sum.total, value: total.value },
        parts: parts.map((p) => ({ id: p.id, value: p.value! })),
        computed: computed.toFixed(places),
        difference: difference.toFixed(places),
        addsUp: difference.isZero(),
        ...(sum.anomaly !== undefined && { anomaly: sum.anomaly }),
      },
    ];
  });
}
