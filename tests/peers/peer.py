"""A peer of lede for make bench (tests/bench.py): reads document records
({"doc","dct","text"}, one a line) and writes {"doc","n"} per document,
n being what the peer found: sentences or dates.

    python3 peer.py punkt|dateparser

punkt is NLTK's PunktSentenceTokenizer with empty parameters: Debian's
python3-nltk ships no trained punkt model and none can be downloaded
here, so it knows no abbreviations (the same algorithm and cost).
"""
import json, sys, warnings

# dateparser warns about pytz on every call; the figures are what count.
warnings.filterwarnings('ignore')


def load(mode):
    if mode == 'punkt':
        from nltk.tokenize.punkt import PunktSentenceTokenizer
        tok = PunktSentenceTokenizer()
        return lambda text, dct: len(tok.tokenize(text))
    if mode == 'dateparser':
        import datetime
        from dateparser.search import search_dates

        def count(text, dct):
            base = datetime.datetime.fromisoformat(dct) if dct else datetime.datetime.now()
            found = search_dates(text, languages=['en'], settings={'RELATIVE_BASE': base})
            return len(found or ())
        return count
    sys.exit('peer.py: unknown peer %s' % mode)


def main():
    count = load(sys.argv[1])
    out = sys.stdout
    for line in sys.stdin:
        if line.strip():
            r = json.loads(line)
            out.write(json.dumps({'doc': r.get('doc'), 'n': count(r['text'], r.get('dct'))}) + '\n')


if __name__ == '__main__':
    main()
