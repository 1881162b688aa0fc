// The colours share cards and key-graphic pictures are drawn in: the site's light-theme tokens
// (tokens.css) and the map's land colours (map.css), read as plain values (lib/svg/tokens.ts) for
// each mark role (lib/svg/palette.ts). Read here, where pages may import component styles, so
// lib/ never imports from components. Not a route: Astro skips files that start with "_".
import tokensCss from '../../../styles/tokens.css?raw';
import mapCss from '../../../components/map/map.css?raw';
import { palette } from '@lib/svg/palette';
import { readTokens } from '@lib/svg/tokens';

export const cardPalette = palette(readTokens(`${tokensCss}\n${mapCss}`));
