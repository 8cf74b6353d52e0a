/**
 * Name pools by origin, so the population carries the names a U.S. county actually sees —
 * English, African American, Hispanic (accents, ñ, compound surnames), Vietnamese (diacritics,
 * Văn/Thị middle names) and smaller communities (Somali, Hmong, Polish, Arabic, French, Irish,
 * Korean, Diné) — and record linkage is tested against real Unicode, apostrophes and hyphens.
 * All names are common given names and surnames; no combination refers to a real person.
 */

export type NameOriginId =
  | 'english'
  | 'hispanic'
  | 'vietnamese'
  | 'somali'
  | 'hmong'
  | 'polish'
  | 'arabic'
  | 'french'
  | 'irish'
  | 'korean'
  | 'dine';

export interface NameOrigin {
  id: NameOriginId;
  /** Share of households of this origin. */
  weight: number;
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
  /** Middle names, when they come from their own pool (Vietnamese Văn/Thị…); else the first-name pool. */
  middleMale?: readonly string[];
  middleFemale?: readonly string[];
  /** Share of adults with a middle name. */
  middleRate: number;
  /** Share of children given an English first name (second-generation families). */
  englishFirstNameRate: number;
}

const ENGLISH_MALE = [
  'William', 'Robert', 'James', 'John', 'Michael', 'David', 'Richard', 'Thomas', 'Charles',
  'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Joseph', 'Andrew', 'Joshua', 'Benjamin', 'Samuel',
  'Nicholas', 'Jonathan', 'Edward', 'Timothy', 'Patrick', 'Alexander', 'Zachary', 'Nathaniel',
  'Jacob', 'Ethan', 'Liam', 'Noah', 'Mason', 'Logan', 'Tyler', 'Dylan', 'Jackson', 'Gregory',
  'Steven', 'Kenneth', 'Ronald', 'Donald', 'Raymond', 'Lawrence', 'Gerald', 'Theodore', 'Frederick',
  'Harold', 'Walter', 'Douglas', 'Jeffrey', 'Peter', 'Philip', 'Eugene', 'Albert', 'Henry',
  'Leonard', 'Kevin', 'Brian', 'Jason', 'Eric', 'Aiden', 'Caleb', 'Owen', 'Elijah', 'Wyatt',
  'Jamal', 'DeShawn', 'Malik', 'Darnell', 'Terrence', 'Marcus', 'Andre', 'Tyrone', 'Jaylen',
  'DaQuan', 'Isaiah', 'Xavier',
];

const ENGLISH_FEMALE = [
  'Elizabeth', 'Katherine', 'Jennifer', 'Margaret', 'Patricia', 'Susan', 'Deborah', 'Rebecca',
  'Jessica', 'Amanda', 'Samantha', 'Abigail', 'Emily', 'Madison', 'Olivia', 'Emma', 'Ava',
  'Isabella', 'Sophia', 'Charlotte', 'Amelia', 'Harper', 'Evelyn', 'Victoria', 'Alexandra',
  'Christina', 'Catherine', 'Kimberly', 'Jacqueline', 'Stephanie', 'Melissa', 'Nicole', 'Megan',
  'Hannah', 'Ashley', 'Brittany', 'Cynthia', 'Pamela', 'Barbara', 'Dorothy', 'Theresa', 'Angela',
  'Allison', 'Caroline', 'Natalie', 'Sarah', 'Rachel', 'Judith', 'Virginia', 'Frances',
  'Josephine', 'Gabrielle', 'Zoey', 'Chloe', 'Lillian', 'Brianna', 'Aaliyah', 'Imani', 'Keisha',
  'LaToya', 'Ebony', 'Tamika', 'Jasmine', 'Destiny', 'Shania', 'Nevaeh', 'Kiara', 'Danielle',
];

const ENGLISH_SURNAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson',
  'Taylor', 'Thomas', 'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark',
  'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker',
  'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans',
  'Turner', 'Parker', 'Collins', 'Edwards', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers',
  "O'Brien", "O'Connor", "O'Neill", 'McDonald', 'MacKenzie', 'McAllister', 'Sullivan', 'Kelly',
  'Bennett', 'Brooks', 'Gray', 'Hughes', 'Price', 'Sanders', 'Foster', 'Washington', 'Jefferson',
  'Coleman', 'Jenkins', 'Perry', 'Powell', 'Russell', 'Fisher', 'Hayes', 'Myers', 'Ford',
  'Graham', 'Wallace', 'Woods', 'Cole', 'West', 'Jordan', 'Reynolds', 'Hamilton', 'Ellis',
  'Harrison', 'Gibson', 'Marshall', 'Owens', 'Whitaker', 'Van Buren', 'St. Clair', 'Smith-Jones',
];

