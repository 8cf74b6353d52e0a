/**
 * Formal given names and the short forms people give at intake (William ↔ Bill, Guadalupe ↔
 * Lupe). The generator uses it to vary agency records; record linkage can use the same table
 * (`areNicknameVariants`) to recognise them. Keys are matched accent-insensitively.
 */
import { foldToAscii } from './ascii-fold.js';

export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  // English
  William: ['Bill', 'Will', 'Billy', 'Liam'],
  Robert: ['Bob', 'Rob', 'Bobby', 'Robbie'],
  Richard: ['Rick', 'Rich', 'Ricky', 'Dick'],
  James: ['Jim', 'Jimmy', 'Jamie'],
  John: ['Jack', 'Johnny'],
  Michael: ['Mike', 'Mikey', 'Mickey'],
  David: ['Dave', 'Davey'],
  Thomas: ['Tom', 'Tommy'],
  Charles: ['Charlie', 'Chuck'],
  Christopher: ['Chris', 'Topher'],
  Daniel: ['Dan', 'Danny'],
  Matthew: ['Matt', 'Matty'],
  Anthony: ['Tony'],
  Joseph: ['Joe', 'Joey'],
  Andrew: ['Andy', 'Drew'],
  Joshua: ['Josh'],
  Benjamin: ['Ben', 'Benny'],
  Samuel: ['Sam', 'Sammy'],
  Nicholas: ['Nick', 'Nicky'],
  Jonathan: ['Jon', 'Johnny'],
  Edward: ['Ed', 'Eddie', 'Ted', 'Ned'],
  Timothy: ['Tim', 'Timmy'],
  Patrick: ['Pat', 'Paddy'],
  Alexander: ['Alex', 'Xander'],
  Zachary: ['Zach', 'Zack'],
  Nathaniel: ['Nate', 'Nat'],
  Jacob: ['Jake'],
  Gregory: ['Greg'],
  Steven: ['Steve'],
  Kenneth: ['Ken', 'Kenny'],
  Ronald: ['Ron', 'Ronnie'],
  Donald: ['Don', 'Donnie'],
  Raymond: ['Ray'],
  Lawrence: ['Larry'],
  Gerald: ['Jerry'],
  Theodore: ['Ted', 'Teddy', 'Theo'],
  Frederick: ['Fred', 'Freddie'],
  Harold: ['Hal', 'Harry'],
  Walter: ['Walt', 'Wally'],
  Douglas: ['Doug'],
  Jeffrey: ['Jeff'],
  Peter: ['Pete'],
  Philip: ['Phil'],
  Eugene: ['Gene'],
  Albert: ['Al', 'Bert'],
  Henry: ['Hank', 'Harry'],
  Leonard: ['Leo', 'Lenny'],
  Terrence: ['Terry'],
  Elizabeth: ['Liz', 'Beth', 'Betsy', 'Lizzie', 'Eliza'],
  Katherine: ['Kate', 'Katie', 'Kathy', 'Kat'],
  Catherine: ['Cathy', 'Cate', 'Katie'],
  Jennifer: ['Jen', 'Jenny'],
  Margaret: ['Maggie', 'Peggy', 'Meg', 'Margie'],
  Patricia: ['Patty', 'Trish', 'Tricia'],
  Susan: ['Sue', 'Susie'],
  Deborah: ['Deb', 'Debbie'],
  Rebecca: ['Becky', 'Becca'],
  Jessica: ['Jess', 'Jessie'],
  Amanda: ['Mandy'],
  Samantha: ['Sam', 'Sammie'],
  Abigail: ['Abby'],
  Victoria: ['Vicky', 'Tori'],
  Alexandra: ['Alex', 'Lexi'],
  Christina: ['Tina', 'Chrissy'],
  Kimberly: ['Kim'],
  Jacqueline: ['Jackie'],
  Stephanie: ['Steph'],
  Melissa: ['Missy', 'Mel'],
  Nicole: ['Nikki'],
  Cynthia: ['Cindy'],
  Pamela: ['Pam'],
  Barbara: ['Barb'],
  Dorothy: ['Dot', 'Dottie'],
  Theresa: ['Terry', 'Tess'],
  Allison: ['Ally'],
  Caroline: ['Carrie'],
  Judith: ['Judy'],
  Virginia: ['Ginny'],
  Frances: ['Fran', 'Frankie'],
  Josephine: ['Josie', 'Jo'],
  Gabrielle: ['Gabby'],
  Isabella: ['Bella', 'Izzy'],
  Olivia: ['Liv'],
  Madison: ['Maddie'],
  Evelyn: ['Evie'],
  Charlotte: ['Lottie', 'Charlie'],
  Danielle: ['Dani'],
  // Spanish
  José: ['Pepe', 'Chepe'],
  Guadalupe: ['Lupe', 'Lupita'],
  Francisco: ['Paco', 'Pancho', 'Frank'],
  Jesús: ['Chuy', 'Chucho'],
  Ignacio: ['Nacho'],
  Alejandro: ['Alex', 'Alejo'],
  Roberto: ['Beto', 'Bob'],
  Alberto: ['Beto'],
  Enrique: ['Kike', 'Henry'],
  Eduardo: ['Lalo'],
  Guillermo: ['Memo', 'Willie'],
  Manuel: ['Manny', 'Manolo'],
  Antonio: ['Toño', 'Tony'],
  Rafael: ['Rafa'],
  Fernando: ['Nando'],
  Ricardo: ['Ricky'],
  Javier: ['Javi'],
  Concepción: ['Concha', 'Conchita'],
  Dolores: ['Lola'],
  Rosario: ['Charo'],
  María: ['Mari'],
  Josefina: ['Josie', 'Pepa'],
  Francisca: ['Paca', 'Panchita'],
  Soledad: ['Sole'],
  Beatriz: ['Bea'],
  Margarita: ['Rita'],
  Isabel: ['Chabela', 'Isa'],
  Gabriela: ['Gaby'],
  Alejandra: ['Ale'],
  Verónica: ['Vero'],
  Teresa: ['Tere'],
  Juana: ['Juanita'],
  // Other communities
  Mohamed: ['Mo'],
  Abdirahman: ['Abdi'],
  Wojciech: ['Wojtek'],
  Małgorzata: ['Gosia'],
  Katarzyna: ['Kasia'],
  Krzysztof: ['Krzys'],
  Pádraig: ['Paddy'],
  Mustafa: ['Musti'],
};

const byKey = new Map<string, readonly string[]>();
const formalsByNick = new Map<string, string[]>();
for (const [formal, nicks] of Object.entries(NICKNAMES)) {
  byKey.set(key(formal), nicks);
  for (const nick of nicks) {
    const k = key(nick);
    const list = formalsByNick.get(k) ?? [];
    list.push(formal);
    formalsByNick.set(k, list);
  }
}

function key(name: string): string {
  return foldToAscii(name).toLowerCase();
}

/** Short forms of a formal given name (accent-insensitive); empty when none are known. */
export function nicknamesOf(formal: string): readonly string[] {
  return byKey.get(key(formal)) ?? [];
}

/** True when one name is a known short form of the other (either direction). */
export function areNicknameVariants(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return false;
  return (
    (byKey.get(ka)?.some((n) => key(n) === kb) ?? false) ||
    (byKey.get(kb)?.some((n) => key(n) === ka) ?? false) ||
    (formalsByNick.get(ka)?.some((f) => key(f) === kb) ?? false)
  );
}
