// States, provinces, nations and counties: the regions a town's rewording names ("a town in
// Ohio") and the ones people write after a town ("Dubbo, NSW", "Reading, Berkshire"). Pure
// data and one helper, shared by the checker and by scripts/build-gazetteer.ts.

import { US_STATES } from "./words";

/**
 * Region keys used in gazetteer.json, to the name a rewording uses. A bare country key
 * means "somewhere in that country" (several regions share the name).
 */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(US_STATES).map(([name, abbr]) => [`US-${abbr}`, name])),
  "GB-ENG": "England",
  "GB-SCT": "Scotland",
  "GB-WLS": "Wales",
  "GB-NIR": "Northern Ireland",
  "AU-ACT": "the ACT",
  "AU-NSW": "New South Wales",
  "AU-NT": "the Northern Territory",
  "AU-QLD": "Queensland",
  "AU-SA": "South Australia",
  "AU-TAS": "Tasmania",
  "AU-VIC": "Victoria",
  "AU-WA": "Western Australia",
  "CA-AB": "Alberta",
  "CA-BC": "British Columbia",
  "CA-MB": "Manitoba",
  "CA-NB": "New Brunswick",
  "CA-NL": "Newfoundland",
  "CA-NS": "Nova Scotia",
  "CA-ON": "Ontario",
  "CA-PE": "Prince Edward Island",
  "CA-QC": "Quebec",
  "CA-SK": "Saskatchewan",
  "CA-YT": "the Yukon",
  "CA-NT": "the Northwest Territories",
  "CA-NU": "Nunavut",
  GB: "the UK",
  AU: "Australia",
  CA: "Canada",
  IE: "Ireland",
  NZ: "New Zealand",
  NG: "Nigeria",
  IN: "India",
  ZA: "South Africa",
  PH: "the Philippines",
  KE: "Kenya",
  GH: "Ghana",
  JM: "Jamaica",
  UG: "Uganda",
  ZW: "Zimbabwe",
};

/** Abbreviations written after a town outside the US ("Red Deer, AB", "Dubbo NSW"). */
export const REGION_ABBREVIATIONS: Readonly<Record<string, string>> = {
  AB: "Alberta", BC: "British Columbia", MB: "Manitoba", NB: "New Brunswick",
  NL: "Newfoundland", NS: "Nova Scotia", ON: "Ontario", PEI: "Prince Edward Island",
  QC: "Quebec", SK: "Saskatchewan", NSW: "New South Wales", VIC: "Victoria", Vic: "Victoria",
  QLD: "Queensland", Qld: "Queensland", TAS: "Tasmania", Tas: "Tasmania", ACT: "the ACT",
  NT: "the Northern Territory",
};

/**
 * Counties and regions written after a town ("Reading, Berkshire", "Ennis, Co. Clare"). On
 * their own they are too broad to identify anyone, like a state.
 */
export const COUNTIES: readonly string[] = `
Aberdeenshire Anglesey Antrim Argyll Armagh Ayrshire Bedfordshire Berkshire Buckinghamshire
Cambridgeshire Carlow Carmarthenshire Cavan Ceredigion Cheshire Clare Cork Cornwall Cumbria
Denbighshire Derbyshire Devon Donegal Dorset Down Dumfriesshire Durham Essex Fermanagh Fife
Flintshire Galway Glamorgan Gloucestershire Gwent Gwynedd Hampshire Herefordshire
Hertfordshire Kent Kerry Kildare Kilkenny Lanarkshire Lancashire Laois Leicestershire Leitrim
Limerick Lincolnshire Longford Lothian Louth Mayo Meath Merseyside Midlothian Monaghan
Norfolk Northamptonshire Northumberland Nottinghamshire Offaly Orkney Oxfordshire
Pembrokeshire Perthshire Powys Renfrewshire Roscommon Rutland Shropshire Sligo Somerset
Staffordshire Suffolk Surrey Sussex Teesside Tipperary Tyrone Warwickshire Waterford
Westmeath Wexford Wicklow Wiltshire Worcestershire Yorkshire
`
  .split(/\s+/)
  .filter(Boolean);

/** Nations and countries written after a town ("Perth, Scotland", "Lagos, Nigeria"). */
export const NATIONS: readonly string[] = [
  "England", "Scotland", "Wales", "Northern Ireland", "Ireland", "UK", "Australia", "Canada",
  "New Zealand", "NZ", "Nigeria", "India", "South Africa", "USA", "US", "Philippines",
  "Kenya", "Ghana", "Jamaica", "Uganda", "Zimbabwe",
];

/**
 * The form a town's name is looked up in: accents dropped ("Montreal" finds Montréal),
 * "St."/"St" as "Saint", one kind of apostrophe, single spaces.
 */
export function gazetteerKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/’/g, "'")
    .replace(/\bSt\.?(?=\s)/g, "Saint")
    .replace(/\bSte\.?(?=\s)/g, "Sainte")
    .replace(/\s+/g, " ")
    .trim();
}
