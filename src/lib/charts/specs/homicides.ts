// The toll chart: homicides recorded by INEGI each year (bars; preliminary figures hatched)
// over the share committed with a firearm (line; preliminary shares as open dots).
import type { Locale } from '../../i18n/locales';
import { t } from '../../i18n/messages';
import type { Dataset } from '../../../schemas/dataset';
import { layoutCombo, type ComboLayout } from '../combo';
import { annualSeries, str } from '../data';
import { count, listYears, share } from '../describe';
import { VARIANTS, type Variant } from '../scales';
import { yTag, type ChartStates } from '../states';

export interface HomicideKeys {
  year: string;
  total: string;
  status: string;
  share: string;
  /** Value of `status` that marks a preliminary figure. */
  preliminary: string;
  /** Optional category field saying which release each share comes from. */
  shareRelease?: { field: string; preliminary: string; other: string; otherLabel: string };
}
export const HOMICIDE_KEYS: HomicideKeys = {
  year: 'year',
  total: 'total',
  status: 'status',
  share: 'firearmShare',
  preliminary: 'preliminary',
  shareRelease: { field: 'shareRelease', preliminary: 'inegi-preliminary', other: 'colmex-svp', otherLabel: 'El Colegio de México' },
};

/**
 * States: `all` (summary), `count` (the bars alone), `peak` (the highest year emphasised),
 * `share` (the firearm line emphasised), `latest` (the newest, preliminary year emphasised).
 */
export function homicideStates(peak: number, latest: number): ChartStates {
  return {
    initial: 'all',
    names: ['all', 'count', 'peak', 'share', 'latest'],
    rules: {
      share: { show: ['all', 'share', 'latest', 'peak'], emph: ['share'] },
      hatched: { emph: ['latest'] },
      [yTag(peak)]: { emph: ['peak'] },
      [yTag(latest)]: { emph: ['latest'] },
    },
  };
}

export interface HomicideChart {
  layouts: Record<Variant, ComboLayout>;
  states: ChartStates;
  desc: string;
}

export function homicideChart(ds: Dataset, keys: HomicideKeys = HOMICIDE_KEYS, locale: Locale = 'en'): HomicideChart {
  const tr = t(locale);
  const c = (n: number) => count(n, locale);
  const sh = (n: number) => share(n, locale);
  const { years, values, rows } = annualSeries(ds, keys.year, [keys.total, keys.share]);
  const totals = values[keys.total]!;
  const shares = values[keys.share]!;
  const prelim = rows.map((r) => (r ? str(ds, r, keys.status) === keys.preliminary : false));
  // Which release a share comes from: by default the status of the total, unless the dataset says.
  const rel = keys.shareRelease && ds.fields.some((f) => f.key === keys.shareRelease!.field) ? keys.shareRelease : undefined;
  const release = rows.map((r) => (r && rel ? str(ds, r, rel.field) : null));
  const shareOpen = rel ? release.map((x) => x === rel.preliminary) : prelim;
  const shareOther = rel ? release.map((x) => x === rel.other) : undefined;
  const known = years.map((y, i) => [y, totals[i]] as const).filter(([, v]) => v !== null) as [number, number][];
  const [peak, peakValue] = known.reduce((a, b) => (b[1] > a[1] ? b : a), known[0] ?? [years[0] ?? 0, 0]);
  const [latest, latestValue] = known[known.length - 1] ?? [years[years.length - 1] ?? 0, 0];
  const latestIndex = years.indexOf(latest);
  const shareYears = years.filter((_, i) => shares[i] !== null);
  const firstShare = shareYears[0];
  const lastShare = shareYears[shareYears.length - 1];
  const shareAt = (y: number | undefined) => (y === undefined ? null : shares[years.indexOf(y)] ?? null);

  const callouts = [{ year: peak, text: c(peakValue) }];
  if (latest !== peak) callouts.push({ year: latest, text: prelim[latestIndex] ? tr('chart.homicides.prelim', { n: c(latestValue) }) : c(latestValue) });
  const lineCallouts = [firstShare, lastShare]
    .filter((y, i, a): y is number => y !== undefined && a.indexOf(y) === i)
    .map((y) => ({ year: y, series: 'share', text: sh(shareAt(y)!) }));

  const layouts = Object.fromEntries(
    VARIANTS.map((v) => [
      v,
      layoutCombo(
        {
          years,
          total: { key: keys.total, label: tr('chart.homicides.total'), values: totals },
          hatched: prelim,
          unit: tr('chart.homicides.unit'),
          gapLabel: tr('chart.homicides.gapLabel'),
          gapKey: tr('chart.homicides.gapKey'),
          hatchKey: tr('chart.homicides.hatchKey'),
          callouts,
          seriesLabels: false,
        },
        {
          years,
          series: [{ key: 'share', label: tr('chart.homicides.share'), values: shares, open: shareOpen, square: shareOther }],
          unit: tr('chart.homicides.shareUnit'),
          percent: true,
          domain: [40, 80],
          callouts: lineCallouts,
          openKey: tr(rel ? 'chart.homicides.openRelease' : 'chart.homicides.open'),
          squareKey: rel ? tr('chart.homicides.square', { source: rel.otherLabel }) : undefined,
          filledKey: tr(rel ? 'chart.homicides.filledRelease' : 'chart.homicides.filled'),
          gapKey: tr('chart.homicides.shareGapKey'),
        },
        v,
      ),
    ]),
  ) as Record<Variant, ComboLayout>;

  const prelimYears = years.filter((_, i) => prelim[i] && totals[i] !== null);
  const desc = [
    tr('chart.homicides.desc', { first: String(years[0]), latest, peak: c(peakValue), peakYear: peak, latestValue: c(latestValue) }),
    prelimYears.length ? tr('chart.homicides.descPrelim', { years: listYears(prelimYears, locale) }) : '',
    firstShare !== undefined && lastShare !== undefined ? tr('chart.homicides.descShare', { first: sh(shareAt(firstShare)!), firstYear: firstShare, last: sh(shareAt(lastShare)!), lastYear: lastShare }) : '',
    shareYears.length < years.length ? tr('chart.homicides.descNoShare', { years: listYears(years.filter((_, i) => shares[i] === null), locale) }) : '',
  ];
  return { layouts, states: homicideStates(peak, latest), desc: desc.filter(Boolean).join(' ') };
}
