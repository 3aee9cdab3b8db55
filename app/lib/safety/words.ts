// Word lists for the advisory safety checker (safety.ts). Pure data, no imports, so the
// checker can run in the browser as the author types.
//
// The lists are deliberately modest: the checker combines them with context cues
// ("my friend …", "in …", "Dr. …") rather than trusting any single word.

/**
 * Common first names in the countries our authors write from (the US, the UK and Ireland,
 * Australia and New Zealand, Nigeria, India, Latin America). Names that are also ordinary
 * words, drug slang, drink brands,
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
Jeremiah Malik Jamal Andre Darnell Terrell Tyrone DeShawn Carlos Luis Miguel Jorge Pedro
Diego Manuel Ricardo Antonio Javier Rafael Omar Ahmed Mohammed Ali Raj Vikram Jake Zach Brad
Rick Ricky Tim Pete Phil Doug Ron Don Jon Ken Gabe Nate Eli Liam Owen Wyatt Landon Jaden
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Sandra Margaret Ashley Kimberly Emily Donna Michelle Amanda Melissa Deborah Stephanie
Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela
Nicole Samantha Katherine Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather
Diane Olivia Julie Joyce Victoria Ruth Lauren Kelly Christina Joan Evelyn Judith Andrea
Hannah Megan Cheryl Jacqueline Martha Teresa Gloria Sara Janice Ann Anne Kathryn Abigail
Sophia Frances Alice Judy Isabella Julia Denise Danielle Marilyn Beverly Natalie Theresa
Diana Brittany Doris Kayla Alexis Lori Tiffany Tammy Jess Jessie Becky Katie Kate Beth Liz
Jen Jenny Steph Mandy Kim Kristen Kristin Courtney Erin Erica Vanessa Monica Veronica Alicia
Tara Leah Haley Tracy Stacy Wendy Melanie Sabrina Shannon Allison Alyssa Jasmine Aaliyah
Keisha Latoya LaToya Tanya Sonia Rosa Carmen Ana Lucia Elena Gabriela Priya Aisha Fatima
Chloe Zoe Ava Mia Ella Madeline Brooke Paige Casey Jamie Robin Kelsey Lindsay Lindsey
Whitney Miranda Marie Jackie Connie Peggy Terri Vicki Rachael Krista Misha Nadia Naomi Renee
Sheila Stacey Tasha Toni Trisha Valerie Yolanda Yvonne Kendra Kara Karla Kristy Leslie Lydia
Maggie Meghan Nina Paula Regina Rita Shelby Tonya Cassandra Caroline Claire Colleen Darlene
Dana Siobhan Aoife Niamh Ciara Saoirse Sinead Sinéad Orla Roisin Róisín Aisling Eimear
Grainne Caoimhe Eoin Cian Oisin Padraig Seamus Declan Ciaran Kieran Darragh Cathal Colm
Donal Fergal Callum Hamish Fergus Alistair Alasdair Euan Ewan Kirsty Shona Morag Mhairi
Ailsa Iain Lachlan Bronwyn Kylie Jarrod Brodie Kayleigh Chantelle Leanne Gemma Kerry Lee
Tracey Lorraine Nicola Joanne Kirsten Jayden Kai Tyrell Tyrese Deshawn Jaylen Jalen Marquis
Darius Dwayne Rashad Tyreek Imani Nia Brianna Makayla Kiara Tamika Shanice Tunde Chidi Emeka
Ngozi Nkechi Chioma Adaeze Obinna Uche Ifeoma Kemi Funmi Bola Segun Yemi Femi Dapo Tobi Ayo
Kwame Kofi Akua Abena Chinedu Chiamaka Olumide Babajide Adebayo Ademola Ananya Aditya Arjun
Rohan Rahul Sanjay Anil Sunil Deepak Amit Ravi Suresh Ramesh Kavya Divya Pooja Neha Sneha
Anjali Meera Lakshmi Sunita Harpreet Gurpreet Manpreet Simran Jaspreet Marisol Alejandro
Guadalupe Lupe Yesenia Maribel Araceli Xochitl Joaquin Mateo Santiago Aroha Wiremu Hemi
Moana Tamati Ihaka Keanu Leilani Glenn Rhonda Lexi Maisie Hector Kez Shaz Tez Gaz Baz Mick
Dom Rach Becca Jodie Kasey Nadine Bianca Tanisha Latisha Shauna Shaun Rory Reece Brendan
Conor Rhys Gareth Dafydd Sian Cerys Ffion Bethan Nerys Gwen Abbie Abby Ada Addison Adele
Adriana Adrienne Agnes Aidan Aileen Aimee Alana Alberto Aldo Alejandra Alexa Alexandria
Alfredo Alisha Alison Allan Alma Alonzo Alton Alvin Alyson Amara Amelia Amir Anastasia
Andreas Andres Angelica Angelina Angelo Angie Anita Annabel Annabelle Annette Annie Ansel
Antoine Antoinette Antwan Ariana Arianna Arlene Armando Arnold Arturo Ashanti Ashlyn Aubree
Audra Audrey Austen Axel Barb Barney Beatrice Belinda Bella Benny Bernadette Bernard Bernice
Bert Bertha Bethany Betsy Beverley Billie Blaine Blair Blake Bobbie Bonita Bonnie Boris
Braden Bradford Brandi Braxton Brenna Bret Bridget Bridgette Brittney Brock Bronson Bryce
Bryony Byron Caitlin Caitlyn Callie Calvin Camille Candace Candice Cara Carina Carla Carlo
Carlton Carly Carmela Carol Carole Carolina Carrie Carson Cassidy Cassie Cathy Cecil Cecilia
Cedric Celeste Celia Chanel Charlene Charlotte Chelsea Chelsey Chiara Christa Christy Cindy
Clara Clarissa Claudette Claudia Clayton Clifford Clint Clinton Clyde Colby Cole Colin
Collin Conrad Constance Cora Corinne Cornelius Cristina Curt Cyrus Dale Dallas Dalton Damian
Damien Damon Dane Daniela Danika Dante Daphne Darcy Darian Darla Darrel Darrell Darryl Daryl
Davina Dawson Deandre DeAndre Deanna Debbie Deirdre Delilah Della Delores Demetrius Dena
Denis Denny Derick Derrick Desiree Desmond Devon Dewayne Dianne Dina Dixie Dolores Dominic
Dominique Donovan Dora Doreen Dorian Drew Duane Dwight Ebony Eddy Edgar Edith Edmund Edna
Eduardo Edwin Eileen Elaine Eleanor Eliza Ellen Ellie Elliot Elliott Eloise Elsie Elvis
Emilia Emilio Emmanuel Enrique Erik Erika Ernest Ernesto Esperanza Essie Estelle Esther
Ethel Eugenia Eva Evangeline Everett Ezra Fabian Felicia Felipe Felix Fernando Fiona
Francesca Francine Francisco Franco Freda Freddie Freddy Frederick Gabriella Gabrielle
Garrett Garry Gavin Gena Geneva Genevieve Geoff Geoffrey Georgina Gerard Gerardo Geraldine
Gilbert Gina Ginny Gisele Gladys Glenda Glen Gordon Graham Greta Gretchen Guillermo Gustavo
Gwendolyn Harriet Harris Harrison Harvey Hattie Heidi Helena Herbert Herman Hilary Hillary
Homer Horace Hubert Hugh Hugo Humberto Ida Ignacio Imogen Ines Ingrid Irene Irma Isaiah
Isabel Isabelle Ivan Jacinta Jackson Jacqui Jada Jaime Jaimie Janelle Janette Janie Janine
Jarvis Jasper Javon Jayla Jeanette Jeanne Jeannie Jeffery Jemma Jenna Jennie Jermaine Jerome
Jillian Joanna Jocelyn Jodi Joel Johanna Jolene Jonah Jonas Jordyn Josefina Josephine Josie
Juanita Judd Jude Julian Juliana Julianne Juliet Julius Justine Kaden Kaitlyn Karina Karl
Kassandra Katelyn Katharine Kathrine Kathy Katrina Kaylee Keegan Kelsie Kendall Kennedy Kent
Kenyon Kerri Kerrie Kiera Kierra Kimberley Kira Kirk Kirra Kris Kristi Kristina Kristine
Krystal Lacey Lamar Lana Lance Lara Larissa Latasha Laurel Lauryn Lawanda Leanna Leigh Leila
Lena Lenny Leo Leon Leona Leonard Leroy Lester Leticia Levi Lila Lillian Lincoln Lionel Liza
Lloyd Lois Lola Lonnie Lorena Lorenzo Loretta Lorna Lou Louie Louisa Louise Lucas Lucille
Lyle Lynette Lynn Mabel Mackenzie Madelyn Madison Mae Malcolm Mallory Mara Marcel Marcella
Marcia Marco Margarita Margie Marian Mariana Marianne Marina Mario Marissa Marjorie Marla
Marlene Marlon Marsha Marshall Marta Martina Marty Maryann Mathew Matilda Maureen Maurice
Mavis Maxine Maxwell Maya Maynard Meagan Melinda Melody Melvin Meredith Micah Michaela
Mickey Mikayla Mildred Millie Milton Minnie Miriam Mitch Mitchell Mollie Monique Morgan
Moses Myra Myrtle Nanette Natasha Nathaniel Neal Ned Neil Nell Nellie Nelson Nettie Neville
Nichole Nico Nikki Noelle Nolan Nora Norma Norman Octavia Odessa Ollie Ophelia Orlando Oscar
Otis Pam Patsy Patti Patty Paulette Pauline Penelope Percy Perry Petra Philippa Phoebe
Phyllis Pierce Polly Preston Priscilla Quentin Quincy Quinn Rae Ramon Ramona Randall
Randolph Raquel Raul Rayna Reba Reggie Reginald Rene Reuben Rhiannon Riley Roberta Roberto
Rocco Rochelle Rod Rodney Rodrigo Rolando Roman Ronnie Rosalind Rosalie Rosanne Rosemary
Rosie Ross Roxanne Ruben Rudy Russ Sadie Sally Salvador Sammy Santino Sasha Saul Scarlett
Selena Selma Serena Sergio Seth Shana Shania Shari Sharlene Shawn Shawna Shayla Sheldon
Shelley Sheri Sherri Sherrie Sheryl Sidney Silas Simone Skyler Sofia Sonny Sophie Spencer
Stanley Sterling Stu Stuart Sue Susie Suzanne Sybil Sylvester Sylvia Tabitha Tamara
Tami Tammie Tanner Tatiana Tatum Teddy Terence Terrance Terrence Tess Tessa Thelma Theo
Theodore Tia Tiana Timmy Tobias Toby Tommie Tori Tracie Trent Trey Tricia Trina Tristan
Trudy Tucker Ursula Valentina Vaughn Vera Vern Verna Vernon Vicky Victor Vince Viola Virgil
Vivian Wallace Wally Walt Wanda Warren Wendell Wes Wesley Wilbur Wilma Winston Xavier Yasmin
Yasmine Yvette Zachariah Zane Zara Zelda Zoey Aled Alfie Archie Arlo Barnaby Bertie Brody
Cormac Dermot Digby Eamon Emer Fionn Florrie Freya Hamza Imran Isla Jolie Kenzie Kezia Kian
Lottie Macy Maeve Mairead Malachy Murdo Nadim Nuala Oona Ramsay Rhona Rowena Seonaid Shay
Sorcha Tadhg Tamsin Una Wilf Yusuf Zainab
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
Chinese Indian Thai Japanese Korean Vietnamese Greek French Turkish Lebanese Polish Russian
Ukrainian Jamaican Caribbean Cuban Brazilian Peruvian Ethiopian Nigerian Ghanaian Moroccan
Persian Afghan Pakistani Bangladeshi Filipino Scottish Welsh British Australian Canadian Kiwi
African Southern Cajun Creole Mediterranean Halal Kosher Vegan Vegetarian Portuguese Dutch
Native Catholic Christian Jewish Muslim Baptist Methodist Mormon Buddhist Hindu
Army Navy Marines Marine Corps Air Force Guard Veteran Veterans Vet VA Covid Internet
Facebook Instagram Twitter TikTok Reddit Snapchat YouTube Google Zoom Uber Lyft Walmart Target
Medicaid Medicare Social Security Dollar General Samaritans Lifeline Childline Shout
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
  "sister-in-law", "brother-in-law", "mother-in-law", "father-in-law", "mate", "best mate",
  "missus", "hubby", "bf", "gf", "flatmate", "housemate", "bestie", "mam", "da", "nan",
  "gran", "stepson", "stepdaughter", "godson", "goddaughter", "godmother", "godfather",
  "grandad", "granddad", "grandmother", "great-grandmother", "sweetheart", "fiancé",
  "cellie", "celly", "homie", "homeboy", "supervisor", "foreman", "landlord", "landlady",
  "social worker", "key worker", "keyworker", "GP", "pharmacist", "chaplain",
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
  Sister: "a nun",
  Mr: "someone",
  Mrs: "someone",
  Ms: "someone",
  Miss: "someone",
  Mx: "someone",
};

/**
 * Name-shaped phrases that are not a private person: AA's founders (named in countless
 * shares), public figures recovery writing keeps returning to (musicians, actors and writers
 * who lived or died with addiction), and drink brands or drug slang that look like names.
 * Other public figures are left alone when the sentence is about a song, a book or a film
 * (see MEDIA_WORDS).
 */