const HISPANIC_MALE = [
  'José', 'Juan', 'Luis', 'Carlos', 'Jesús', 'Miguel', 'Francisco', 'Alejandro', 'Javier',
  'Manuel', 'Antonio', 'Roberto', 'Ricardo', 'Fernando', 'Eduardo', 'Guillermo', 'Ignacio',
  'Enrique', 'Rafael', 'Sergio', 'Andrés', 'Héctor', 'Raúl', 'Óscar', 'Rubén', 'Martín',
  'Joaquín', 'Sebastián', 'Mateo', 'Santiago', 'Diego', 'Ángel', 'Adrián', 'Iván', 'Julián',
  'Tomás', 'Alberto', 'Pedro', 'Ramón', 'Gerardo', 'Emiliano', 'Leonardo',
];

const HISPANIC_FEMALE = [
  'María', 'Guadalupe', 'Ana', 'Sofía', 'Valentina', 'Camila', 'Isabel', 'Lucía', 'Gabriela',
  'Mariana', 'Daniela', 'Fernanda', 'Ximena', 'Alejandra', 'Verónica', 'Mónica', 'Rocío',
  'Dolores', 'Concepción', 'Rosario', 'Marisol', 'Yesenia', 'Araceli', 'Beatriz', 'Elena',
  'Carmen', 'Leticia', 'Natalia', 'Paola', 'Jimena', 'Inés', 'Josefina', 'Francisca', 'Teresa',
  'Margarita', 'Juana', 'Raquel', 'Soledad', 'Itzel', 'Nayeli',
];

const HISPANIC_SURNAMES = [
  'García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez',
  'Ramírez', 'Torres', 'Flores', 'Rivera', 'Gómez', 'Díaz', 'Cruz', 'Morales', 'Reyes',
  'Gutiérrez', 'Ortiz', 'Chávez', 'Ramos', 'Ruiz', 'Jiménez', 'Mendoza', 'Álvarez', 'Castillo',
  'Vásquez', 'Romero', 'Herrera', 'Medina', 'Aguilar', 'Vargas', 'Castro', 'Guzmán', 'Muñoz',
  'Núñez', 'Peña', 'Ibáñez', 'Zúñiga', 'Domínguez', 'Salazar', 'Delgado', 'Espinoza', 'Fuentes',
  'Ávila', 'Orozco', 'Cervantes', 'Villaseñor', 'Montaño', 'De la Cruz', 'Del Río',
];

const VIETNAMESE_MALE = [
  'Minh', 'Huy', 'Tuấn', 'Dũng', 'Quang', 'Hùng', 'Khánh', 'Long', 'Phúc', 'Bảo', 'Đức',
  'Thành', 'Nam', 'Hiếu', 'Trung', 'Khoa', 'Tài', 'Việt', 'Thắng', 'Quốc',
];
const VIETNAMESE_FEMALE = [
  'Linh', 'Thảo', 'Lan', 'Hương', 'Ngọc', 'Mai', 'Trang', 'Hằng', 'Phương', 'Thủy', 'Vy',
  'Nhi', 'Hạnh', 'Yến', 'Uyên', 'Tuyết', 'Ánh', 'Diệp', 'Quỳnh', 'Nguyệt',
];
const VIETNAMESE_SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý',
];

