// The gaps chart on ATF's capacity: one industry operations investigator drawn against the
// licensees per investigator (a published ratio, rounded to whole marks), one group per year.
import type { Locale } from '../../i18n/locales';
import { t } from '../../i18n/messages';
import type { Dataset } from '../../../schemas/dataset';
import { num } from '../data';
import { count } from '../describe';
import { VARIANTS, type Variant } from '../scales';
import type { ChartStates } from '../states';
import { layoutUnits, type UnitGroup, type UnitsLayout } from '../units';

export function capacityChart(ds: Dataset, locale: Locale = 'en') {
  const tr = t(locale);
  const c = (n: number) => count(n, locale);
  const groups: UnitGroup[] = ds.rows.map((row) => {
    const ratio = num(ds, row, 'licenseesPerInvestigator')!;
    const year = num(ds, row, 'fiscalYear');
    return {
      id: row.id,
      label: tr('chart.capacity.label', { year: String(year), investigators: c(num(ds, row, 'investigators')!), licensees: c(num(ds, row, 'activeLicensees')!) }),
      count: Math.round(ratio),
      oneText: tr('chart.capacity.one'),
      manyText: tr('chart.capacity.many', { n: c(Math.round(ratio)) }),
    };
  });
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutUnits(groups, v)])) as Record<Variant, UnitsLayout>;
  const desc = tr('chart.capacity.desc', { items: groups.map((g) => `${g.label}, ${g.manyText}`).join('; ') });
  return { layouts, states: { initial: 'all', names: ['all'], rules: {} } as ChartStates, desc };
}