export const PUBLIC_FIGURES: readonly string[] = [
  "Dr. Bob", "Dr Bob", "Bill W", "Bill Wilson", "Bob Smith", "Lois W", "Lois Wilson",
  "Betty Ford", "Mary Jane", "Jack Daniels", "Jack Daniel's", "Jack Daniel’s", "Jim Beam",
  "Johnnie Walker", "Jose Cuervo", "Captain Morgan", "Sam Adams", "Mike's Hard", "Mike’s Hard",
  "Evan Williams", "Elijah Craig", "Tom Collins", "Bloody Mary", "Ben & Jerry's",
  "Ben & Jerry’s", "Dr Pepper", "Dr. Pepper", "Tim Hortons", "Tim Horton's", "Marks & Spencer",
  "Trader Joe's", "Trader Joe’s", "Papa John's", "Dave & Buster's", "Ronald McDonald",
  "Betty Crocker", "Sara Lee", "Uncle Ben's", "Martha Stewart", "Jenny Craig",
  "Johnny Cash", "June Carter", "Waylon and Willie", "Amy Winehouse", "Matthew Perry", "Robin Williams",
  "Philip Seymour Hoffman", "Whitney Houston", "Bobby Brown", "Kurt Cobain", "Courtney Love",
  "Layne Staley", "Chris Cornell", "Chester Bennington", "Scott Weiland", "Jim Morrison",
  "Janis Joplin", "Jimi Hendrix", "Elvis Presley", "Elvis", "Michael Jackson", "Prince",
  "Mac Miller", "Lil Peep", "Juice WRLD", "Demi Lovato", "Britney Spears", "Lindsay Lohan",
  "Charlie Sheen", "Robert Downey Jr", "Robert Downey", "Ben Affleck", "Drew Barrymore",
  "Eminem", "Elton John", "Eric Clapton", "Keith Richards", "Ozzy Osbourne", "Steven Tyler",
  "Anthony Kiedis", "Stevie Nicks", "Tom Petty", "Bruce Springsteen", "Bob Dylan", "Bob Marley",
  "John Lennon", "Paul McCartney", "Ringo Starr", "Mick Jagger", "Willie Nelson",
  "Merle Haggard", "Hank Williams", "Waylon Jennings", "Dolly Parton", "Taylor Swift",
  "Lady Gaga", "Russell Brand", "Anthony Bourdain", "Carrie Fisher", "Heath Ledger",
  "River Phoenix", "Chris Farley", "John Belushi", "Marilyn Monroe", "Judy Garland",
  "Stephen King", "Ernest Hemingway", "Charles Bukowski", "Jack Kerouac", "Hunter S. Thompson",
  "Anne Lamott", "Caroline Knapp", "Mary Karr", "Leslie Jamison", "Sarah Hepola",
  "Catherine Gray", "Holly Whitaker", "Annie Grace", "Gabor Maté", "Gabor Mate", "Brené Brown",
  "Brene Brown", "Dr. Drew", "Dr Drew", "Oprah", "Oprah Winfrey", "Ellen", "Jesus Christ",
  "Mother Teresa", "Martin Luther King", "Abraham Lincoln", "George Washington",
  "Winston Churchill", "Barack Obama", "Joe Biden", "Donald Trump", "Bill Clinton",
  "Hillary Clinton", "Ronald Reagan", "Nancy Reagan", "Jimmy Carter", "Michael Phelps",
  "Tiger Woods", "Mike Tyson", "Darryl Strawberry", "Josh Hamilton", "Brett Favre",
  "Paul Gascoigne", "George Best", "Tony Adams", "Amy Schumer", "Kelsey Grammer",
  "Denzel Washington", "Johnny Depp", "Mel Gibson", "Ewan McGregor", "Daniel Radcliffe",
  "Colin Farrell", "Tom Hardy", "Samuel L. Jackson", "Bradley Cooper", "Jamie Lee Curtis",
  "Rob Lowe", "Kristen Bell", "Peppa Pig", "Harry Potter", "Tony Soprano", "Walter White",
  "Jesse Pinkman", "Don Draper", "Sherlock Holmes", "Homer Simpson", "Bart Simpson",
  "Robert Plant", "Jimmy Page", "Nikki Sixx", "Tommy Lee", "Vince Neil", "Steven Adler",
  "Slash", "Axl Rose", "Dave Gahan", "Shane MacGowan", "Pete Doherty", "Liam Gallagher",
  "Noel Gallagher", "Amy Lee", "Kelly Osbourne", "Sharon Osbourne", "Craig Ferguson",
  "Dax Shepard", "Rob Delaney", "Tom Arnold", "Mackenzie Phillips", "Brad Pitt",
  "Bradley Whitford", "Jamie Foxx", "Samuel Jackson", "Anthony Hopkins", "Gary Oldman",
  "Colin Farrell", "Zac Efron", "Rob Lowe", "Martin Sheen", "Dennis Quaid", "Nicolas Cage",
  "Keanu Reeves", "Tom Hanks", "Morgan Freeman", "Denzel", "Leonardo DiCaprio",
  "Jennifer Aniston", "Jennifer Lopez", "Jennifer Lawrence", "Angelina Jolie", "Meryl Streep",
  "Sandra Bullock", "Julia Roberts", "Nicole Kidman", "Keith Urban", "Kate Moss",
  "Naomi Campbell", "Paris Hilton", "Kim Kardashian", "Kanye West", "Jay-Z", "Beyonce",
  "Beyoncé", "Rihanna", "Adele", "Ed Sheeran", "Justin Bieber", "Miley Cyrus", "Selena Gomez",
  "Ariana Grande", "Billie Eilish", "Post Malone", "Machine Gun Kelly", "Lil Wayne",
  "Kendrick Lamar", "Snoop Dogg", "Tupac", "Biggie", "Notorious B.I.G.", "DMX", "Coolio",
  "Dr. Dre", "Dr Dre", "Ice Cube", "Frank Sinatra", "Dean Martin", "Sammy Davis",
  "Ray Charles", "Billie Holiday", "Nina Simone", "Etta James", "Aretha Franklin",
  "Tina Turner", "Ike Turner", "Stevie Wonder", "Marvin Gaye", "James Brown", "Otis Redding",
  "David Bowie", "Freddie Mercury", "Lou Reed", "Iggy Pop", "Keith Moon", "John Bonham",
  "Sid Vicious", "Johnny Rotten", "Jerry Garcia", "Gregg Allman", "Townes Van Zandt",
  "Kris Kristofferson", "Jason Isbell", "Zach Bryan", "Sturgill Simpson", "Tyler Childers",
  "Garth Brooks", "George Jones", "George Strait", "Keith Whitley", "Glen Campbell",
  "Patsy Cline", "Loretta Lynn", "Tammy Wynette", "Reba McEntire", "Shania Twain",
  "Carrie Underwood", "Luke Bryan", "Morgan Wallen", "Chris Stapleton", "Eric Church",
  "Kurt Vonnegut", "Raymond Carver", "John Cheever", "F. Scott Fitzgerald", "Scott Fitzgerald",
  "Dylan Thomas", "Edgar Allan Poe", "William Faulkner", "Jack London", "Truman Capote",
  "Tennessee Williams", "Sylvia Plath", "Virginia Woolf", "Maya Angelou", "Toni Morrison",
  "Mark Twain", "Oscar Wilde", "Charles Dickens", "William Shakespeare", "Leo Tolstoy",
  "Carl Jung", "Sigmund Freud", "Viktor Frankl", "Eckhart Tolle", "Thich Nhat Hanh",
  "Pema Chodron", "Pema Chödrön", "Tara Brach", "Ram Dass", "Wayne Dyer", "Tony Robbins",
  "Brené", "Glennon Doyle", "Elizabeth Gilbert", "Cheryl Strayed", "David Sedaris",
  "Augusten Burroughs", "James Frey", "Mary Beth", "Rumi", "Buddha", "Gandhi",
  "Nelson Mandela", "Martin Luther", "Pope Francis", "Billy Graham", "Joel Osteen",
  "Rick Warren", "John Lennon", "Yoko Ono", "Princess Diana", "Prince Harry", "King Charles",
  "Queen Elizabeth", "Boris Johnson", "Tony Blair", "Justin Trudeau", "Kamala Harris",
  "George Bush", "George W. Bush", "John F. Kennedy", "JFK", "Richard Nixon", "Bernie Sanders",
  "Hunter Biden", "Elon Musk", "Steve Jobs", "Bill Gates", "Mark Zuckerberg", "Jeff Bezos",
  "Michael Jordan", "LeBron James", "Kobe Bryant", "Tom Brady", "Serena Williams",
  "Muhammad Ali", "Babe Ruth", "Mickey Mantle", "Dwight Gooden", "Lamar Odom",
  "Diego Maradona", "Wayne Rooney", "David Beckham", "Andrew Flintoff", "Shane Warne",
  "Ronnie O'Sullivan", "Conor McGregor", "Mike Tyson", "Lance Armstrong", "Mary Poppins",
  "Winnie the Pooh", "Santa Claus", "Father Christmas", "Tony Stark", "Bruce Wayne",
  "Peter Pan", "Forrest Gump", "Rocky Balboa", "Ted Lasso", "BoJack Horseman",
  "Aunt Jemima", "Uncle Ben", "Captain Birdseye", "Colonel Sanders", "Chef Boyardee",
  "Mr. Clean", "Mr Clean", "Mr. Kipling", "Mr Kipling", "Mr. Muscle", "Dr. Martens",
  "Dr Martens", "Uncle Sam", "Lady Luck", "Mother Nature", "Father Time", "Saint Nick",
  "St. Nick", "Dr. Seuss", "Dr Seuss", "Dr. Phil", "Dr Phil", "Dr. Oz", "Dr Oz", "Judge Judy",
];

