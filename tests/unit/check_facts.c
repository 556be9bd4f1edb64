/* Check suite for lib/facts.c: entities, titles, quotes, events, dates. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "facts.h"
#include "json.h"
#include "mem.h"
#include "rec.h"

/*
 * A sentence of a test document.  Annotations name their spans by the
 * words they cover, found left to right in the sentence:
 *   ents   "Anna Verdi/PERSON;Verdi/PERSON"
 *   timex  "March 4/DATE/2021-03-04"
 *   quotes "quoted words/kind/cue/speaker/speaker words;..." (speaker "-"
 *          is null, speaker words "-" gives no offsets)
 * NULL leaves the member out.
 */
struct sspec {
	const char	*text;		/* the sentence */
	const char	*ents;		/* "ents" spec, or NULL */
	const char	*timex;		/* "timex" spec, or NULL */
	const char	*quotes;	/* "quotes" spec, or NULL */
};

#define MAXSENT	6
#define MAXWANT	8

struct fcase {
	struct sspec	 s[MAXSENT];	/* sentences, ending with text NULL */
	const char	*want[MAXWANT];	/* strings the output must hold */
	const char	*never[MAXWANT]; /* strings it must not hold */
};

static const struct fcase cases[] = {
	/* 0: "Title Name", a surname joins the full name. */
	{ { { "Italian Prime Minister Anna Verdi spoke on Monday.",
	      "Italian/MISC;Anna Verdi/PERSON", NULL, NULL },
	    { "Verdi left early.", "Verdi/PERSON", NULL, NULL } },
	  { "\"id\":\"E2\",\"type\":\"PERSON\",\"name\":\"Anna Verdi\","
	    "\"title\":\"Italian Prime Minister\",\"aliases\":[\"Verdi\"],"
	    "\"mentions\":2}" },
	  { NULL } },
	/* 1: a possessive ends the title. */
	{ { { "Spain's President Carlos Ruiz met them.",
	      "Spain/LOC;Carlos Ruiz/PERSON", NULL, NULL } },
	  { "\"name\":\"Carlos Ruiz\",\"title\":\"President\"" },
	  { NULL } },
	/* 1b: a judge's "Justice" is a title of its own. */
	{ { { "Supreme Court Justice Ann Lee wrote the opinion.",
	      "Supreme Court/ORG;Ann Lee/PERSON", NULL, NULL } },
	  { "\"name\":\"Ann Lee\",\"title\":\"Supreme Court Justice\"" },
	  { NULL } },
	/* 2: "the title, Name," */
	{ { { "In Rome, the Italian ambassador to Spain, Marco Bello, said no.",
	      "Rome/LOC;Italian/MISC;Spain/LOC;Marco Bello/PERSON", NULL,
	      NULL } },
	  { "\"title\":\"Italian ambassador to Spain\"" },
	  { NULL } },
	/* 3: "Name, the title," */
	{ { { "Jan Novak, the secretary-general of the union, arrived.",
	      "Jan Novak/PERSON", NULL, NULL } },
	  { "\"title\":\"secretary-general of the union\"" },
	  { NULL } },
	/* 4: no role word, no title ("his counterpart, Name"). */
	{ { { "He met his Spanish counterpart, Luis Mora, in Paris.",
	      "Spanish/MISC;Luis Mora/PERSON;Paris/LOC", NULL, NULL } },
	  { "\"name\":\"Luis Mora\",\"title\":null" },
	  { NULL } },
	/* 5: an acronym joins its name; a leading "Besides" is dropped. */
	{ { { "The European Union met Jan Novak.",
	      "European Union/ORG;Jan Novak/PERSON", NULL, NULL },
	    { "Besides Novak, the EU invited others.",
	      "Besides Novak/PERSON;EU/ORG", NULL, NULL } },
	  { "\"name\":\"European Union\",\"aliases\":[\"EU\"],\"mentions\":2",
	    "\"name\":\"Jan Novak\",\"title\":null,\"aliases\":[\"Novak\"]" },
	  { "Besides" } },
	/* 6: a quote: speaker resolved, whom told, date of the sentence. */
	{ { { "Anna Verdi arrived.", "Anna Verdi/PERSON", NULL, NULL },
	    { "\"We will win,\" Verdi told reporters on March 4.",
	      "Verdi/PERSON", "March 4/DATE/2021-03-04",
	      "We will win,/direct/told/Anna Verdi/Verdi" } },
	  { "\"fact\":\"quote\",\"speaker\":\"Anna Verdi\",\"speaker_id\":\"E1\","
	    "\"cue\":\"told\",\"kind\":\"direct\",\"quote\":\"We will win,\","
	    "\"to\":\"reporters\",\"date\":\"2021-03-04\",\"sent\":1}" },
	  { NULL } },
	/* 7: "he said" takes the day of the sentence before it. */
	{ { { "Anna Verdi spoke in Rome on March 4.",
	      "Anna Verdi/PERSON;Rome/LOC", "March 4/DATE/2021-03-04", NULL },
	    { "\"It is over,\" he said.", "", NULL,
	      "It is over,/direct/said/Anna Verdi/he" } },
	  { "\"quote\":\"It is over,\",\"to\":null,\"date\":\"2021-03-04\"",
	    "\"fact\":\"event\",\"date\":\"2021-03-04\",\"text\":\"Anna Verdi "
	    "spoke in Rome on March 4.\",\"who\":[\"E1\"],\"where\":[\"Rome\"]" },
	  { NULL } },
	/* 8: without "ents": no entities, the speaker as lede-quotes gave it. */
	{ { { "\"No,\" said Anna Verdi.", NULL, NULL,
	      "No,/direct/said/Anna Verdi/Anna Verdi" } },
	  { "\"speaker\":\"Anna Verdi\",\"speaker_id\":null" },
	  { "\"entity\"", "\"event\"" } },
	/* 9: timex facts count; a month is no event. */
	{ { { "It began in May and ended on May 2.", NULL,
	      "May/DATE/2021-05;May 2/DATE/2021-05-02", NULL },
	    { "On May 2 it rained.", NULL, "May 2/DATE/2021-05-02", NULL } },
	  { "\"fact\":\"timex\",\"text\":\"May 2\",\"value\":\"2021-05-02\","
	    "\"type\":\"DATE\",\"count\":2}",
	    "\"text\":\"May\",\"value\":\"2021-05\",\"type\":\"DATE\","
	    "\"count\":1}",
	    "\"date\":\"2021-05-02\",\"text\":\"On May 2 it rained.\"" },
	  { "\"date\":\"2021-05\"," } },
	/* 10: a heading's names count only when the body names them. */
	{ { { "Leaders Talk War As Powers Press For Truce In Rome",
	      "Leaders Talk War/ORG;Rome/LOC", NULL, NULL },
	    { "Talks were held in Rome.", "Rome/LOC", NULL, NULL } },
	  { "\"name\":\"Rome\",\"aliases\":[],\"mentions\":2" },
	  { "Leaders" } },
	/* 11: an organisation the tagger cut short. */
	{ { { "The Italian Foreign Ministry said it would help.",
	      "Italian/MISC", NULL,
	      "it would help/indirect/said/Italian Foreign Ministry/"
	      "Italian Foreign Ministry" } },
	  { "\"type\":\"ORG\",\"name\":\"Italian Foreign Ministry\"",
	    "\"speaker\":\"Italian Foreign Ministry\",\"speaker_id\":\"E1\"" },
	  { "\"MISC\"" } },
	/* 12: a nested organisation is split when its part stands alone. */
	{ { { "The Contact Group of the Council of Europe met.",
	      "Contact Group of the Council of Europe/ORG", NULL, NULL },
	    { "The Contact Group agreed.", "Contact Group/ORG", NULL, NULL } },
	  { "\"name\":\"Contact Group\",\"aliases\":[],\"mentions\":2",
	    "\"name\":\"Council of Europe\"" },
	  { NULL } },
	/* 13: a place after "in" votes for a place. */
	{ { { "Fighting in Eastland went on.", "Eastland/MISC", NULL, NULL },
	    { "Talks in Eastland failed.", "Eastland/ORG", NULL, NULL },
	    { "The Eastland conflict grew.", "Eastland/MISC", NULL, NULL } },
	  { "\"type\":\"LOC\",\"name\":\"Eastland\"" },
	  { NULL } },
	/* 14: two people with one surname, each named in full once: the
	 * first named, news's principal. */
	{ { { "Anna Verdi met Paolo Verdi.",
	      "Anna Verdi/PERSON;Paolo Verdi/PERSON", NULL, NULL },
	    { "Verdi left.", "Verdi/PERSON", NULL, NULL } },
	  { "\"name\":\"Anna Verdi\",\"title\":null,\"aliases\":[\"Verdi\"],"
	    "\"mentions\":2",
	    "\"name\":\"Paolo Verdi\",\"title\":null,\"aliases\":[],"
	    "\"mentions\":1" },
	  { NULL } },
	/* 15: a surname tagged an organisation; a first name alone. */
	{ { { "Anna Verdi won.", "Anna Verdi/PERSON", NULL, NULL },
	    { "Verdi and Anna left.", "Verdi/ORG;Anna/PERSON", NULL, NULL } },
	  { "\"type\":\"PERSON\",\"name\":\"Anna Verdi\",\"title\":null,"
	    "\"aliases\":[\"Verdi\",\"Anna\"],\"mentions\":3}" },
	  { "\"ORG\"" } },
	/* 16: "chief for Name's campaign" is no title of Name's. */
	{ { { "Jo Lee, chief for Anna Verdi's campaign, spoke.",
	      "Jo Lee/PERSON;Anna Verdi/PERSON", NULL, NULL } },
	  { "\"name\":\"Jo Lee\",\"title\":\"chief for Anna Verdi's "
	    "campaign\"", "\"name\":\"Anna Verdi\",\"title\":null" },
	  { NULL } },
	/* 17: whom told ends before a clause; a dateline says where. */
	{ { { "ROME -- Anna Verdi told reporters she would stay on Monday.",
	      "ROME/LOC;Anna Verdi/PERSON", "Monday/DATE/2021-03-01",
	      "she would stay/indirect/told/Anna Verdi/Anna Verdi" } },
	  { "\"to\":\"reporters\",\"date\":\"2021-03-01\"",
	    "\"who\":[\"E2\"],\"where\":[\"ROME\"]" },
	  { NULL } },
	/* 17b: a second noun phrase after "told" opens the clause; a
	 * place after a preposition does not. */
	{ { { "Jan Novak told the court his client was \"sorry\".",
	      "Jan Novak/PERSON", NULL,
	      "sorry/partial/told/Jan Novak/Jan Novak" },
	    { "Anna Verdi told voters outside the hall \"we won\".",
	      "Anna Verdi/PERSON", NULL,
	      "we won/partial/told/Anna Verdi/Anna Verdi" } },
	  { "\"to\":\"court\"", "\"to\":\"voters outside the hall\"" },
	  { NULL } },
	/* 17c: "the company", "the council", "the secretary" said: the
	 * entity the description fits; "a spokesman" and "officials"
	 * fit nobody; "the vice president" is no president. */
	{ { { "Acme Foods Plc and the Leeds City Council met Transport "
	      "Secretary Jan Novak and Vice President Anna Verdi.",
	      "Acme Foods Plc/ORG;Leeds City Council/ORG;Jan Novak/PERSON;"
	      "Anna Verdi/PERSON", NULL, NULL },
	    { "Costs rose, the company said.", NULL, NULL,
	      "Costs rose/indirect/said/company/company" },
	    { "Rents rose, the council said.", NULL, NULL,
	      "Rents rose/indirect/said/council/council" },
	    { "Fares rose, the secretary said.", NULL, NULL,
	      "Fares rose/indirect/said/secretary/secretary" },
	    { "Taxes rose, the president said.", NULL, NULL,
	      "Taxes rose/indirect/said/president/president" },
	    { "Wages rose, a spokesman said.", NULL, NULL,
	      "Wages rose/indirect/said/a spokesman/a spokesman" } },
	  { "\"speaker\":\"Acme Foods Plc\",\"speaker_id\":\"E1\"",
	    "\"speaker\":\"Leeds City Council\",\"speaker_id\":\"E2\"",
	    "\"speaker\":\"Jan Novak\",\"speaker_id\":\"E3\"",
	    "\"speaker\":\"president\",\"speaker_id\":null",
	    "\"speaker\":\"a spokesman\",\"speaker_id\":null" },
	  { NULL } },
	/* 17d: two people of one surname: the full name lede-quotes
	 * resolved the speaker to wins over the surname's entity. */
	{ { { "Tom Hale and his wife, Mary Hale, spoke.",
	      "Tom Hale/PERSON;Mary Hale/PERSON", NULL, NULL },
	    { "Mr. Hale said the plan would work.", "Hale/PERSON", NULL,
	      "the plan would work/indirect/said/Tom Hale/Hale" },
	    { "Mrs. Hale said she was proud.", "Hale/PERSON", NULL,
	      "she was proud/indirect/said/Mary Hale/Hale" } },
	  { "\"speaker\":\"Tom Hale\",\"speaker_id\":\"E1\",\"cue\":\"said\","
	    "\"kind\":\"indirect\",\"quote\":\"the plan would work\"",
	    "\"speaker\":\"Mary Hale\",\"speaker_id\":\"E2\",\"cue\":\"said\","
	    "\"kind\":\"indirect\",\"quote\":\"she was proud\"" },
	  { NULL } },
	/* 17e: public offices and trades as titles. */
	{ { { "Auditor General Jan Novak met coroner Anna Verdi.",
	      "Jan Novak/PERSON;Anna Verdi/PERSON", NULL, NULL } },
	  { "\"name\":\"Jan Novak\",\"title\":\"Auditor General\"",
	    "\"name\":\"Anna Verdi\",\"title\":\"coroner\"" },
	  { NULL } },
	/* 17f: "the agency" fits the head word before "of"; "Fire Chief"
	 * is a title. */
	{ { { "The Public Health Agency of Ruritania met Fire Chief Jan "
	      "Novak.", "Public Health Agency of Ruritania/ORG;Jan Novak/PERSON",
	      NULL, NULL },
	    { "Cases rose, the agency said.", NULL, NULL,
	      "Cases rose/indirect/said/agency/agency" } },
	  { "\"speaker\":\"Public Health Agency of Ruritania\",\"speaker_id\":"
	    "\"E1\"", "\"name\":\"Jan Novak\",\"title\":\"Fire Chief\"" },
	  { NULL } },
	/* 18: bad spans are skipped. */
	{ { { "Anna Verdi left.", "Anna Verdi/BOGUS", NULL, NULL } },
	  { NULL },
	  { "\"entity\"" } },
	/* 19: "Name, the title who ...": a relative clause ends the title. */
	{ { { "Anna Verdi, the Italian president who was criticized, won.",
	      "Anna Verdi/PERSON;Italian/MISC", NULL, NULL } },
	  { "\"name\":\"Anna Verdi\",\"title\":\"Italian president\"" },
	  { NULL } },
	/* 20: "after the title, Name," and a head word before a hyphen. */
	{ { { "It came after the main opposition candidate, Jan Novak, left.",
	      "Jan Novak/PERSON", NULL, NULL },
	    { "Anna Verdi is Prime Minister-designate of Italy.",
	      "Anna Verdi/PERSON;Italy/LOC", NULL, NULL } },
	  { "\"name\":\"Jan Novak\",\"title\":\"main opposition candidate\"",
	    "\"title\":\"Prime Minister-designate of Italy\"" },
	  { NULL } },
	/* 21: a copula takes a title, not any predicate. */
	{ { { "Anna Verdi is guilty of nothing.", "Anna Verdi/PERSON", NULL,
	      NULL },
	    { "Jan Novak was elected president.", "Jan Novak/PERSON", NULL,
	      NULL },
	    { "He met the minister, Luis Mora said.", "Luis Mora/PERSON", NULL,
	      NULL } },
	  { "\"name\":\"Anna Verdi\",\"title\":null",
	    "\"name\":\"Jan Novak\",\"title\":null",
	    "\"name\":\"Luis Mora\",\"title\":null" },
	  { NULL } },
	/* 22: a "person" inside another's title is part of the title; an
	 * organisation after "at" stays one when its head noun says so. */
	{ { { "Jan Novak, Political Science Lecturer at Lund University, spoke.",
	      "Jan Novak/PERSON;Science Lecturer/PERSON;Lund University/ORG",
	      NULL, NULL } },
	  { "\"title\":\"Political Science Lecturer at Lund University\"",
	    "\"type\":\"ORG\",\"name\":\"Lund University\"" },
	  { "\"name\":\"Science Lecturer\"" } },
	/* 23: an indirect clause around a partial quote of the same speaker
	 * is one statement, told by the partial quote, which keeps the
	 * clause. */
	{ { { "Anna Verdi said she \"would stay\" in Rome.",
	      "Anna Verdi/PERSON;Rome/LOC", NULL,
	      "she \"would stay\" in Rome/indirect/said/Anna Verdi/Anna Verdi;"
	      "would stay/partial/said/Anna Verdi/Anna Verdi" },
	    { "Jan Novak said he \"might\" go.", "Jan Novak/PERSON", NULL,
	      "he \"might\" go/indirect/said/Jan Novak/Jan Novak;"
	      "might/partial/said/Anna Verdi/-" } },
	  { "\"kind\":\"partial\",\"quote\":\"would stay\",\"clause\":"
	    "\"she \\\"would stay\\\" in Rome\"",
	    "\"kind\":\"indirect\",\"quote\":\"he \\\"might\\\" go\"" },
	  { "\"quote\":\"she ", "\"quote\":\"might\",\"clause\"" } },
	/* 24: twelve capitalised words ending in a head noun are a name ... */
	{ { { "They met at the Alpha Beta Gamma Delta Epsilon Zeta Eta Theta "
	      "Iota Kappa Lambda Ministry today.", "Alpha/LOC", NULL, NULL } },
	  { "\"type\":\"ORG\",\"name\":\"Alpha Beta Gamma Delta Epsilon "
	    "Zeta Eta Theta Iota Kappa Lambda Ministry\"" },
	  { "\"LOC\"" } },
	/* 25: ... thirteen are a heading or a list, and the place stays. */
	{ { { "They met at the Alpha Beta Gamma Delta Epsilon Zeta Eta Theta "
	      "Iota Kappa Lambda Mu Ministry today.", "Alpha/LOC", NULL,
	      NULL } },
	  { "\"type\":\"LOC\",\"name\":\"Alpha\"" },
	  { "\"ORG\"" } },
	/* 26: a mention reaching into the run from before it keeps it out. */
	{ { { "They met old Alba Foreign Ministry offices.",
	      "old Alba/MISC", NULL, NULL } },
	  { "\"name\":\"old Alba\"" },
	  { "\"ORG\"" } },
	/* 27: one bare word after "of" is part of the name; the short
	 * form is an alias. */
	{ { { "The Liberal Party of Australia met.",
	      "Liberal Party of Australia/ORG", NULL, NULL },
	    { "The Liberal Party agreed.", "Liberal Party/ORG", NULL, NULL } },
	  { "\"name\":\"Liberal Party of Australia\","
	    "\"aliases\":[\"Liberal Party\"],\"mentions\":2" },
	  { "\"name\":\"Australia\"" } },
	/* 28: ... unless two full names begin with it. */
	{ { { "The National Bank of Greece met the National Bank of Egypt.",
	      "National Bank of Greece/ORG;National Bank of Egypt/ORG", NULL,
	      NULL },
	    { "The National Bank agreed.", "National Bank/ORG", NULL, NULL } },
	  { "\"name\":\"National Bank\",\"aliases\":[],\"mentions\":1" },
	  { NULL } },
	/* 29: a time zone is no organisation. */
	{ { { "The vote closed at 10 p.m. EDT in Ohio.", "EDT/ORG;Ohio/LOC",
	      NULL, NULL } },
	  { "\"name\":\"Ohio\"" },
	  { "EDT" } },
	/* 30: a date ends an apposition whose closing comma is missing ... */
	{ { { "Jan Novak, secretary general of the Union yesterday called "
	      "for talks.", "Jan Novak/PERSON;Union/ORG",
	      "yesterday/DATE/2021-03-03", NULL } },
	  { "\"name\":\"Jan Novak\",\"title\":\"secretary general of the "
	    "Union\"" },
	  { NULL } },
	/* 31: ... but not a date the title goes on into. */
	{ { { "Tom Hale, chief strategist in his 2012 campaign, left.",
	      "Tom Hale/PERSON", "2012/DATE/2012", NULL } },
	  { "\"title\":\"chief strategist in his 2012 campaign\"" },
	  { NULL } },
	/* 32: a date inside the reported words is not the statement's ... */
	{ { { "Anna Verdi said the vote would be held on March 9.",
	      "Anna Verdi/PERSON", "March 9/DATE/2021-03-09",
	      "the vote would be held on March 9/indirect/said/Anna Verdi/"
	      "Anna Verdi" } },
	  { "\"quote\":\"the vote would be held on March 9\",\"to\":null,"
	    "\"date\":null" },
	  { NULL } },
	/* 33: ... the reporter's date around them is. */
	{ { { "Anna Verdi said on March 4 the vote would be held on March 9.",
	      "Anna Verdi/PERSON",
	      "March 4/DATE/2021-03-04;March 9/DATE/2021-03-09",
	      "the vote would be held on March 9/indirect/said/Anna Verdi/"
	      "Anna Verdi" } },
	  { "\"quote\":\"the vote would be held on March 9\",\"to\":null,"
	    "\"date\":\"2021-03-04\"" },
	  { NULL } },	/* 34: a dateline with a state and the agency in brackets ... */
	{ { { "OSLO, Norway (AP) \xe2\x80\x94 Anna Verdi quit on Monday.",
	      "OSLO/LOC;Norway/LOC;AP/ORG;Anna Verdi/PERSON",
	      "Monday/DATE/2021-03-01", NULL } },
	  { "\"who\":[\"E4\"],\"where\":[\"OSLO\",\"Norway\"]" },
	  { NULL } },
	/* 35: ... or a hyphen after the brackets. */
	{ { { "ROME (Reuters) - Anna Verdi quit on Monday.",
	      "ROME/LOC;Reuters/ORG;Anna Verdi/PERSON",
	      "Monday/DATE/2021-03-01", NULL } },
	  { "\"who\":[\"E3\"],\"where\":[\"ROME\"]" },
	  { NULL } },	/* 36: abbreviated titles, and the words of a firm's officers. */
	{ { { "Gov. Anna Verdi met Detective Sergeant Jo Lee.",
	      "Anna Verdi/PERSON;Jo Lee/PERSON", NULL, NULL },
	    { "Its chief financial officer, Tom Hale, spoke.",
	      "Tom Hale/PERSON", NULL, NULL } },
	  { "\"name\":\"Anna Verdi\",\"title\":\"Gov.\"",
	    "\"name\":\"Jo Lee\",\"title\":\"Detective Sergeant\"",
	    "\"title\":\"chief financial officer\"" },
	  { NULL } },	/* 37: a player's position is a title. */
	{ { { "Striker Tom Hale scored twice.", "Tom Hale/PERSON", NULL,
	      NULL } },
	  { "\"name\":\"Tom Hale\",\"title\":\"Striker\"" },
	  { NULL } },
	/* 38: one works at an organisation: "analysts at X" and an
	 * acronym after "at" do not vote for a place. */
	{ { { "Analysts at Morwen and scientists at CERN agreed.",
	      "Morwen/ORG;CERN/ORG", NULL, NULL },
	    { "Prices fell in Leeds.", "Leeds/ORG", NULL, NULL } },
	  { "\"type\":\"ORG\",\"name\":\"Morwen\"",
	    "\"type\":\"ORG\",\"name\":\"CERN\"",
	    "\"type\":\"LOC\",\"name\":\"Leeds\"" },
	  { NULL } },
	/* 39: a surname of two words joins the full name, in any case. */
	{ { { "Police held Luis Fernando Ortega Rivas on Tuesday.",
	      "Luis Fernando Ortega Rivas/PERSON", NULL, NULL },
	    { "Ortega Rivas denies it, as does Jan van der Berg.",
	      "Ortega Rivas/PERSON;Jan van der Berg/PERSON", NULL, NULL },
	    { "Van der Berg left.", "Van der Berg/PERSON", NULL, NULL } },
	  { "\"name\":\"Luis Fernando Ortega Rivas\",\"title\":null,"
	    "\"aliases\":[\"Ortega Rivas\"],\"mentions\":2",
	    "\"name\":\"Jan van der Berg\",\"title\":null,"
	    "\"aliases\":[\"Van der Berg\"],\"mentions\":2" },
	  { NULL } },
	/* 40: "Name of the University of X said" is the person's statement;
	 * so is "His lawyer, Name, said". */
	{ { { "Jan Novak of the University of Oslo said the data were wrong.",
	      "Jan Novak/PERSON;University of Oslo/ORG", NULL,
	      "the data were wrong/indirect/said/University of Oslo/"
	      "University of Oslo" },
	    { "His lawyer, Ana Ruiz, said he was innocent.",
	      "Ana Ruiz/PERSON", NULL,
	      "he was innocent/indirect/said/Jan Novak/His lawyer" } },
	  { "\"speaker\":\"Jan Novak\",\"speaker_id\":\"E1\",\"cue\":\"said\","
	    "\"kind\":\"indirect\",\"quote\":\"the data were wrong\"",
	    "\"speaker\":\"Ana Ruiz\",\"speaker_id\":\"E3\",\"cue\":\"said\","
	    "\"kind\":\"indirect\",\"quote\":\"he was innocent\"" },
	  { NULL } },
	/* 41: "Bank Indonesia Governor Name said": the governor said it. */
	{ { { "Bank Kelta Governor Ana Ruiz said rates would rise.",
	      "Bank Kelta/ORG;Ana Ruiz/PERSON", NULL,
	      "rates would rise/indirect/said/Bank Kelta/Bank Kelta" } },
	  { "\"speaker\":\"Ana Ruiz\",\"speaker_id\":\"E2\"" },
	  { NULL } },
	/* 43: a place after "in the" or "in central" is where, not who. */
	{ { { "Troops moved in central Leeds and in the Gaza Strip on Monday.",
	      "Leeds/LOC;Gaza Strip/LOC", "Monday/DATE/2021-03-01", NULL } },
	  { "\"who\":[],\"where\":[\"Leeds\",\"Gaza Strip\"]" },
	  { NULL } },
	/* 44: a place after a preposition in the speaker is not them. */
	{ { { "Police in Leeds said a man was hurt.", "Leeds/LOC", NULL,
	      "a man was hurt/indirect/said/Police in Leeds/Police in Leeds" } },
	  { "\"speaker\":\"Police in Leeds\",\"speaker_id\":null" },
	  { NULL } },
	/* 42: whom told ends where the clause told starts, also when it
	 * opens with a determiner (qprobe). */
	{ { { "Chief Ray Dominguez told reporters the police would patrol.",
	      "Ray Dominguez/PERSON", NULL,
	      "the police would patrol/indirect/told/Ray Dominguez/Ray "
	      "Dominguez" } },
	  { "\"to\":\"reporters\"" },
	  { "\"to\":\"reporters the" } },
	/* 45: a bare surname two people share is the quote's speaker
	 * lede-quotes resolved it to ("Hale, 64, said he ..."). */
	{ { { "Tom Hale and his wife, Mary Hale, run the bakery.",
	      "Tom Hale/PERSON;Mary Hale/PERSON", NULL, NULL },
	    { "Mary Hale said the rent had tripled.", "Mary Hale/PERSON",
	      NULL, "the rent had tripled/indirect/said/Mary Hale/Mary Hale" },
	    { "Hale, 64, said he would keep baking.", "Hale/PERSON", NULL,
	      "he would keep baking/indirect/said/Tom Hale/Hale" } },
	  { "\"name\":\"Tom Hale\",\"title\":null,\"aliases\":[\"Hale\"],"
	    "\"mentions\":2",
	    "\"name\":\"Mary Hale\",\"title\":null,\"aliases\":[],"
	    "\"mentions\":2" },
	  { NULL } },
	/* 46: else the one named in full most often before it. */
	{ { { "Harriet Ambrose died on Sunday.", "Harriet Ambrose/PERSON",
	      NULL, NULL },
	    { "Harriet Ambrose trained in Edinburgh.",
	      "Harriet Ambrose/PERSON;Edinburgh/LOC", NULL, NULL },
	    { "She married George Ambrose in 1958.", "George Ambrose/PERSON",
	      NULL, NULL },
	    { "Ambrose is survived by a daughter.", "Ambrose/PERSON", NULL,
	      NULL } },
	  { "\"name\":\"Harriet Ambrose\",\"title\":null,"
	    "\"aliases\":[\"Ambrose\"],\"mentions\":3",
	    "\"name\":\"George Ambrose\",\"title\":null,\"aliases\":[],"
	    "\"mentions\":1" },
	  { NULL } },
	/* 47: a common noun a headline capitalised before a surname, when
	 * the text writes it in lower case, is no part of the name. */
	{ { { "Republican Donor Verhoek Backs Ortiz on Taxes.",
	      "Republican/MISC;Donor Verhoek/PERSON;Ortiz/PERSON", NULL, NULL },
	    { "The donor Marcus Verhoek met Lena Ortiz on Friday.",
	      "Marcus Verhoek/PERSON;Lena Ortiz/PERSON", NULL, NULL } },
	  { "\"name\":\"Marcus Verhoek\",\"title\":null,"
	    "\"aliases\":[\"Verhoek\"],\"mentions\":2" },
	  { "Donor Verhoek" } },
	/* 48: the first word of one firm's name names it. */
	{ { { "Norvana Group cut its forecast.", "Norvana Group/ORG", NULL,
	      NULL },
	    { "Norvana said it would close two plants.", "Norvana/ORG", NULL,
	      NULL } },
	  { "\"name\":\"Norvana Group\",\"aliases\":[\"Norvana\"],"
	    "\"mentions\":2" },
	  { NULL } },
	/* 49: British titles without a full stop; a headline with "into". */
	{ { { "Donor Pours Millions into Governor Race",
	      "Donor Pours Millions/ORG;Governor Race/MISC", NULL, NULL },
	    { "Dr Owain Hughes said the ward would reopen.",
	      "Owain Hughes/PERSON", NULL, NULL } },
	  { "\"name\":\"Owain Hughes\",\"title\":\"Dr\"" },
	  { "Governor Race", "Donor Pours" } },
	/* 54: a ticker in brackets after a firm names the firm. */
	{ { { "Veltrix Systems Inc (NASDAQ: VLTX) reported higher revenue.",
	      "Veltrix Systems Inc/ORG;VLTX/ORG", NULL, NULL } },
	  { "\"name\":\"Veltrix Systems Inc\",\"aliases\":[\"VLTX\"]" },
	  { NULL } },
	/* 55: the plural that ends one team's name names it; "House" does
	 * not name "the White House". */
	{ { { "The Kansas City Chiefs beat the Denver Broncos 27-17.",
	      "Kansas City Chiefs/ORG;Denver Broncos/ORG", NULL, NULL },
	    { "The Chiefs (12-3) have won six straight.", "Chiefs/ORG", NULL,
	      NULL },
	    { "The White House said the House would vote.",
	      "White House/ORG;House/ORG", NULL, NULL } },
	  { "\"name\":\"Kansas City Chiefs\",\"aliases\":[\"Chiefs\"]" },
	  { "\"aliases\":[\"House\"]" } },
	/* 56: a dateline in capitals before a colon says where. */
	{ { { "MUMBAI: The state government announced relief on Thursday.",
	      "MUMBAI/LOC", "Thursday/DATE/2026-11-26", NULL } },
	  { "\"who\":[],\"where\":[\"MUMBAI\"]" },
	  { NULL } },
	/* 57: a degree after a name comes before the title. */
	{ { { "The plan was set, said Elisabeth Strand, Ph.D., chief "
	      "executive of Norrland Therapeutics.",
	      "Elisabeth Strand/PERSON;Norrland Therapeutics/ORG", NULL,
	      NULL } },
	  { "\"title\":\"chief executive of Norrland Therapeutics\"" },
	  { NULL } },
	/* 58: a title before an honorific ("Shri", "Rt. Hon."). */
	{ { { "Chief Minister Shri Vinayak Patil said the money would reach "
	      "farmers.", "Vinayak Patil/PERSON", NULL, NULL },
	    { "The Speaker, Rt. Hon. Olu Bakare, said the bill had passed.",
	      "Olu Bakare/PERSON", NULL, NULL } },
	  { "\"name\":\"Vinayak Patil\",\"title\":\"Chief Minister\"",
	    "\"name\":\"Olu Bakare\",\"title\":\"Speaker\"" },
	  { NULL } },
	/* 59: a press release's dateline with its year. */
	{ { { "BOSTON, March 3, 2027 /PRNewswire/ -- Norrland Inc. today "
	      "announced results.", "BOSTON/LOC;Norrland Inc./ORG",
	      "March 3, 2027/DATE/2027-03-03;today/DATE/2027-03-03", NULL } },
	  { "\"where\":[\"BOSTON\"]" },
	  { NULL } },
	/* 60: "Cabinet Secretary" is a title: no organisation "Water
	 * Cabinet". */
	{ { { "Water Cabinet Secretary Joseph Mutua blamed a broken pipeline.",
	      "Joseph Mutua/PERSON", NULL, NULL } },
	  { "\"name\":\"Joseph Mutua\",\"title\":\"Cabinet Secretary\"" },
	  { "\"name\":\"Water Cabinet\"" } },
	/* 61: "KANO - ": a hyphen between spaces after a place in capitals
	 * ends a dateline, and its place is a place though tagged ORG. */
	{ { { "KANO - Governor Ade Bello visited the market on Monday.",
	      "KANO/ORG;Ade Bello/PERSON", "Monday/DATE/2026-11-23", NULL } },
	  { "\"type\":\"LOC\",\"name\":\"KANO\"",
	    "\"who\":[\"E2\"],\"where\":[\"KANO\"]" },
	  { NULL } },
	/* 62: a speaker without the full stop of "Corp." is the firm. */
	{ { { "Norvik Mining Corp. reported a profit.",
	      "Norvik Mining Corp./ORG", NULL, NULL },
	    { "Costs fell, the Toronto-based company said.",
	      "Toronto-based/MISC", NULL,
	      "Costs fell/indirect/said/Norvik Mining Corp/"
	      "the Toronto-based company" } },
	  { "\"speaker\":\"Norvik Mining Corp.\",\"speaker_id\":\"E1\"" },
	  { "\"PERSON\"" } },
	/* 63: "the judge" is the person styled "Justice". */
	{ { { "Justice Ada Obi sentenced the banker on Thursday.",
	      "Ada Obi/PERSON", NULL, NULL },
	    { "He had \"betrayed trust\", the judge said.", NULL, NULL,
	      "betrayed trust/partial/said/judge/judge" } },
	  { "\"speaker\":\"Ada Obi\",\"speaker_id\":\"E1\"" },
	  { NULL } },
	/* 64: a title in commas before "Mr" or "Mrs"; after "Name's" the
	 * title is the role ("lawyer"), as after "His". */
	{ { { "Counsel to the commission, Mr Emeka Obi, told the court the "
	      "money was moved.", "Emeka Obi/PERSON", NULL, NULL },
	    { "Obi's lawyer, Mrs Ngozi Bello, said he would appeal.",
	      "Obi/PERSON;Ngozi Bello/PERSON", NULL, NULL } },
	  { "\"name\":\"Emeka Obi\",\"title\":\"Counsel to the "
	    "commission\"", "\"name\":\"Ngozi Bello\",\"title\":\"lawyer\"" },
	  { NULL } },
	/* 65: a phrase opened by a preposition before a name in commas is
	 * no title. */
	{ { { "In this swing state with its weight on general elections, "
	      "Mrs. Ann Lee promised jobs.", "Ann Lee/PERSON", NULL, NULL } },
	  { "\"name\":\"Ann Lee\",\"title\":null" },
	  { NULL } },
	/* 66: Irish and Indian titles. */
	{ { { "Taoiseach Declan Moore said the plan would work.",
	      "Declan Moore/PERSON", NULL, NULL },
	    { "Advocate Rahul Joshi spoke for the residents.",
	      "Rahul Joshi/PERSON", NULL, NULL } },
	  { "\"name\":\"Declan Moore\",\"title\":\"Taoiseach\"",
	    "\"name\":\"Rahul Joshi\",\"title\":\"Advocate\"" },
	  { NULL } },
	/* 67: a headline's "Governor vows" is the governor named below. */
	{ { { "Governor vows to rebuild markets", NULL, NULL,
	      "to rebuild markets/indirect/vows/Governor/Governor" },
	    { "State Governor Ade Bello spoke on Monday.", "Ade Bello/PERSON",
	      NULL, NULL } },
	  { "\"speaker\":\"Ade Bello\",\"speaker_id\":\"E1\"" },
	  { NULL } },
	/* 68: a speaker that is a name and a time adverbial is the name;
	 * "Israeli officials" is not "Israeli". */
	{ { { "Norvik Steel Ltd reported a profit.", "Norvik Steel Ltd/ORG",
	      NULL, NULL },
	    { "Profit rose, it said.", NULL, NULL,
	      "Profit rose/indirect/said/Norvik Steel Ltd on Monday/it" },
	    { "Costs fell, Israeli officials said.", "Israeli/MISC", NULL,
	      "Costs fell/indirect/said/Israeli officials/Israeli officials" } },
	  { "\"speaker\":\"Norvik Steel Ltd\",\"speaker_id\":\"E1\"" },
	  { "\"speaker\":\"Israeli\"," } },
	/* 69: one word in lower case between title words; not a kinship
	 * word ("her former husband Prince Carl"). */
	{ { { "Provincial disaster officer Ramon Cruz said rescuers were "
	      "searching.", "Ramon Cruz/PERSON", NULL, NULL },
	    { "Forecaster Aoife Byrne and her former husband Prince Carl "
	      "spoke.", "Aoife Byrne/PERSON;Carl/PERSON", NULL, NULL },
	    { "The club's director of rugby Paul Marsh agreed.",
	      "Paul Marsh/PERSON", NULL, NULL } },
	  { "\"name\":\"Ramon Cruz\",\"title\":\"Provincial disaster "
	    "officer\"", "\"name\":\"Aoife Byrne\",\"title\":\"Forecaster\"",
	    "\"name\":\"Carl\",\"title\":\"Prince\"",
	    "\"name\":\"Paul Marsh\",\"title\":\"director of rugby\"" },
	  { NULL } },
	/* 70b: "A bench of Justice A and Justice B said": both said it; a
	 * dateline's place given as the speaker is the clause's subject. */
	{ { { "A bench of Justice Ana Reyes and Justice Tom Hale said the "
	      "plan was unlawful.", "Ana Reyes/PERSON;Tom Hale/PERSON", NULL,
	      "the plan was unlawful/indirect/said/Tom Hale/Tom Hale" },
	    { "PUNE: The Bombay High Court stayed the order, saying it was "
	      "unfair.", "PUNE/LOC;Bombay High Court/ORG", NULL,
	      "it was unfair/indirect/saying/PUNE/PUNE" } },
	  { "\"speaker\":\"Ana Reyes\",\"speaker_id\":\"E1\"",
	    "\"speaker\":\"Tom Hale\",\"speaker_id\":\"E2\"",
	    "\"speaker\":\"Bombay High Court\"" },
	  { "\"speaker\":\"PUNE\"" } },
	/* 70: "Cllr Name" tagged an organisation is a person. */
	{ { { "Cllr Niall Brennan (FF) said traders were worried.",
	      "Cllr Niall Brennan/ORG;FF/ORG", NULL, NULL } },
	  { "\"type\":\"PERSON\",\"name\":\"Niall Brennan\","
	    "\"title\":\"Cllr\"" },
	  { NULL } },
};

