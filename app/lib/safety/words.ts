// Word lists for the advisory safety checker (safety.ts). Pure data, no imports, so the
// checker can run in the browser as the author types.
//
// The lists are deliberately modest: the checker combines them with context cues
// ("my friend …", "in …", "Dr. …") rather than trusting any single word.

/**
 * Common US first names. Names that are also ordinary words, drug slang, drink brands,
 * months, places or recovery vocabulary are left OUT on purpose (Will, Bill, Mark, Grace,
 * Hope, Faith, Joy, Serenity, Destiny, Crystal, Molly, Tina, Charlie, Lucy, Brandy, Sherry,
 * Jack, Jose, April, May, June, Summer, Dawn, Chase, Hunter, Jordan, Virginia, Georgia,
 * Christian, Bob – as in "Dr. Bob" – and so on), because a capitalised "Hope" or "Molly" in
 * a recovery story is usually not a person. Context cues ("my friend Grace") still catch
 * those names.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `
James John Robert Michael David Richard Joseph Thomas Christopher Daniel Matthew Anthony
Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason
Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin
Samuel Gregory Alexander Patrick Raymond Dennis Jerry Tyler Aaron Adam Nathan Henry Zachary
Douglas Peter Kyle Noah Ethan Jeremy Walter Keith Roger Terry Austin Sean Gerald Carl Harold
Dylan Arthur Lawrence Jesse Bryan Billy Bruce Gabriel Joe Logan Alan Juan Albert Willie
Elijah Wayne Randy Vincent Mason Roy Ralph Bobby Russell Bradley Philip Phillip Eugene Louis
Johnny Luke Mike Tom Tommy Chris Matt Dave Steve Jeff Greg Jim Tony Danny Nick Josh Ben Sam
Alex Andy Eddie Frankie Jimmy Joey Kenny Marcus Derek Travis Cody Shane Trevor Troy Caleb
Colton Isaac Ian Evan Connor Devin Dustin Corey Brett Chad Todd Brent Curtis Darren Jared
Jeremiah Malik Jamal Andre Darnell Terrell Tyrone DeShawn Carlos Luis Miguel Jorge Pedro Diego
Manuel Ricardo Antonio Javier Rafael Omar Ahmed Mohammed Ali Raj Vikram Jake Zach Brad Rick
Ricky Tim Pete Phil Randy Doug Ron Don Jon Ken Gabe Nate Eli Liam Owen Wyatt Landon Jaden
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Sandra Margaret Ashley Kimberly Emily Donna Michelle Amanda Melissa Deborah Stephanie Dorothy
Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole
Samantha Katherine Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather Diane
Olivia Julie Joyce Victoria Ruth Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah
Megan Cheryl Jacqueline Martha Teresa Gloria Sara Janice Ann Anne Kathryn Abigail Sophia
Frances Alice Judy Isabella Julia Denise Danielle Marilyn Beverly Natalie Theresa Diana
Brittany Doris Kayla Alexis Lori Tiffany Tammy Jess Jessie Becky Katie Kate Beth Liz Jen
Jenny Steph Mandy Kim Kristen Kristin Courtney Erin Erica Vanessa Monica Veronica Alicia Tara
Leah Haley Tracy Stacy Wendy Melanie Sabrina Shannon Allison Alyssa Jasmine Aaliyah Keisha
Latoya LaToya Tanya Sonia Rosa Carmen Ana Lucia Elena Gabriela Priya Aisha Fatima Chloe Zoe
Ava Mia Ella Madeline Brooke Paige Casey Jamie Robin Kelsey Lindsay Lindsey Whitney Miranda
Marie Jackie Connie Peggy Terri Vicki Rachael Krista Misha Nadia Naomi Renee Sheila Stacey
Tasha Toni Trisha Valerie Yolanda Yvonne Kendra Kara Karla Kristy Leslie Lydia Maggie Meghan
Nina Paula Regina Rita Shelby Tonya Cassandra Caroline Claire Colleen Darlene Dana
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Capitalised words that are never a person's (or place's) proper name for our purposes:
 * function words that start sentences, days and months, family words used as names ("Mom"),
 * recovery vocabulary, programmes, medications and drugs, faith words, nationalities.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `
A An And As At But By For From He Her Hers Him His How If In Into It Its Me My No Nor Not Now
Of Off On Once Or Our Out She So Some Than That The Their Them Then There These They This
Those To Too Up Us We What When Where Which While Who Whom Why With Yes You Your Yet After
Before Because Every Everyone Everything Nobody Someone Something Today Tonight Tomorrow
Yesterday Maybe Still Just Only Even Sometimes Later Soon Again Also Here Hi Hello Thanks
Okay Ok Dear Love Sorry Please Honestly Eventually Finally Instead Meanwhile Back Being
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December
Spring Summer Autumn Fall Winter Christmas Easter Thanksgiving Halloween Hanukkah Ramadan
Mom Mum Mommy Mama Ma Dad Daddy Papa Pa Pop Pops Mother Father Grandma Grandpa Grandmother
Grandfather Granny Nana Nan Gran Gramps Auntie Aunt Uncle Sis Bro Baby Honey Babe Sir Madam
God Lord Jesus Christ Allah Buddha Higher Power Universe Heaven Hell Bible Scripture Church
Recovery Anonymous Alcoholics Narcotics Cocaine Gamblers Overeaters Sober Sobriety Clean
Step Steps Twelve Traditions Tradition Promises Big Book Serenity Prayer Sponsor Sponsee
Meeting Meetings Group Fellowship Program Programme Rehab Detox Treatment Therapy Court Drug
Narcan Naloxone Suboxone Subutex Sublocade Zubsolv Vivitrol Naltrexone Methadone Buprenorphine
Antabuse Campral Chantix Xanax Klonopin Valium Ativan Percocet Percs Oxy OxyContin Oxycodone
Vicodin Norco Lortab Dilaudid Fentanyl Heroin Tramadol Adderall Ritalin Ambien Gabapentin
Neurontin Seroquel Lexapro Zoloft Prozac Wellbutrin Ecstasy Crystal Meth Xanny Xannies
Kratom Spice Lean Henny Hennessy Jameson Smirnoff Budweiser Bud Corona Absolut Titos
American English Spanish Mexican Irish Italian German Black White Asian Hispanic Latino Latina
Native Catholic Christian Jewish Muslim Baptist Methodist Mormon Buddhist Hindu
Army Navy Marines Marine Corps Air Force Guard Veteran Veterans Vet VA Covid Internet
Facebook Instagram Twitter TikTok Reddit Snapchat YouTube Google Zoom Uber Lyft Walmart Target
Medicaid Medicare Social Security Dollar General
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Relationship nouns that introduce a person: "my son Tyler", "our friend, Dave,".
 * Used only as a cue directly before a capitalised word.
 */
