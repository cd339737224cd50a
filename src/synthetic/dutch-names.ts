/**
 * Small invented name lists in a Dutch style. Combinations are random: any resemblance to a real
 * person is chance, and no list links a name to a real BSN, date of birth or address.
 */
export const dutchNames = {
  girls: [
    'Emma', 'Julia', 'Sophie', 'Tess', 'Mila', 'Zoë', 'Sara', 'Anna', 'Noor', 'Evi',
    'Lotte', 'Fleur', 'Lieke', 'Isa', 'Saar', 'Femke', 'Roos', 'Maud', 'Fenna', 'Nina',
    'Yara', 'Liv', 'Esmee', 'Lisa', 'Iris', 'Jasmijn', 'Demi', 'Amira', 'Hanna', 'Floor',
    'Maria', 'Johanna', 'Cornelia', 'Elisabeth', 'Wilhelmina', 'Petronella', 'Catharina',
  ],
  boys: [
    'Noah', 'Sem', 'Liam', 'Lucas', 'Daan', 'Levi', 'Finn', 'Milan', 'Jesse', 'Bram',
    'Thijs', 'Luuk', 'Ruben', 'Sven', 'Mees', 'Stijn', 'Jens', 'Tim', 'Gijs', 'Niels',
    'Mohamed', 'Ayoub', 'Jayden', 'Dex', 'Teun', 'Wouter', 'Bas', 'Joost', 'Pieter', 'Koen',
    'Johannes', 'Cornelis', 'Hendrik', 'Willem', 'Jacobus', 'Gerardus', 'Adrianus',
  ],
  /** [tussenvoegsel (surname prefix), surname] */
  surnames: [
    ['de', 'Jong'], ['', 'Jansen'], ['de', 'Vries'], ['van den', 'Berg'], ['van', 'Dijk'],
    ['', 'Bakker'], ['', 'Janssen'], ['', 'Visser'], ['', 'Smit'], ['', 'Meijer'],
    ['de', 'Boer'], ['', 'Mulder'], ['de', 'Groot'], ['', 'Bos'], ['', 'Vos'],
    ['', 'Peters'], ['', 'Hendriks'], ['van', 'Leeuwen'], ['', 'Dekker'], ['', 'Brouwer'],
    ['de', 'Wit'], ['', 'Dijkstra'], ['', 'Smits'], ['de', 'Graaf'], ['van der', 'Meer'],
    ['van der', 'Linden'], ['', 'Kok'], ['', 'Jacobs'], ['de', 'Haan'], ['', 'Vermeulen'],
    ['van den', 'Heuvel'], ['van der', 'Veen'], ['van den', 'Broek'], ['de', 'Bruijn'], ['de', 'Bruin'],
    ['van der', 'Heijden'], ['', 'Schouten'], ['van', 'Beek'], ['', 'Willems'], ['van', 'Vliet'],
    ['', 'Hoekstra'], ['', 'Maas'], ['', 'Verhoeven'], ['', 'Koster'], ['van', 'Dam'],
    ['', 'Prins'], ['', 'Blom'], ['', 'Huisman'], ['', 'Kuipers'], ['van', 'Wijk'],
    ['', 'Yılmaz'], ['', 'El Amrani'], ['', 'Bouzid'], ['', 'Nguyen'], ['', 'Kaya'],
    ['ter', 'Horst'], ['', 'Postma'], ['', 'Timmermans'], ['', 'Groen'], ['in \'t', 'Veld'],
  ] as const satisfies readonly (readonly [string, string])[],
  /** letters that may replace one in a typo */
  typoLetters: 'aeiounrstlkdmhvj',
} as const;
