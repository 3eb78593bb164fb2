// The place list is checked like content: a community must sit in a known region, a
// `within` must name a county or district of the same region, and no id or name may
// be used twice (a search for it would be ambiguous). Returns every problem found.
import { COMMUNITIES } from "./communities";
import { REGIONS, isLocalRegion } from "./regions";

export function checkPlaces(): string[] {
  const problems: string[] = [];
  const ids = new Set<string>(REGIONS);
  const byId = new Map(COMMUNITIES.map((c) => [c.id, c]));
  for (const c of COMMUNITIES) {
    if (ids.has(c.id)) problems.push(`${c.id}: the id is used twice`);
    ids.add(c.id);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id)) problems.push(`${c.id}: ids are lower-case words joined by hyphens`);
    if (!isLocalRegion(c.region)) problems.push(`${c.id}: "${c.region}" is not a region`);
    if (c.within) {
      const parent = byId.get(c.within);
      if (!parent) problems.push(`${c.id}: within "${c.within}" is not a known community`);
      else if (parent.region !== c.region) problems.push(`${c.id}: is in ${c.region} but within ${c.within}, which is in ${parent.region}`);
      else if (parent.within) problems.push(`${c.id}: within ${c.within}, which is itself within another place`);
    }
  }
  return problems;
}