export const RELATIONSHIP_WORDS: readonly string[] = [
  "best friend", "friend", "boyfriend", "girlfriend", "husband", "wife", "partner", "fiancé",
  "fiancée", "fiance", "fiancee", "ex-husband", "ex-wife", "ex-boyfriend", "ex-girlfriend",
  "ex", "son", "daughter", "kid", "child", "baby", "brother", "sister", "stepbrother",
  "stepsister", "half-brother", "half-sister", "mom", "mum", "mother", "dad", "father",
  "stepmom", "stepdad", "stepmother", "stepfather", "grandma", "grandpa", "grandmother",
  "grandfather", "grandson", "granddaughter", "aunt", "uncle", "cousin", "nephew", "niece",
  "sponsor", "sponsee", "counselor", "counsellor", "therapist", "psychiatrist", "doctor",
  "nurse", "case manager", "caseworker", "case worker", "probation officer", "parole officer",
  "roommate", "neighbor", "neighbour", "boss", "manager", "coworker", "co-worker", "dealer",
  "buddy", "pastor", "priest", "lawyer", "attorney", "teacher", "coach", "cellmate",
  "bunkmate", "classmate", "mentor", "peer mentor", "son-in-law", "daughter-in-law",
];

/**
 * Titles written directly before a surname or given name ("Dr. Patel", "Officer Brown"),
 * mapped to a relationship-style rewording. Titles are matched case-sensitively, so "my
 * aunt" is a relationship cue and "Aunt Linda" is a title.
 */
