/**
 * Given-name equivalences: a formal name and the short forms or hypocorisms people give at
 * intake. Two names are variants when they share a formal "root" (Ted → {edward, theodore}; Ted
 * ≈ Edward and Ted ≈ Theodore, but Edward ≉ Theodore).
 *
 * The independent table below is compiled from common U.S. English nickname lists and Spanish
 * hypocorisms, and is NOT the generator's table. The generator's own table
 * (`adapters/synthetic/nicknames.ts`) can be added on top (`withGeneratorTable`); evaluating
 * with it alone would overfit the engine to the generator, so `linkage:eval` can run without it.
 */
import { NICKNAMES as GENERATOR_NICKNAMES } from '../../../adapters/synthetic/nicknames.js';
import { foldName } from './normalise.js';

const INDEPENDENT: Record<string, string> = {
  // English, male
  abraham: 'abe', albert: 'al bert bertie', alexander: 'alex alec sandy xander lex', alfred: 'al alf fred freddie',
  andrew: 'andy drew', anthony: 'tony ant', arthur: 'art artie', augustus: 'gus', benjamin: 'ben benji benny',
  bernard: 'bernie', bradley: 'brad', cameron: 'cam', charles: 'charlie chuck chas chaz', christopher: 'chris kit topher',
  clifford: 'cliff', curtis: 'curt', daniel: 'dan danny', david: 'dave davey davy', dennis: 'denny',
  donald: 'don donnie donny', douglas: 'doug', edward: 'ed eddie eddy ted ned', edwin: 'ed eddie',
  eugene: 'gene', ezekiel: 'zeke', francis: 'frank frankie fran', franklin: 'frank', frederick: 'fred freddie freddy fritz',
  gabriel: 'gabe', gerald: 'jerry gerry', gilbert: 'gil', gregory: 'greg', harold: 'hal harry',
  henry: 'hank harry hal', herbert: 'herb', howard: 'howie', isaac: 'ike', jacob: 'jake jay', james: 'jim jimmy jamie jimbo',
  jeffrey: 'jeff', jeremiah: 'jerry', jeremy: 'jerry', john: 'jack johnny jon', jonathan: 'jon jonny johnny nathan',
  joseph: 'joe joey jo', joshua: 'josh', kenneth: 'ken kenny', lawrence: 'larry laurie', leonard: 'leo len lenny',
  louis: 'lou louie', matthew: 'matt matty', maxwell: 'max', michael: 'mike mikey mick mickey', mitchell: 'mitch',
  nathan: 'nate nat', nathaniel: 'nate nat nathan', nicholas: 'nick nicky nico', oliver: 'ollie', patrick: 'pat patty paddy',
  peter: 'pete', philip: 'phil', raymond: 'ray', richard: 'rick ricky rich richie dick', robert: 'bob bobby rob robbie bert',
  ronald: 'ron ronnie', russell: 'russ', samuel: 'sam sammy', stanley: 'stan', stephen: 'steve stevie',
  steven: 'steve stevie', terrence: 'terry', theodore: 'ted teddy theo', thomas: 'tom tommy', timothy: 'tim timmy',
  victor: 'vic', vincent: 'vince vinny', walter: 'walt wally', william: 'will bill billy willie willy liam',
  zachary: 'zach zack zak', jackson: 'jack', maximilian: 'max', sebastian: 'seb', tobias: 'toby',
  // English, female
  abigail: 'abby abbie gail', alexandra: 'alex lexi lexie sandra sandy', alice: 'allie', allison: 'ally allie',
  amanda: 'mandy manda', angela: 'angie', anne: 'annie nan nancy', ann: 'annie', antoinette: 'toni',
  barbara: 'barb barbie babs', beatrice: 'bea', caroline: 'carrie carol', catherine: 'cathy cat kate katie',
  katherine: 'kathy kate katie kat kay kitty', kathleen: 'kathy kate', christina: 'chris tina chrissy',
  christine: 'chris tina', cynthia: 'cindy', deborah: 'deb debbie debby', diana: 'di', dorothy: 'dot dottie dolly',
  eleanor: 'ellie nell nora', elizabeth: 'liz lizzie beth betsy betty eliza libby bess', emily: 'em emmy',
  evelyn: 'evie eve', florence: 'flo', frances: 'fran frannie frankie', gabrielle: 'gabby gabi', gwendolyn: 'gwen',
  harriet: 'hattie', helen: 'nell', isabella: 'bella izzy isa', isabel: 'izzy bel', jacqueline: 'jackie',
  janet: 'jan', jennifer: 'jen jenny jenn', jessica: 'jess jessie', joanna: 'jo', josephine: 'jo josie',
  judith: 'judy', julia: 'jules', kimberly: 'kim', lillian: 'lily lil', madeline: 'maddie', madison: 'maddie maddy',
  margaret: 'maggie meg peggy marge margie greta', martha: 'marty patty', mary: 'molly polly mae', melissa: 'mel missy',
  megan: 'meg', natalie: 'nat', nicole: 'nikki nicky', olivia: 'liv livvy', pamela: 'pam', patricia: 'pat patty trish tricia',
  rebecca: 'becky becca', samantha: 'sam sammy sammie', sarah: 'sally sadie', stephanie: 'steph stevie',
  susan: 'sue susie suzy', suzanne: 'sue suzy', theresa: 'terry tess tessa', valerie: 'val', veronica: 'ronnie vera',
  victoria: 'vicky vicki tori', virginia: 'ginny ginger', wilhelmina: 'mina', charlotte: 'charlie lottie',
  danielle: 'dani', alexis: 'lexi', cassandra: 'cassie', destiny: 'desi',
  // Spanish (and a few other communities)
  jose: 'pepe chepe', josefina: 'pepa josie fina', francisco: 'paco pancho frank kiko', francisca: 'paca pancha panchita',
  guadalupe: 'lupe lupita', jesus: 'chuy chucho', ignacio: 'nacho', alejandro: 'alex ale', alejandra: 'ale alex',
  roberto: 'beto', alberto: 'beto', enrique: 'kike quique', eduardo: 'lalo', guillermo: 'memo', manuel: 'manny manolo',
  antonio: 'tono tony', rafael: 'rafa', fernando: 'nando', ricardo: 'ricky', javier: 'javi', concepcion: 'concha conchita',
  dolores: 'lola', rosario: 'charo', maria: 'mari', soledad: 'sole', beatriz: 'bea', margarita: 'rita',
  gabriela: 'gaby gabi', veronica_es: 'vero', teresa: 'tere', juana: 'juanita', luis: 'lucho', carlos: 'carlitos',
  mohamed: 'mo', mohammed: 'mo', abdirahman: 'abdi', abdullahi: 'abdi', wojciech: 'wojtek', malgorzata: 'gosia',
  katarzyna: 'kasia', krzysztof: 'krzys', aleksander: 'olek',
};