export const NAME_ORIGINS: readonly NameOrigin[] = [
  {
    id: 'english', weight: 0.47, male: ENGLISH_MALE, female: ENGLISH_FEMALE,
    surnames: ENGLISH_SURNAMES, middleRate: 0.8, englishFirstNameRate: 1,
  },
  {
    id: 'hispanic', weight: 0.3, male: HISPANIC_MALE, female: HISPANIC_FEMALE,
    surnames: HISPANIC_SURNAMES, middleRate: 0.5, englishFirstNameRate: 0.15,
  },
  {
    id: 'vietnamese', weight: 0.08, male: VIETNAMESE_MALE, female: VIETNAMESE_FEMALE,
    surnames: VIETNAMESE_SURNAMES,
    middleMale: ['Văn', 'Văn', 'Minh', 'Đức', 'Quốc', 'Gia'],
    middleFemale: ['Thị', 'Thị', 'Ngọc', 'Thanh', 'Bảo', 'Kim'],
    middleRate: 0.75, englishFirstNameRate: 0.4,
  },
  {
    id: 'somali', weight: 0.02, male: ['Abdi', 'Mohamed', 'Ahmed', 'Abdirahman', 'Hassan', 'Yusuf', 'Mahad'],
    female: ['Hodan', 'Farhiya', 'Ayaan', 'Hibaq', 'Sagal', 'Fadumo', 'Amina'],
    surnames: ['Ali', 'Hassan', 'Warsame', 'Abdullahi', 'Farah', 'Osman', 'Jama', 'Mohamud'],
    middleRate: 0.6, englishFirstNameRate: 0.05,
  },
  {
    id: 'hmong', weight: 0.02, male: ['Tou', 'Pao', 'Kou', 'Nou', 'Fue', 'Chue', 'Xeng'],
    female: ['Mai', 'Pa', 'Bao', 'Yer', 'Nou', 'Kia', 'Zoua'],
    surnames: ['Xiong', 'Vang', 'Lee', 'Yang', 'Thao', 'Her', 'Moua', 'Lor'],
    middleRate: 0.3, englishFirstNameRate: 0.35,
  },
  {
    id: 'polish', weight: 0.02, male: ['Łukasz', 'Wojciech', 'Paweł', 'Michał', 'Krzysztof', 'Tomasz', 'Jakub'],
    female: ['Małgorzata', 'Agnieszka', 'Katarzyna', 'Zofia', 'Joanna', 'Magdalena', 'Ewa'],
    surnames: ['Kowalski', 'Nowak', 'Wiśniewski', 'Zieliński', 'Dąbrowski', 'Wójcik', 'Lewandowski', 'Szymańska'],
    middleRate: 0.4, englishFirstNameRate: 0.3,
  },
  {
    id: 'arabic', weight: 0.02, male: ['Omar', 'Yusuf', 'Khalid', 'Tariq', 'Karim', 'Samir', 'Mustafa'],
    female: ['Fatima', 'Layla', 'Noor', 'Yasmin', 'Rania', 'Zainab', 'Huda'],
    surnames: ['Haddad', 'Al-Masri', 'Khoury', 'Nasser', 'Abu-Ghazaleh', 'Saleh', 'El-Amin', 'Darwish'],
    middleRate: 0.4, englishFirstNameRate: 0.1,
  },
  {
    id: 'french', weight: 0.015, male: ['François', 'Jérôme', 'Noël', 'Étienne', 'René', 'Benoît', 'Luc'],
    female: ['Chloé', 'Zoë', 'Hélène', 'Geneviève', 'Océane', 'Élise', 'Renée'],
    surnames: ['Dubois', 'Lefèvre', 'Beaulieu', 'Gagnon', 'Thibodeaux', 'Bélanger', 'Côté', "D'Amours"],
    middleRate: 0.6, englishFirstNameRate: 0.3,
  },
  {
    id: 'irish', weight: 0.015, male: ['Seán', 'Ciarán', 'Pádraig', 'Eoin', 'Declan', 'Cormac', 'Liam'],
    female: ['Siobhán', 'Niamh', 'Aoife', 'Saoirse', 'Caoimhe', 'Róisín', 'Maeve'],
    surnames: ["O'Sullivan", "O'Reilly", 'Ó Briain', 'Mac Giolla', 'Fitzgerald', 'Byrne', 'Gallagher', 'Ó Súilleabháin'],
    middleRate: 0.7, englishFirstNameRate: 0.2,
  },
  {
    id: 'korean', weight: 0.015, male: ['Min-jun', 'Ji-hoon', 'Seo-jun', 'Hyun-woo', 'Dong-hyun', 'Jae-won'],
    female: ['Seo-yeon', 'Ji-woo', 'Ha-eun', 'Min-seo', 'Su-bin', 'Ye-jin'],
    surnames: ['Kim', 'Park', 'Lee', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon'],
    middleRate: 0.1, englishFirstNameRate: 0.5,
  },
  {
    id: 'dine', weight: 0.015, male: ENGLISH_MALE, female: ENGLISH_FEMALE,
    surnames: ['Begay', 'Yazzie', 'Tsosie', 'Benally', 'Nez', 'Tso', 'Chee', 'Etsitty'],
    middleRate: 0.6, englishFirstNameRate: 1,
  },
];

export const ENGLISH_ORIGIN = NAME_ORIGINS[0];
export const HISPANIC_ORIGIN = NAME_ORIGINS[1];

export const ORIGIN_WEIGHTS: ReadonlyArray<readonly [NameOrigin, number]> = NAME_ORIGINS.map(
  (o) => [o, o.weight] as const,
);