export const TITLES: Readonly<Record<string, string>> = {
  Dr: "my doctor",
  Doctor: "my doctor",
  Officer: "an officer",
  Ofc: "an officer",
  Trooper: "a state trooper",
  Deputy: "a deputy",
  Sheriff: "the sheriff",
  Detective: "a detective",
  Det: "a detective",
  Sergeant: "a sergeant",
  Sgt: "a sergeant",
  Judge: "the judge",
  Nurse: "a nurse",
  Pastor: "my pastor",
  Reverend: "the minister",
  Rev: "the minister",
  Father: "a priest",
  Fr: "a priest",
  Deacon: "a deacon",
  Rabbi: "a rabbi",
  Imam: "an imam",
  Bishop: "the bishop",
  Chaplain: "the chaplain",
  Coach: "my coach",
  Professor: "a professor",
  Prof: "a professor",
  Counselor: "my counselor",
  Counsellor: "my counsellor",
  Aunt: "my aunt",
  Auntie: "my aunt",
  Uncle: "my uncle",
  Grandma: "my grandma",
  Grandpa: "my grandpa",
  Nana: "my grandma",
  Papa: "my grandpa",
  Mr: "someone",
  Mrs: "someone",
  Ms: "someone",
  Miss: "someone",
  Mx: "someone",
};

/**
 * Name-shaped phrases that are not a private person: AA's founders (named in countless
 * shares), public figures, and drink brands or drug slang that look like full names.
 */
export const NOT_PERSON_PHRASES: ReadonlySet<string> = new Set([
  "Dr. Bob", "Dr Bob", "Bill W", "Bill Wilson", "Bob Smith", "Betty Ford", "Mary Jane",
  "Jack Daniels", "Jack Daniel's", "Jim Beam", "Johnnie Walker", "Jose Cuervo",
  "Captain Morgan", "Sam Adams", "Mike's Hard",
]);

/** US states: full name to postal abbreviation. A state on its own is not flagged. */
export const US_STATES: Readonly<Record<string, string>> = {
  Alabama: "AL", Alaska: "AK", Arizona: "AZ", Arkansas: "AR", California: "CA",
  Colorado: "CO", Connecticut: "CT", Delaware: "DE", Florida: "FL", Georgia: "GA",
  Hawaii: "HI", Idaho: "ID", Illinois: "IL", Indiana: "IN", Iowa: "IA", Kansas: "KS",
  Kentucky: "KY", Louisiana: "LA", Maine: "ME", Maryland: "MD", Massachusetts: "MA",
  Michigan: "MI", Minnesota: "MN", Mississippi: "MS", Missouri: "MO", Montana: "MT",
  Nebraska: "NE", Nevada: "NV", "New Hampshire": "NH", "New Jersey": "NJ",
  "New Mexico": "NM", "New York": "NY", "North Carolina": "NC", "North Dakota": "ND",
  Ohio: "OH", Oklahoma: "OK", Oregon: "OR", Pennsylvania: "PA", "Rhode Island": "RI",
  "South Carolina": "SC", "South Dakota": "SD", Tennessee: "TN", Texas: "TX", Utah: "UT",
  Vermont: "VT", Virginia: "VA", Washington: "WA", "West Virginia": "WV", Wisconsin: "WI",
  Wyoming: "WY", "District of Columbia": "DC",
};