/** Name → set of formal roots (a formal name is its own root); `variants`: root → its names. */
export type NicknameIndex = Map<string, string[]> & { variants?: Map<string, string[]> };

export function buildNicknameIndex(withGeneratorTable: boolean): NicknameIndex {
  const index: NicknameIndex = new Map();
  const variants = new Map<string, string[]>();
  index.variants = variants;
  const add = (formal: string, nick: string) => {
    const f = foldName(formal).replace(/ /g, '');
    const n = foldName(nick).replace(/ /g, '');
    if (!f || !n) return;
    for (const [name, root] of [[f, f], [n, f]] as const) {
      const roots = index.get(name) ?? [];
      if (!roots.includes(root)) roots.push(root);
      index.set(name, roots);
    }
    const names = variants.get(f) ?? [f];
    if (!names.includes(n)) names.push(n);
    variants.set(f, names);
  };
  for (const [formal, nicks] of Object.entries(INDEPENDENT)) {
    const f = formal.replace(/_.*$/, '');
    for (const n of nicks.split(' ')) add(f, n);
  }
  if (withGeneratorTable) for (const [formal, nicks] of Object.entries(GENERATOR_NICKNAMES)) for (const n of nicks) add(formal, n);
  return index;
}

/** The roots of a (folded, single-token) given name; the name itself when none are known. */
export function rootsOf(index: NicknameIndex, name: string): string[] {
  return index.get(name) ?? [name];
}

export function areVariants(index: NicknameIndex, a: string, b: string): boolean {
  if (a === b) return true;
  const ra = rootsOf(index, a);
  const rb = rootsOf(index, b);
  for (const x of ra) if (rb.includes(x)) return true;
  return false;
}

/** Every known form of a name's roots (Christina → christina, chris, tina, chrissy). */
export function formsOf(index: NicknameIndex, name: string): string[] {
  const out: string[] = [];
  for (const r of rootsOf(index, name)) out.push(...(index.variants?.get(r) ?? [r]));
  return out;
}
