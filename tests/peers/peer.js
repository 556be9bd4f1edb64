// A peer of lede for make bench (tests/bench.py): reads document records
// ({"doc","dct","text"}, one a line) and writes, per document, {"doc","n"}
// with n what the peer found (sentences, names or dates), or with -s what
// it found, for the scorers of ../shared: one {"doc","text"} per sentence,
// or {"doc","entities"} / {"doc","timex"} with UTF-8 byte offsets.
//   node peer.js [-s] sbd|wink|compromise|chrono
// The packages come from bin/peers (make peers), found through NODE_PATH.
'use strict';
const fs = require('fs');
const args = process.argv.slice(2);
const spans = args[0] === '-s';
const mode = spans ? args[1] : args[0];

// JavaScript indexes strings in UTF-16 units; the records count bytes.
const bytes = (text, i) => Buffer.byteLength(text.slice(0, i), 'utf8');
const pad = (n, w) => String(n).padStart(w, '0');

// A chrono date as a TIMEX3 value, as precise as what the text said.
function timexValue(c) {
	let v = pad(c.get('year'), 4);
	if (!c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday'))
		return c.isCertain('year') ? v : null;
	v += '-' + pad(c.get('month'), 2);
	if (!c.isCertain('day') && !c.isCertain('weekday'))
		return v;
	v += '-' + pad(c.get('day'), 2);
	if (c.isCertain('hour'))
		v += 'T' + pad(c.get('hour'), 2) + ':' + pad(c.get('minute') || 0, 2);
	return v;
}

// compromise's matches carry the punctuation and possessive around the
// words ("Mohamed,", "Trump's"); the gold spans are the words alone.  A
// full stop stays after an abbreviation ("U.S.").
function trim(text, s, e) {
	const edge = /[\s,;:!?"'\u2018\u2019\u201c\u201d()\[\]]/;
	for (;;) {
		if (s < e && edge.test(text[s]))
			s++;
		else if (s < e && edge.test(text[e - 1]))
			e--;
		else if (e - s > 2 && /['\u2019]s$/.test(text.slice(e - 2, e)))
			e -= 2;
		else if (s < e && text[e - 1] === '.' && !/\.[^\s.]*\.$/.test(text.slice(s, e)))
			e--;
		else
			return [s, e];
	}
}

function load() {
	switch (mode) {
	case 'sbd': {
		const sbd = require('sbd');
		return (text) => sbd.sentences(text, { newline_boundaries: false });
	}
	case 'wink': {
		// The lite model's entities are dates, numbers, money and the
		// like, not names; counted all the same, as its tagger's work.
		const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
		return (text) => nlp.readDoc(text).entities().out();
	}
	case 'compromise': {
		const nlp = require('compromise');
		const kinds = [['people', 'PER'], ['places', 'LOC'], ['organizations', 'ORG']];
		return (text) => {
			const d = nlp(text);
			const ents = [];
			for (const [method, type] of kinds)
				for (const m of d[method]().json({ offset: true })) {
					const [s, e] = trim(text, m.offset.start, m.offset.start + m.offset.length);
					if (e > s)
						ents.push({ start: bytes(text, s), end: bytes(text, e),
						    text: text.slice(s, e), type: type });
				}
			return ents;
		};
	}
	case 'chrono': {
		const chrono = require('chrono-node');
		return (text, dct) => chrono.parse(text, dct ? new Date(dct + 'T12:00:00Z') : new Date()).map((r) => ({
			start: bytes(text, r.index), end: bytes(text, r.index + r.text.length), text: r.text,
			type: r.start.isCertain('hour') ? 'TIME' : 'DATE', value: timexValue(r.start),
		}));
	}
	default:
		process.stderr.write('peer.js: unknown peer ' + mode + '\n');
		process.exit(2);
	}
}

const find = load();
const member = { sbd: null, wink: 'entities', compromise: 'entities', chrono: 'timex' }[mode];
const out = [];
for (const line of fs.readFileSync(0, 'utf8').split('\n')) {
	if (line === '')
		continue;
	const r = JSON.parse(line);
	const found = find(r.text, r.dct);
	if (!spans)
		out.push(JSON.stringify({ doc: r.doc, n: found.length }));
	else if (member === null)
		for (const s of found)
			out.push(JSON.stringify({ doc: r.doc, text: s }));
	else
		out.push(JSON.stringify({ doc: r.doc, [member]: found }));
}
fs.writeSync(1, out.join('\n') + '\n');
