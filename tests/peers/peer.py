"""A peer of lede for make bench (tests/bench.py): reads document records
({"doc","dct","text"}, one a line) and writes, per document, {"doc","n"}
with n what the peer found (sentences or dates), or with -s what it found,
for the scorers of ../shared: one {"doc","text"} per sentence, or
{"doc","timex"} with UTF-8 byte offsets.

    python3 peer.py [-s] punkt|dateparser

punkt is NLTK's PunktSentenceTokenizer with empty parameters: Debian's
python3-nltk ships no trained punkt model and none can be downloaded
here, so it knows no abbreviations (the same algorithm and cost).
dateparser's search_dates gives the dates it found without their place:
each is looked for in the text after the one before.
"""
import json, sys, warnings

# dateparser warns about pytz on every call; the figures are what count.
warnings.filterwarnings('ignore')


def load(mode):
    if mode == 'punkt':
        from nltk.tokenize.punkt import PunktSentenceTokenizer
        tok = PunktSentenceTokenizer()
        return 'sentences', lambda text, dct: tok.tokenize(text)
    if mode == 'dateparser':
        import datetime
        from dateparser.search import search_dates

        def find(text, dct):
            base = datetime.datetime.fromisoformat(dct) if dct else datetime.datetime.now()
            found = search_dates(text, languages=['en'], settings={'RELATIVE_BASE': base}) or ()
            out, at = [], 0
            for said, when in found:
                i = text.find(said, at)
                if i < 0:
                    continue
                at = i + len(said)
                start = len(text[:i].encode('utf-8'))
                out.append({'start': start, 'end': start + len(said.encode('utf-8')), 'text': said,
                            'type': 'DATE', 'value': when.strftime('%Y-%m-%d')})
            return out
        return 'timex', find
    sys.exit('peer.py: unknown peer %s' % mode)


def main():
    args = sys.argv[1:]
    spans = args[:1] == ['-s']
    member, find = load(args[-1])
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        r = json.loads(line)
        found = find(r['text'], r.get('dct'))
        if not spans:
            out.write(json.dumps({'doc': r.get('doc'), 'n': len(found)}) + '\n')
        elif member == 'sentences':
            for s in found:
                out.write(json.dumps({'doc': r.get('doc'), 'text': s}) + '\n')
        else:
            out.write(json.dumps({'doc': r.get('doc'), member: found}) + '\n')


if __name__ == '__main__':
    main()