/* Find the next occurrence of len bytes of w in text at or after *from. */
static size_t
locate(const char *text, const char *w, size_t len, size_t *from)
{
	const char *p = text + *from;

	for (; *p != '\0'; p++)
		if (strncmp(p, w, len) == 0) {
			*from = (size_t)(p - text) + len;
			return (size_t)(p - text);
		}
	ck_abort_msg("\"%.*s\" not in \"%s\"", (int)len, w, text);
	return 0;
}

/* Split spec at sep into at most n fields; return the number. */
static size_t
fields(const char *spec, int sep, const char **f, size_t *len, size_t n)
{
	size_t k = 0;
	const char *q;

	while (k < n) {
		q = strchr(spec, sep);
		f[k] = spec;
		len[k] = q ? (size_t)(q - spec) : strlen(spec);
		k++;
		if (q == NULL)
			break;
		spec = q + 1;
	}
	return k;
}

static void
put_span(struct buf *b, size_t base, size_t start, size_t len,
    const char *text)
{
	buf_printf(b, "\"start\":%zu,\"end\":%zu,\"text\":", base + start,
	    base + start + len);
	json_put_string(b, text + start, len);
}

/* Append the record of sentence s (document offset base) to b. */
static void
record(struct buf *b, const struct sspec *s, size_t n, size_t base)
{
	const char *item[8], *f[8];
	size_t ilen[8], flen[8], ni, i, from, at, cue, sp;
	char part[256];

