/** @module extract/entities/lexicon — closed word lists the entity rules rely on (not names: grammar and shape). */

/** Months and weekdays: capitalised, but never names on their own. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** Words that open sentences capitalised and are not names (besides function words). */
export const COMMON_STARTERS: ReadonlySet<string> = new Set(
  ('meanwhile however despite during last next this that these those after before since while when although but and also ' +
    'earlier later yesterday today tomorrow tonight now then still yet instead indeed moreover furthermore thus so such ' +
    'many most some several few both all each every other another any no not never only even just perhaps maybe ' +
    'according asked speaking following under over among amid against between without within through across ' +
    'read watch listen click see share follow sign subscribe advertisement related more back top home news update ' +
    'police officials sources critics analysts experts residents witnesses authorities lawmakers leaders ' +
    'people government state country city officers troops forces protesters voters supporters opponents ' +
    'it its he she they we i you his her their our my your there here what which who whom whose where why how ' +
    'in on at for with by from to of as if or nor the a an one two three four five six seven eight nine ten first second third new old ' +
    'what\'s it\'s that\'s there\'s let\'s don\'t can\'t won\'t').split(' '),
);

/** Family words that stand before a name as roles only in lower case ("his wife Ana"; "Mother Agnes", "Son Ha" are names). */
export const KIN_ROLES: ReadonlySet<string> = new Set('wife husband son daughter widow brother sister father mother'.split(' '));

/** Lower-case particles inside personal names ("Ludwig van Beethoven", "Osama bin Laden"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set('de da di del della van von der den bin ibn al el la le du dos das ter'.split(' '));

/** Generational suffixes that close a personal name. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/** Last words that make a capitalised run an organisation. */
export const ORG_KEYWORDS: ReadonlySet<string> = new Set(
  ('inc corp corporation co ltd llc plc ag sa gmbh group company companies holdings bank party ministry ministries department council committee ' +
    'commission agency association union university college institute foundation federation league club team army navy ' +
    'force forces police court parliament assembly congress senate office bureau board authority service services times post news ' +
    'journal herald tribune daily telegraph gazette press network channel radio tv television airlines airways motors systems technologies ' +
    'energy oil petroleum pharmaceuticals insurance securities capital partners fund trust exchange organization organisation ' +
    'society school commission government cabinet administration campaign alliance coalition ' +
    'front movement brigade brigades corps guard guards unit institute laboratory labs studios records media communications ' +
    'united city rovers wanderers athletic county town sporting fc afc ' +
    'lp llp nv bv spa ab asa oyj bhd pty pte kk srl international newsroom newsdesk brothers associates industries enterprises shipping ' +
    'telecom telecommunications bancorp bancshares banks motor steel chemical chemicals electric electronics mining resources ' +
    'cement textiles breweries brewery foods stores mills refinery consortium bros ' +
    'confederation community chamber directorate secretariat tribunal academy syndicate cooperative co-operative guild ' +
    'brotherhood legion regiment battalion squadron fleet mission delegation embassy consulate').split(' '),
);

/** Bodies whose name goes on with "on" and their remit ("Committee on Foreign Relations"). */
export const ON_HEADS: ReadonlySet<string> = new Set(['commission', 'committee', 'subcommittee', 'council', 'panel']);

/** Last words that make a capitalised run a place. */
export const PLACE_KEYWORDS: ReadonlySet<string> = new Set(
  ('river lake mountain mountains mount island islands sea ocean bay gulf strait coast valley desert peninsula province region ' +
    'state county district street avenue road square park bridge airport port harbour harbor beach canal forest hills heights ' +
    'village town city capital border stadium arena region ' +
    // Buildings and facilities are places where things happen ("St Mary's Hospital", "the Carver Museum").
    'hospital centre center museum church mosque cathedral temple synagogue prison jail hotel theatre theater library zoo tower').split(' '),
);