/**
 * A small list of US cities, mapped to their state when the name is (mostly) unambiguous,
 * or null when many states share it (Springfield, Portland). Cities that are also ordinary
 * words (Mobile, Reading, Independence, Hope, Providence, Normal, Paradise) are left out.
 */
export const US_CITIES: Readonly<Record<string, string | null>> = {
  Springfield: null, Portland: null, Columbus: null, Lexington: null, Rochester: null,
  Albany: null, Newark: null, Charleston: null, Burlington: null, Manchester: null,
  Wilmington: null, "Kansas City": null, Columbia: null, Huntington: null,
  Dayton: "Ohio", Cleveland: "Ohio", Cincinnati: "Ohio", Toledo: "Ohio", Akron: "Ohio",
  Youngstown: "Ohio", Canton: "Ohio", Detroit: "Michigan", Flint: "Michigan",
  Lansing: "Michigan", "Grand Rapids": "Michigan", Kalamazoo: "Michigan",
  Chicago: "Illinois", Peoria: "Illinois", Rockford: "Illinois",
  Indianapolis: "Indiana", "Fort Wayne": "Indiana", Evansville: "Indiana",
  Louisville: "Kentucky", Nashville: "Tennessee", Memphis: "Tennessee",
  Knoxville: "Tennessee", Chattanooga: "Tennessee", Atlanta: "Georgia", Savannah: "Georgia",
  Birmingham: "Alabama", Huntsville: "Alabama", Montgomery: "Alabama",
  Baltimore: "Maryland", Philadelphia: "Pennsylvania", Pittsburgh: "Pennsylvania",
  Scranton: "Pennsylvania", Allentown: "Pennsylvania", Erie: "Pennsylvania",
  Boston: "Massachusetts", Worcester: "Massachusetts", Lowell: "Massachusetts",
  "Fall River": "Massachusetts", Hartford: "Connecticut", Bridgeport: "Connecticut",
  "New Haven": "Connecticut", Camden: "New Jersey", Trenton: "New Jersey",
  Paterson: "New Jersey", Buffalo: "New York", Syracuse: "New York", Yonkers: "New York",
  Brooklyn: "New York", "New York City": "New York", Miami: "Florida", Orlando: "Florida",
  Tampa: "Florida", Jacksonville: "Florida", Tallahassee: "Florida", Gainesville: "Florida",
  Houston: "Texas", Dallas: "Texas", Austin: "Texas", "San Antonio": "Texas",
  "El Paso": "Texas", "Fort Worth": "Texas", Lubbock: "Texas", Amarillo: "Texas",
  Denver: "Colorado", Boulder: "Colorado", "Colorado Springs": "Colorado",
  Phoenix: "Arizona", Tucson: "Arizona", Mesa: "Arizona", Albuquerque: "New Mexico",
  "Las Vegas": "Nevada", Reno: "Nevada", Seattle: "Washington", Spokane: "Washington",
  Tacoma: "Washington", Boise: "Idaho", Sacramento: "California", Fresno: "California",
  Oakland: "California", "San Diego": "California", "San Francisco": "California",
  "San Jose": "California", "Los Angeles": "California", Bakersfield: "California",
  "Salt Lake City": "Utah", Omaha: "Nebraska", Lincoln: "Nebraska", Wichita: "Kansas",
  Topeka: "Kansas", "St. Louis": "Missouri", "Saint Louis": "Missouri", Tulsa: "Oklahoma",
  "Oklahoma City": "Oklahoma", "Little Rock": "Arkansas", "New Orleans": "Louisiana",
  "Baton Rouge": "Louisiana", Shreveport: "Louisiana", Raleigh: "North Carolina",
  Durham: "North Carolina", Charlotte: "North Carolina", Greensboro: "North Carolina",
  Richmond: "Virginia", Norfolk: "Virginia", Milwaukee: "Wisconsin", Madison: "Wisconsin",
  Minneapolis: "Minnesota", "St. Paul": "Minnesota", Duluth: "Minnesota",
  "Des Moines": "Iowa", Fargo: "North Dakota", "Sioux Falls": "South Dakota",
  Billings: "Montana", Anchorage: "Alaska", Honolulu: "Hawaii", Bangor: "Maine",
  Morgantown: "West Virginia", Jackson: "Mississippi", Tyler: "Texas",
};

