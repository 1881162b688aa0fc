// The toll chart: homicides recorded by INEGI each year (bars; preliminary figures hatched)
// over the share committed with a firearm (line; preliminary shares as open dots).
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

export function homicideChart(ds: Dataset, keys: HomicideKeys = HOMICIDE_KEYS): HomicideChart {
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

  const callouts = [{ year: peak, text: count(peakValue) }];
  if (latest !== peak) callouts.push({ year: latest, text: `${count(latestValue)}${prelim[latestIndex] ? ' (prelim.)' : ''}` });
  const lineCallouts = [firstShare, lastShare]
    .filter((y, i, a): y is number => y !== undefined && a.indexOf(y) === i)
    .map((y) => ({ year: y, series: 'share', text: share(shareAt(y)!) }));

  const layouts = Object.fromEntries(
    VARIANTS.map((v) => [
      v,
      layoutCombo(
        {
          years,
          total: { key: keys.total, label: 'Homicides', values: totals },
          hatched: prelim,
          unit: 'Homicides recorded (death certificates)',
          gapLabel: 'No figure',
          gapKey: 'Dotted slot: no figure for that year',
          hatchKey: 'Hatched bar: preliminary figure, usually revised upward',
          callouts,
          seriesLabels: false,
        },
        {
          years,
          series: [{ key: 'share', label: 'Committed with a firearm', values: shares, open: shareOpen, square: shareOther }],
          unit: 'Share of homicides committed with a firearm',
          percent: true,
          domain: [40, 80],
          callouts: lineCallouts,
          openKey: rel ? "Open dot: share from INEGI's preliminary release" : 'Open dot: share from a preliminary count',
          squareKey: rel ? `Square: share compiled by ${rel.otherLabel}` : undefined,
          filledKey: rel ? "Filled dot: share from INEGI's definitive release" : 'Filled dot: share from a definitive count',
          gapKey: 'Dotted slot: no published share for that year',
        },
        v,
      ),
    ]),
  ) as Record<Variant, ComboLayout>;

  const prelimYears = years.filter((_, i) => prelim[i] && totals[i] !== null);
  const desc = [
    `Bars show homicides recorded in Mexico each year from ${years[0]} to ${latest}. They peaked at ${count(peakValue)} in ${peak}; ${latest} had ${count(latestValue)}.`,
    prelimYears.length ? `Figures for ${listYears(prelimYears)} are preliminary.` : '',
    firstShare !== undefined && lastShare !== undefined ? `A line below shows the share committed with a firearm: ${share(shareAt(firstShare)!)} in ${firstShare} and ${share(shareAt(lastShare)!)} in ${lastShare}.` : '',
    shareYears.length < years.length ? `No share is shown for ${listYears(years.filter((_, i) => shares[i] === null))}.` : '',
  ];
  return { layouts, states: homicideStates(peak, latest), desc: desc.filter(Boolean).join(' ') };
}
