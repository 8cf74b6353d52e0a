/**
 * The fictional three-county collaborative the population lives in. Each county has its own
 * juvenile court, school district (Ed-Fi LEA id prefix) and ZIP codes. Names are invented.
 */
export interface County {
  name: string;
  /** Two-letter code used in case numbers. */
  code: string;
  /** Share of households living in the county. */
  weight: number;
  zips: readonly string[];
  /** Ed-Fi local education agency id; school ids are this plus three digits. */
  districtId: string;
  districtName: string;
}

export const COUNTIES: readonly County[] = [
  {
    name: 'Alder', code: 'AL', weight: 0.5, zips: ['95401', '95403', '95404', '95407', '95409'],
    districtId: '255901', districtName: 'Alder Unified School District',
  },
  {
    name: 'Juniper', code: 'JU', weight: 0.3, zips: ['95470', '95472', '95476'],
    districtId: '255902', districtName: 'Juniper Valley Unified School District',
  },
  {
    name: 'Redwater', code: 'RW', weight: 0.2, zips: ['95482', '95485', '95490'],
    districtId: '255903', districtName: 'Redwater Joint Unified School District',
  },
];

export const COUNTY_WEIGHTS: ReadonlyArray<readonly [County, number]> = COUNTIES.map(
  (c) => [c, c.weight] as const,
);

export function juvenileCourtName(county: County): string {
  return `Superior Court of ${county.name} County, Juvenile Division`;
}