/**
 * Nouns that end the name of an institution ("Riverside High School", "Mercy General",
 * "Cook County Jail"). Longer forms first so the regex prefers them.
 */
export const INSTITUTION_NOUNS: readonly string[] = [
  "Medical Center", "Correctional Facility", "Correctional Center", "Detention Center",
  "High School", "Hospital", "Clinic", "School", "High", "Academy", "University", "College",
  "Church", "Cathedral", "Chapel", "Temple", "Mosque", "Synagogue", "Center", "Centre",
  "Jail", "Prison", "Penitentiary", "County", "Parish", "Park", "General", "Memorial",
  "Institute", "Library", "Mall",
];

/**
 * Words that describe a kind of institution rather than name one. "Catholic Church",
 * "Community Center", "County Jail" or "High School" on their own identify nothing, so an
 * institution is flagged only when it has at least one word that is not in this list.
 */
export const GENERIC_PLACE_WORDS: ReadonlySet<string> = new Set(
  `
High Middle Elementary Junior Senior Medical Community State Public Private Charter Prep
Catholic Baptist Methodist Lutheran Presbyterian Episcopal Pentecostal Evangelical Orthodox
Christian Mormon Unitarian Nazarene Adventist Anglican Bible Holy Sacred First Second Third
Regional General Memorial Treatment Recovery Rehab Detox County City Federal National
Behavioral Behavioural Health Mental Psychiatric Children's Women's Men's Family Youth
Crisis Counseling Counselling Wellness Care Addiction Residential Outpatient Inpatient Day
Rec Recreation Job Career Student Shopping Sober Living Juvenile Correctional Detention
Grad Law Nursing Summer Night Sunday Vacation Boarding Trade Beauty Driving Police Military
Trailer Mobile Skate Dog Water Amusement Theme Ball Industrial Business Office Attorney
Surgeon Major Brigadier Dollar Getting Get Got Being University College School Hospital
Church Center Jail Prison Park Clinic Drop-in Senior's Veterans VA Local Big Main New Old
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Street suffixes for numbered addresses ("123 Maple Street", "42 W 3rd Ave"). */
export const STREET_SUFFIXES: readonly string[] = [
  "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive",
  "Dr", "Court", "Ct", "Way", "Place", "Pl", "Terrace", "Ter", "Circle", "Cir", "Highway",
  "Hwy", "Parkway", "Pkwy", "Pike", "Trail", "Trl", "Square", "Sq", "Loop",
];

/**
 * Street suffixes safe to use WITHOUT a house number ("on Elm Street"). Court, Way, Place
 * and Circle are left out: "Drug Court", "the Way", "a Safe Place" are common in recovery
 * writing and are not streets.
 */
export const BARE_STREET_SUFFIXES: readonly string[] = [
  "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive",
  "Parkway", "Pkwy", "Highway", "Hwy", "Pike",
];

/**
 * Public recovery and crisis resources. A link to one of these identifies no one, so it is
 * not flagged as a URL (a personal blog or profile link is).
 */
export const PUBLIC_RESOURCE_DOMAINS: ReadonlySet<string> = new Set([
  "aa.org", "na.org", "al-anon.org", "nar-anon.org", "ca.org", "smartrecovery.org",
  "recoverydharma.org", "celebraterecovery.com", "lifering.org", "womenforsobriety.org",
  "samhsa.gov", "findtreatment.gov", "988lifeline.org", "crisistextline.org",
  "nida.nih.gov", "niaaa.nih.gov", "cdc.gov", "ncadd.org", "ncpgambling.org",
  "gamblersanonymous.org", "intherooms.com",
]);