/** Words before a capital city that make it the place rather than its government ("in Seoul"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in into near outside inside across around throughout via visit visited visiting visits arrived arrive landed flew travelled traveled reached based'.split(' '),
);

/** Last words that make a capitalised run a named event, prize, competition or league ("Davis Cup", "Canadian Open"). */
export const EVENT_KEYWORDS: ReadonlySet<string> = new Set(
  ('cup cups open opens championship championships games olympics olympiad prix classic trophy prize prizes award awards ' +
    'series tour tournament tourney stakes rally marathon derby masters invitational grand slam festival expo summit ' +
    'league division conference bowl war treaty protocol accord accords act revolution uprising').split(' '),
);

/** Words after a run that make it a sports team in a results line: "Ajax 2 Feyenoord 1", "CHICAGO 45 82 .354". */
export const SCORE = /^\d{1,3}$/;

/** First words of club and company names ("Dynamo Kiev", "Real Sociedad", "Borussia Dortmund", "FC Porto"). */
export const ORG_FIRST_WORDS: ReadonlySet<string> = new Set(
  ('fc afc ac as sc sv vfb vfl tsv fk nk sk ks cd cf ud sd rc real dynamo dinamo sporting olympique olympiakos olympiacos ' +
    'racing atletico deportivo inter borussia hapoel maccabi beitar spartak lokomotiv cska partizan rapid ' +
    'bayer fortuna werder eintracht hertha schalke union standard sparta slavia slovan legia zenit ' +
    // Carriers, broadcasters and agencies named by a service and a country or name ("Air Canada", "Radio Free Europe", "Statistics Norway").
    'air radio statistics telecom').split(' '),
);

/** Lower-case nouns that, written right before a name, say it is an organisation ("the daily X", "serie A club X", "retail chain X"). */
export const ORG_NOUNS_BEFORE: ReadonlySet<string> = new Set(
  ('newspaper daily weekly magazine tabloid broadcaster club side firm company carrier airline chain conglomerate insurer ' +
    'brokerage retailer automaker carmaker bank lender group outfit franchise').split(' '),
);

/** A club's people: "the Hamburg trio", "Lyon players", "a Leeds supporter". */
const CLUB_PEOPLE = 'striker strikers midfielder midfielders defender defenders goalkeeper keeper winger fullback playmaker ' +
  'player players squad trio duo supporter supporters fans coach skipper teammate teammates';

/** Lower-case nouns that, written right after a name, say it is an organisation ("X newspaper", "X shares", "X 's board"). */
export const ORG_NOUNS_AFTER: ReadonlySet<string> = new Set(
  ('newspaper daily weekly magazine tabloid club firm company group consortium subsidiary unit airline carrier ' +
    'shares stock shareholders stake board employees workers unions executives spokeswoman ' + CLUB_PEOPLE).split(' '),
);

/** Of those, a club's people, who may be named right after ("the Hamburg striker X"). */
export const CLUB_NOUNS: ReadonlySet<string> = new Set(CLUB_PEOPLE.split(' '));

/** Of those, the words a place also takes ("Hong Kong shares", "Texas workers"). */
export const SHARE_NOUNS: ReadonlySet<string> = new Set('shares stock shareholders stake board employees workers unions executives spokeswoman'.split(' '));

/** Abbreviations of tables, market reports and contact lines, capitalised where they open a line: no names by themselves. */
export const TABLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  ('avg chg shrs shr govt bldg fax tel pct amt est approx vs wk wks yr yrs qtr mln bln mth mths div divs rev revs eps ytd cum ave fwd ref nr tbl ' +
    // Acronyms of common nouns, not of organisations: economic measures, offices, media, science, units.
    'gdp gnp cpi ppi pmi vat nav ipo ceo cfo coo cto md vp tv dvd pc hiv dna ufo atm fob cif frn mvp gmt utc iq pr hq vip faq ip ' +
    'rpm mph kph kw mw gw kv kwh mwh').split(' '),
);
