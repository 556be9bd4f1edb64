// A peer of lede for make bench (tests/bench.py): reads document records
// ({"doc","dct","text"}, one a line) and writes {"doc","n"} per document,
// n being what the peer found: sentences, names or dates.
//   node peer.js sbd|wink|compromise|chrono
// The packages come from bin/peers (make peers), found through NODE_PATH.
'use strict';
const fs = require('fs');
const mode = process.argv[2];

function load() {
	switch (mode) {
	case 'sbd': {
		const sbd = require('sbd');
		return (text) => sbd.sentences(text, { newline_boundaries: false }).length;
	}
	case 'wink': {
		// The lite model's entities are dates, numbers, money and the
		// like, not names; counted all the same, as its tagger's work.
		const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
		return (text) => nlp.readDoc(text).entities().length();
	}
	case 'compromise': {
		const nlp = require('compromise');
		return (text) => {
			const d = nlp(text);
			return d.people().length + d.places().length + d.organizations().length;
		};
	}
	case 'chrono': {
		const chrono = require('chrono-node');
		return (text, dct) => chrono.parse(text, dct ? new Date(dct + 'T12:00:00Z') : new Date()).length;
	}
	default:
		process.stderr.write('peer.js: unknown peer ' + mode + '\n');
		process.exit(2);
	}
}

const count = load();
const out = [];
for (const line of fs.readFileSync(0, 'utf8').split('\n')) {
	if (line === '')
		continue;
	const r = JSON.parse(line);
	out.push(JSON.stringify({ doc: r.doc, n: count(r.text, r.dct) }));
}
fs.writeSync(1, out.join('\n') + '\n');