	buf_printf(b, "{\"doc\":\"d\",\"sent\":%zu,\"start\":%zu,\"end\":%zu,"
	    "\"text\":", n, base, base + strlen(s->text));
	json_put_string(b, s->text, strlen(s->text));
	if (s->ents != NULL) {
		buf_adds(b, ",\"ents\":[");
		ni = *s->ents ? fields(s->ents, ';', item, ilen, 8) : 0;
		for (i = 0, from = 0; i < ni; i++) {
			snprintf(part, sizeof(part), "%.*s", (int)ilen[i], item[i]);
			fields(part, '/', f, flen, 2);
			at = locate(s->text, f[0], flen[0], &from);
			buf_adds(b, i ? ",{" : "{");
			put_span(b, base, at, flen[0], s->text);
			buf_printf(b, ",\"type\":\"%.*s\"}", (int)flen[1], f[1]);
		}
		buf_addc(b, ']');
	}
	if (s->timex != NULL) {
		buf_adds(b, ",\"timex\":[");
		ni = fields(s->timex, ';', item, ilen, 8);
		for (i = 0, from = 0; i < ni; i++) {
			snprintf(part, sizeof(part), "%.*s", (int)ilen[i], item[i]);
			fields(part, '/', f, flen, 3);
			at = locate(s->text, f[0], flen[0], &from);
			buf_adds(b, i ? ",{" : "{");
			put_span(b, base, at, flen[0], s->text);
			buf_printf(b, ",\"type\":\"%.*s\",\"value\":\"%.*s\"}",
			    (int)flen[1], f[1], (int)flen[2], f[2]);
		}
		buf_addc(b, ']');
	}
	if (s->quotes != NULL) {
		buf_adds(b, ",\"quotes\":[");
		ni = fields(s->quotes, ';', item, ilen, 8);
		for (i = 0; i < ni; i++) {
			snprintf(part, sizeof(part), "%.*s", (int)ilen[i], item[i]);
			fields(part, '/', f, flen, 5);
			from = 0;
			at = locate(s->text, f[0], flen[0], &from);
			buf_adds(b, i ? ",{" : "{");
			put_span(b, base, at, flen[0], s->text);
			buf_printf(b, ",\"kind\":\"%.*s\",\"cue\":\"%.*s\"",
			    (int)flen[1], f[1], (int)flen[2], f[2]);
			from = 0;
			cue = locate(s->text, f[2], flen[2], &from);
			buf_printf(b, ",\"cue_start\":%zu,\"cue_end\":%zu",
			    base + cue, base + cue + flen[2]);
			if (flen[3] == 1 && f[3][0] == '-')
				buf_adds(b, ",\"speaker\":null");
			else
				buf_printf(b, ",\"speaker\":\"%.*s\"", (int)flen[3],
				    f[3]);
			if (!(flen[4] == 1 && f[4][0] == '-')) {
				from = 0;
				sp = locate(s->text, f[4], flen[4], &from);
				buf_printf(b, ",\"speaker_start\":%zu,"
				    "\"speaker_end\":%zu", base + sp,
				    base + sp + flen[4]);
			}
			buf_addc(b, '}');
		}
		buf_addc(b, ']');
	}
	buf_adds(b, "}");
}

