/**
 * Small invented name lists in the style of the three largest groups of asylum-seeking children in
 * the Netherlands (Syrian, Eritrean, Afghan). Each entry lists one name's Latin spellings, the one
 * the IND/BRP registered first: partners write what they hear or what a document says, so one child
 * appears as Mohammed, Muhammad or Mohamed. As with the Dutch lists, combinations are random; no
 * entry stands for a real person.
 */
export type Spellings = readonly [string, ...string[]];

export type AsylumOrigin = 'syria' | 'eritrea' | 'afghanistan';

export type AsylumNameList = {
  girls: readonly Spellings[];
  boys: readonly Spellings[];
  /** given names of fathers and grandfathers: a patronymic system takes its surnames from these */
  men: readonly Spellings[];
  /** family (clan, tribe) names where the origin has them; empty where surnames are patronyms */
  families: readonly Spellings[];
};

const arabicBoys: Spellings[] = [
  ['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad', 'Mehmet'],
  ['Ahmad', 'Ahmed', 'Achmed'],
  ['Yusuf', 'Youssef', 'Yousef', 'Joesoef'],
  ['Omar', 'Umar', 'Omer'],
  ['Khaled', 'Khalid', 'Chaled'],
  ['Hamza', 'Hamzah'],
  ['Ibrahim', 'Ebrahim', 'Ibrahiem'],
  ['Mustafa', 'Moustafa', 'Mostafa'],
];

export const asylumNames: Record<AsylumOrigin, AsylumNameList> = {
  syria: {
    girls: [
      ['Aya', 'Aia', 'Ayah'],
      ['Sara', 'Sarah'],
      ['Rahaf', 'Rahav'],
      ['Nour', 'Noor', 'Nur'],
      ['Yasmin', 'Yasmine', 'Jasmin'],
      ['Fatima', 'Fatma', 'Fatimah'],
      ['Lana'],
      ['Hala', 'Halah'],
    ],
    boys: arabicBoys,
    men: arabicBoys,
    families: [
      ['Al-Hassan', 'Alhasan', 'El Hassan', 'Al Hasan'],
      ['Al-Ahmad', 'Alahmad', 'El Ahmad'],
      ['Haddad', 'Hadad'],
      ['Khalil', 'Chalil', 'Khaleel'],
      ['Al-Khatib', 'Alkhatib', 'El Khatib'],
      ['Darwish', 'Darwiche', 'Derwish'],
      ['Suleiman', 'Sulaiman', 'Soleiman'],
      ['Hamdan', 'Hamdaan'],
    ],
  },
  eritrea: {
    girls: [
      ['Senait', 'Senayt', 'Seneit'],
      ['Selam', 'Salam', 'Selamawit'],
      ['Mehret', 'Mihret', 'Meheret'],
      ['Feven', 'Fiyori', 'Fiori'],
      ['Winta', 'Wintana'],
      ['Yodit', 'Yohdit', 'Judit'],
      ['Ruta', 'Rutha'],
    ],
    boys: [
      ['Yonas', 'Yohannes', 'Jonas'],
      ['Dawit', 'Dawid', 'Daouit'],
      ['Filmon', 'Filimon', 'Philemon'],
      ['Merhawi', 'Mrhawi', 'Merhawie'],
      ['Robel', 'Robiel'],
      ['Natnael', 'Nathnael', 'Natanel'],
    ],
    men: [
      ['Tekle', 'Teklé', 'Tecle', 'Teklay'],
      ['Negash', 'Negasi', 'Negassi'],
      ['Haile', 'Hayle', 'Hailé'],
      ['Gebre', 'Ghebre', 'Gebrey'],
      ['Tesfay', 'Tesfai', 'Tesfaye'],
      ['Berhane', 'Berhe', 'Birhane'],
      ['Kidane', 'Kidani', 'Kidaneh'],
      ['Woldu', 'Weldu', 'Wolde'],
      ['Mehari', 'Mehary', 'Meharie'],
    ],
    families: [],
  },
  afghanistan: {
    girls: [
      ['Zahra', 'Sahra', 'Zahraa'],
      ['Maryam', 'Mariam', 'Meryem'],
      ['Parwana', 'Parvana'],
      ['Shabnam', 'Shabnum'],
      ['Farzana', 'Farzaneh'],
      ['Mahsa', 'Mahasa'],
    ],
    boys: [
      ['Mohammad', 'Mohammed', 'Muhammad', 'Mohamad'],
      ['Ali', 'Aly'],
      ['Hamid', 'Hameed', 'Hamied'],
      ['Reza', 'Resa', 'Rida'],
      ['Jawad', 'Javad', 'Djawad'],
      ['Sayed', 'Said', 'Seyed', 'Sayyid'],
    ],
    men: [
      ['Abdul', 'Abdoel', 'Abdol'],
      ['Ghulam', 'Gholam', 'Golam'],
      ['Nasir', 'Naser', 'Nasser'],
      ['Rahim', 'Rahiem', 'Raheem'],
      ['Karim', 'Kareem', 'Kerim'],
    ],
    families: [
      ['Ahmadi', 'Ahmady', 'Ahmedi'],
      ['Hosseini', 'Husseini', 'Hosseyni', 'Hussaini'],
      ['Rahimi', 'Rahemi', 'Rahimy'],
      ['Sultani', 'Soltani', 'Sultany'],
      ['Noori', 'Nouri', 'Nuri'],
      ['Haidari', 'Heidari', 'Haydari'],
    ],
  },
};
