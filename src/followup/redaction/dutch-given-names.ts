/**
 * Common Dutch given names (voornamen), written for the name detector: a lexicon, not personal data.
 * Names that are also everyday Dutch words or months (Ben, Wil, Roos, Bas, Mei, Hoop …) are left
 * out on purpose, so a capitalised word at the start of a sentence is not taken for a person.
 */
const names = `
Aad Aafke Aart Abdel Abdelkader Abdul Adam Adriaan Adrie Agnes Ahmed Aisha Albert Alex Alexander Ali Alice
Alida Amber Amy Ana Anand Andre André Andrea Angela Anita Anja Anke Ankie Ann Anna Anne Anneke Annelies
Annemarie Annemieke Annet Annette Anouk Anton Antoon Arie Arjan Arjen Arnold Arnout Aron Astrid Bart Bastiaan
Bea Beatrix Bente Bernard Bert Berend Bianca Bob Boris Bouke Bram Brenda Bregje Carla Carlijn Carmen Caroline
Cas Casper Cees Charlotte Chantal Chris Christiaan Christine Claire Claudia Coen Colin Conny Corine Cor Corry
Daan Daniel Daniël David Dewi Dick Diederik Dirk Dennis Desiree Dina Dion Dirk Dominique Doris Edwin Eefje Eline
Elise Ellen Els Elske Emma Erik Erwin Esther Eva Evelien Ewout Fatima Femke Floor Floris Frank Frans Freek
Frederik Frits Gerard Gerda Gert Gerrit Gijs Gerben Gerdien Geert Hanna Hannah Hanneke Hans Harm Harry Hein
Hendrik Henk Henri Herman Hester Hidde Hilde Hugo Ilse Inge Ingrid Iris Irene Ivo Jaap Jacob Jacqueline Jan
Janneke Jannes Jasper Jeroen Jesse Jet Joep Johan Johannes Jolanda Joost Joris Jos Josje Joyce Judith Julia
Julian Jurgen Karel Karin Kees Kevin Khadija Kim Klaas Koen Kristel Lars Laura Lauren Leo Lieke Lisa Lisanne
Lotte Louise Lucas Luuk Maaike Maarten Manon Marco Marcel Margriet Maria Marianne Marieke Marije Marjolein
Marleen Marloes Martijn Martin Marten Mathijs Matthijs Maurits Meike Mehmet Melissa Merel Michael Michel
Michiel Mieke Mila Milan Mirjam Mohamed Monique Nadia Naomi Niels Nienke Nina Noah Noor Olivier Paul Pauline
Peter Petra Pien Pieter Pim Quinten Rachid Ralph Ramon Rebecca Reinier Remco René Richard Rik Rob Robert Robin
Roel Roelof Rogier Ronald Rosa Ruben Rutger Ruud Sabine Sam Sandra Sander Sanne Sara Sarah Saskia Sebastiaan
Simone Sjaak Sjoerd Sofie Sophie Stefan Stephan Suzanne Sven Tamara Teun Theo Thijs Thomas Tim Tineke Tom Ton
Tessa Vera Victor Vincent Wendy Wiebe Wilma Willem Wim Wouter Yara Yasmin Yusuf Youssef Yvonne Zoë
`;

export const dutchGivenNames: ReadonlySet<string> = new Set(
  names
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => n.toLocaleLowerCase('nl')),
);