/* Run the facts of the document of sentences s into out. */
static void
run(const struct sspec *s, int format, struct buf *out)
{
	struct arena a = ARENA_INIT;
	struct document d;
	struct docrec recs[MAXSENT];
	struct json_err err;
	struct facts *f = facts_new();
	struct buf line;
	size_t n, base = 0;

	memset(&d, 0, sizeof(d));
	d.recs = recs;
	d.doc = "d";
	d.doc_len = 1;
	d.arena = &a;
	for (n = 0; n < MAXSENT && s[n].text != NULL; n++) {
		struct docrec *r = &recs[n];

		buf_init(&line);
		record(&line, &s[n], n, base);
		memset(r, 0, sizeof(*r));
		r->line = arena_strndup(&a, line.data, line.len);
		r->len = line.len;
		json_obj_init(&r->obj);
		ck_assert_msg(json_scan_object(r->line, r->len, &r->obj, &err) == 0,
		    "%s: %s", err.msg, r->line);
		r->status = sentence_read(r->line, &r->obj, &a, &r->s, &err);
		ck_assert_int_eq(r->status, SENT_OK);
		base += strlen(s[n].text) + 1;
		buf_free(&line);
	}
	d.n = n;
	ck_assert_int_eq(facts_document(f, &d, out, format), 0);
	for (n = 0; n < d.n; n++)
		json_obj_free(&recs[n].obj);
	facts_free(f);
	arena_free(&a);
}