/**
 * Words that put a name in a sentence about a song, a book, a film or a show: "Johnny Cash
 * sang…", "Russell Brand's book…". A public figure is not a private person to protect.
 */
export const MEDIA_WORDS: readonly string[] = [
  "song", "songs", "sang", "sings", "singing", "singer", "album", "lyrics", "lyric", "track",
  "band", "concert", "gig", "tour", "music", "listened", "listening", "playlist", "radio",
  "movie", "film", "films", "actor", "actress", "starring", "episode", "series", "show",
  "documentary", "biopic", "book", "books", "memoir", "novel", "author", "wrote", "writes",
  "writing", "poem", "poet", "quote", "quoted", "quoting", "podcast", "interview", "ted talk",
  "celebrity", "famous", "idol", "hero", "president", "news", "died", "death", "rapper",
  "comedian", "musician", "rockstar", "rock star", "watched", "watching", "read", "reading",
  "voice", "lyric", "speech", "speaker", "talk", "sermon", "guitar", "vinyl", "poster",
];

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
 * Nouns that end the name of an institution ("Riverside High School", "Mercy General",
 * "Cook County Jail"). Longer forms first so the regex prefers them.
 */
export const INSTITUTION_NOUNS: readonly string[] = [
  "Medical Center", "Medical Centre", "Health Center", "Health Centre", "Correctional Facility",
  "Correctional Center", "Correctional Centre", "Correctional Institution", "Detention Center",
  "Detention Centre", "High School", "Middle School", "Primary School", "Grammar School",
  "Secondary School", "Junior High", "Grammar", "Comprehensive", "Collegiate", "Kingdom Hall", "Assembly of God", "Assemblies of God",
  "Church of God", "Church of Christ", "Behavioral Health", "Behavioural Health", "Hospital",
  "Infirmary", "Clinic", "School", "High",
  "Elementary", "Primary", "Middle", "Academy", "University", "College", "Church",
  "Cathedral", "Chapel", "Fellowship", "Regional",
  "Tabernacle", "Ministries", "Temple", "Mosque", "Synagogue", "Gurdwara", "Center", "Centre",
  "Jail", "Prison", "Penitentiary", "Reformatory", "County", "Parish", "Park", "General",
  "Memorial", "Institute", "Library", "Mall", "Rehab", "Detox", "Project", "Foundation",
  "Shelter", "Hostel", "Mission", "Court", "Unit",
];

