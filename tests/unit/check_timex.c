/* Check suite for lib/timex.c: calendar arithmetic and phrase -> TIMEX3. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "mem.h"
#include "timex.h"

static const struct {
	int	 y;
	int	 leap;
} leaps[] = {
	{ 1900, 0 }, { 2000, 1 }, { 2004, 1 }, { 2019, 0 }, { 2020, 1 },
	{ 2100, 0 }, { 2400, 1 }, { 1996, 1 }, { 1999, 0 },
};

START_TEST(test_leap)
{
	ck_assert_int_eq(timex_leap(leaps[_i].y), leaps[_i].leap);
	ck_assert_int_eq(timex_month_len(leaps[_i].y, 2), 28 + leaps[_i].leap);
}
END_TEST

START_TEST(test_month_len)
{
	static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int m;

	for (m = 1; m <= 12; m++)
		ck_assert_int_eq(timex_month_len(2021, m), len[m - 1]);
	ck_assert_int_eq(timex_month_len(2021, 0), 0);
	ck_assert_int_eq(timex_month_len(2021, 13), 0);
}
END_TEST

/* ISO 8601 weeks, with the year boundaries that trip naive code. */
static const struct {
	int	 y, m, d;
	int	 wy, w;		/* ISO year and week */
	int	 wd;		/* ISO weekday */
} weeks[] = {
	{ 2020, 10, 21, 2020, 43, 3 },
	{ 2020, 12, 31, 2020, 53, 4 },
	{ 2021, 1, 1, 2020, 53, 5 },
	{ 2021, 1, 3, 2020, 53, 7 },
	{ 2021, 1, 4, 2021, 1, 1 },
	{ 2008, 12, 29, 2009, 1, 1 },
	{ 2005, 1, 1, 2004, 53, 6 },
	{ 2005, 1, 2, 2004, 53, 7 },
	{ 2007, 1, 1, 2007, 1, 1 },
	{ 1998, 2, 13, 1998, 7, 5 },
	{ 2000, 2, 29, 2000, 9, 2 },
	{ 1970, 1, 1, 1970, 1, 4 },
};

START_TEST(test_iso_week)
{
	int wy = 0;

	ck_assert_int_eq(timex_iso_week(weeks[_i].y, weeks[_i].m, weeks[_i].d,
	    &wy), weeks[_i].w);
	ck_assert_int_eq(wy, weeks[_i].wy);
	ck_assert_int_eq(timex_weekday(weeks[_i].y, weeks[_i].m, weeks[_i].d),
	    weeks[_i].wd);
}
END_TEST

START_TEST(test_days_round_trip)
{
	long n;
	int y, m, d;

	ck_assert_int_eq(timex_days(1970, 1, 1), 0);
	ck_assert_int_eq(timex_days(2000, 3, 1) - timex_days(2000, 2, 28), 2);
	ck_assert_int_eq(timex_days(2100, 3, 1) - timex_days(2100, 2, 28), 1);
	for (n = -800000; n < 800000; n += 997) {
		timex_civil(n, &y, &m, &d);
		ck_assert(m >= 1 && m <= 12 && d >= 1 &&
		    d <= timex_month_len(y, m));
		ck_assert_int_eq(timex_days(y, m, d), n);
	}
}
END_TEST

START_TEST(test_format)
{
	struct timex_date t = { 2020, 10, 21, TIMEX_G_DAY, 0 };
	char v[40];

	timex_format(&t, v, sizeof(v));
	ck_assert_str_eq(v, "2020-10-21");
	t.gran = TIMEX_G_WEEK;
	timex_format(&t, v, sizeof(v));
	ck_assert_str_eq(v, "2020-W43");
	t.gran = TIMEX_G_QUART;
	timex_format(&t, v, sizeof(v));
	ck_assert_str_eq(v, "2020-Q4");
	t.gran = TIMEX_G_DEC;
	timex_format(&t, v, sizeof(v));
	ck_assert_str_eq(v, "202");
	t.y = 0;
	t.gran = TIMEX_G_DAY;
	timex_format(&t, v, sizeof(v));
	ck_assert_str_eq(v, "XXXX-10-21");
}
END_TEST

/*
 * Phrases: with the DCT, the sentence must yield one timex with this
 * text, type, value and mod.  A NULL type means no timex at all.
 */