START_TEST(test_facts)
{
	const struct fcase *c = &cases[_i];
	struct buf out;
	size_t k;

	buf_init(&out);
	run(c->s, FACTS_JSONL, &out);
	for (k = 0; k < MAXWANT && c->want[k] != NULL; k++)
		ck_assert_msg(strstr(out.data, c->want[k]) != NULL,
		    "case %d: want %s in\n%s", _i, c->want[k], out.data);
	for (k = 0; k < MAXWANT && c->never[k] != NULL; k++)
		ck_assert_msg(strstr(out.data, c->never[k]) == NULL,
		    "case %d: do not want %s in\n%s", _i, c->never[k], out.data);
	buf_free(&out);
}
END_TEST

START_TEST(test_every_line_is_json)
{
	const struct fcase *c = &cases[_i];
	struct json_obj o;
	struct json_err err;
	struct buf out;
	const char *p, *nl;

	buf_init(&out);
	json_obj_init(&o);
	run(c->s, FACTS_JSONL, &out);
	for (p = out.data; (nl = strchr(p, '\n')) != NULL; p = nl + 1) {
		ck_assert_msg(json_scan_object(p, (size_t)(nl - p), &o, &err) == 0,
		    "case %d: %s: %.*s", _i, err.msg, (int)(nl - p), p);
		ck_assert(json_find(p, &o, "fact") != NULL);
	}
	ck_assert_str_eq(p, "");
	json_obj_free(&o);
	buf_free(&out);
}
END_TEST

