// The gaps chart on ATF's capacity: one industry operations investigator drawn against the
// licensees per investigator (a published ratio, rounded to whole marks), one group per year.
import type { Dataset } from '../../../schemas/dataset';
import { num } from '../data';
import { count } from '../describe';
import { VARIANTS, type Variant } from '../scales';
import type { ChartStates } from '../states';
import { layoutUnits, type UnitGroup, type UnitsLayout } from '../units';

export function capacityChart(ds: Dataset) {
  const groups: UnitGroup[] = ds.rows.map((row) => {
    const ratio = num(ds, row, 'licenseesPerInvestigator')!;
    const year = num(ds, row, 'fiscalYear');
    return {
      id: row.id,
      label: `Fiscal year ${year}: ${count(num(ds, row, 'investigators')!)} investigators, ${count(num(ds, row, 'activeLicensees')!)} active licensees`,
      count: Math.round(ratio),
      oneText: '1 investigator',
      manyText: `about ${count(Math.round(ratio))} licensees each`,
    };
  });
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutUnits(groups, v)])) as Record<Variant, UnitsLayout>;
  const desc = `One ATF industry operations investigator drawn beside one dot per licensee in their share of the workload: ${groups.map((g) => `${g.label}, ${g.manyText}`).join('; ')}.`;
  return { layouts, states: { initial: 'all', names: ['all'], rules: {} } as ChartStates, desc };
}
