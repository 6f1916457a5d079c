/** A linear map from a domain to a range, which remembers both (for axes and tests). */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/*
 * d3-scale's scaleLinear does this and more, but it interpolates through d3-interpolate, which
 * brings d3-color: about 6 KB of gzipped JavaScript no chart here uses. The tick and "nice"
 * math stays D3's (d3-array's ticks and nice); tests pin this to scaleLinear's output.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const slope = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return Object.assign((value: number) => r0 + (value - d0) * slope, { domain, range });
}