START_TEST(test_table)
{
	static const struct sspec s[] = {
		{ "Italian Prime Minister Anna Verdi spoke on March 4.",
		  "Italian/MISC;Anna Verdi/PERSON", "March 4/DATE/2021-03-04",
		  NULL },
		{ NULL, NULL, NULL, NULL }
	};
	struct buf out;

	buf_init(&out);
	run(s, FACTS_TABLE, &out);
	ck_assert_msg(strncmp(out.data, "== d ==\nEntities\n", 17) == 0, "%s",
	    out.data);
	ck_assert(strstr(out.data, "Anna Verdi -- Italian Prime Minister") != NULL);
	ck_assert(strstr(out.data, "Events\n  2021-03-04  #0  who: Anna Verdi")
	    != NULL);
	ck_assert(strstr(out.data, "Dates\n  March 4  =  2021-03-04 DATE  x1\n")
	    != NULL);
	buf_free(&out);
}
END_TEST

START_TEST(test_empty)
{
	struct arena a = ARENA_INIT;
	struct document d;
	struct facts *f = facts_new();
	struct buf out;

	memset(&d, 0, sizeof(d));
	d.doc = "";
	d.arena = &a;
	buf_init(&out);
	ck_assert_int_eq(facts_document(f, &d, &out, FACTS_JSONL), 0);
	ck_assert_uint_eq(out.len, 0);
	buf_free(&out);
	facts_free(f);
	arena_free(&a);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("facts");
	TCase *tc = tcase_create("facts");
	SRunner *sr;
	int nfail;

	tcase_add_loop_test(tc, test_facts, 0,
	    (int)(sizeof(cases) / sizeof(cases[0])));
	tcase_add_loop_test(tc, test_every_line_is_json, 0,
	    (int)(sizeof(cases) / sizeof(cases[0])));
	tcase_add_test(tc, test_table);
	tcase_add_test(tc, test_empty);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_ENV);
	nfail = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nfail == 0 ? 0 : 1;
}