static const struct {
	const char	*dct;
	const char	*text;
	const char	*span;
	const char	*type;
	const char	*value;
	const char	*mod;
} phrases[] = {
	/* explicit dates */
	{ "2020-10-21", "It happened on Oct. 21, 2020.", "Oct. 21, 2020", "DATE", "2020-10-21", "" },
	{ "2020-10-21", "It began on 21 October 2020.", "21 October 2020", "DATE", "2020-10-21", "" },
	{ "2020-10-21", "Filed 10/21/2020 in court.", "10/21/2020", "DATE", "2020-10-21", "" },
	{ "2020-10-21", "Filed 2020-10-21 in court.", "2020-10-21", "DATE", "2020-10-21", "" },
	{ "2020-10-21", "They met on Wednesday, Oct. 21.", "Wednesday, Oct. 21", "DATE", "2020-10-21", "" },
	{ "2020-10-21", "The talks on October 23 will go on.", "October 23", "DATE", "2020-10-23", "" },
	{ "2020-10-21", "In late September they fought.", "late September", "DATE", "2020-09", "END" },
	{ "2020-10-21", "The war of 1994 ended.", "1994", "DATE", "1994", "" },
	{ "2020-10-21", "It grew in the 1990s.", "the 1990s", "DATE", "199", "" },
	{ "2020-10-21", "In the 20th century it was.", "the 20th century", "DATE", "19", "" },
	{ "2020-10-21", "Sales fell in the third quarter.", "the third quarter", "DATE", "2020-Q3", "" },
	{ "2020-10-21", "It rose in fiscal 1998, he said.", "fiscal 1998", "DATE", "1998", "" },
	{ "2020-10-21", "In May 2019 he left.", "May 2019", "DATE", "2019-05", "" },
	{ "2020-10-21", "It was founded in 1867.", "1867", "DATE", "1867", "" },
	{ "2020-10-21", "The summer of 1994 was hot.", "The summer of 1994", "DATE", "1994-SU", "" },
	{ "2020-10-21", "They will meet on Christmas Day.", "Christmas Day", "DATE", "2020-12-25", "" },
	{ "2020-10-21", "They met on Christmas Day.", "Christmas Day", "DATE", "2019-12-25", "" },
	/* relative to the DCT */
	{ "2020-10-21", "He said today that it is over.", "today", "DATE", "2020-10-21", "" },
	{ "2020-10-21", "He left yesterday.", "yesterday", "DATE", "2020-10-20", "" },
	{ "2020-10-21", "He will leave tomorrow.", "tomorrow", "DATE", "2020-10-22", "" },
	{ "2020-10-21", "He speaks tonight.", "tonight", "TIME", "2020-10-21TNI", "" },
	{ "2020-10-21", "Prices rose last year.", "last year", "DATE", "2019", "" },
	{ "2020-10-21", "Prices rose this month.", "this month", "DATE", "2020-10", "" },
	{ "2020-10-21", "They meet next week.", "next week", "DATE", "2020-W44", "" },
	{ "2021-01-02", "They met last week.", "last week", "DATE", "2020-W52", "" },
	{ "2021-01-04", "They met last week.", "last week", "DATE", "2020-W53", "" },
	{ "2020-03-01", "They met last month.", "last month", "DATE", "2020-02", "" },
	{ "2020-01-15", "They met last month.", "last month", "DATE", "2019-12", "" },
	{ "2020-10-21", "He left two years ago.", "two years ago", "DATE", "2018", "" },
	{ "2020-03-31", "He left a month ago.", "a month ago", "DATE", "2020-02", "" },
	{ "2020-03-01", "He left three days ago.", "three days ago", "DATE", "2020-02-27", "" },
	{ "2021-03-01", "He left three days ago.", "three days ago", "DATE", "2021-02-26", "" },
	{ "2020-10-21", "The minister said on Monday it was over.", "Monday", "DATE", "2020-10-19", "" },
	{ "2020-10-21", "The ministers will meet on Monday.", "Monday", "DATE", "2020-10-26", "" },
	/* An infinitive's deadline after a past verb: the nearer day. */
	{ "2020-10-21", "Stores were told to remove them by 5pm on Thursday.", "5pm on Thursday", "TIME", "2020-10-22T17:00", "" },
	/* A past form the lexicon lists is the plain verb after a modal. */
	{ "2020-10-21", "The storm will hit the coast on Monday.", "Monday", "DATE", "2020-10-26", "" },
	{ "2020-10-21", "The storm hit the coast on Monday.", "Monday", "DATE", "2020-10-19", "" },
	{ "2020-10-21", "He said last Friday that he quit.", "last Friday", "DATE", "2020-10-16", "" },
	{ "2020-10-21", "They spoke Monday night.", "Monday night", "TIME", "2020-10-19TNI", "" },
	{ "2020-10-21", "It has risen recently.", "recently", "DATE", "PAST_REF", "" },
	{ "2020-10-21", "Power would be reconnected by Thursday.", "Thursday", "DATE", "2020-10-22", "" },
	{ "2020-10-21", "Power was reconnected by Thursday.", "Thursday", "DATE", "2020-10-15", "" },
	{ "2020-10-21", "It has risen in recent years.", "recent years", "DURATION", "PXY", "" },
	{ "2020-10-21", "Talks stalled in recent weeks.", "recent weeks", "DURATION", "PXW", "" },
	{ "2020-10-21", "It could be unveiled as early as Tuesday.", "Tuesday", "DATE", "2020-10-27", "" },
	{ "2020-12-30", "A verdict is due as soon as Monday.", "Monday", "DATE", "2021-01-04", "" },
	{ "2020-10-21", "The offer had been due to expire Friday.", "Friday", "DATE", "2020-10-16", "" },
	{ "2020-10-21", "The ship was due to arrive Friday.", "Friday", "DATE", "2020-10-23", "" },
	{ "2020-10-21", "He will succeed her Feb. 1.", "Feb. 1", "DATE", "2021-02-01", "" },
	{ "2026-11-26", "Lawmakers have until March 15 to agree.", "March 15", "DATE", "2027-03-15", "" },
	{ "2026-11-25", "The firm will cut about 1,200 jobs, or 4% of its staff, by the end of March.", "the end of March", "DATE", "2027-03", "END" },
	{ "2026-11-26", "The curfew lasted until March 15.", "March 15", "DATE", "2026-03-15", "" },
	{ "2020-10-21", "The reduced fee is payable Jan. 2.", "Jan. 2", "DATE", "2021-01-02", "" },
	{ "2020-03-10", "Crowds stood there in August.", "August", "DATE", "2019-08", "" },
	{ "2020-03-10", "Crowds gather there in August.", "August", "DATE", "2020-08", "" },
	{ "2020-10-24", "A bomb went off next to the embassy on Friday.", "Friday", "DATE", "2020-10-23", "" },
	{ "2020-10-24", "Troops massed next to the border on Friday.", "Friday", "DATE", "2020-10-23", "" },
	{ "2020-10-21", "They meet next on Friday.", "Friday", "DATE", "2020-10-23", "" },
	{ "2020-10-21", "Shares rose more than expected on Monday.", "Monday", "DATE", "2020-10-19", "" },
	{ "2020-10-21", "The game was called off due to the rain on Sunday.", "Sunday", "DATE", "2020-10-18", "" },
	{ "2020-10-21", "The game is due to start on Sunday.", "Sunday", "DATE", "2020-10-25", "" },
	{ "2020-10-21", "Its low point in January is a worry.", "January", "DATE", "2020-01", "" },
	{ "2020-11-21", "Its low point in January is a worry.", "January", "DATE", "2021-01", "" },
	{ "2020-10-21", "Its low point on Jan. 5 is a worry.", "Jan. 5", "DATE", "2021-01-05", "" },
	{ "2020-10-21", "Its low point on Dec. 20 is a worry.", "Dec. 20", "DATE", "2020-12-20", "" },
	{ "2020-10-21", "Its low point on Feb. 10 is a worry.", "Feb. 10", "DATE", "2020-02-10", "" },
	{ "2020-10-21", "Prices rose in the morning.", "the morning", "TIME", "2020-10-21TMO", "" },
	{ "2020-10-21", "Rain fell during the night.", "the night", "TIME", "2020-10-21TNI", "" },
	{ "2020-10-21", "Prices rose in the morning session.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "He told of the night the war began.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "The daily found that 40 agreed.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "It was in the Kookmin Daily on page two.", NULL, NULL, NULL, NULL },
	/* A title, not the day: "USA Today", "the Today programme". */
	{ "2020-10-21", "The report appeared in USA Today.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "She spoke on Radio 4's Today programme.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "Senate Votes Today On Spending Bill", "Today", "DATE", "2020-10-21", "" },
	{ "2020-10-21", "He told the daily Le Monde so.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "They met daily.", "daily", "SET", "P1D", "" },
	/* A decade of someone's life is an age. */
	{ "2020-10-21", "A man in his 60s was hurt.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "Both are in their mid-20s.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "It was a hit in the late 60s.", "the late 60s", "DATE", "196", "END" },
	{ "2020-10-21", "Profit for the year rose.", "the year", "DURATION", "P1Y", "" },
	{ "2020-10-21", "It ends by the end of the year.", "the end of the year", "DATE", "2020", "END" },
	{ "2020-10-21", "Profit rose earlier in the year.", "earlier in the year", "DATE", "2020", "START" },
	{ "2020-10-21", "Now, he says, it is over.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "It is now clear.", "now", "DATE", "PRESENT_REF", "" },
	{ "2020-10-21", "It will end soon.", "soon", "DATE", "FUTURE_REF", "" },
	{ "2020-10-21", "He was seen this morning.", "this morning", "TIME", "2020-10-21TMO", "" },
	{ "2020-10-21", "Results came earlier this year.", "earlier this year", "DATE", "2020", "START" },
	{ "2020-10-21", "It happened last summer.", "last summer", "DATE", "2020-SU", "" },
	/* times */
	{ "2020-10-21", "It began at 10:30 a.m. EDT.", "10:30 a.m. EDT", "TIME", "2020-10-21T10:30", "" },
	{ "2020-10-21", "The vote will be at 5 p.m. Thursday.", "5 p.m. Thursday", "TIME", "2020-10-22T17:00", "" },
	/* durations */
	{ "2020-10-21", "It lasted three years.", "three years", "DURATION", "P3Y", "" },
	{ "2020-10-21", "Over the past few years it grew.", "the past few years", "DURATION", "PXY", "" },
	{ "2020-10-21", "He was held for 48 hours.", "48 hours", "DURATION", "PT48H", "" },
	{ "2020-10-21", "It signed a two-year deal.", "two-year", "DURATION", "P2Y", "" },
	{ "2020-10-21", "In the last twenty four hours it fell.", "the last twenty four hours", "DURATION", "PT24H", "" },
	{ "2020-10-21", "It took more than two weeks.", "more than two weeks", "DURATION", "P2W", "MORE_THAN" },
	{ "2020-10-21", "It took about a decade.", "about a decade", "DURATION", "P1E", "APPROX" },
	{ "2020-10-21", "It took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", "" },
	/* sets */
	{ "2020-10-21", "They meet every Monday.", "every Monday", "SET", "XXXX-WXX-1", "" },
	{ "2020-10-21", "The river floods every spring.", "every spring", "SET", "XXXX-SP", "" },
	{ "2020-10-21", "It is paid annually.", "annually", "SET", "P1Y", "" },
	{ "2020-10-21", "They meet twice a month.", "twice a month", "SET", "P1M", "" },
	/* ranges, lists, decades, sets */
	{ "2020-10-21", "Talks on Oct. 19-20 failed.", "Oct. 19-20", "DATE", "2020-10-19", "" },
	{ "2020-10-21", "The 2009-2010 season was long.", "The 2009-2010 season", "DATE", "2009", "" },
	/* a season's split year with a slash keeps its first year, as with a hyphen */
	{ "2026-11-29", "The club came fourth in the 2026/27 season.", "the 2026/27 season", "DATE", "2026", "" },
	{ "2026-11-29", "The 2023/2024 season was cut short.", "The 2023/2024 season", "DATE", "2023", "" },
	{ "2026-11-29", "The ruling cited case 2026/3 in full.", NULL, NULL, NULL, NULL },
	{ "2026-11-29", "The ratio was 2026/25 at the end.", NULL, NULL, NULL, NULL },
	/* a day-first range of days keeps its first day, as "Oct. 19-20" */
	{ "2026-11-29", "The summit, 20-25 Nov, was moved to Oslo.", "20-25 Nov", "DATE", "2026-11-20", "" },
	{ "2026-11-29", "Shares rose between 2 and 3 per cent.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "Prices rose in 2009-2010 across Europe.", "2009-2010", "DATE", "2009", "" },
	{ "2020-10-21", "He left in '94, they said.", "'94", "DATE", "1994", "" },
	{ "2020-10-21", "It was built in the late 1980s.", "the late 1980s", "DATE", "198", "END" },
	{ "2020-10-21", "Shops close on weekends.", "weekends", "SET", "XXXX-WXX-WE", "" },
	{ "2020-10-21", "It grew in the first half of 2020.", "the first half of 2020", "DATE", "2020-H1", "" },
	{ "2020-10-21", "He was born in May.", "May", "DATE", "2020-05", "" },
	{ "2020-10-21", "The law takes effect on Jan. 1 next year.", "Jan. 1 next year", "DATE", "2021-01-01", "" },
	{ "2020-10-21", "The law takes effect on Jan. 1.", "Jan. 1", "DATE", "2021-01-01", "" },
	{ "2020-10-21", "It took an hour and a half.", "an hour and a half", "DURATION", "PT1H30M", "" },
	{ "2020-10-21", "Three days later the army left.", "Three days", "DURATION", "P3D", "" },
	/* unknown anchor */
	{ NULL, "It happened on October 21.", "October 21", "DATE", "XXXX-10-21", "" },
	{ NULL, "He left on Monday.", "Monday", "DATE", "XXXX-WXX-1", "" },
	{ NULL, "He left yesterday.", "yesterday", "DATE", "XXXX-XX-XX", "" },
	/* halves of a year need business words; seasons and months by tense */
	{ "2020-10-21", "Profit in the first half rose.", "the first half", "DATE", "2020-H1", "" },
	{ "2020-10-21", "Sales fell in the first half of the year.", "the first half of the year", "DATE", "2020-H1", "" },
	{ "2020-10-21", "Output grew in the third quarter of the year.", "the third quarter of the year", "DATE", "2020-Q3", "" },
	{ "2020-10-21", "The party has led in polls since January.", "January", "DATE", "2020-01", "" },
	{ "2020-03-05", "Shares are at their lowest since mid-August.", "mid-August", "DATE", "2019-08", "MID" },
	{ "2020-10-21", "It will keep rates unchanged until the summer.", "the summer", "DATE", "2021-SU", "" },
	{ "2020-10-21", "It will stay until at least the summer.", "the summer", "DATE", "2021-SU", "" },
	{ "2020-10-21", "The bank cut rates in the spring.", "the spring", "DATE", "2020-SP", "" },
	{ "2020-10-21", "Crime fell over the past decade.", "the past decade", "DURATION", "P1E", "" },
	{ "2020-10-21", "Crime fell in the last decade.", "the last decade", "DATE", "201", "" },
	{ "2020-10-21", "It raised its quarterly dividend.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "Sales trailed forecasts in the third quarter.", "the third quarter", "DATE", "2020-Q3", "" },
	{ "2020-10-21", "He scored 40 points as profit rose in the third quarter.", "the third quarter", "DATE", "2020-Q3", "" },
	/* a modal before the day tells the future; after it, or negated, not */
	{ "2020-10-21", "She said conditions should improve by Thursday.", "Thursday", "DATE", "2020-10-22", "" },
	{ "2020-10-21", "Counting could take until Friday.", "Friday", "DATE", "2020-10-23", "" },
	{ "2020-10-21", "He could not be reached on Monday.", "Monday", "DATE", "2020-10-19", "" },
	{ "2020-10-21", "Neither he nor his aide could be found on Monday.", "Monday", "DATE", "2020-10-19", "" },
	{ "2020-10-21", "He told reporters on Monday that the ban might be extended.", "Monday", "DATE", "2020-10-19", "" },
	/* more or less than a point in time is no mod; about one is */
	{ "2025-03-03", "Works will close the line over Easter.", "Easter", "DATE", "2025-04-20", "" },
	{ "2025-03-03", "It arrived at about 11 p.m.", "about 11 p.m.", "TIME", "2025-03-03T23:00", "APPROX" },
	{ "2025-03-03", "It closed more than 40 years ago.", "more than 40 years ago", "DATE", "1985", "MORE_THAN" },
	/* the next decade is ten years, not the decade after the last date */
	{ "2026-02-10", "Over the next decade, cities will have to choose.", "the next decade", "DURATION", "P1E", "" },
	/* so many days a week */
	{ "2023-08-21", "She opened the library seven days a week.", "seven days a week", "SET", "P1W", "" },
	{ "2023-08-21", "The line is staffed 24 hours a day.", "24 hours a day", "SET", "P1D", "" },
	{ "2026-07-15", "The council meets on the second Tuesday of each month.", "the second Tuesday of each month", "SET", "P1M", "" },
	{ "2025-09-15", "Delegates will meet twice daily.", "twice daily", "SET", "P1D", "" },
	{ "2025-05-19", "The first game is the weekend of 16 August.", "the weekend of 16 August", "DATE", "2025-W33-WE", "" },
	/* a weekday with no tense cue: the nearer one */
	{ "2024-11-04", "Polls close on Tuesday in most of the state.", "Tuesday", "DATE", "2024-11-05", "" },
	{ "2025-09-15", "The bank publishes its decision on Thursday.", "Thursday", "DATE", "2025-09-18", "" },
	{ "2025-09-15", "The bank publishes its decision on Friday.", "Friday", "DATE", "2025-09-12", "" },
	{ "2024-11-04", "Early voting ended on Saturday.", "Saturday", "DATE", "2024-11-02", "" },
	/* what is not a timex */
	{ "2025-06-10", "The road was closed at mile 1980.", NULL, NULL, NULL, NULL },
	{ "2024-11-04", "The present building dates from 1880.", "1880", "DATE", "1880", "" },
	{ "2024-11-04", "He met the future king.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "Rovers scored twice in the first half.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "City pulled one back in the second half.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "He scored a first-half penalty.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "They led by 10 points in the fourth quarter.", NULL, NULL, NULL, NULL },
	/* a score says the quarter is a match's; a vote or a range of
	 * percentages does not */
	{ "2026-11-29", "Kansas City led 17-10 after the third quarter.", NULL, NULL, NULL, NULL },
	{ "2026-11-29", "Sales rose 10-15% in the third quarter.", "the third quarter", "DATE", "2026-Q3", "" },
	{ "2020-10-21", "He may march on the capital.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "March on, they said.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "Theresa May spoke to reporters.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "About 2000 soldiers were killed.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "It cost $2000 and 1500 euros.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "Turnout was 1999 percent.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "A 40-year-old man was arrested.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "The man, 40 years old, was arrested.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "They won 3-2 at home.", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "0:00 0:02:54 0:00", NULL, NULL, NULL, NULL },
	{ "2020-10-21", "Cases of COVID-19 rose.", NULL, NULL, NULL, NULL },
	/* a scheduled event in the present, the end of a stretch (dprobe2) */
	{ "2025-03-10", "The bakery opens on Saturday.", "Saturday", "DATE", "2025-03-15", "" },
	{ "2025-03-10", "The pool is closed until Sunday.", "Sunday", "DATE", "2025-03-16", "" },
	{ "2025-03-10", "The bridge was closed until Sunday.", "Sunday", "DATE", "2025-03-09", "" },
	{ "2025-03-10", "Until Friday, nobody had seen the letter.", "Friday", "DATE", "2025-03-07", "" },
	{ "2025-03-11", "The council extended the consultation until Wednesday.", "Wednesday", "DATE", "2025-03-12", "" },
	{ "2025-03-11", "The festival is set to resume Monday in the park.", "Monday", "DATE", "2025-03-17", "" },
	{ "2025-10-27", "The firm announced the plan Aug. 21.", "Aug. 21", "DATE", "2025-08-21", "" },
	{ "2025-10-27", "The board created a new post, effective Feb. 1.", "Feb. 1", "DATE", "2026-02-01", "" },
	{ "2025-10-27", "The lender has extended the credit line through January.", "January", "DATE", "2026-01", "" },
	{ "2025-03-11", "The minister will visit the region, and on Monday praised the volunteers.", "Monday", "DATE", "2025-03-10", "" },
	/* seasons of play; centuries written as hundreds */
	{ "2025-03-10", "The striker has scored nine goals this season.", "this season", "DATE", "2025", "" },
	{ "2025-03-10", "He will retire at the end of next season.", "the end of next season", "DATE", "2026", "END" },
	{ "2025-03-10", "Last season the club finished fourth.", "Last season", "DATE", "2024", "" },
	{ "2025-03-10", "Trade boomed in the 1800s.", "the 1800s", "DATE", "18", "" },
	{ "2025-03-10", "The mill was built in the early 1900s.", "the early 1900s", "DATE", "19", "START" },
	{ "2025-03-10", "Prices rose through the 2000s.", "the 2000s", "DATE", "200", "" },
	{ "2025-03-10", "Some 1000s of fans waited outside.", NULL, NULL, NULL, NULL },
	/* the report's own time, past the object and the modifier */
	{ "2025-06-11", "The minister told reporters late Tuesday that the plan would change.", "late Tuesday", "DATE", "2025-06-10", "END" },
	/* a future overnight is tonight's; an infinitive's day the nearer */
	{ "2025-01-18", "Temperatures will drop overnight.", "overnight", "TIME", "2025-01-18TNI", "" },
	{ "2025-01-18", "Officials urged drivers to stay home on Sunday.", "Sunday", "DATE", "2025-01-19", "" },
	/* the plain present of a schedule after a name; a short past form */
	{ "2025-02-03", "Rovers host Castleford on Saturday.", "Saturday", "DATE", "2025-02-08", "" },
	{ "2025-04-28", "She died on Thursday.", "Thursday", "DATE", "2025-04-24", "" },
	/* clock times written "8pm"; on a holiday; a weekday part and its date */
	{ "2025-12-30", "Doors close at 8pm.", "8pm", "TIME", "2025-12-30T20:00", "" },
	{ "2025-12-30", "Pharmacies stay open until 8pm on New Year's Eve.", "8pm on New Year's Eve", "TIME", "2025-12-31T20:00", "" },
	{ "2025-03-03", "A result is expected by Sunday morning, 6 April.", "Sunday morning, 6 April", "TIME", "2025-04-06TMO", "" },
	/* a rate is a set; "a year earlier" after an amount is not */
	{ "2025-12-30", "Adults need 10 micrograms a day.", "a day", "SET", "P1D", "" },
	{ "2025-07-24", "Sales were $30 million, up from $28 million a year earlier.", "a year earlier", "DATE", "2024", "" },
	/* a fiscal quarter just ended is this year's */
	{ "2025-07-24", "Profit rose in its fiscal fourth quarter.", "its fiscal fourth quarter", "DATE", "2025-Q4", "" },
	/* hours in four digits before a zone; a difference; halves; spans */
	{ "2025-10-09", "The index was up 0.3% by 0830 GMT.", "0830 GMT", "TIME", "2025-10-09T08:30", "" },
	{ "2025-05-14", "It will arrive a year later than planned.", "a year", "DURATION", "P1Y", "" },
	{ "2026-02-20", "Restoration took four and a half years.", "four and a half years", "DURATION", "P4Y6M", "" },
	{ "2025-11-05", "The shutdown in the winter of 2018-19 was long.", "the winter of 2018-19", "DATE", "2018-WI", "" },
	/* a month ahead in the past tense is last year's; a contract's ahead */
	{ "2025-08-30", "He missed two games in October.", "October", "DATE", "2024-10", "" },
	{ "2025-10-09", "Brent crude for December delivery fell.", "December", "DATE", "2025-12", "" },
	{ "2025-03-10", "The appeal is heard in May.", "May", "DATE", "2025-05", "" },
	/* hours of the clock by a part of day; a part before its day; a week */
	{ "2025-04-05", "The convoy left at 4 in the morning.", "4 in the morning", "TIME", "2025-04-05T04:00", "" },
	{ "2025-04-05", "The bar closes at 10 at night.", "10 at night", "TIME", "2025-04-05T22:00", "" },
	{ "2025-04-05", "They won 2 in the morning session.", NULL, NULL, NULL, NULL },
	{ "2025-11-02", "Trading halted in mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2025-11-01TAF", "MID" },
	{ "2025-02-24", "The hearing is set for the week of March 6.", "the week of March 6", "DATE", "2025-W10", "" },
	/* "soon" of a past clause or beside another event; a name */
	{ "2025-06-12", "The two men were soon released.", NULL, NULL, NULL, NULL },
	{ "2025-06-12", "The protest soon turned violent.", NULL, NULL, NULL, NULL },
	{ "2025-06-12", "Riots broke out soon after the vote.", NULL, NULL, NULL, NULL },
	{ "2025-06-12", "Lee Soon took the silver medal.", NULL, NULL, NULL, NULL },
	{ "2025-06-12", "The bridge will soon be reopened.", "soon", "DATE", "FUTURE_REF", "" },
	/* the full year being reported; not an adjective before a noun */
	{ "2025-10-28", "Sales for the full year were $6.1 billion.", "the full year", "DATE", "2025", "" },
	{ "2025-10-28", "The bank kept its outlook for the full year unchanged.", "the full year", "DATE", "2025", "" },
	{ "2025-10-28", "It cut the full year target again.", NULL, NULL, NULL, NULL },
	/* "the fall of" a regime is no season; halves named by quarters */
	{ "2025-06-12", "Exiles returned after the fall of the old regime.", NULL, NULL, NULL, NULL },
	{ "2025-06-12", "Prices rose in the last half of 2024.", "the last half of 2024", "DATE", "2024-H2", "" },
	{ "2025-06-12", "Losses will go on through the first two quarters of 2026.", "the first two quarters of 2026", "DATE", "2026-H1", "" },
	{ "2025-06-12", "Sales fell in the final quarter of last year.", "the final quarter of last year", "DATE", "2024-Q4", "" },
	/* a decade in two digits: the last one begun by the anchor's year */
	{ "1989-10-26", "Junk bonds boomed in the '80s.", "the '80s", "DATE", "198", "" },
	{ "2025-06-12", "Junk bonds boomed in the '80s.", "the '80s", "DATE", "198", "" },
	{ "2025-06-12", "Streaming grew in the '10s.", "the '10s", "DATE", "201", "" },
	/* a stretch a year back; the future of a plural unit; the near term */
	{ "2025-10-28", "Net for the year-earlier nine months included a gain.", "the year-earlier nine months", "DURATION", "P9M", "" },
	{ "2025-10-28", "Margins should widen in future quarters.", "future quarters", "DATE", "FUTURE_REF", "" },
	{ "2025-10-28", "She met her future husband in Leeds.", NULL, NULL, NULL, NULL },
	{ "2025-10-28", "Rates will stay low in the near term.", "the near term", "DATE", "FUTURE_REF", "" },
	/* days and hours earlier: a duration, as "three days later" */
	{ "2025-10-28", "A day earlier, police had raided the flat.", "A day earlier", "DURATION", "P1D", "" },
	{ "2025-10-28", "Two hours earlier the bridge had closed.", "Two hours earlier", "DURATION", "PT2H", "" },
	{ "2025-10-28", "Prices rose 2% from a month earlier.", "a month earlier", "DATE", "2025-09", "" },
	/* the middle of this century; a season of the year after "of" */
	{ "2025-04-02", "Emissions must reach zero by mid-century.", "mid-century", "DATE", "20", "MID" },
	{ "2025-04-02", "They restored a mid-century house.", NULL, NULL, NULL, NULL },
	{ "2025-04-02", "The trial ends in the autumn of next year.", "the autumn of next year", "DATE", "2026-FA", "" },
	/* "is set for": a plan, ahead */
	{ "2026-10-28", "A hearing is set for February.", "February", "DATE", "2027-02", "" },
	/* a week of a month: the one holding its 4th (its 28th of 31) */
	{ "2025-01-08", "A hearing is set for the first week of February.", "the first week of February", "DATE", "2025-W06", "" },
	{ "2025-01-08", "The fair ends in the last week of May 2026.", "the last week of May 2026", "DATE", "2026-W22", "" },
	/* the turn of the century nearest the anchor */
	{ "2025-09-22", "By the turn of the century the shelter was full.", "the turn of the century", "DATE", "20", "START" },
	{ "1997-04-15", "The bridge will be done by the turn of the century.", "the turn of the century", "DATE", "19", "END" },
	/* US Election Day: the Tuesday after the first Monday in November */
	{ "2026-10-28", "Turnout on Election Day may set a record.", "Election Day", "DATE", "2026-11-03", "" },
	{ "2027-10-01", "Turnout on Election Day may set a record.", "Election Day", "DATE", "2027-11-02", "" },
	/* the same period a year back: the year without a quarter named */
	{ "2025-10-28", "Exports rose 4% from the same period last year.", "the same period last year", "DATE", "2024", "" },
	{ "2025-10-28", "Costs fell from the corresponding quarter of last year.", "the corresponding quarter of last year", "DATE", "2024-Q3", "" },
	/* a day before an abbreviated month with no period; its full stop */
	{ "2026-11-29", "The vote held on 26 Nov would be annulled.", "26 Nov", "DATE", "2026-11-26", "" },
	{ "2026-11-29", "The next home game is on Sat 5 Dec, against Leeds.", "Sat 5 Dec", "DATE", "2026-12-05", "" },
	{ "2026-11-29", "A consultation closed on Fri 13 Nov.", "Fri 13 Nov", "DATE", "2026-11-13", "" },
	{ "2026-11-29", "The prize went to 26 Jan Kowalski fans.", NULL, NULL, NULL, NULL },
	/* zones of India, Australia, Africa, Asia */
	{ "2026-11-29", "The market closed at 1530 IST after a slide.", "1530 IST", "TIME", "2026-11-29T15:30", "" },
	{ "2026-11-29", "Residents must leave by 9.30am AEDT on Monday.", "9.30am AEDT on Monday", "TIME", "2026-11-30T09:30", "" },
	{ "2026-11-29", "Power returned at 06:00 SAST.", "06:00 SAST", "TIME", "2026-11-29T06:00", "" },
	/* calendar quarters named by their months; Q2; fiscal years */
	{ "2026-11-29", "Output grew 6% in the July-September quarter.", "the July-September quarter", "DATE", "2026-Q3", "" },
	{ "2026-11-29", "Profit fell in the April-June 2025 quarter.", "the April-June 2025 quarter", "DATE", "2025-Q2", "" },
	{ "2026-11-29", "Analysts expect a rate cut in the January-March quarter.", "the January-March quarter", "DATE", "2027-Q1", "" },
	{ "2026-11-29", "Analysts expect a rate cut in the first quarter.", "the first quarter", "DATE", "2027-Q1", "" },
	{ "2026-11-29", "The firm will report third-quarter results soon after.", "third-quarter", "DATE", "2026-Q3", "" },
	{ "2026-11-29", "Its net profit for Q2 FY27 rose 14%.", "Q2 FY27", "DATE", "2027-Q2", "" },
	{ "2026-11-29", "Revenue in Q3 2026 rose 5%.", "Q3 2026", "DATE", "2026-Q3", "" },
	{ "2026-11-29", "Net profit in Q1 rose 5%.", "Q1", "DATE", "2026-Q1", "" },
	{ "2026-11-29", "Q2 said the plan was sound.", NULL, NULL, NULL, NULL },
	{ "2026-11-29", "The bank forecast growth of 6.8% for FY27.", "FY27", "DATE", "2027", "" },
	{ "2026-11-29", "The deficit target for fiscal 2026-27 was missed.", "fiscal 2026-27", "DATE", "2026", "" },
	{ "2026-11-29", "The plan covers FY 2025-26.", "FY 2025-26", "DATE", "2025", "" },
	{ "2026-11-29", "Inflation eased in the September quarter.", "the September quarter", "DATE", "2026-Q3", "" },
	{ "2026-11-29", "Revenue rose 8% in H1 FY27.", "H1 FY27", "DATE", "2027-H1", "" },
	{ "2026-11-29", "Sales in H2 2025 fell.", "H2 2025", "DATE", "2025-H2", "" },
	{ "2026-11-29", "H2 output rose 8% on higher prices.", NULL, NULL, NULL, NULL },
	{ "2026-11-29", "Its shares closed at 20.50 ET.", NULL, NULL, NULL, NULL },
	{ "2026-11-29", "Its shares closed at 20.50 on Friday.", "Friday", "DATE", "2026-11-27", "" },
	{ "2026-11-30", "Brent futures for February fell 40 cents.", "February", "DATE", "2027-02", "" },
	/* an ordinal day alone: the anchor's month, or the next by tense */
	{ "2026-11-29", "The panel met on the 27th, a spokeswoman said.", "the 27th", "DATE", "2026-11-27", "" },
	{ "2026-11-29", "The panel will meet again on the 2nd.", "the 2nd", "DATE", "2026-12-02", "" },
	{ "2026-11-29", "The ceremony was held on the 15th anniversary.", NULL, NULL, NULL, NULL },
	{ "2026-11-29", "The office is on the 27th floor.", NULL, NULL, NULL, NULL },
	/* a 24-hour time with a full stop starts an event, else a price */
	{ "2026-11-29", "Kick-off is at 19.45, the club said.", "19.45", "TIME", "2026-11-29T19:45", "" },
	{ "2026-11-29", "Fans queued for the 19.45 kick-off.", "19.45", "TIME", "2026-11-29T19:45", "" },
	{ "2026-11-29", "The index closed at 19.45 points.", NULL, NULL, NULL, NULL },
	/* a vote's count is no match score: the quarter is the year's */
	{ "2026-11-29", "The board backed the plan 7-2 in the second quarter.", "the second quarter", "DATE", "2026-Q2", "" },
	{ "2026-11-29", "The Hawks led 17-10 in the second quarter.", NULL, NULL, NULL, NULL },
	{ "2026-11-29", "Smith passed for 300 yards in the second quarter.", NULL, NULL, NULL, NULL },
	/* "tonight" names the day of a time before it */
	{ "2026-12-04", "The curfew starts at 10pm tonight.", "10pm tonight", "TIME", "2026-12-04T22:00", "" },
	{ "2026-11-29", "Cases have doubled in the past fortnight.", "the past fortnight", "DURATION", "P2W", "" },
	/* "to last": the verb */
	{ "2026-11-29", "The trial is expected to last six weeks.", "six weeks", "DURATION", "P6W", "" },
	{ "2026-11-29", "Take one tablet every four to six hours.", "every four to six hours", "SET", "PT4H", "" },
	{ "2026-11-29", "The advice runs until the end of February.", "the end of February", "DATE", "2027-02", "END" },
	{ "2027-03-17", "The judge set a trial date of Sept. 13 at the hearing.", "Sept. 13", "DATE", "2027-09-13", "" },
	{ "2026-12-04", "Drivers are advised to take care over the weekend.", "the weekend", "DATE", "2026-W49-WE", "" },
	{ "2026-11-29", "A memorial service will be held in the new year.", "the new year", "DATE", "2027", "" },
	{ "2026-11-29", "Families will see in the New Year together.", NULL, NULL, NULL, NULL },
	/* a movable feast with no year goes by the tense, as a date does */
	{ "2026-11-29", "The castle will reopen at Easter.", "Easter", "DATE", "2027-03-28", "" },
	{ "2026-11-29", "The castle reopened at Easter.", "Easter", "DATE", "2026-04-05", "" },
	/* the nth weekday of a month */
	{ "2026-11-29", "The council will vote on the first Tuesday of February.", "the first Tuesday of February", "DATE", "2027-02-02", "" },
	{ "2026-11-29", "Polls close on the last Friday in March 2027.", "the last Friday in March 2027", "DATE", "2027-03-26", "" },
	/* "12 noon" */
	{ "2026-11-29", "Bids close at 12 noon on 4 January.", "12 noon on 4 January", "TIME", "2027-01-04T12:00", "" },
	/* years of an era: BC in the value, AD as a plain year */
	{ "2026-11-29", "Caesar crossed the river in 49 BC.", "49 BC", "DATE", "BC0049", "" },
	{ "2026-11-29", "The town was founded in AD 43.", "AD 43", "DATE", "0043", "" },
	{ "2026-11-29", "The wall was finished in 122 A.D. by the legion.", "122 A.D.", "DATE", "0122", "" },
	{ "2026-11-29", "The ad ran 30 times.", NULL, NULL, NULL, NULL },
	/* an old year after "in about" */
	{ "2026-11-29", "A chapel was built there in about 1350.", "about 1350", "DATE", "1350", "APPROX" },
	{ "2026-11-29", "He paid about 1350 pounds for it.", NULL, NULL, NULL, NULL },

	/* "a second" before a noun is the ordinal, no rate */
	{ "2026-11-25", "In 1994 a second span was added.", "1994", "DATE", "1994", "" },
	/* after an amount, "over" spans the period: no "more than" */
	{ "2026-11-27", "The plan would cost $62 billion over ten years.", "ten years", "DURATION", "P10Y", "" },
	{ "2026-11-27", "He was jailed for over ten years.", "over ten years", "DURATION", "P10Y", "MORE_THAN" },
	/* what is awaited, or ahead of, is still to come */
	{ "2026-11-25", "Traders bought bonds ahead of Monday's data.", "Monday", "DATE", "2026-11-30", "" },
	{ "2026-11-25", "Investors await Monday's jobs report.", "Monday", "DATE", "2026-11-30", "" },
	/* the deadline of a request is to come, whatever the tense */
	{ "2026-11-23", "He had asked the board for a full report by Friday.", "Friday", "DATE", "2026-11-27", "" },
	{ "2026-11-23", "The work was finished by Friday.", "Friday", "DATE", "2026-11-20", "" },
	/* getting ready for a day: to come, unless the sentence is past */
	{ "2026-11-24", "His side are ready for Saturday's semi-final.", "Saturday", "DATE", "2026-11-28", "" },
	{ "2026-11-24", "The squad is preparing for Sunday's derby.", "Sunday", "DATE", "2026-11-29", "" },
	{ "2026-11-24", "They were preparing for Saturday's game when it broke.", "Saturday", "DATE", "2026-11-21", "" },
	/* what may happen, after a noun of likelihood, is the nearer day */
	{ "2026-11-26", "The vote failed, raising the odds of a shutdown at midnight Friday.", "midnight Friday", "TIME", "2026-11-27T24:00", "" },
	{ "2026-11-26", "Talks collapsed, raising the risk of a strike on Saturday.", "Saturday", "DATE", "2026-11-28", "" },
	{ "2026-11-26", "The team won comfortably on Monday.", "Monday", "DATE", "2026-11-23", "" },
	/* a time of each day is a set */
	{ "2027-06-20", "Gates open at 5.30pm each day.", "5.30pm each day", "SET", "XXXX-XX-XXT17:30", "" },
	{ "2027-06-20", "The ferry leaves at 9 a.m. every Monday.", "9 a.m. every Monday", "SET", "XXXX-WXX-1T09:00", "" },
	{ "2027-06-20", "The bar closes at 11pm daily.", "11pm daily", "SET", "XXXX-XX-XXT23:00", "" },
	/* a day in local time may be the day after the anchor */
	{ "2026-11-24", "Asian stocks opened lower on Wednesday morning local time.", "Wednesday morning", "TIME", "2026-11-25TMO", "" },
	{ "2026-11-24", "Asian stocks opened lower on Wednesday morning.", "Wednesday morning", "TIME", "2026-11-18TMO", "" },
	/* "Tuesday week", "a week on Tuesday": the coming day, a week on */
	{ "2026-11-17", "The case returns to court on Tuesday week.", "Tuesday week", "DATE", "2026-11-24", "" },
	{ "2026-12-27", "The first match is on Friday week in Perth.", "Friday week", "DATE", "2027-01-08", "" },
	{ "2026-11-17", "The case returns to court a week on Friday.", "a week on Friday", "DATE", "2026-11-27", "" },
	{ "2026-11-17", "The shop reopens a fortnight tomorrow.", "a fortnight tomorrow", "DATE", "2026-12-02", "" },
	/* rates: "per cent a year", "an hour" after a price */
	{ "2026-11-17", "Investors were promised returns of 18 per cent a year.", "a year", "SET", "P1Y", "" },
	{ "2026-11-17", "The wage will rise to £13.20 an hour.", "an hour", "SET", "PT1H", "" },
	/* half of a unit; the past hour */
	{ "2026-11-17", "Play was extended by half an hour.", "half an hour", "DURATION", "PT30M", "" },
	{ "2026-11-17", "The show runs for a half-hour.", "a half-hour", "DURATION", "PT30M", "" },
	{ "2026-11-17", "A quarter of a century on, the town has changed.", "A quarter of a century", "DURATION", "P25Y", "" },
	{ "2026-11-17", "The drive took three quarters of an hour.", "three quarters of an hour", "DURATION", "PT45M", "" },
	{ "2026-11-17", "He won a quarter of a million votes.", NULL, NULL, NULL, NULL },
	/* a set of days with a clock time */
	{ "2026-07-10", "Figures are published every Thursday at 2pm.", "every Thursday at 2pm", "SET", "XXXX-WXX-4T14:00", "" },
	{ "2026-07-10", "Buses leave every day at 9am.", "every day at 9am", "SET", "XXXX-XX-XXT09:00", "" },
	{ "2026-11-30", "He will be sentenced on Friday fortnight.", "Friday fortnight", "DATE", "2026-12-18", "" },
	/* this, next, last fiscal or financial year */
	{ "2026-11-30", "The plan ends in the next financial year.", "the next financial year", "DATE", "2027", "" },
	{ "2026-11-30", "Profit rose in this fiscal year.", "this fiscal year", "DATE", "2026", "" },
	{ "2026-11-30", "Last fiscal year's profit fell.", "Last fiscal year", "DATE", "2025", "" },
	/* a clock time in the hour after midnight */
	{ "2026-11-30", "The line closes at 00:30 on Friday.", "00:30 on Friday", "TIME", "2026-12-04T00:30", "" },
	/* put off: a day to come; moved: the nearer */
	{ "2026-11-30", "The vote was postponed to Friday.", "Friday", "DATE", "2026-12-04", "" },
	{ "2026-11-30", "The hearing was pushed back to Wednesday.", "Wednesday", "DATE", "2026-12-02", "" },
	{ "2026-11-30", "The game was moved to Tuesday night.", "Tuesday night", "TIME", "2026-12-01TNI", "" },
	/* "followed by" orders events; it tells no past */
	{ "2026-11-23", "A funeral will be held in Dorset, followed by a concert in the spring.", "the spring", "DATE", "2027-SP", "" },
	{ "2026-11-17", "The pound was flat in the past hour.", "the past hour", "DURATION", "PT1H", "" },
	/* the verbs of what was said after "that" tell nothing of when */
	{ "2026-10-14", "The minister told reporters on the steps of parliament on Tuesday that it would pass.", "Tuesday", "DATE", "2026-10-13", "" },
	{ "2026-10-22", "The forecaster warned of disruption to the Friday morning commute.", "Friday morning", "TIME", "2026-10-23TMO", "" },
	/* the base of a comparison is already known */
	{ "2026-11-25", "The agency expects growth to slow, down from its forecast in March.", "March", "DATE", "2026-03", "" },
	/* a season in a name is no timex */
	{ "2026-11-25", "Welcome to our coverage of the Autumn Statement.", NULL, NULL, NULL, NULL },
	/* fiscal years and halves */
	{ "2026-11-16", "Net profit for the second quarter of FY27 rose.", "the second quarter of FY27", "DATE", "2027-Q2", "" },
	{ "2026-11-16", "The company expects margins to improve in H2, its finance chief said.", "H2", "DATE", "2026-H2", "" },
	{ "2026-11-16", "The firm will invest in H2 production.", NULL, NULL, NULL, NULL },
	/* after a holiday, a past verb: the holiday is behind */
	{ "2026-10-14", "MPs returned to the capital after the Thanksgiving weekend.", "Thanksgiving", "DATE", "2025-11-27", "" },
};

START_TEST(test_phrase)
{
	struct timex *tx = timex_new();
	struct timex_ctx ctx;
	struct arena a = ARENA_INIT;
	struct timex_span *sp;
	const char *t = phrases[_i].text, *dct = phrases[_i].dct;
	size_t n;

	ck_assert_int_eq(timex_ctx_init(&ctx, dct, dct ? strlen(dct) : 0), 0);
	n = timex_find(tx, &ctx, t, strlen(t), &a, &sp);
	if (phrases[_i].type == NULL) {
		if (n > 0)
			ck_abort_msg("%s: unexpected \"%.*s\" %s", t,
			    (int)(sp[0].end - sp[0].start), t + sp[0].start,
			    sp[0].value);
	} else {
		ck_assert_msg(n == 1, "%s: %zu timexes", t, n);
		ck_assert_msg(strlen(phrases[_i].span) == sp[0].end - sp[0].start &&
		    memcmp(t + sp[0].start, phrases[_i].span,
		    sp[0].end - sp[0].start) == 0, "%s: span \"%.*s\"", t,
		    (int)(sp[0].end - sp[0].start), t + sp[0].start);
		ck_assert_str_eq(sp[0].type, phrases[_i].type);
		ck_assert_str_eq(sp[0].value, phrases[_i].value);
		ck_assert_str_eq(sp[0].mod, phrases[_i].mod);
	}
	arena_free(&a);
	timex_free(tx);
}
END_TEST

/* The last date mentioned carries across the sentences of a document. */
START_TEST(test_context)
{
	static const char *const sents[] = {
		"The treaty was signed on March 3, 1999.",
		"The previous day, talks had stalled.",
		"Later that month the troops left.",
		"The ship sailed on April 30, 1999.",
		"It docked the next morning.",
		"That evening the crew went ashore.",
		"The talks began in June 1999.",
		"That same day the envoy left.",
		"The talks resumed on July 2, 1999.",
		"The morning session was short.",
		"Talks went on in the afternoon.",
	};
	static const char *const want[] = { "1999-03-03", "1999-03-02",
	    "1999-03", "1999-04-30", "1999-05-01TMO", "1999-05-01TEV",
	    "1999-06", "1999-06-XX", "1999-07-02", NULL, "1999-07-02TAF" };
	struct timex *tx = timex_new();
	struct timex_ctx ctx;
	struct arena a = ARENA_INIT;
	struct timex_span *sp;
	size_t i, n;

	ck_assert_int_eq(timex_ctx_init(&ctx, "2020-10-21", 10), 0);
	for (i = 0; i < sizeof(sents) / sizeof(sents[0]); i++) {
		n = timex_find(tx, &ctx, sents[i], strlen(sents[i]), &a, &sp);
		if (want[i] == NULL)
			ck_assert_uint_eq(n, 0);
		else {
			ck_assert_uint_eq(n, 1);
			ck_assert_str_eq(sp[0].value, want[i]);
		}
		arena_reset(&a);
	}
	ck_assert_int_eq(timex_ctx_init(&ctx, "2020-13-01", 10), -1);
	ck_assert_int_eq(timex_ctx_init(&ctx, "2021-02-29", 10), -1);
	ck_assert_int_eq(timex_ctx_init(&ctx, "2020-10-21T09:30:00Z", 20), 0);
	ck_assert_int_eq(timex_ctx_init(&ctx, "yesterday", 9), -1);
	arena_free(&a);
	timex_free(tx);
}
END_TEST

/* Sentences with several timexes: the last one is checked. */
static const struct {
	const char	*dct;
	const char	*text;
	const char	*span;	/* the last timex */
	const char	*value;
} lasts[] = {
	/* a time with no day of its own takes the day named before it */
	{ "2025-03-06", "The council will meet next Tuesday at 6 p.m.", "6 p.m.", "2025-03-11T18:00" },
	{ "2025-09-15", "It will rule at 2 p.m. on Wednesday, followed by a news conference at 2:30 p.m.", "2:30 p.m.", "2025-09-17T14:30" },
	{ "2025-09-15", "Polls close on Sept. 23, and results are expected before midnight.", "midnight", "2025-09-23T24:00" },
	/* not a day of comparison */
	{ "2025-09-17", "Shares were up 2 percent from Monday at 10 a.m.", "10 a.m.", "2025-09-17T10:00" },
	/* a zone named by a place or region, and the time after "to" */
	{ "2025-09-15", "Polls close at 8 p.m. Eastern time on Sept. 23.", "8 p.m. Eastern time on Sept. 23", "2025-09-23T20:00" },
	{ "2025-03-03", "Buses will run from 22:00 to 05:30.", "05:30", "2025-03-03T05:30" },
	{ "2006-11-16", "Two soldiers were killed at 11:30 p.m. (0830 GMT) on Tuesday.", "Tuesday", "2006-11-14" },
	/* the end of a stretch comes after the day its sentence named */
	{ "2025-03-08", "The agency issued a warning on Saturday that runs until 6 p.m. Sunday.", "6 p.m. Sunday", "2025-03-09T18:00" },
	/* a half of the year ahead the sentence named */
	{ "2025-07-24", "The firm expects growth in fiscal 2026 and 40 new stores in the first half.", "the first half", "2026-H1" },
	/* a holiday just past, in a sentence about the days ahead */
	{ "2026-01-02", "Libraries reopen tomorrow after the Christmas break.", "Christmas", "2025-12-25" },
	/* the period being reported, a year back */
	{ "2025-10-28", "Profit rose in the third quarter from the same period last year.", "the same period last year", "2024-Q3" },
	{ "2025-10-28", "Net rose in the third quarter, and for the nine months it was up from a year earlier.", "a year earlier", "2024" },
	{ "2025-10-28", "Net rose in the third quarter and for the first half it was up from a year ago.", "a year ago", "2024" },
	{ "2026-03-04", "Sales fell 8% in the six months to December from the same period a year earlier.", "the same period a year earlier", "2024" },
	/* a year ago beside the month this sentence named: that month */
	{ "2025-11-14", "Unemployment rose to 5% in October from 4.6% a year ago.", "a year ago", "2024-10" },
	{ "2025-11-14", "Prices fell 1% last month, and rose 2% from a year ago.", "a year ago", "2024-10" },
	{ "2025-11-14", "The plant opened in October, 41 years ago.", "41 years ago", "1984" },
};

START_TEST(test_last)
{
	struct timex *tx = timex_new();
	struct timex_ctx ctx;
	struct arena a = ARENA_INIT;
	struct timex_span *sp;
	const char *t = lasts[_i].text;
	size_t n;

	ck_assert_int_eq(timex_ctx_init(&ctx, lasts[_i].dct,
	    strlen(lasts[_i].dct)), 0);
	n = timex_find(tx, &ctx, t, strlen(t), &a, &sp);
	ck_assert_msg(n >= 1, "%s: no timex", t);
	ck_assert_msg(strlen(lasts[_i].span) == sp[n - 1].end - sp[n - 1].start &&
	    memcmp(t + sp[n - 1].start, lasts[_i].span,
	    sp[n - 1].end - sp[n - 1].start) == 0, "%s: span \"%.*s\"", t,
	    (int)(sp[n - 1].end - sp[n - 1].start), t + sp[n - 1].start);
	ck_assert_str_eq(sp[n - 1].value, lasts[_i].value);
	arena_free(&a);
	timex_free(tx);
}
END_TEST

/*
 * Documents: sentences in order with one DCT, so a sentence's values may
 * rest on the dates the sentences before it named.  The last timex of
 * each sentence is checked.
 */
static const struct {
	const char	*dct;
	const char	*sents[6];	/* NULL ends the document */
	const char	*want[6];	/* value of each sentence's last timex */
} docs[] = {
	/* "the quarter ended Sept. 30": the quarter, not its last day, is
	 * what "a year earlier" in the next sentence compares with */
	{ "2025-10-28", {
	    "The bank earned $4 million in the third quarter ended Sept. 30.",
	    "It had lost $2 million a year earlier.",
	    "Costs rose from the year-ago period.", NULL },
	    { "2025-09-30", "2024-Q3", "2024-Q3" } },
	/* the day something was said is no time of the story ("the court
	 * heard on Thursday"); a year ago beside a stretch of this year is
	 * last year, whatever year the previous sentence named */
	{ "2025-06-20", {
	    "A driver was punched on 14 March last year, the court heard on Thursday.",
	    "He went back to work the following day.",
	    "Analysts expect a profit this year, up from last year's loss.",
	    "It lost $6 million in the first nine months, against a profit a year earlier.",
	    NULL },
	    { "2025-06-19", "2024-03-15", "2024", "2024" } },
	/* "the 1st" alone is a day of the month the text named last (when
	 * the tense agrees: "won on October 24 and play again on the 12th"
	 * said in November is December's); a month after an earlier one in a pair may run into the next year */
	{ "2026-11-29", {
	    "The council met on October 3.",
	    "It had last met on the 1st.",
	    "Fixtures for December and January were published on Sunday.",
	    "Profit in the third quarter, which ended Sept. 30, rose 4%.",
	    "It fell 2% a year earlier.", NULL },
	    { "2026-10-03", "2026-10-01", "2026-11-29", "2026-09-30", "2025-Q3" } },
};

START_TEST(test_doc)
{
	struct timex *tx = timex_new();
	struct timex_ctx ctx;
	struct arena a = ARENA_INIT;
	struct timex_span *sp;
	const char *t;
	size_t i, n;

	ck_assert_int_eq(timex_ctx_init(&ctx, docs[_i].dct,
	    strlen(docs[_i].dct)), 0);
	for (i = 0; (t = docs[_i].sents[i]) != NULL; i++) {
		n = timex_find(tx, &ctx, t, strlen(t), &a, &sp);
		ck_assert_msg(n >= 1, "%s: no timex", t);
		ck_assert_str_eq(sp[n - 1].value, docs[_i].want[i]);
		arena_reset(&a);
	}
	arena_free(&a);
	timex_free(tx);
}
END_TEST

/* Sentences with two timexes, the first resting on the second. */
static const struct {
	const char	*dct;
	const char	*text;
	const char	*span;	/* the first timex's text, or NULL: unchecked */
	const char	*type;	/* its type, or NULL: unchecked */
	const char	*first, *second;	/* the two values */
} pairs[] = {
	/* the first time of a range shares the zone and day of the second */
	{ "2026-11-30", "Trading halts between 0100 and 0400 GMT on Wednesday.",
	    "0100", "TIME", "2026-12-02T01:00", "2026-12-02T04:00" },
	/* two centuries, the first ending at its number */
	{ "2026-11-29", "The museum covers the 18th and 19th centuries.",
	    "the 18th", "DATE", "17", "18" },
	/* the first day of a range is a date of its own, with the month and
	 * year of the second */
	{ "2026-11-29", "The talks will be held between 20 and 25 November in Lisbon.",
	    "20", "DATE", "2026-11-20", "2026-11-25" },
	{ "2026-11-29", "The fair runs from 20 to 25 November 2027 in Porto.",
	    "20", "DATE", "2027-11-20", "2027-11-25" },
	{ "2026-11-29", "The festival ran from 3 to 7 March last year.",
	    "3", "DATE", "2025-03-03", "2025-03-07" },
	{ "2026-11-29", "Roads stay shut from 1 until 4 January, officials said.",
	    "1", "DATE", "2027-01-01", "2027-01-04" },
	/* a 24-hour range that ends before it starts ends the next day */
	{ "2026-11-29", "The bridge will close from 18:00 to 06:00 on Friday.",
	    NULL, NULL, "2026-12-04T18:00", "2026-12-05T06:00" },
	{ "2026-11-29", "Trading halts between 2300 and 0500 GMT on Wednesday.",
	    NULL, NULL, "2026-12-02T23:00", "2026-12-03T05:00" },
	{ "2026-11-29", "The shop will open from 09:00 to 17:00 on Friday.",
	    NULL, NULL, "2026-12-04T09:00", "2026-12-04T17:00" },
	/* so does a 12-hour one; the first time takes the day named after
	 * the second */
	{ "2026-11-29", "The road will be closed from 6pm to 6am on Friday.",
	    "6pm", "TIME", "2026-12-04T18:00", "2026-12-05T06:00" },
	{ "2026-11-29", "The line will be shut between 11 p.m. and 5 a.m. on Friday.",
	    "11 p.m.", "TIME", "2026-12-04T23:00", "2026-12-05T05:00" },
	{ "2026-11-29", "The shop will open from 9am until 5pm on Friday.",
	    NULL, NULL, "2026-12-04T09:00", "2026-12-04T17:00" },
	/* a zone between the time and the day: the same Saturday */
	{ "2026-11-29", "Power will be cut from 02:00 until 05:00 SAST on Saturday.",
	    NULL, NULL, "2026-12-05T02:00", "2026-12-05T05:00" },
	/* "for December and January": the next January */
	{ "2026-11-29", "The fixtures for December and January are out.",
	    NULL, NULL, "2026-12", "2027-01" },
	/* a fiscal year named by the day it ends is that day's year */
	{ "2026-11-29", "Results for the fiscal year ending June 30, 2027, are due.",
	    "the fiscal year", "DATE", "2027", "2027-06-30" },
	/* a range joined by a hyphen shares the day named after it */
	{ "2026-11-29", "Drop-in sessions will run 10am-4pm on Saturday.",
	    "10am", "TIME", "2026-12-05T10:00", "2026-12-05T16:00" },
	/* a clock time right after a day */
	{ "2026-11-29", "Updated: 29/11/2026 14:32",
	    "29/11/2026", "DATE", "2026-11-29", "2026-11-29T14:32" },
	/* "from Thursday to Tuesday": the end comes after the start, as with
	 * "until" */
	{ "2026-12-04", "The road will be closed from Thursday to Tuesday.",
	    "Thursday", "DATE", "2026-12-10", "2026-12-15" },
	/* "on 3 and 4 December": two days */
	{ "2026-11-29", "Strikes are planned on 3 and 4 December.",
	    "3", "DATE", "2026-12-03", "2026-12-04" },
	/* a past season of the year its sentence named */
	{ "2026-11-29", "The last election, in 2023, was held in the autumn.",
	    NULL, NULL, "2023", "2023-FA" },
	/* "11:30 p.m. (0830 GMT) on Tuesday": the time is Tuesday's */
	{ "2006-11-16", "Two soldiers were killed at 11:30 p.m. (0830 GMT) on Tuesday.",
	    NULL, NULL, "2006-11-14T23:30", "2006-11-14" },
	/* "at around 6:40 p.m. at a depot on Sunday": the day later in the
	 * clause */
	{ "2025-11-27", "The fire started at around 6:40 p.m. at a depot near the docks on Sunday.",
	    NULL, NULL, "2025-11-23T18:40", "2025-11-23" },
	/* "no earlier than" a day names the day of a time after it */
	{ "2027-02-03", "Launch is set for no earlier than Feb. 10 at 4:15 a.m. EST.",
	    "Feb. 10", "DATE", "2027-02-10", "2027-02-10T04:15" },
	/* a stretch a present perfect tells of is in force: the nearer days */
	{ "2026-11-27", "The Met Office has issued a warning for snow from 6pm on Saturday until midday on Sunday.",
	    "6pm on Saturday", "TIME", "2026-11-28T18:00", "2026-11-29T12:00" },
	{ "2026-11-27", "The agency issued a warning on Friday that runs until midday on Sunday.",
	    "Friday", "DATE", "2026-11-27", "2026-11-29T12:00" },
	/* a second time with a verb of its own passes on its day */
	{ "2026-11-27", "Polls open at 7 a.m. and close at 8 p.m. on Tuesday.",
	    "7 a.m.", "TIME", "2026-12-01T07:00", "2026-12-01T20:00" },
	/* a bare month after a year ahead the sentence named is that
	 * year's; not a deadline before it */
	{ "2027-06-20", "Organisers say next year's event will move to July.",
	    "next year", "DATE", "2028", "2028-07" },
	{ "2027-06-20", "Next year's budget must be passed by December.",
	    "Next year", "DATE", "2028", "2027-12" },
	/* a bare month in a sentence that opens with a past year */
	{ "2026-09-14", "Last year, a typhoon killed 29 people in late July.",
	    "Last year", "DATE", "2025", "2025-07" },
	{ "2026-09-14", "In 2019, the river flooded the town in March.",
	    "2019", "DATE", "2019", "2019-03" },
	/* "overnight Thursday": that day's night */
	{ "2026-11-18", "Temperatures will fall to minus 12 overnight Thursday.",
	    "overnight", "TIME", "2026-11-19TNI", "2026-11-19" },
	/* the day after an aside in brackets, "on" left out */
	{ "2005-12-11", "He is due to be executed at 00:01 (0801 GMT) Tuesday.",
	    "00:01", "TIME", "2005-12-13T00:01", "2005-12-13" },
	/* "every Monday and Thursday": both sets */
	{ "2026-11-30", "He must report to police every Monday and Thursday.",
	    "every Monday", "SET", "XXXX-WXX-1", "XXXX-WXX-4" },
	/* a range's end with its own day, "tomorrow": the start's too, the
	 * night before when it is later */
	{ "2026-11-30", "A red warning is in place from 3am until 9am tomorrow.",
	    "3am", "TIME", "2026-12-01T03:00", "2026-12-01T09:00" },
	{ "2026-11-30", "The road shuts from 10pm to 6am tomorrow.",
	    "10pm", "TIME", "2026-11-30T22:00", "2026-12-01T06:00" },
	/* "the week to July 5": the week that day ends */
	{ "2026-07-10", "Cases rose in the week to July 5.",
	    "the week", "DATE", "2026-W27", "2026-07-05" },
};

START_TEST(test_pair)
{
	struct timex *tx = timex_new();
	struct timex_ctx ctx;
	struct arena a = ARENA_INIT;
	struct timex_span *sp;
	const char *t = pairs[_i].text;
	size_t n;

	ck_assert_int_eq(timex_ctx_init(&ctx, pairs[_i].dct,
	    strlen(pairs[_i].dct)), 0);
	n = timex_find(tx, &ctx, t, strlen(t), &a, &sp);
	ck_assert_msg(n == 2, "%s: %zu timexes", t, n);
	if (pairs[_i].span != NULL)
		ck_assert_msg(strlen(pairs[_i].span) == sp[0].end - sp[0].start &&
		    memcmp(t + sp[0].start, pairs[_i].span,
		    sp[0].end - sp[0].start) == 0, "%s: first span \"%.*s\"", t,
		    (int)(sp[0].end - sp[0].start), t + sp[0].start);
	if (pairs[_i].type != NULL)
		ck_assert_str_eq(sp[0].type, pairs[_i].type);
	ck_assert_str_eq(sp[0].value, pairs[_i].first);
	ck_assert_str_eq(sp[1].value, pairs[_i].second);
	arena_free(&a);
	timex_free(tx);
}
END_TEST

#define N(a)	((int)(sizeof(a) / sizeof((a)[0])))

int
main(void)
{
	Suite *s = suite_create("timex");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_loop_test(tc, test_leap, 0, N(leaps));
	tcase_add_test(tc, test_month_len);
	tcase_add_loop_test(tc, test_iso_week, 0, N(weeks));
	tcase_add_test(tc, test_days_round_trip);
	tcase_add_test(tc, test_format);
	tcase_add_loop_test(tc, test_phrase, 0, N(phrases));
	tcase_add_test(tc, test_context);
	tcase_add_loop_test(tc, test_last, 0, N(lasts));
	tcase_add_loop_test(tc, test_doc, 0, N(docs));
	tcase_add_loop_test(tc, test_pair, 0, N(pairs));
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
