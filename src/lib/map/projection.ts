// The map's projection and canvas width, shared by map preparation (which fits the projection
// once, scripts/prepare-map.mjs) and the build (which rebuilds it from the stored fit).
import { geoConicEqualArea } from 'd3-geo';

export const MAP_WIDTH = 960;

/** Albers-type conic equal-area: standard parallels 20° and 44° N, central meridian 102° W. */
export const conic = () => geoConicEqualArea().parallels([20, 44]).rotate([102, 0]);
