// Chart type `annual-combo`: a yearly count as bars (preliminary years hatched) over a share
// as a line (e.g. homicides, and the share committed with a firearm). Which release each share
// comes from can be its own field: open dots for values.releasePreliminary, squares for
// values.releaseOther, filled dots otherwise; without that field a share follows its total.
// Roles: year, total, status (values.preliminary marks a preliminary total), share; optional
// shareRelease. Options: lineDomain [min, max]. Texts: total, unit, gapLabel, gapKey, hatchKey,
// prelim {n}, share, shareUnit, open, filled, openRelease, filledRelease, square, shareGapKey,
// desc {first} {latest} {peak} {peakYear} {latestValue}, descPrelim {years},
// descShare {first} {firstYear} {last} {lastYear}, descNoShare {years}.
// Marks: share, hatched, y<year>, $peak, $latest.
import type { Dataset } from '../../../schemas/dataset';
import { layoutCombo, type ComboLayout } from '../combo';
import { annualSeries, str } from '../data';
import { count, listYears, share } from '../describe';
import { VARIANTS, type Variant } from '../scales';
import { yTag } from '../states';
import type { Built, ChartContext } from './context';

export function annualCombo([ds]: Dataset[], c: ChartContext): Built<ComboLayout> {
  const n = (v: number) => count(v, c.locale);
  const sh = (v: number) => share(v, c.locale);
  const [yearKey, totalKey, statusKey, shareKey] = [c.field('year'), c.field('total'), c.field('status'), c.field('share')];
  const releaseKey = c.optional('shareRelease');
  const { years, values, rows } = annualSeries(ds!, yearKey, [totalKey, shareKey]);
  const totals = values[totalKey]!;
  const shares = values[shareKey]!;
  const prelim = rows.map((r) => (r ? str(ds!, r, statusKey) === c.value('preliminary') : false));
  // Which release a share comes from: by default the status of the total, unless the dataset says.
  const release = rows.map((r) => (r && releaseKey ? str(ds!, r, releaseKey) : null));
  const shareOpen = releaseKey ? release.map((x) => x === c.value('releasePreliminary')) : prelim;
  const shareOther = releaseKey ? release.map((x) => x === c.value('releaseOther')) : undefined;
  const known = years.map((y, i) => [y, totals[i]] as const).filter(([, v]) => v !== null) as [number, number][];
  const [peak, peakValue] = known.reduce((a, b) => (b[1] > a[1] ? b : a), known[0] ?? [years[0] ?? 0, 0]);
  const [latest, latestValue] = known[known.length - 1] ?? [years[years.length - 1] ?? 0, 0];
  const latestIndex = years.indexOf(latest);
  const shareYears = years.filter((_, i) => shares[i] !== null);
  const firstShare = shareYears[0];
  const lastShare = shareYears[shareYears.length - 1];
  const shareAt = (y: number | undefined) => (y === undefined ? null : shares[years.indexOf(y)] ?? null);

  const callouts = [{ year: peak, text: n(peakValue) }];
  if (latest !== peak) callouts.push({ year: latest, text: prelim[latestIndex] ? c.say('prelim', { n: n(latestValue) }) : n(latestValue) });
  const lineCallouts = [firstShare, lastShare]
    .filter((y, i, a): y is number => y !== undefined && a.indexOf(y) === i)
    .map((y) => ({ year: y, series: 'share', text: sh(shareAt(y)!) }));

  const layouts = Object.fromEntries(
    VARIANTS.map((v) => [
      v,
      layoutCombo(
        {
          years,
          total: { key: totalKey, label: c.say('total'), values: totals },
          hatched: prelim,
          unit: c.say('unit'),
          gapLabel: c.say('gapLabel'),
          gapKey: c.say('gapKey'),
          hatchKey: c.say('hatchKey'),
          callouts,
          seriesLabels: false,
        },
        {
          years,
          series: [{ key: 'share', label: c.say('share'), values: shares, open: shareOpen, square: shareOther }],
          unit: c.say('shareUnit'),
          percent: true,
          domain: c.entry.options.lineDomain as [number, number] | undefined,
          callouts: lineCallouts,
          openKey: c.say(releaseKey ? 'openRelease' : 'open'),
          squareKey: releaseKey ? c.say('square') : undefined,
          filledKey: c.say(releaseKey ? 'filledRelease' : 'filled'),
          gapKey: c.say('shareGapKey'),
        },
        v,
      ),
    ]),
  ) as Record<Variant, ComboLayout>;

  const prelimYears = years.filter((_, i) => prelim[i] && totals[i] !== null);
  const desc = [
    c.say('desc', { first: String(years[0]), latest, peak: n(peakValue), peakYear: peak, latestValue: n(latestValue) }),
    prelimYears.length ? c.say('descPrelim', { years: listYears(prelimYears, c.locale) }) : '',
    firstShare !== undefined && lastShare !== undefined ? c.say('descShare', { first: sh(shareAt(firstShare)!), firstYear: firstShare, last: sh(shareAt(lastShare)!), lastYear: lastShare }) : '',
    shareYears.length < years.length ? c.say('descNoShare', { years: listYears(years.filter((_, i) => shares[i] === null), c.locale) }) : '',
  ];
  return { layouts, states: c.states({ peak: yTag(peak), latest: yTag(latest) }), desc: desc.filter(Boolean).join(' ') };
}