/**
 * Nouns that end the name of a business, with the rewording that keeps what it is: "Hanley
 * & Sons Plumbing" becomes "a plumbing company". Capitalised in the name, or written in
 * lower case after it ("the Crown and Anchor pub") when marked lowerCase.
 */
export const BUSINESS_NOUNS: Readonly<Record<string, { suggestion: string; lowerCase?: boolean }>> = {
  Plumbing: { suggestion: "a plumbing company" },
  "Plumbing & Heating": { suggestion: "a plumbing company" },
  Construction: { suggestion: "a construction company" },
  Builders: { suggestion: "a building firm" },
  Contractors: { suggestion: "a building firm" },
  Roofing: { suggestion: "a roofing company" },
  Electric: { suggestion: "an electrical company" },
  Electrical: { suggestion: "an electrical company" },
  Landscaping: { suggestion: "a landscaping company" },
  "Auto Body": { suggestion: "a garage" },
  "Auto Repair": { suggestion: "a garage" },
  "Auto Sales": { suggestion: "a car lot" },
  Auto: { suggestion: "a garage" },
  Autos: { suggestion: "a garage" },
  Motors: { suggestion: "a garage" },
  Garage: { suggestion: "a garage", lowerCase: true },
  Trucking: { suggestion: "a trucking company" },
  Logistics: { suggestion: "a trucking company" },
  Haulage: { suggestion: "a haulage firm" },
  Freight: { suggestion: "a trucking company" },
  Transport: { suggestion: "a transport company" },
  Manufacturing: { suggestion: "a factory" },
  Industries: { suggestion: "a factory" },
  Steel: { suggestion: "a steel mill" },
  Mill: { suggestion: "a mill", lowerCase: true },
  Mills: { suggestion: "a mill" },
  Factory: { suggestion: "a factory", lowerCase: true },
  Plant: { suggestion: "a plant", lowerCase: true },
  Warehouse: { suggestion: "a warehouse", lowerCase: true },
  Lumber: { suggestion: "a lumber yard" },
  Hardware: { suggestion: "a hardware store" },
  Supply: { suggestion: "a supply company" },
  Insurance: { suggestion: "an insurance company" },
  Realty: { suggestion: "an estate agent" },
  Diner: { suggestion: "a diner", lowerCase: true },
  Cafe: { suggestion: "a café", lowerCase: true },
  Café: { suggestion: "a café", lowerCase: true },
  Restaurant: { suggestion: "a restaurant", lowerCase: true },
  Grill: { suggestion: "a restaurant" },
  "Bar & Grill": { suggestion: "a bar" },
  "Bar and Grill": { suggestion: "a bar" },
  Pizzeria: { suggestion: "a pizza place" },
  Pizza: { suggestion: "a pizza place" },
  Bakery: { suggestion: "a bakery", lowerCase: true },
  Deli: { suggestion: "a deli" },
  Takeaway: { suggestion: "a takeaway", lowerCase: true },
  Chippy: { suggestion: "a chip shop", lowerCase: true },
  Pub: { suggestion: "a pub", lowerCase: true },
  Tavern: { suggestion: "a bar", lowerCase: true },
  Saloon: { suggestion: "a bar" },
  Lounge: { suggestion: "a bar" },
  Inn: { suggestion: "a pub" },
  Motel: { suggestion: "a motel", lowerCase: true },
  Hotel: { suggestion: "a hotel", lowerCase: true },
  Lodge: { suggestion: "a lodge" },
  Liquors: { suggestion: "a liquor store" },
  Liquor: { suggestion: "a liquor store" },
  "Wine & Spirits": { suggestion: "a liquor store" },
  "Beer & Wine": { suggestion: "a liquor store" },
  "Package Store": { suggestion: "a liquor store" },
  "Food Mart": { suggestion: "a corner shop" },
  Mart: { suggestion: "a corner shop" },
  "Liquor Store": { suggestion: "a liquor store" },
  Salon: { suggestion: "a salon", lowerCase: true },
  Barbers: { suggestion: "a barber's" },
  Market: { suggestion: "a shop" },
  Foods: { suggestion: "a food company" },
  Farms: { suggestion: "a farm" },
  Dairy: { suggestion: "a dairy" },
  Ranch: { suggestion: "a ranch", lowerCase: true },
  Seafood: { suggestion: "a restaurant" },
  "Seafood Grill": { suggestion: "a restaurant" },
  "Trailer Park": { suggestion: "a trailer park", lowerCase: true },
  "Caravan Park": { suggestion: "a caravan park", lowerCase: true },
  "Mobile Home Park": { suggestion: "a trailer park", lowerCase: true },
  Estate: { suggestion: "an estate near me", lowerCase: true },
  Towing: { suggestion: "a towing company" },
  Moving: { suggestion: "a removals firm" },
  Movers: { suggestion: "a removals firm" },
  Removals: { suggestion: "a removals firm" },
  Storage: { suggestion: "a storage company" },
  Fabricators: { suggestion: "a factory" },
  Fabrication: { suggestion: "a factory" },
  Engineering: { suggestion: "an engineering firm" },
  Joinery: { suggestion: "a joinery firm" },
  Carpentry: { suggestion: "a building firm" },
  Plastering: { suggestion: "a building firm" },
  Scaffolding: { suggestion: "a building firm" },
  Decorating: { suggestion: "a decorating firm" },
  "Holiday Park": { suggestion: "a holiday park", lowerCase: true },
  "RV Park": { suggestion: "a trailer park", lowerCase: true },
  Campground: { suggestion: "a campground", lowerCase: true },
  "Feed & Seed": { suggestion: "a farm supply store" },
  "Feed and Seed": { suggestion: "a farm supply store" },
  "Farm Supply": { suggestion: "a farm supply store" },
  Hauling: { suggestion: "a haulage firm" },
  Paving: { suggestion: "a paving company" },
  Masonry: { suggestion: "a building firm" },
  Concrete: { suggestion: "a building firm" },
  Painting: { suggestion: "a painting company" },
  Flooring: { suggestion: "a flooring company" },
  Cleaning: { suggestion: "a cleaning company" },
  Automotive: { suggestion: "a garage" },
  Collision: { suggestion: "a garage" },
  Tire: { suggestion: "a tyre shop" },
  Tires: { suggestion: "a tyre shop" },
  Tyres: { suggestion: "a tyre shop" },
  Welding: { suggestion: "a welding shop" },
  Salvage: { suggestion: "a scrapyard" },
  Scrap: { suggestion: "a scrapyard" },
  Brewery: { suggestion: "a brewery", lowerCase: true },
  Brewing: { suggestion: "a brewery" },
  Distillery: { suggestion: "a distillery", lowerCase: true },
  Winery: { suggestion: "a winery", lowerCase: true },
  Vineyard: { suggestion: "a vineyard" },
  Vineyards: { suggestion: "a vineyard" },
  Steakhouse: { suggestion: "a restaurant" },
  Smokehouse: { suggestion: "a restaurant" },
  Roadhouse: { suggestion: "a bar" },
  BBQ: { suggestion: "a restaurant" },
  Barbecue: { suggestion: "a restaurant" },
  Kitchen: { suggestion: "a restaurant" },
  Tandoori: { suggestion: "a restaurant" },
  "Fish Bar": { suggestion: "a chip shop" },
  "Fish & Chips": { suggestion: "a chip shop" },
  "Fish and Chips": { suggestion: "a chip shop" },
  "Truck Stop": { suggestion: "a truck stop", lowerCase: true },
  Refinery: { suggestion: "a refinery", lowerCase: true },
  Colliery: { suggestion: "a mine", lowerCase: true },
  Mine: { suggestion: "a mine", lowerCase: true },
  Quarry: { suggestion: "a quarry", lowerCase: true },
  Shipyard: { suggestion: "a shipyard", lowerCase: true },
  Foundry: { suggestion: "a foundry", lowerCase: true },
  Cannery: { suggestion: "a factory", lowerCase: true },
  Meats: { suggestion: "a meat plant" },
  Poultry: { suggestion: "a poultry plant" },
  Creamery: { suggestion: "a dairy" },
  Orchards: { suggestion: "a farm" },
  Stables: { suggestion: "a stable" },
  Kennels: { suggestion: "a kennel" },
  "Nursing Home": { suggestion: "a care home", lowerCase: true },
  "Care Home": { suggestion: "a care home", lowerCase: true },
  "Rest Home": { suggestion: "a care home", lowerCase: true },
  "Assisted Living": { suggestion: "a care home" },
  "Senior Living": { suggestion: "a care home" },
  Hospice: { suggestion: "a hospice", lowerCase: true },
  "Funeral Home": { suggestion: "a funeral home", lowerCase: true },
  Funerals: { suggestion: "a funeral home" },
  "Off Licence": { suggestion: "an off-licence", lowerCase: true },
  "Bottle Shop": { suggestion: "a bottle shop", lowerCase: true },
  Newsagents: { suggestion: "a newsagent's" },
  Butchers: { suggestion: "a butcher's" },
  Pharmacy: { suggestion: "a pharmacy" },
  Dental: { suggestion: "a dentist's" },
  Nursery: { suggestion: "a nursery" },
  Daycare: { suggestion: "a daycare" },
  Casino: { suggestion: "a casino" },
  Grocery: { suggestion: "a grocery store" },
  Grocers: { suggestion: "a grocery store" },
  Supplies: { suggestion: "a supply company" },
  "Credit Union": { suggestion: "a bank" },
  "Building Society": { suggestion: "a bank" },
  Pallets: { suggestion: "a warehouse" },
  Dealership: { suggestion: "a car dealership" },
  Bakehouse: { suggestion: "a bakery" },
  Laundromat: { suggestion: "a laundromat" },
  Launderette: { suggestion: "a laundromat" },
};

/** Endings that make any capitalised name a company: "Acme Inc.", "Hanley & Sons". */
export const COMPANY_ENDINGS: readonly string[] = [
  "& Sons", "and Sons", "& Son", "and Son", "& Daughters", "and Daughters", "& Co.", "& Co",
  "Inc.", "Inc", "LLC", "L.L.C.", "Ltd.", "Ltd", "Limited", "Pty Ltd", "PLC", "Co.",
  "Company", "Corp.", "Corp", "Corporation",
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
Municipal District Circuit Superior Supreme Magistrates Magistrates' Crown Family Drug
Social Protective Child Human Services Emergency Intensive Primary Secondary Grammar
Comprehensive Sixth Form Rescue Homeless Women's Refuge Salvation Army Halfway Oxford
Centre Rehab Detox Project Foundation Shelter Hostel Mission Court Funeral Home Soup
Farmers Farmers' Flea Stock Super Moose Elks Masonic Legion Rotary
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Street suffixes for numbered addresses ("123 Maple Street", "42 W 3rd Ave", "6 Marsh
 * Close", "14 Wellington Crescent").
 */
export const STREET_SUFFIXES: readonly string[] = [
  "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive",
  "Dr", "Court", "Ct", "Way", "Place", "Pl", "Terrace", "Ter", "Circle", "Cir", "Highway",
  "Hwy", "Parkway", "Pkwy", "Pike", "Trail", "Trl", "Square", "Sq", "Loop", "Close",
  "Crescent", "Cres", "Grove", "Gardens", "Mews", "Row", "Walk", "Parade", "Rise", "Wynd",
  "Hill", "View", "Green", "Vale", "Heights", "Alley", "Crossing", "Run", "Path",
];

/**
 * Street suffixes safe to use WITHOUT a house number ("on Elm Street"). Court, Way, Place
 * and Circle are left out: "Drug Court", "the Way", "a Safe Place" are common in recovery
 * writing and are not streets.
 */
export const BARE_STREET_SUFFIXES: readonly string[] = [
  "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive",
  "Parkway", "Pkwy", "Highway", "Hwy", "Pike", "Crescent", "Terrace",
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

/**
 * Streets people name as a figure of speech, a song, a show or a stock market, not as where
 * they live: "not exactly Easy Street", "headed for Skid Row", "a Nightmare on Elm Street".
 */
export const FIGURATIVE_STREETS: ReadonlySet<string> = new Set([
  "Easy Street", "Skid Row", "Memory Lane", "Wall Street", "Sesame Street", "Civvy Street", "Queer Street", "Lovers Lane", "Lovers' Lane", "Lover's Lane",
  "Penny Lane", "Abbey Road", "Electric Avenue", "Desolation Row", "Coronation Street",
  "Fleet Street", "Downing Street", "Baker Street", "Madison Avenue", "Jump Street",
]);

/** Platforms whose handles people give without an "@": "on insta as sober.sunflower.92". */
export const HANDLE_PLATFORMS: readonly string[] = [
  "instagram", "insta", "ig", "snapchat", "snap", "sc", "tiktok", "tik tok", "twitter", "x",
  "threads", "facebook", "fb", "discord", "reddit", "telegram", "kik", "venmo", "cashapp",
  "cash app", "cash-app", "paypal", "youtube", "twitch", "bluesky", "tumblr", "pinterest",
  "linkedin", "steam", "xbox", "psn", "playstation", "whatsapp", "signal", "skype", "wechat",
  "mastodon", "roblox", "fortnite", "onlyfans",
];

/** Words that end a sentence like "my insta is …" without being a handle. */
export const NOT_HANDLES: ReadonlySet<string> = new Set(
  `
a an the my your his her our their this that it its is was be been being am are were and
but or so as at on in of to for with by from up down out off over again still just only also
too very now then there here well private public gone deleted dead down banned locked hacked
blocked suspended closed open full empty where how why what when who which if not no yes ok
okay same different new old mine yours everything nothing something anything all none every
under dm dms messages please lol haha though tho anyway anymore any more rarely
never always sometimes mostly pretty kinda quite really actually honestly literally basically
probably maybe fine great good bad better worse toxic quiet silent dormant inactive active
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Chains and household-name companies whose names end like a local business's ("Holiday
 * Inn", "General Motors"): working at or sleeping in one identifies no one.
 */
export const CHAINS: readonly string[] = [
  "Holiday Inn", "Days Inn", "Red Roof Inn", "Comfort Inn", "Premier Inn", "Quality Inn",
  "Super 8 Motel", "Motel 6", "Olive Garden", "Cracker Barrel", "Waffle House", "Pizza Hut",
  "Burger King", "Dairy Queen", "Taco Bell", "Buffalo Wild Wings", "Texas Roadhouse",
  "Outback Steakhouse", "Hard Rock Cafe", "Hard Rock Café", "Dunkin Donuts", "Costa Coffee",
  "Caffe Nero", "Family Dollar", "Home Depot", "Jiffy Lube", "Pep Boys", "Advance Auto",
  "Tractor Supply", "Ace Hardware", "True Value Hardware", "Whole Foods", "Tyson Foods",
  "Kraft Foods", "General Motors", "General Electric", "Ford Motor", "State Farm Insurance",
  "Allstate Insurance", "Hell's Kitchen", "Hell’s Kitchen", "Grand Theft Auto",
  "Jurassic Park", "Central Park", "Hyde Park", "Soup Kitchen", "Salvation Army",
  "Goodwill Industries", "Circle K", "Food Lion", "Trader Joe's", "Papa John's",
];
